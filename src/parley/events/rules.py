"""Small word lists and sentence tests used by the event coder (``parley.events.coder``).

Each list is there because real sentences needed it; the comments say which. They are kept apart from
the coder so that the argument-finding logic stays readable.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from parley.events import complements
from parley.events.words import _FORCE_NOUNS, _MOTION_NOUNS, INTENT_NOUNS, PROPOSALS
from parley.records import Actor, Event

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from parley.actors.coref import DocMemory
    from parley.actors.resolve import ActorResolver
    from parley.events.lexicon import TriggerEntry

#: Compound modifiers that turn an event noun into something else ("press conference", "news briefing").
NON_EVENT_COMPOUNDS = {"press", "news", "media"}
#: Entity labels whose words are names, not events ("the Political Consultative Conference").
NAME_LABELS = {"ORG", "FAC", "WORK_OF_ART", "LAW", "PRODUCT", "GPE", "PERSON", "NORP",
               # and numbers and dates: "in March" is a month, not a march
               "DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"}
_SCORE = re.compile(r"\b\d{1,2}\s?[-\u2013]\s?\d{1,2}\b")
_SPORT_WORDS = {"match", "game", "cup", "league", "tournament", "qualifier", "championship", "final", "goal",
                "olympics", "semifinal", "quarterfinal", "season", "coach", "striker", "midfielder", "team"}
CONFLICT_TYPES = {"ASSAULT", "COERCE", "MOBILIZE"}
#: Verbs of travel: a meeting one travels for is a visit.
_TRAVEL = {"arrive", "travel", "fly", "go", "come", "head", "leave", "return", "land"}
#: Verbs that also mean "name as" with an object predicate ("called it a crime").
_NAMING_VERBS = {"call", "brand", "label", "term", "dub", "name", "declare", "consider", "deem"}
#: Verbal event nouns: as the object of another event verb they are its topic ("rejected a request").
_VERBAL = {"REQUEST", "AGREE", "THREATEN", "ACCUSE", "SUPPORT", "REJECT"}
#: Verbs whose ASSAULT sense needs an enemy as object.
_FIGHT_VERBS = {"fight", "combat", "battle", "tackle", "beat", "defeat", "wage"}
#: Nouns of measure that let an event noun through "of" ("ten days of war games", "a new round of talks").
_MEASURES = {"day", "week", "month", "hour", "year", "round", "series", "wave", "spate", "string", "night"}
_STATE = {"GOV", "COP", "MIL", "JUD", "LEG"}


def _sports(sent: Span) -> bool:
    """A sports report: a score ("2-1") or two or more sports words in the sentence."""
    words = {t.lemma_.lower() for t in sent}
    return len(words & _SPORT_WORDS) >= 2 or bool(_SCORE.search(sent.text)) and bool(words & _SPORT_WORDS)


#: Speakers whose predictions about an actor are not that actor's own statements.
_THIRD_PARTIES = {"analyst", "expert", "observer", "commentator", "economist", "scholar", "researcher", "critic",
                  "pundit", "poll", "survey", "study", "think", "academic", "historian", "journalist", "newspaper"}
_PHONE_WORDS = {"phone", "telephone", "videoconference", "video", "videolink", "teleconference", "call"}
_OPEN_QUOTES = {'"', "\u201c", "\u00ab", "``"}
_CLOSE_QUOTES = {'"', "\u201d", "\u00bb", "''"}


#: Objects that make "attack", "hit", "blast" verbal (criticism) rather than physical.
_ABSTRACT_OBJECTS = {"policy", "policies", "decision", "remark", "remarks", "statement", "plan", "proposal", "law",
                     "bill", "record", "idea", "comment", "comments", "speech", "stance", "position", "budget",
                     "report", "handling", "leadership", "approach", "strategy", "reform", "reforms", "move"}


def _prefer(new: TriggerEntry, old: TriggerEntry, tok: Token) -> bool:
    """Tie-break between equally specific senses of one word: the verbal (ACCUSE) sense of "attack",
    "hit", "blast" only with a verbal cue (an abstract object, "for/over" a reason, "as" a label)."""
    if {new.event_type, old.event_type} == {"ASSAULT", "PROTEST"}:
        # "a military strike", "retaliatory strikes", "launched strikes": an attack; "went on strike": a protest
        return (new.event_type == "ASSAULT") == _military_cue(tok)
    verbal = _verbal_cue(tok)
    if new.event_type == "ACCUSE" and old.event_type != "ACCUSE":
        return verbal
    if old.event_type == "ACCUSE" and new.event_type != "ACCUSE":
        return not verbal
    return False


#: Subjects whose "attack" is physical whatever follows.
_ARMED = {"force", "troops", "troop", "army", "soldier", "militant", "rebel", "police", "jet", "aircraft", "drone",
          "gunman", "fighter", "navy", "militia", "insurgent", "warplane", "artillery", "military", "tank"}


_MILITARY_WORDS = {"military", "air", "missile", "drone", "retaliatory", "aerial", "rocket", "artillery",
                   "preemptive", "pre-emptive", "nuclear", "precision", "naval", "cruise", "surgical", "army"}
_ATTACK_VERBS = {"launch", "carry", "conduct", "order", "mount", "kill", "hit", "target", "destroy", "wound"}


def _military_cue(tok: Token) -> bool:
    """An attack sense of a noun like "strike": military modifiers, an attack verb, or a target phrase."""
    if any(c.lower_ in _MILITARY_WORDS for c in tok.children if c.dep_ in ("amod", "compound", "nmod")):
        return True
    if any(c.dep_ == "prep" and c.lower_ in ("on", "against") and not any(
            p.ent_type_ in ("DATE", "TIME") for p in c.children) for c in tok.children):
        return True  # "strikes on Gaza" (not "a strike on Monday")
    head = tok.head
    if (tok.dep_ == "pobj" and head.lower_ == "by" and head.head.pos_ == "VERB"
            and any(c.dep_ == "amod" and c.ent_type_ == "NORP" for c in tok.children)
            and not any(c.dep_ == "prep" and c.lower_ in ("by", "of") for c in tok.children)):
        head = head.head  # "a depot destroyed by a Russian strike" (not "hit by a strike by dock workers")
    return head.lemma_.lower() in _ATTACK_VERBS | {"damage", "flatten", "level"} and head.pos_ == "VERB"


def _verbal_cue(tok: Token) -> bool:
    # the subject, or for "vowed to attack" the subject of the verb that controls the infinitive
    doers = [c for h in ([tok, tok.head] if tok.dep_ == "xcomp" else [tok]) for c in h.children if c.dep_ == "nsubj"]
    if any(c.lemma_.lower() in _ARMED for c in doers):
        return False
    for c in tok.children:
        if c.dep_ == "dobj" and c.lemma_.lower() in _ABSTRACT_OBJECTS and not (
                c.lemma_.lower() == "position" and c.tag_ == "NNS"):  # "army positions" are places, a "position" a view
            return True
        if c.dep_ == "prep" and c.lower_ in ("for", "over", "as"):
            return True
        if c.dep_ == "advmod" and c.lower_ in ("verbally", "sharply", "publicly", "fiercely"):
            return True
    return False


def _is_passive(tok: Token) -> bool:
    """A passive verb: its own passive subject/auxiliary, a reduced relative ("soldiers killed in ..."), or a
    participle raised from a passive ("were reported killed", "was found shot dead")."""
    if any(c.dep_ in ("nsubjpass", "auxpass") for c in tok.children) or tok.tag_ == "VBN" and tok.dep_ == "acl":
        return True
    return tok.tag_ == "VBN" and tok.dep_ == "xcomp" and any(c.dep_ in ("nsubjpass", "auxpass") for c in tok.head.children)


def _quoted_tokens(sent: Span) -> set[int]:
    """Indices of tokens between quotation marks in a sentence (straight or curly quotes)."""
    inside = False
    out: set[int] = set()
    for t in sent:
        if t.text in _OPEN_QUOTES and not inside:
            inside = True
            continue
        if t.text in _CLOSE_QUOTES and inside:
            inside = False
            continue
        if inside:
            out.add(t.i)
    return out


#: Dates that place a relative clause's act in the past ("last March", "in 1999", "two years ago"); a weekday
#: ("on Tuesday") is this week's news.
_PAST_DATE = re.compile(r"(?i)\b(?:\d{4}|last|ago|earlier|previous|former|January|February|March|April|May|June|"
                        r"July|August|September|October|November|December)\b")
#: Event nouns a "where"/"in which" clause elaborates ("raids in which 20 were killed").
_EVENTFUL = {"raid", "attack", "strike", "bombing", "clash", "riot", "war", "battle", "offensive", "explosion", "blast",
             "massacre", "fighting", "violence", "ambush", "incident", "shooting", "operation", "assault", "airstrike",
             "air strike"}


def _background_clause(tok: Token) -> bool:
    """A relative clause in the perfect ("where 28 people have been killed", "whom they had seized"), a
    clause dated years back ("when the dictator expelled them 18 years ago"), a where/in-which clause on a place
    or an attack or dated in the past, or an event noun in a clause describing its head ("the raid, which set
    off fighting") recalls earlier events; the sentence reports something else."""
    verb = tok if tok.pos_ in ("VERB", "AUX") else tok.head
    if any(c.lower_ == "ago" and any(n.lemma_.lower() in ("year", "decade", "century") for n in c.children)
           for c in verb.children):
        return True
    rel_of_noun = next((t for t in tok.ancestors if t.dep_ == "relcl"), None) if tok.pos_ == "NOUN" else None
    if rel_of_noun is not None and any(c.dep_ in ("nsubj", "nsubjpass") and c.tag_ in ("WDT", "WP")
                                       for c in rel_of_noun.children):
        # "the bombing, which set off a wave of violence", "Israel, who refused ... because of his support": an
        # event noun in a clause that describes what it hangs on is background
        return True
    rel = verb
    while rel.dep_ in ("ccomp", "conj", "xcomp") and rel.head.i != rel.i:
        rel = rel.head
    if rel.dep_ == "relcl" and (any(c.lower_ == "where" and c.dep_ == "advmod" for c in rel.children) or any(
            c.dep_ == "prep" and any(p.lower_ == "which" for p in c.children) for c in rel.children)):
        # "Serbia, where 24 people were killed last March", "raids in which it said 20 were killed": the
        # clause recalls what happened there or then; "an interview in which he urged", "a press conference
        # where he praised" tell the act itself
        place_or_attack = rel.head.pos_ in ("NOUN", "PROPN") and (
            rel.head.ent_type_ in ("GPE", "LOC") or rel.head.lemma_.lower() in _EVENTFUL)
        dated_earlier = any(_PAST_DATE.search(e.text) for e in rel.doc.ents
                            if e.label_ == "DATE" and rel.left_edge.i <= e.start <= rel.right_edge.i)
        if place_or_attack or dated_earlier:
            return True
    if verb.dep_ != "relcl":
        return False
    return any(c.dep_ in ("aux", "auxpass") and c.lemma_.lower() == "have" for c in verb.children)


def _not_an_event_noun(tok: Token) -> bool:
    """Nouns that look like triggers but name things: inside a name, or a press/news conference."""
    if tok.ent_type_ in NAME_LABELS:
        return True
    return any(c.dep_ == "compound" and c.lower_ in NON_EVENT_COMPOUNDS for c in tok.children)


def _has_own_arguments(tok: Token) -> bool:
    return any(
        c.dep_ == "poss" or c.dep_ in ("prep", "agent") and c.lower_ in ("with", "between", "by", "on", "against",
                                                                           "to", "from", "for")
        for c in tok.children
    )


def _same_actor(a: Actor, b: Actor) -> bool:
    return a.country == b.country and a.sector == b.sector and (a.name == b.name or not a.name or not b.name)


def _third_party_hosts(raws: list[complements.Raw]) -> None:
    """"Oman hosted talks between Iran and the US": one CONSULT between the two, mode third-party (CAMEO 044)."""
    for r in raws:
        if r.consumed or r.event_type != "CONSULT" or r.trigger.lemma_.lower() not in ("host", "mediate", "broker"):
            continue
        for o in raws:
            if o is r or o.consumed or o.event_type != "CONSULT" or o.trigger.head.i != r.trigger.i:
                continue
            if o.source and o.target:
                o.mode, o.cameo = "third-party", "044"
                r.consumed = True


def _merge(events: list[Event]) -> list[Event]:
    """One act, one event: of two same-type events of a sentence whose actors agree (a verb and its noun,
    "rallied ... to protest"), keep the first, completed with the other's target or source where it has none,
    in sentence order."""
    out: list[Event] = []
    for ev in events:
        src = frozenset(a.country for a in ev.source if a.country)
        every = frozenset(a.country for a in ev.source + ev.target)
        twin = None
        for i, o in enumerate(out):
            if o.event_type != ev.event_type:
                continue
            o_src = frozenset(a.country for a in o.source if a.country)
            o_every = frozenset(a.country for a in o.source + o.target)
            if ev.rule.endswith("+reciprocal") and o_src != src:
                continue  # the other side's telling of a reciprocal event: kept
            if every == o_every or src == o_src and (not ev.target or not o.target):
                twin = i
                break
        if twin is None:
            out.append(ev)
        else:
            if not out[twin].target and ev.target:
                out[twin].target = ev.target  # "attacked a checkpoint, killing soldiers": one act, one event
            if not out[twin].source and ev.source and not any(
                    (s.country, s.sector) == (t.country, t.sector) for s in ev.source for t in out[twin].target):
                # "a policeman was killed as militants fired on a patrol": the killing is the militants' act;
                # never the victims' own side ("policemen were shot, and police later killed three robbers")
                out[twin].source = ev.source
    return out


# ---- argument tests moved from the coder (they use the word lists in parley.events.words) ----

#: Words that stand for a part of their of-phrase ("suspended part of its aid programme").
_PARTITIVES = {"part", "some", "all", "most", "much", "portion", "rest", "half", "bulk", "share", "remainder"}


def _object_lemmas(obj: Token) -> set[str]:
    """Lemmas that may satisfy an entry's object constraint: the object itself, its noun compounds ("halt
    mediation efforts", "suspend an aid programme") and, for a partitive, its of-phrase ("part of the aid")."""
    out = {obj.lemma_.lower()}
    heads = [obj]
    if obj.lemma_.lower() in _PARTITIVES:
        heads += [p for c in obj.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
                  if p.dep_ == "pobj"]
    for h in heads:
        out.add(h.lemma_.lower())
        out.update(c.lemma_.lower() for c in h.children if c.dep_ == "compound" and c.pos_ == "NOUN")
    return out


#: Heads of noun phrases that name armed forces, weapons or security personnel (what MOBILIZE moves).
_FORCE_WORDS = {
    "troop", "troops", "force", "army", "soldier", "reservist", "unit", "ship", "warship", "vessel", "tank",
    "police", "policeman", "officer", "militia", "fighter", "brigade", "battalion", "division", "regiment",
    "jet", "aircraft", "warplane", "plane", "helicopter", "missile", "rocket", "navy", "personnel", "man",
    "reinforcement", "guard", "commando", "paratrooper", "marine", "sailor", "submarine", "carrier",
    "destroyer", "frigate", "bomber", "artillery", "weapon", "armour", "armor", "vehicle", "contingent",
    "squadron", "fleet", "gunboat", "militiaman", "gendarme", "gendarmerie", "convoy", "drone", "battery",
    "mercenary", "security", "peacekeeper", "military", "column", "infantry", "corps", "cavalry", "patrol"}


#: MOBILIZE verbs whose object is what is moved (not the place patrolled or reinforced).
_MOVE_VERBS = {"deploy", "dispatch", "send", "mobilize", "mobilise", "mass", "station", "move", "rush", "airlift",
               "position", "call", "redeploy"}


def _forces(obj: Token, resolver: ActorResolver, mem: DocMemory) -> bool:
    """Whether a MOBILIZE verb's object is armed forces or their weapons ("deployed 2,000 troops",
    "sent warships", "mobilized the army"), as opposed to people or things ("mobilized lobby groups")."""
    heads = [obj] + [c for c in obj.children if c.dep_ == "conj"]
    for h in heads:
        lemma = h.lemma_.lower()
        if lemma in _PARTITIVES or h.pos_ == "NUM" or lemma in ("thousand", "hundred", "dozen", "million", "score"):
            h = next((p for c in h.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
                      if p.dep_ == "pobj"), h)
            lemma = h.lemma_.lower()
        if lemma in _FORCE_WORDS or h.lower_ in _FORCE_WORDS:
            return True
        if any(a.sector in ("MIL", "COP", "REB", "UAF", "SPY") for a in resolver.resolve(h, mem, distribute=False)):
            return True
    return False


#: What a warning "of" announces when it is a threat ("warned of severe consequences").
_THREAT_NOUNS = {"consequence", "retaliation", "response", "action", "measure", "war", "sanction", "reprisal",
                 "attack", "strike", "force", "punishment", "countermeasure", "revenge", "escalation"}


def _warning_is_threat(tok: Token) -> bool:
    """Whether "warn" announces the warner's own act (PLOVER THREATEN): "warned that police will no longer
    tolerate rallies", "warned Seoul against holding the drills", "warned of retaliation" -- and not advice,
    a prediction or criticism ("warned of a recession", "warned the government of over-estimating growth")."""
    kids = list(tok.children) + [g for c in tok.children if c.dep_ == "dobj" for g in c.children if g.dep_ == "prep"]
    for c in kids:
        if c.dep_ == "ccomp" and any(a.dep_ == "aux" and a.lower_ in ("will", "would", "'ll", "wo", "shall", "could",
                                                                         "must", "might")
                                     or a.dep_ == "neg" for a in c.children):
            return True
        if c.dep_ == "xcomp":
            return True  # "warned Iran not to attack"
        if c.dep_ == "prep" and c.lower_ in ("against",):
            return True  # "warned Seoul against holding the exercises": deterrence
        if c.dep_ == "prep" and c.lower_ == "of" and any(p.lemma_.lower() in _THREAT_NOUNS for p in c.children):
            return True
        if c.dep_ == "advcl" and any(m.lower_ in ("if", "unless") for m in c.children):
            return True
    return False


def _mirrored(ev: Event) -> Event:
    """The same reciprocal event told from the other side: source and target swapped, same evidence."""
    from dataclasses import replace

    return replace(ev, source=list(ev.target), target=list(ev.source), rule=ev.rule + "+reciprocal")


def _protesters_demands(raws: list[complements.Raw]) -> None:
    """What protesters demand is the point of their protest, not a separate REQUEST (PLOVER manual 2.0:
    PROTEST): "students staged demonstrations to demand reforms", "crowds blocked roads demanding his
    return". The demand is dropped and its addressee becomes the protest's target when it has none."""
    protests = {}
    for r in raws:
        if r.event_type == "PROTEST" and not r.consumed:
            protests[r.trigger.i] = r
            if r.entry.pos == "noun" and r.trigger.head.pos_ in ("VERB", "AUX"):
                protests.setdefault(r.trigger.head.i, r)  # "staged a hunger strike to demand ..."
    for r in raws:
        if r.event_type != "REQUEST" or r.consumed or r.trigger.dep_ not in ("advcl", "xcomp", "acl", "conj"):
            continue
        p = protests.get(r.trigger.head.i)
        if p is None:
            continue
        r.consumed = True
        if not p.target and r.target:
            p.target = r.target


def _peacekeepers(h: Token) -> bool:
    """Whether a noun phrase names peacekeepers ("NATO peacekeeping troops", "the first deployment of UN
    peacekeepers", "a Bangladeshi peacekeeping contingent")."""
    heads = [h] + [p for c in h.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
                   if p.dep_ == "pobj"]
    for x in heads:
        words = {t.lower_ for t in x.subtree if t.i <= x.i}
        if x.lemma_.lower() in ("peacekeeper", "blue-helmet") or words & {"peacekeeping", "peace-keeping", "peacekeepers"}:
            return True
    return False


def _refuses_unaddressed(tok: Token) -> bool:
    """Whether a REJECT trigger refuses a proposal or an act of its own ("rejected an offer", "declined to
    resign", "reneged on its commitment") rather than an actor's claim; when no one who proposed is named, the
    target is the authorities at home (the coder's ``_finish``)."""
    for c in tok.children:
        if c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in PROPOSALS:
            return True
        if c.dep_ == "xcomp" and c.lemma_.lower() in _REFUSABLE_ACTS:
            return True
        if c.dep_ == "prep" and c.lower_ == "on" and any(
                p.lemma_.lower() in PROPOSALS | INTENT_NOUNS for p in c.children if p.dep_ == "pobj"):
            return True
    return (tok.pos_ == "VERB" and tok.dep_ == "xcomp" and tok.head.lemma_.lower() in ("decline", "refuse", "fail")
            and tok.lemma_.lower() in _REFUSABLE_ACTS)


#: Acts whose refusal is a political rejection even with no one named to refuse ("declined to resign",
#: "refused to accept the results"); refusing to comment, answer or speculate is no event (CAMEO 011 is a
#: statement, not a rejection).
_REFUSABLE_ACTS = {"resign", "quit", "accept", "recognize", "recognise", "attend", "negotiate", "sign",
                   "ratify", "disarm", "surrender", "cooperate", "comply", "extradite", "obey", "implement",
                   "dissolve", "relinquish", "concede", "apologize", "apologise", "testify", "participate"}


def _moved_forces(h: Token) -> bool:
    """Whether ``h`` names forces being withdrawn or moved ("the withdrawal of its forces from Somalia", "pulled its
    troops from Chad"): a from-phrase on them is the place left, not where they come from."""
    if h.lemma_.lower() not in _FORCE_NOUNS:
        return False
    up = h.head.head if h.dep_ == "pobj" and h.head.lower_ == "of" else h.head if h.dep_ == "dobj" else None
    return up is not None and (up.lemma_.lower() in _MOTION_NOUNS or up.lemma_.lower() in (
        "withdraw", "pull", "evacuate", "remove", "redeploy", "move", "relocate", "repatriate"))
