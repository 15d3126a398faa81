"""The syntactic event coder: triggers from the lexicon, arguments from the dependency parse.

For each sentence, every token whose lemma is a lexicon trigger (verb or noun) is a candidate. Its
**source** and **target** come from grammatical roles, not word order:

* active verbs: subject is the source; the lexicon entry's target slots (``dobj``, ``dative``,
  ``prep:with`` ...) give the target; coordination on either side distributes;
* passive verbs: the ``by`` agent is the source and the passive subject the target;
* control and coordinated verbs inherit their subject (``X agreed to send troops``, ``X met Y and signed``);
* relative clauses take the noun they modify (``rebels who attacked the base``);
* nominal triggers take their source from a possessive (``Israel's airstrike``), a ``by`` phrase, a
  ``between X and Y`` phrase or the light verb that governs them (``X held talks with Y``, ``Y was in
  Beijing for meetings with X``); ``X received a call from Y`` inverts direction;
* an object that does not resolve to an actor is not a target.

Modality (``parley.events.modality``) marks negated, future, hypothetical and alleged (reported) events;
threats and requests become THREATEN/REQUEST rather than the threatened or requested act.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from parley.actors.resolve import PLACE_HOWS, ActorResolver, is_actor
from parley.events import complements
from parley.events.cameo import cameo_info
from parley.events.modality import modality_of
from parley.events.rules import (
    _FIGHT_VERBS,
    _MEASURES,
    _MOVE_VERBS,
    _NAMING_VERBS,
    _PHONE_WORDS,
    _STATE,
    _THIRD_PARTIES,
    _TRAVEL,
    _VERBAL,
    CONFLICT_TYPES,
    _background_clause,
    _forces,
    _has_own_arguments,
    _is_passive,
    _merge,
    _mirrored,
    _moved_forces,
    _not_an_event_noun,
    _object_lemmas,
    _peacekeepers,
    _prefer,
    _protesters_demands,
    _quoted_tokens,
    _refuses_unaddressed,
    _same_actor,
    _sports,
    _third_party_hosts,
    _warning_is_threat,
)
from parley.events.words import (
    _CARE_PLACES,
    _CHAIN_PREPS,
    _COMPANIONS,
    _DOCUMENTS,
    _EXERCISES,
    _FIGHT_NOUNS,
    _FIGURATIVE_TARGETS,
    _FORCE_NOUNS,
    _INSTRUMENTS,
    _INTENT_NOUNS,
    _MOTION_NOUNS,
    _NOT_A_FRONT,
    _PLACE_NOUNS,
    _POLICY_NOUNS,
    _SHOWN,
    _STAND_DOWNS,
    _STATEMENT_NOUNS,
    _VICTIM_VERBS,
    _WEAPON_CAUSES,
    BACKGROUND_PREPS,
    PATIENT_NOUNS,
    PROPOSALS,
)
from parley.records import TRANSNATIONAL, Actor, Event

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from parley.actors.coref import DocMemory
    from parley.events.lexicon import Lexicon, TriggerEntry

#: Verbs that carry a nominal trigger without adding meaning ("hold talks", "launch an airstrike").
LIGHT_VERBS = {
    "hold", "have", "conduct", "launch", "carry", "stage", "make", "pay", "take", "begin", "start", "open",
    "resume", "continue", "host", "participate", "join", "attend", "mount", "impose", "lead", "organize",
    "organise", "call", "announce", "wrap", "end", "conclude", "be", "go", "come", "travel", "arrive",
    "fly", "order", "sign", "reach", "express", "offer", "issue", "deliver", "provide", "send", "give", "receive",
    "get", "accept", "extend", "reaffirm", "renew", "file", "lodge", "level", "release", "set",
    "tighten", "enforce", "intensify", "escalate", "step", "expand", "widen", "complete",
}
#: Verbs after which a nominal trigger's direction is reversed: the subject is the target.
RECEIVING_VERBS = {"receive", "get", "accept", "welcome"}
#: Types that are symmetric: a multi-actor source with no target is split into a dyad.
SYMMETRIC_TYPES = {"CONSULT", "COOPERATE", "AGREE", "SUPPORT", "RETREAT"}
#: Nominal triggers that "between X and Y" may carry without a verb ("talks between X and Y resumed").
BETWEEN_TYPES = {"CONSULT", "AGREE"}
#: Types coded even when the verb's object is a thing, not an actor ("militants attacked a checkpoint").
#: Lexicon entries of protests made, filed or registered: official complaints when states make them.
_PROTEST_NOTES = {"accuse.make.protest", "accuse.file.protest", "accuse.register.protest", "accuse.deliver.protest",
                  "accuse.lodge.protest"}
#: Sectors whose protests are official complaints, not demonstrations.
_OFFICIAL_SECTORS = {"GOV", "MIL", "LEG", "JUD", "IGO", "NGO", "COP", "SPY"}
OBJECT_NOT_ACTOR_OK = {"ASSAULT", "COERCE", "PROTEST", "MOBILIZE", "SANCTION", "CONSULT", "AID"}
#: Types that need a target actor to be an event at all (PLOVER: the recipient is the point).
#: Sectors of actors that shoot: armed forces, police, rebels, criminals, unidentified attackers, spies.
_ARMED_SECTORS = {"MIL", "COP", "REB", "CRM", "UAF", "SPY", "IMG"}
NEEDS_TARGET = {"SUPPORT", "ACCUSE", "REQUEST", "THREATEN", "SANCTION", "AID", "COERCE", "CONCEDE", "REJECT"}


_REQUEST_ENTRY = complements.request_entry()



def _pressers(tok: Token, refusal: bool) -> list[Token]:
    """Who pressed for what the trigger yields or refuses: the pobj of "under / after / amid pressure (demands,
    calls) from / by X" and the agent of "as demanded by X", on the trigger or its infinitive ("declined to
    resign despite ..."); "despite" counts for a refusal only."""
    preps = ("under", "after", "amid", "despite") if refusal else ("under", "after", "amid")
    heads = [tok] + [c for c in tok.children if c.dep_ == "xcomp"]
    out = [g for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ in preps
           for p in c.children if p.dep_ == "pobj" and p.lemma_.lower() in ("pressure", "demand", "call")
           for q in p.children if q.dep_ in ("prep", "agent") and q.lower_ in ("from", "by")
           for g in q.children if g.dep_ == "pobj"]
    out += [g for c in tok.children if c.dep_ == "advcl" and c.lemma_.lower() in ("demand", "request", "ask")
            for q in c.children if q.dep_ == "agent" for g in q.children if g.dep_ == "pobj"]
    return out


def _at_home(sector: str | None = None) -> list[Actor]:
    """A target "at home": the people or authorities of the country where the event happens, else of its
    source; ``how="domestic"`` marks it for ``parley.pipeline`` to give it that country after geolocation."""
    return [Actor(text="", name=None, country=None, sector=sector, how="domestic")]


@dataclass
class _Candidate:
    trigger: Token
    entry: TriggerEntry
    words: list[Token]


class EventCoder:
    """Code the events of one sentence at a time.

    Args:
        lexicon: the trigger lexicon (``parley.events.lexicon.Lexicon``).
        resolver: the actor resolver.
    """

    def __init__(self, lexicon: Lexicon, resolver: ActorResolver) -> None:
        self.lexicon = lexicon
        self.resolver = resolver

    # ------------------------------------------------------------------ triggers
    def candidates(self, sent: Span) -> list[_Candidate]:
        """Trigger tokens of a sentence with the best-fitting lexicon entry each."""
        out = []
        for tok in sent:
            lemma = tok.lemma_.lower()
            if tok.pos_ in ("VERB",) or tok.pos_ == "AUX" and lemma != "be":
                if any(c.dep_ in ("oprd", "acomp") for c in tok.children) and lemma in _NAMING_VERBS:
                    continue  # "calling it a violation", "branded them terrorists": naming, not an act
                entries = self.lexicon.verb_entries(lemma)
            elif tok.pos_ in ("NOUN", "PROPN"):
                if _not_an_event_noun(tok):
                    continue
                entries = self.lexicon.noun_entries(lemma)
                if not entries and tok.tag_ in ("NNS", "NNPS"):
                    entries = self.lexicon.noun_entries(tok.lower_)
            else:
                entries = []
            best = None
            best_score = -1
            for e in entries:
                score = self._fits(tok, e)
                if score > best_score or score == best_score and best is not None and _prefer(e, best, tok):
                    best, best_score = e, score
            if best is not None and best_score >= 0:
                out.append(_Candidate(tok, best, [tok]))
        return out

    def _fits(self, tok: Token, e: TriggerEntry) -> int:
        """-1 when the entry's constraints fail, else how many constraints it satisfied (specificity)."""
        score = 0
        if len(e.words) > 1:
            # multiword: preceding words must be compounds/modifiers of the head, in order
            pre = [c.lower_ for c in tok.children if c.i < tok.i and c.dep_ in ("compound", "amod", "nmod")]
            pre_lemmas = [c.lemma_.lower() for c in tok.children if c.i < tok.i]
            for w in e.words[:-1]:
                if w not in pre and w not in pre_lemmas:
                    return -1
            score += 2
        if e.particle:
            # the small model often parses particles as advmod or prep ("stepped down", "pulled out of")
            if not any(c.dep_ in ("prt", "advmod", "prep") and c.lower_ == e.particle and not (
                    c.dep_ == "prep" and any(p.dep_ == "pobj" for p in c.children)) for c in tok.children):
                return -1  # "gave evidence in front of": a preposition with its own object is no particle
            score += 1
        if e.prep:
            # the preposition must open a real argument, not a date ("a strike on Monday")
            if not any(c.dep_ in ("prep", "agent", "dative") and c.lower_ == e.prep and not any(
                    p.ent_type_ in ("DATE", "TIME") for p in c.children) for c in tok.children):
                return -1
            score += 1
        if e.object:
            if not any(c.dep_ in ("dobj", "attr", "nsubjpass") and _object_lemmas(c) & set(e.object)
                       for c in tok.children):
                return -1
            score += 1
        return score

    # ------------------------------------------------------------------ arguments
    def _subject(self, verb: Token, depth: int = 0) -> tuple[Token | None, bool]:
        """The subject token of a verb and whether it is a passive subject; follows control/conj/relcl."""
        for c in verb.children:
            if c.dep_ in ("nsubj", "csubj", "nsubjpass"):
                if c.tag_ in ("WP", "WDT") and verb.dep_ == "relcl" and verb.head.pos_ in ("NOUN", "PROPN"):
                    head = verb.head
                    if (c.lower_ in ("who", "whom") and head.ent_type_ in ("GPE", "LOC", "FAC")
                            and head.dep_ == "pobj" and head.head.head.pos_ in ("NOUN", "PROPN")):
                        head = head.head.head  # "activists in Nairobi, who accused him": people, not the place
                    return head, c.dep_ == "nsubjpass"  # "rebels who attacked": the rebels
                if c.dep_ != "nsubjpass":
                    return c, False
        for c in verb.children:
            if c.dep_ == "nsubjpass":
                if verb.lemma_.lower() in ("engage", "involve") and any(
                        p.dep_ == "prep" and p.lower_ == "in" for p in verb.children):
                    return c, False  # "militias were engaged in killings": the subject does it
                return c, True
        if depth > 3:
            return None, False
        if (verb.dep_ == "conj" and verb.head.dep_ == "relcl" and depth <= 3
                and verb.head.head.head.pos_ in ("VERB", "AUX") and any(
                    c.dep_ == "dobj" and c.lower_ in ("them", "him", "her", "it") for c in verb.children)):
            # "The measures freeze the assets the officials hold and bar them from entering": a verb whose object
            # is the relative clause's subject again is the main clause's conjunct, not the relative clause's
            return self._subject(verb.head.head.head, depth + 1)
        if verb.dep_ in ("xcomp", "conj", "advcl", "pcomp") and verb.head.i != verb.i:
            head = verb.head
            if verb.dep_ == "xcomp" and head.pos_ == "ADJ" and head.dep_ in ("acomp", "xcomp") and head.head.i != head.i:
                # "Syria is willing to withdraw", "X said it is prepared to impose": the adjective's subject acts
                head = head.head
            if head.pos_ in ("VERB", "AUX"):
                subj, passive = self._subject(head, depth + 1)
                if verb.dep_ == "xcomp" and head.lemma_ in ("urge", "ask", "call", "order", "force", "persuade"):
                    # object control: "X urged Y to withdraw" -> Y is the subject of withdraw
                    for c in head.children:
                        if c.dep_ == "dobj":
                            return c, False
                if verb.dep_ == "xcomp" and verb.tag_ == "VBN" and passive:
                    return subj, True  # "were reported killed", "was found shot dead": the subject suffered it
                return (subj, False) if verb.dep_ == "xcomp" else (subj, passive)
            if verb.dep_ == "pcomp" and head.head.pos_ in ("VERB", "AUX"):
                # "accused Israel of carrying out": the accused is the doer of the inner act
                obj = next((c for c in head.head.children if c.dep_ == "dobj"), None)
                if head.lower_ in ("of", "for") and obj is not None:
                    return obj, False
                return self._subject(head.head, depth + 1)
        if (verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.head.lemma_.lower() in _STATEMENT_NOUNS
                and verb.head.head.pos_ in ("VERB", "AUX") and depth <= 3):
            # "issued a declaration demanding that ...": whoever issued it demands
            return self._subject(verb.head.head, depth + 1)
        if verb.dep_ == "acl" and verb.tag_ == "VB" and verb.head.lemma_.lower() in _INTENT_NOUNS:
            # "his willingness to coordinate", "Iran's decision to resume": the owner, else whoever has it
            noun = verb.head
            owner = next((c for c in noun.children if c.dep_ == "poss"), None)
            if owner is not None:
                return owner, False
            if noun.head.pos_ in ("VERB", "AUX") and noun.head.i != noun.i and depth <= 3:
                return self._subject(noun.head, depth + 1)
            return None, False
        if verb.dep_ in ("relcl", "acl") and verb.head.pos_ in ("NOUN", "PROPN"):
            return verb.head, verb.tag_ == "VBN"
        return None, False

    def _agent(self, verb: Token) -> Token | None:
        for c in verb.children:
            if c.dep_ == "agent":
                for p in c.children:
                    if p.dep_ == "pobj":
                        return p
        return None

    def _slot(self, tok: Token, slot: str) -> list[Token]:
        """Tokens filling a target slot of a trigger."""
        out = []
        if slot in ("dobj", "dative", "attr", "iobj"):
            out = [c for c in tok.children if c.dep_ == slot or slot == "dobj" and c.dep_ == "dobj"]
            if not out and slot == "dobj":
                # "kidnapped up to 16 advisers": the parser reads "up to" as particle and preposition
                out = [p for c in tok.children if c.dep_ in ("prt", "advmod", "prep") and c.lower_ == "up"
                       for g in c.children if g.dep_ == "prep" and g.lower_ == "to"
                       for p in g.children if p.dep_ == "pobj" and any(n.dep_ == "nummod" for n in p.children)]
            if slot == "dative":
                out += [p for c in tok.children if c.dep_ == "dative" and c.pos_ == "ADP" for p in c.children
                        if p.dep_ == "pobj"]
        elif slot.startswith("prep:"):
            preps = slot[5:].split("|")
            for c in tok.children:
                if c.dep_ in ("prep", "dative", "agent") and c.lower_ in preps:
                    objs = [p for p in c.children if p.dep_ == "pobj"]
                    if not objs:
                        # "granted asylum to five officers holed up in ...": the parser made the object the
                        # subject of the next clause; take it when only its modifiers stand in between
                        objs = [t for t in tok.subtree if t.dep_ in ("nsubj", "nsubjpass") and t.i > c.i
                                and t.head.dep_ in ("advcl", "ccomp", "relcl", "conj", "pcomp", "acl", "xcomp")
                                and all(x.dep_ in ("det", "nummod", "amod", "compound", "nmod", "quantmod", "poss",
                                                   "case", "punct") for x in tok.doc[c.i + 1 : t.i])][:1]
                    out += objs
                if c.dep_ in ("prt", "prep", "advmod") and c.lower_ in ("out", "away", "back", "off"):
                    # "pull its troops out of Azerbaijan": the phrase hangs off the particle
                    out += [p for g in c.children if g.dep_ == "prep" and g.lower_ in preps
                            for p in g.children if p.dep_ == "pobj"]
            if not out and tok.pos_ in ("VERB", "AUX"):
                # "extradite the suspects to Colombia": the phrase often hangs off the object
                for o in tok.children:
                    if o.dep_ == "dobj":
                        out += [p for c in o.children if c.dep_ == "prep" and c.lower_ in preps and c.lower_ != "of"
                                for p in c.children if p.dep_ == "pobj"]
            if not out and set(preps) & {"from", "into", "to"}:
                # "the withdrawal of its forces from Somalia": the place hangs off the forces moved
                heads = [tok] + [o for o in tok.children if o.dep_ == "dobj"]
                out += [p for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ == "of"
                        for f in c.children if f.dep_ == "pobj" and f.lemma_.lower() in _FORCE_NOUNS
                        for g in f.children if g.dep_ == "prep" and g.lower_ in preps
                        for p in g.children if p.dep_ == "pobj"]
        return out

    def _actors(self, heads: list[Token], mem: DocMemory, *, deep: bool = False,
                trigger: Token | None = None) -> list[Actor]:
        """Actors for argument heads. ``deep`` (targets): a thing that is not an actor may point to one:
        its owner (``a U.S. request``, ``North Korea's demand``, ``calls by Belarus``, ``Iraqi towns``) or an
        actor down an of/against/with chain (``the role of the United Nations``, ``action against Russia``)."""
        actors: list[Actor] = []
        for h in heads:
            found = [a for a in self.resolver.resolve(h, mem) if is_actor(a)]
            cur = h
            for _ in range(3 if deep else 0):
                if found:
                    break
                found = self._owner(cur, mem)
                if found:
                    break
                nxt = [p for c in cur.children if c.dep_ == "prep" and c.lower_ in _CHAIN_PREPS
                       for p in c.children if p.dep_ == "pobj"]
                nxt += [p for a in cur.children if a.dep_ == "acl" and a.tag_ in ("VBN", "VBG") and (trigger is None or a.i != trigger.i)
                        for c in a.children if c.dep_ == "prep" and c.lower_ in ("to", "with")
                        or c.dep_ == "agent"
                        for p in c.children if p.dep_ == "pobj"]  # "ships linked to Israel", "crimes committed by"
                if not nxt:
                    break
                cur = nxt[0]
                # "the slums of Nairobi", "streets of Moscow": a capital down a chain is a place, not its government
                found = [a for a in self.resolver.resolve(cur, mem) if is_actor(a) and a.how != "kb:capital"]
            actors.extend(found)
        return actors

    def _complement_target(self, r: complements.Raw, mem: DocMemory) -> list[Actor]:
        """The target of a threat/demand/promise/refusal whose act is no trigger of its own: "demanded that
        North Korea forsake its programme" (the clause's subject), "agreed to reopen its borders to UN
        peacekeepers" (the act's object or to/with/against phrase)."""
        verb = r.trigger
        comp = next((c for c in verb.children if c.dep_ in ("xcomp", "ccomp") and c.pos_ in ("VERB", "AUX")), None)
        if comp is None and verb.pos_ == "NOUN":  # "its demand that Israel ease restrictions"
            comp = next((c for c in verb.children if c.dep_ in ("acl", "ccomp") and c.pos_ == "VERB"), None)
        if comp is None:
            return []
        own = {(a.country, a.sector) for a in r.source}
        heads: list[Token] = []
        if r.event_type == "REQUEST":
            heads += [c for c in comp.children if c.dep_ in ("nsubj", "nsubjpass")]
        heads += [c for c in comp.children if c.dep_ in ("dobj", "dative")]
        heads += [p for c in comp.children if c.dep_ == "prep" and c.lower_ in ("to", "with", "against", "on", "from")
                  for p in c.children if p.dep_ == "pobj"]
        # "refused to allow UN planes to land": the act's own clause may hold the actor one level down
        heads += [g for c in comp.children if c.dep_ in ("ccomp", "xcomp") for g in c.children
                  if g.dep_ in ("nsubj", "nsubjpass", "dobj")]
        if r.event_type == "THREATEN":
            # "threatened to stop talks if the United States goes ahead": the threat aims at whoever must act
            heads += [s for v in (comp, verb) for c in v.children if c.dep_ == "advcl" and any(
                m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in c.children)
                for s in c.children if s.dep_ in ("nsubj", "nsubjpass")]
        return self._first_actors(heads, mem, lambda a: (a.country, a.sector) not in own)

    def _first_actors(self, heads: list[Token], mem: DocMemory, keep: Any = None) -> list[Actor]:
        """The actors (``_actors(deep=True)``, filtered by ``keep``) of the first head that has any; ``[]``."""
        for h in heads:
            got = [a for a in self._actors([h], mem, deep=True) if keep is None or keep(a)]
            if got:
                return got
        return []

    def _owner(self, h: Token, mem: DocMemory) -> list[Actor]:
        """The actor a non-actor noun belongs to, from a possessive, a nationality word or a by/from phrase."""
        if h.pos_ not in ("NOUN", "PROPN"):
            return []
        kb = self.resolver.kb
        for c in h.children:
            if c.dep_ == "poss" and h.lemma_.lower() in _COMPANIONS:
                continue  # "her driver was wounded", "two of his aides": someone else, not the possessor
            if c.dep_ == "poss":
                got = [a for a in self.resolver.resolve(c, mem) if is_actor(a)]
                if got:
                    return got
            elif c.dep_ in ("prep", "agent") and c.lower_ in ("by", "from") and not (
                    c.lower_ == "from" and (h.lemma_.lower() in _MOTION_NOUNS or _moved_forces(h))):
                # "withdrawal from Congo", "the withdrawal of its forces from Somalia": a place left
                got = [a for p in c.children if p.dep_ == "pobj" for a in self.resolver.resolve(p, mem)
                       if is_actor(a)]
                if got:
                    return got
        for c in h.children:
            if c.dep_ in ("compound", "nmod") and c.i < h.i and c.pos_ == "PROPN":
                got = [a for a in self.resolver.resolve(c, mem, distribute=False) if is_actor(a)]
                if got:
                    return got
        for c in h.children:
            if c.dep_ == "amod" and c.lower_ == "led" and c.i < h.i:
                # "the US-led war", "a Saudi-led offensive": the leader's act
                for t in c.children:
                    if t.dep_ in ("npadvmod", "compound", "nmod", "amod") and t.i < c.i:
                        code = kb.adjective(t.text) or kb.country_code(t.text)
                        if code:
                            entry = kb.country(code)
                            return [Actor(text=h.doc[t.i : h.i + 1].text, name=entry.name if entry else code,
                                          country=code, start=t.idx, end=h.idx + len(h.text), how="owner:led")]
        iso = sector = None
        first = h
        mods = [c for c in h.children if c.dep_ in ("amod", "compound", "nmod") and c.i < h.i]
        # "US Reaper strikes": the nationality may sit on a compound of the head
        mods += [g for c in mods if c.dep_ == "compound" and c.pos_ == "NOUN" for g in c.children
                 if g.dep_ in ("amod", "compound", "nmod") and g.i < c.i and (g.pos_ == "PROPN" or kb.adjective(g.text))]
        for c in mods:
            code = kb.adjective(c.text) or (kb.country_code(c.text) if c.pos_ == "PROPN" else None)
            if code and not iso:
                iso, first = code, min(first, c, key=lambda t: t.i)
            elif c.pos_ == "NOUN" and not sector and c.lemma_.lower() not in _INSTRUMENTS:
                role = kb.role(c.lower_)  # "an army convoy", "a police station" (not "a missile strike")
                if role is not None and role.sector:
                    sector, first = role.sector, min(first, c, key=lambda t: t.i)
        if iso and not sector and h.lemma_.lower() in _PLACE_NOUNS:
            sector = "CVL"  # "Palestinian homes", "a Bosnian town": the people who live there
        if iso or sector:
            entry = kb.country(iso) if iso else None
            return [Actor(text=h.doc[first.i : h.i + 1].text, name=entry.name if entry else (iso or h.text),
                          country=iso, sector=sector, start=first.idx, end=h.idx + len(h.text), how="owner")]
        return []

    def _other_sense(self, tok: Token, e: TriggerEntry, subj: Token | None, passive: bool, mem: DocMemory) -> bool:
        """Whether a verb trigger is used in a sense that is no event of its entry's type, read off its own
        words ("released its annual report", "hit a grim milestone", "a crowd massed"); each test names the
        sentence that needed it."""
        if e.event_type == "MOBILIZE" and passive and not e.object and subj is not None and not _forces(
                subj, self.resolver, mem):
            return True  # "a crowd massed", "reinforcements of volunteers were sent": no forces move
        if e.event_type == "MOBILIZE" and not passive and not e.object:
            obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
            if obj is not None and tok.lemma_.lower() in _MOVE_VERBS and not _forces(obj, self.resolver, mem):
                return True  # "mobilized pressure groups", "dispatched inspectors": no forces move
            if obj is None and subj is not None and not _forces(subj, self.resolver, mem):
                return True  # "the crowd massed at the square": people gathering, not forces
        if (subj is not None and not passive and subj.lemma_.lower() in _POLICY_NOUNS and subj.i < tok.i and any(
                c.dep_ == "det" and c.lower_ in ("the", "these", "this", "those") for c in subj.children)):
            return True  # "The measures freeze their assets and bar them from entering": the sanction told again
        if e.id == "agree.agree" and any(
                c.dep_ == "ccomp" and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
                and not any(a.dep_ == "aux" and a.lower_ in ("should", "will", "would", "must", "shall", "'ll", "to")
                            for a in c.children) for c in tok.children):
            return True  # "the candidates agreed that vaccines have done more good": an opinion shared, no pledge
        if e.event_type == "ASSAULT" and tok.lemma_.lower() in ("hit", "strike", "reach") and any(
                c.dep_ == "dobj" and c.lemma_.lower() in _FIGURATIVE_TARGETS for c in tok.children):
            return True  # "hit a grim milestone", "struck a chord": no attack
        if e.event_type == "AID" and tok.tag_ == "VBN" and (passive or tok.dep_ in ("acl", "amod")) and any(
                c.dep_ == "prep" and c.lower_ == "with" for c in tok.children) and self._agent(tok) is None:
            return True  # "militiamen armed with machetes": equipment described, not supplied
        if e.event_type == "AGREE" and tok.lemma_.lower() == "offer" and any(
                c.dep_ == "dobj" and c.lemma_.lower() in ("comment", "explanation", "detail", "reason", "condolence",
                                                          "opinion", "view", "prayer", "thought")
                for c in tok.children):
            return True  # "offered no comment", "offered his condolences": words, not an offer to do something
        if e.event_type == "COERCE" and any(c.dep_ == "dobj" and c.lemma_.lower() in ("seat", "vote", "share", "title",
                                                                                        "medal", "attention", "imagination")
                                             for c in tok.children):
            return True  # "captured 28 seats in the election": an election result, not a seizure
        if e.event_type == "PROTEST" and tok.lemma_.lower() == "demonstrate" and any(
                c.dep_ in ("ccomp", "xcomp") or c.dep_ == "dobj" and c.lemma_.lower() in _SHOWN for c in tok.children):
            # "the new forces have demonstrated they hold them accountable", "demonstrated its commitment": showed,
            # no protest ("demonstrating their anger" stays a protest)
            return True
        if e.event_type == "RETREAT" and tok.lemma_.lower() == "release" and any(
                p.lemma_.lower() in _CARE_PLACES for p in self._slot(tok, "prep:from")):
            return True  # "was released from the hospital": a patient discharged, not a prisoner freed
        if e.event_type == "RETREAT" and any(c.dep_ == "dobj" and c.lemma_.lower() in _DOCUMENTS for c in tok.children):
            return True  # "released its annual report", "freed up funds": a publication, not a release
        if e.event_type == "CONSULT" and tok.lemma_.lower() == "call" and (passive and self._agent(tok) is None or any(
                c.dep_ in ("xcomp", "ccomp", "oprd", "acomp") for c in tok.children)):
            return True  # "calling it 'an aggression'", "troops were called to keep order": no phone call
        if e.id == "aid.arrive.peacekeeper" and not (subj is not None and _peacekeepers(subj)):
            return True  # only peacekeepers arriving are aid; anyone else arriving is no event
        if e.id == "threaten.warn" and not _warning_is_threat(tok):
            return True  # "warned the government of over-estimating growth": advice or criticism, no threat
        if e.event_type == "RETREAT" and any(p.lemma_.lower() in _NOT_A_FRONT for p in self._slot(tok, "prep:of|from")):
            return True  # "pulled out of the crowd", "withdrew from the race": no withdrawal of forces
        if e.event_type == "REQUEST" and tok.lemma_.lower() == "ask" and any(
                c.dep_ in ("ccomp", "xcomp") and any(m.lower_ in ("whether", "if", "what", "why", "how", "who", "when")
                                                     for m in c.children) for c in tok.children):
            return True  # "was asked whether a unity government should be formed": a question
        return False

    def _verb_args(self, c: _Candidate, mem: DocMemory) -> tuple[list[Actor], list[Actor]]:
        tok, e = c.trigger, c.entry
        subj, passive = self._subject(tok)
        if tok.tag_ == "VBN" and tok.dep_ in ("acl",) and subj is not None:
            # "the journalists arrested last week": a participle on its patient; but "Thousands of students
            # protested in Dhaka" misparsed as a verbless sentence is the main clause, in the active
            passive = not (tok.head.dep_ == "ROOT" and tok.head.pos_ in ("NOUN", "PROPN") and not any(
                c.dep_ == "agent" for c in tok.children) and (
                    e.event_type == "PROTEST" or tok.head.ent_type_ == "CARDINAL"))
        source_heads: list[Token] = []
        target_heads: list[Token] = []
        target: list[Actor] | None = None  # resolved once, where the target slot is chosen
        from_object = False  # whether the target candidates are the verb's object (not a prepositional phrase)
        if passive and tok.lemma_.lower() in ("oppose", "commit", "dedicate") and self._agent(tok) is None and any(
                c.dep_ == "prep" and c.lower_ == "to" for c in tok.children):
            passive = False  # "Israel is opposed to French mediation": a stance of the subject, not a passive
        if self._other_sense(tok, e, subj, passive, mem):
            return [], []
        if e.event_type == "MOBILIZE" and passive and subj is not None and self._agent(tok) is None:
            # "2,000 American troops were deployed to Kabul": the forces moved are the mobilizing side; the
            # target is where or against whom they go, never the troops themselves
            source = [a for a in self._actors([subj], mem) if a.country]
            target = self._actors(self._slot(tok, "prep:to|against|into"), mem, deep=True)
            return source, [t for t in target if not any(_same_actor(t, s) for s in source)]
        if passive:
            agent = self._agent(tok)
            source_heads = [agent] if agent is not None else []
            target_heads = [subj] if subj is not None else []
            from_object = bool(target_heads)
            if e.object and subj is not None and subj.lemma_.lower() in e.object:
                # "Food supplies were delivered to Gaza": the passive subject is the thing, not the target
                target_heads = [h for slot in e.target if slot.startswith("prep:") for h in self._slot(tok, slot)]
        else:
            source_heads = [subj] if subj is not None else []
            slots = list(e.target) or ["dobj"]
            if e.prep and f"prep:{e.prep}" not in slots:
                slots.insert(0, f"prep:{e.prep}")
            if e.object and "dobj" not in e.target:
                slots = [s for s in slots if s != "dobj"]
            first: tuple[list[Token], bool] | None = None
            for slot in slots:
                heads = self._slot(tok, slot)
                if not heads:
                    continue
                if first is None:
                    first = (heads, slot in ("dobj", "attr"))
                found = self._actors(heads, mem, deep=True, trigger=tok)
                if found and subj is not None and {a.country for a in found} <= {
                        a.country for a in self._actors([subj], mem) if a.country}:
                    # "closed their borders with Azerbaijan": the subject's own things point on to the other side
                    near = [t for h in heads for t in [h, *h.children, *(g for c in h.children for g in c.children)]]
                    further = [p for c in near if c.dep_ == "prep"
                               and c.lower_ in ("with", "to", "against", "from") for p in c.children if p.dep_ == "pobj"]
                    further += [p for c in tok.children if c.dep_ == "prep" and c.lower_ in ("with", "to", "against", "from")
                                for p in c.children if p.dep_ == "pobj" and p not in heads]
                    found = self._actors(further, mem, deep=True) or found
                if found:
                    # "evacuated the wounded from the Bosnian town": the first slot that names an actor
                    target_heads, from_object, target = heads, slot in ("dobj", "attr"), found
                    break
            else:
                if first is not None:
                    target_heads, from_object = first
                elif tok.dep_ == "relcl" and tok.head.pos_ == "NOUN" and not any(
                        c.dep_ in ("dobj", "attr", "ccomp", "xcomp") for c in tok.children) and any(
                        c.dep_ == "nsubj" for c in tok.children):
                    # "the terms they offer", "the deal they signed": the noun the clause hangs on is its object
                    target_heads, from_object = [tok.head], True
            if not target_heads and e.object:
                # "reiterated his willingness to coordinate with Moscow": the target sits inside the object
                obj = next((c for c in tok.children if c.dep_ in ("dobj", "attr")), None)
                if obj is not None:
                    target_heads = [p for t in obj.subtree if t.dep_ == "prep" and t.lower_ in (
                                        "with", "to", "for", "against", "on")
                                    and t.head.pos_ in ("VERB", "NOUN") for p in t.children if p.dep_ == "pobj"][:1]
        source = self._actors(source_heads, mem, deep=e.id == "aid.arrive.peacekeeper")  # "a patch of Bangladeshi peacekeepers"
        if not source and not passive and subj is not None and e.event_type == "ASSAULT" and subj.pos_ == "NOUN":
            # "US drone strikes killed eight militants": the strike's owner did it; "a roadside bomb killed a
            # soldier": nobody named, as in a passive (allowed in _finish through _caused_by_thing)
            source = [a for a in self._owner(subj, mem) if a.country]
        if not source and passive and e.event_type == "ASSAULT":
            # "was killed in a Pakistani airstrike", "died in an Israeli raid": the attack's owner did it
            attacks = [p for p in self._slot(tok, "prep:in|during|by") if p.pos_ == "NOUN" and any(
                en.event_type == "ASSAULT" for en in self.lexicon.noun_entries(p.lemma_.lower()))]
            source = [a for p in attacks for a in self._owner(p, mem) if a.country]
        if target is None:
            target = self._actors(target_heads, mem, deep=True, trigger=tok)
        if not target and e.event_type == "ASSAULT":
            near = self._slot(tok, "prep:outside|near|at|on|inside")
            target = [a for h in near for a in self._owner(h, mem)]
        if not target and e.event_type in ("ASSAULT", "COERCE") and target_heads:
            # "raided a village in the West Bank": a physical act on a place hits the country it is in
            on = list(target_heads) + ([tok] if e.event_type == "ASSAULT" and not passive else [])
            inside = [p for h in on for c in h.children if c.dep_ == "prep" and c.lower_ == "in"
                      for p in c.children if p.dep_ == "pobj"]  # "bombed a market in Hodeidah" (not "arrested in Belgium")
            target = [a for a in self._actors(inside, mem) if a.country and not a.sector or a.how == "kb:capital"]
        if e.event_type in ("ASSAULT", "COERCE"):
            for a in target:
                if a.how in ("gazetteer", "kb:capital") and a.sector in (None, "GOV"):
                    a.sector = "CVL"  # "shelled Kharkiv", "raided Kabul": a city attacked is its people, not its rulers
        if (target_heads and from_object and e.event_type == "ASSAULT" and tok.lemma_.lower() in _FIGHT_VERBS
                and not any(is_actor(a) for h in target_heads for a in self.resolver.resolve(h, mem))):
            return [], []  # "fight corruption", "fighting his committal": no enemy, no assault
        if target_heads and not target and from_object and e.event_type == "CONSULT" and tok.lemma_.lower() in (
                "call", "phone", "telephone", "ring", "contact"):
            return [], []  # "called an emergency meeting", "called the appointment a disgrace": no phone call
        if (target_heads and not target and e.event_type == "REJECT" and from_object
                and target_heads[0].lemma_.lower() in PROPOSALS):
            return source, []  # "rejected an invitation to join": a refusal of a proposal; whose, _finish decides
        if target_heads and not target and e.event_type not in OBJECT_NOT_ACTOR_OK and not e.object and from_object:
            # "released a broadcast", "launched a website": the object is a thing, so no political event,
            # unless a group acts on its shared affairs ("the two presidents praised bilateral ties")
            if len({a.country for a in source}) < 2 or e.event_type not in SYMMETRIC_TYPES:
                return [], []
        if not target and e.event_type == "REQUEST":
            # "demanded that Uganda follow Tanzania's example": the clause's subject must act, whoever
            # owns the things in its object
            comp = [s for c in tok.children if c.dep_ == "ccomp"
                    and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
                    for s in c.children if s.dep_ in ("nsubj", "nsubjpass")]
            own = {(a.country, a.sector) for a in source}
            target = [a for a in self._actors(comp, mem, deep=True) if a.country and (a.country, a.sector) not in own]
        if not target and e.event_type == "ASSAULT" and e.object and not passive:
            # "police opened fire to disperse demonstrators": the purpose clause says at whom
            aims = [o for c in tok.children if c.dep_ in ("advcl", "xcomp") and c.tag_ == "VB"
                    and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
                    for o in c.children if o.dep_ == "dobj"]
            target = [a for a in self._actors(aims, mem) if not any(_same_actor(a, s) for s in source)]
        if not target and e.event_type == "MOBILIZE":
            target = self._mobilize_target(tok, source, mem)
        if e.reverse:
            source, target = target, source
        return source, target

    def _mobilize_target(self, tok: Token, source: list[Actor], mem: DocMemory) -> list[Actor]:
        """Against whom forces are readied when no slot says: the purpose phrase ("mobilized reservists for a
        war against Iraq") or a foreign place they are readied in ("on alert in the West Bank"). Never the
        mobilizing side's own country."""
        own = {a.country for a in source if a.country}
        verbs = [tok]
        up = tok
        while up.dep_ in ("pobj", "dobj", "prep") and up.head.i != up.i and len(verbs) < 3:
            up = up.head
            if up.pos_ in ("VERB", "AUX", "NOUN"):
                verbs.append(up)
        purpose = [p for v in verbs for c in v.children if c.dep_ == "prep" and c.lower_ in (
            "for", "against", "toward", "towards", "into", "to") for p in c.children if p.dep_ == "pobj"]
        found = [a for a in self._first_actors(purpose, mem) if a.country and a.country not in own]
        if found:
            return found
        places = [p for v in verbs for c in v.children if c.dep_ == "prep" and c.lower_ in ("in", "near", "along")
                  for p in c.children if p.dep_ == "pobj"]
        return [a for a in self._actors(places, mem) if a.country and a.country not in own
                and a.how in PLACE_HOWS]

    def _noun_args(self, c: _Candidate, mem: DocMemory) -> tuple[list[Actor], list[Actor]]:
        tok, e = c.trigger, c.entry
        source: list[Actor] = []
        target: list[Actor] = []
        anchor = tok
        while anchor.dep_ == "pobj" and anchor.head.lower_ == "of" and anchor.head.head.lemma_.lower() in _MEASURES:
            anchor = anchor.head.head  # "launched ten days of war games": the days stand in for the games
        if anchor.dep_ == "pobj" and anchor.head.lower_ in BACKGROUND_PREPS:
            # "amid a sequence of meetings", "after talks": background, not this clause's event
            return [], []
        # possessive / by-phrase / between X and Y
        patient = tok.lemma_.lower() in PATIENT_NOUNS and not any(
            c.dep_ == "prep" and c.lower_ == "of" for c in tok.children)
        for ch in tok.children:
            if ch.dep_ == "poss" and patient:
                target = self._actors([ch], mem)  # "his arrest", "their execution": the one it is done to
            elif ch.dep_ == "poss":
                source = self._actors([ch], mem)
            elif ch.dep_ == "prep" and ch.lower_ == "between" and e.event_type in BETWEEN_TYPES:
                both = self._actors([p for p in ch.children if p.dep_ == "pobj"], mem)
                if e.mode == "third-party" or tok.lemma_.lower() in ("mediation", "mediator") or "mediat" in e.id:
                    # "Qatar launched a mediation effort between X and Y": the mediator meets both
                    subj, _ = self._subject(tok.head) if tok.head.pos_ in ("VERB", "AUX") else (None, False)
                    mediator = self._actors([subj], mem) if subj is not None else []
                    if mediator and both:
                        return mediator, both
                if len(both) >= 2:
                    return both[:1], both[1:]
            elif ch.dep_ in ("prep", "agent") and ch.lower_ == "by" and not source:
                source = self._actors([p for p in ch.children if p.dep_ == "pobj"], mem)
        # the governing (light) verb
        verb = anchor.head
        via_prep = False
        if anchor.dep_ == "pobj" and verb.pos_ == "ADP":
            if verb.lower_ in ("against", "from", "despite", "over", "about", "of"):
                return [], []  # "defended Iraq against Western criticism": someone else's act, not the subject's
            via_prep = True
            verb = verb.head
        if not _has_own_arguments(tok) and any(
            c.dep_ == "det" and c.lower_ in ("the", "this", "that", "these", "those") for c in tok.children
        ):
            # "In the dialogue, both sides ...": a definite event noun with no arguments refers back
            return [], []
        reverse = False
        if not source and verb.i != tok.i and verb.pos_ in ("VERB", "AUX") and (
            verb.lemma_.lower() in LIGHT_VERBS or via_prep
        ):
            subj, passive = self._subject(verb)
            transitive = any(c.dep_ == "dobj" for c in verb.children)  # "X killed Y in an attack": X attacked
            if subj is not None and not passive and verb.lemma_.lower() in _VICTIM_VERBS and via_prep and not transitive:
                target = self._actors([subj], mem)  # "76 people died in a massacre": the dead are its victims
            elif subj is not None and not passive:
                source = self._actors([subj], mem)
            reverse = verb.lemma_.lower() in RECEIVING_VERBS and anchor.dep_ == "dobj"
        if not source and tok.lemma_.lower() in _MOTION_NOUNS:
            # "the withdrawal of Serbian forces from Bosnia", "the deployment of NATO troops": who moves
            source = self._actors([p for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                                   for p in c.children if p.dep_ == "pobj"], mem)
        if not source:
            # "Palestinian riots against ...": a nationality word on the act names its doer
            source = [a for a in self._owner(tok, mem) if a.country and not a.sector and a.how != "owner:led"]
        slots = [] if target else (list(e.target) or ["prep:with|against|on|to"])
        for slot in slots:
            heads = self._slot(tok, slot)
            if not heads and verb.i != tok.i and slot.startswith("prep:"):
                heads = [x for x in self._slot(verb, slot) if x.i != tok.i]  # not "insisted on [its demands]" itself
            if heads:
                target = self._actors(heads, mem, deep=True)
                if target:
                    break
        if (e.event_type == "ASSAULT" and not target and tok.lemma_.lower() in _FIGHT_NOUNS
                and self._slot(tok, "prep:against|on")):
            return [], []  # "the battle against the water crisis", "a war on poverty": no enemy, no assault
        if not target and e.event_type == "CONSULT" and verb.i != tok.i and verb.lemma_.lower() in _TRAVEL:
            # "arrived in Amman on a visit": the place arrived in is the host
            target = self._actors(self._slot(verb, "prep:in"), mem)
        if not target and e.event_type == "MOBILIZE":
            target = self._mobilize_target(tok, source, mem)
        if reverse:
            giver = self._slot(tok, "prep:from") or self._slot(verb, "prep:from")
            if giver:
                recipient = source
                source = self._actors(giver, mem)
                target = recipient
            else:
                source, target = target, source
        return source, target

    # ------------------------------------------------------------------ main
    def code_sentence(self, sent: Span, mem: DocMemory) -> list[Event]:
        """All events of one sentence (modality set, CAMEO/QuadClass/Goldstein filled, no date/place yet)."""
        cands = self.candidates(sent)
        cand_by_tok = {c.trigger.i: c for c in cands}
        quoted = _quoted_tokens(sent)
        raws: list[complements.Raw] = []
        for c in cands:
            tok, e = c.trigger, c.entry
            if tok.i in quoted:
                # words inside quotation marks are what someone said, not events the text reports
                continue
            if e.pos == "verb":
                source, target = self._verb_args(c, mem)
            else:
                source, target = self._noun_args(c, mem)
            modality, governor = modality_of(tok, sent, cand_by_tok)
            if len({a.country for a in source + target}) >= 2:
                mem.add_group(source + target)  # antecedents for "they", "the two sides" later on
            raws.append(complements.Raw(trigger=tok, entry=e, source=source, target=target, modality=modality,
                                        governor=governor, words=c.words))
        raws += complements.obligation_requests(sent, lambda hs: self._actors(hs, mem), _REQUEST_ENTRY)
        def same_side(a: Token, b: Token) -> bool:
            ca = {x.country for x in self._actors([a], mem) if x.country}
            if b.lemma_.lower() in _THIRD_PARTIES:
                return False  # "analysts said X could attack": a conjecture, not X's threat
            speaker = self._actors([b], mem)
            if not speaker:
                return True  # "a statement said", "the ministry said": no third party speaks
            cb = {x.country for x in speaker if x.country}
            if cb:
                return bool(ca & cb)
            # "the defence minister said": an official speaks for the actor; analysts and experts do not
            return any(x.sector in ("GOV", "MIL") for x in speaker)

        complements.resolve(raws, cameo_info, same_side)
        _third_party_hosts(raws)
        _protesters_demands(raws)
        verbs = {r.trigger.i: r for r in raws if r.entry.pos == "verb"}
        for r in raws:
            head = r.trigger.head
            if (r.entry.pos == "noun" and r.trigger.dep_ == "dobj" and head.i in verbs and r.event_type in _VERBAL
                    and verbs[head.i].event_type != r.event_type and head.lemma_.lower() not in LIGHT_VERBS):
                r.consumed = True  # "rejected a U.S. request": the request is what is rejected, not news
            if (r.entry.pos == "noun" and r.event_type in _VERBAL and r.trigger.dep_ == "pobj"
                    and head.dep_ == "prep" and head.head.i in verbs
                    and verbs[head.head.i].event_type in ("CONCEDE", "REJECT", "AGREE")
                    and verbs[head.head.i].event_type != r.event_type):
                r.consumed = True  # "conceded to demands from UNITA": the demand is what is yielded to
            if (r.entry.pos == "noun" and r.trigger.dep_ == "dobj" and head.i in verbs
                    and verbs[head.i].event_type != r.event_type and verbs[head.i].entry.object
                    and r.trigger.lemma_.lower() in verbs[head.i].entry.object):
                r.consumed = True  # "lodged a protest with Albania": the verb's frame already codes the noun
            attacker = (verbs.get(head.i) if r.trigger.dep_ == "dobj" else
                        verbs.get(head.head.i) if r.trigger.dep_ == "pobj" and head.lower_ in ("on", "at", "against", "upon")
                        else None)
            if (r.entry.pos == "noun" and attacker is not None and attacker.event_type in ("ASSAULT", "COERCE")
                    and r.event_type in ("MOBILIZE", "CONSULT", "AID")):
                r.consumed = True  # "fired on a police patrol", "ambushed an aid convoy": what is attacked, not an act
            if _background_clause(r.trigger):
                r.consumed = True  # "..., where 28 people have been killed this year": earlier events
        for r in raws:
            if not r.consumed and not r.target and r.event_type in complements.GOVERNING_TYPES:
                r.target = self._complement_target(r, mem)
        events: list[Event] = []
        for r in raws:
            if r.consumed:
                continue
            ev = self._finish(sent, r, mem)
            if ev is not None:
                events.append(ev)
                if r.mirror:
                    events.append(_mirrored(ev))
        return _merge(events)

    def _finish(self, sent: Span, r: complements.Raw, mem: DocMemory) -> Event | None:
        """Apply the event-level rules to a candidate and build the Event, or None when it is no event."""
        source, target, tok = r.source, r.target, r.trigger
        if not source and not target:
            return None  # nothing can happen without an actor
        # remove self-targeting (same country+sector+name on both sides)
        target = [t for t in target if not any(_same_actor(t, s) for s in source)]
        if len(target) > 1:
            # "support for both countries" said by one of them: the target is the other one
            own = {a.country for a in source}
            target = [t for t in target if t.country not in own or t.sector] or target
        if not target and len(source) >= 2 and (r.event_type in SYMMETRIC_TYPES or r.entry.event_type in SYMMETRIC_TYPES):
            if len({a.country for a in source}) >= 2:
                # "X and Y agreed", "they met": a reciprocal event, told from both sides (X->Y and Y->X)
                source, target = source[:1], source[1:]
                r.mirror = len(target) == 1
        victims_of_noun = r.entry.pos == "noun" and tok.dep_ == "pobj" and tok.head.head.lemma_.lower() in _VICTIM_VERBS
        if not source and (r.entry.pos == "noun" and not victims_of_noun or not target or not (
                _is_passive(tok) or victims_of_noun or self._caused_by_thing(tok))):
            return None  # only a passive verb may leave its doer unnamed ("two soldiers were killed")
        if not target and r.event_type in ("CONCEDE", "RETREAT", "AGREE", "REJECT") and source:
            # "backed down under pressure from Washington", "resigned as demanded by the protesters": yielding
            # to whoever pressed; "declined to resign despite pressure by the commission": refusing them
            target = [a for a in self._actors(_pressers(tok, r.event_type == "REJECT"), mem)
                      if not any(_same_actor(a, s) for s in source)]
        if not target and r.entry.id in _STAND_DOWNS and source:
            # "the union called off its strike": protesters concede to the authorities at home
            target = _at_home("GOV")
        if not target and r.entry.event_type in ("CONCEDE", "COERCE") and source and all(
                a.sector in _STATE or a.sector is None and a.how == "kb:country" for a in source) and len(
                {a.country for a in source if a.country}) <= 1:
            # "the government lifted the state of emergency": a state acting on its own people
            # the country is filled after geolocation: where it happened, else the state's own country
            target = _at_home()
        if not target and r.event_type == "PROTEST" and source:
            target = self._protest_target(tok, mem, source)
        if not target and r.event_type == "PROTEST" and source and r.modality == "asserted":
            # a protest against no one named is aimed at the authorities where it happens (country filled
            # after geolocation: the place, else the protesters' own country)
            target = _at_home()
        if not target and r.event_type == "SUPPORT" and r.cameo == "055" and source:
            # an apology to no one named is an expression of regret: CONCEDE (PLOVER manual 2.0), at home
            r.event_type, r.cameo, r.mode = "CONCEDE", "080", None
            target = _at_home()
        if (not target and r.event_type == "REQUEST" and r.entry.object and source and r.modality == "asserted"
                and r.entry.id.startswith("request.demand.")):
            # "the opposition demanded early elections / reforms / autonomy": of its own government
            target = _at_home("GOV")
        if (not target and r.event_type == "REJECT" and source and r.modality == "asserted"
                and any(a.country or a.sector for a in source) and _refuses_unaddressed(tok)
                and not any(a.country in TRANSNATIONAL or a.sector in TRANSNATIONAL for a in source)):
            # "the opposition coalition rejected an invitation to join", "the vice-president declined to resign": a
            # refusal with no one named to refuse is aimed at the authorities at home (filled after geolocation)
            target = _at_home()
        official = bool(source) and all(
            (a.sector in _OFFICIAL_SECTORS or a.sector is None and a.how in ("kb:country", "kb:capital"))
            and not any(k in (a.how or "") for k in ("pronoun", "speaker", "group", "bound"))
            for a in source)  # "they were protesting": who protests is only guessed
        if (r.event_type == "PROTEST" and r.entry.head == "protest" and r.entry.pos == "verb" and official
                and r.rule_suffix == "" and not any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)):
            # "China protested the visit", "the Vatican protested the arrests": a state or an organisation
            # protesting complains officially (ACCUSE, CAMEO 114); crowds protesting demonstrate (PROTEST);
            # "a hunger strike to protest" stays a protest
            r.event_type, r.cameo, r.mode = "ACCUSE", "114", cameo_info("114").mode
            r.rule_suffix = "+accuse-official-protest"
        elif (r.event_type == "PROTEST" and r.mode == "obstruct" and source
              and all(a.sector in ("COP", "MIL") for a in source)):
            # "riot police blocked the roads to the court": security forces blocking is a restriction of
            # movement (CAMEO 191, COERCE), not a demonstration
            r.event_type, r.cameo, r.mode = "COERCE", "191", cameo_info("191").mode
            r.rule_suffix = "+coerce-blockade-by-forces"
            target = [a for a in target if a.how != "domestic"] or _at_home("CVL")
        elif r.entry.id in _PROTEST_NOTES and source and not official:
            # "thousands of Malians made a peaceful protest": a crowd's protest is a demonstration
            r.event_type, r.cameo, r.mode = "PROTEST", "141", cameo_info("141").mode
            r.rule_suffix = "+protest-by-crowd"
        if not target and r.event_type == "AGREE" and source:
            target = self._agreed_place(tok, mem)
        if r.event_type in NEEDS_TARGET and not target:
            return None
        if r.entry.id in ("assault.fire.on", "assault.fire.at") and (
                any(c.dep_ == "dobj" for c in tok.children)
                or source and not any(a.sector in _ARMED_SECTORS for a in source)):
            # "critics fired at the government", "fired questions at", "fired tear gas at": only an armed actor
            # firing, with no object of its own, shoots (other objects have their own frames)
            return None
        if (r.event_type == "ASSAULT" and r.mode == "destroy" and not target and r.entry.target
                and all(s.startswith("prep:") for s in r.entry.target)):
            # "set fire to their mattresses": destroying what belongs to no actor named is no attack on anyone
            # (PLOVER manual 2.0: incidental damage is not ASSAULT/destroy)
            return None
        if (r.event_type == "MOBILIZE" and r.entry.head in _EXERCISES and not target
                and len({a.country for a in source if a.country}) >= 2):
            # PLOVER manual 2.0: joint military exercises are COOPERATE, single-country ones MOBILIZE
            r.event_type, r.mode, r.cameo = "COOPERATE", None, "062"
            source, target = source[:1], source[1:]
            r.mirror = len(target) == 1  # a joint exercise is reciprocal: told from both sides
        if (r.event_type == "CONSULT" and r.mode == "visit" and target and source and all(
                t.how in ("gazetteer", "kb:capital", "kb:country") for t in target)
                and {t.country for t in target} <= {a.country for a in source}):
            return None  # "traveled to Cleveland", "toured the provinces": a trip at home meets no one
        if r.event_type in ("CONSULT", "COOPERATE") and not target and r.mode != "multilateral":
            return None  # a meeting or a visit needs someone on the other side ("toured the region" is none)
        if r.event_type in CONFLICT_TYPES and _sports(sent):
            return None  # "Argentina beat Brazil 2-1": a match, not an assault
        if len(source) > 1 or len(target) > 1 or source and target:
            mem.add_group(source + target)
        return self._event(sent, r, source, target)

    def _agreed_place(self, tok: Token, mem: DocMemory) -> list[Actor]:
        """Where an agreement with no one named on the other side applies: the first place named in what was
        agreed ("agreed to open a liaison office in Juba", "agreed to extend the mission in Darfur") stands
        for that country; [] when none."""
        subj = {t.i for c in tok.children if c.dep_ in ("nsubj", "nsubjpass") for t in c.subtree}
        places = [p for t in tok.subtree if t.i not in subj and t.dep_ == "prep" and t.lower_ in ("in", "to", "for")
                  for p in t.children if p.dep_ == "pobj" and p.ent_type_ in ("GPE", "LOC")]
        for p in places:
            got = [a for a in self._actors([p], mem)
                   if a.country and a.how in PLACE_HOWS]
            if got:
                return got[:1]
        return []

    def _caused_by_thing(self, tok: Token) -> bool:
        """An act whose grammatical subject is an attack or a weapon, not an actor ("a roadside bombing killed
        a soldier", "a mine explosion wounded five"): the doer is unnamed, as in a passive."""
        subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        if subj is None or subj.pos_ != "NOUN":
            return False
        lemma = subj.lemma_.lower()
        if lemma in ("explosion", "blast") and any(
                c.dep_ in ("compound", "amod", "nmod") and (c.lemma_.lower() in _WEAPON_CAUSES | _INSTRUMENTS
                                                           or c.lower_ in ("minefield", "roadside", "suicide"))
                for c in subj.children):
            return True  # "a minefield explosion killed two youths", "a car bomb blast": a weapon's
        if lemma in ("fire", "explosion", "blast", "crash", "collapse", "flood", "storm", "accident", "quake"):
            return False  # "a fire at a factory killed 16 workers": possibly no one's act at all
        return lemma in _INSTRUMENTS or lemma in _WEAPON_CAUSES or any(
            en.event_type == "ASSAULT" for en in self.lexicon.noun_entries(lemma))

    def _protest_target(self, tok: Token, mem: DocMemory, source: list[Actor]) -> list[Actor]:
        """Whom a protest is against when its own arguments do not say: its purpose clause or stance phrase
        ("blocked a road to show their disapproval of the United States' policies", "in defiance of Chinese
        authorities", "to protest at the settlement of ...", "demanding independence from Indonesian rule").
        The protesters themselves ("their anger") are skipped for the next phrase."""
        verbs = [tok] + ([tok.head] if tok.pos_ == "NOUN" and tok.head.pos_ in ("VERB", "AUX") else [])
        heads: list[Token] = []
        for v in verbs:
            for c in v.children:
                if c.dep_ == "prep" and c.lower_ in ("against", "at", "over"):
                    heads += [p for p in c.children if p.dep_ == "pobj"]
                if c.dep_ == "prep" and c.lower_ == "in":  # "in defiance of X", "in protest at X"
                    heads += [g for p in c.children if p.dep_ == "pobj" for q in p.children
                              if q.dep_ == "prep" and q.lower_ in ("of", "at", "against") for g in q.children
                              if g.dep_ == "pobj"]
                if c.dep_ in ("advcl", "xcomp", "conj") and c.pos_ == "VERB":  # "to show", "demanding"
                    for d in c.children:
                        if d.dep_ in ("dobj", "attr"):
                            heads.append(d)
                            # "their anger at the mine owners' pay offer": past the protesters' own word
                            heads += [p for q in d.children if q.dep_ == "prep" and q.lower_ in (
                                "for", "of", "at", "against", "over", "with", "towards", "toward")
                                for p in q.children if p.dep_ == "pobj"]
                        if d.dep_ == "prep" and d.lower_ in ("against", "at", "over", "for", "from", "on"):
                            heads += [p for p in d.children if p.dep_ == "pobj"]
        return self._first_actors(heads, mem, keep=lambda a: not any(_same_actor(a, s) for s in source))

    def _event(self, sent: Span, r: complements.Raw, source: list[Actor], target: list[Actor]) -> Event:
        e = r.entry
        event_type, mode, cameo, modality = r.event_type, r.mode, r.cameo, r.modality
        info = cameo_info(cameo)
        conf = 0.8 if source and target else 0.6
        if event_type == "CONSULT" and mode is None and any(
                c.dep_ == "prep" and c.lower_ in ("by", "over", "via") and any(
                    p.lemma_.lower() in _PHONE_WORDS for p in c.children) for c in r.trigger.children):
            mode, cameo = "phone", "041"  # "spoke by phone with": PLOVER CONSULT/phone, CAMEO 041
            info = cameo_info(cameo)
        trig = r.trigger
        if (event_type == "CONSULT" and mode is None and trig.dep_ == "pobj" and trig.head.lower_ == "for"
                and trig.head.head.lemma_.lower() in _TRAVEL):
            mode, cameo = "visit", "042"  # "arrived in China for talks with ...": a visit (CAMEO 042)
            info = cameo_info(cameo)
        if event_type == "CONSULT" and modality == "future":
            # PLOVER: a meeting announced for the future is an expression of intent (AGREE, CAMEO 036)
            event_type, mode, cameo, modality = "AGREE", None, "036", "asserted"
            info = cameo_info(cameo)
        words = sorted(r.words, key=lambda t: t.i)
        text = sent.text.rstrip()  # the paragraph break after a sentence is not part of it
        return Event(
            sentence=text,
            sentence_start=sent.start_char,
            sentence_end=sent.start_char + len(text),
            event_type=event_type,
            mode=mode,
            context=list(dict.fromkeys(list(e.context) + list(info.context))),
            cameo=cameo,
            quad_class=info.quad_class,
            goldstein=info.goldstein,
            source=source,
            target=target,
            modality=modality,
            trigger=" ".join(t.text for t in words),
            rule=e.id + r.rule_suffix,
            confidence=conf,
            trigger_index=r.trigger.i - sent.start,
        )
