"""Resolve noun phrases in a parsed sentence to actors (country, sector, role, name).

Resolution order for one noun-phrase head (see ``docs/actors.md``):

1. pronouns and short/role-only mentions go to in-document coreference (``parley.actors.coref``);
2. the knowledge base (``parley.actors.kb``): people (dated offices), countries, capitals and
   seat-of-government metonyms, institutions, IGOs, armed groups and parties;
3. the phrase itself: role nouns (``roles.csv``), nationality adjectives, possessives, ``of``/``from``/``in``
   phrases and appositions (``Chinese Foreign Minister Wang Yi``, ``the chairman of the Russian State Duma's
   International Affairs Committee, Leonid Slutsky``, ``Iraqi police``, ``protesters in Lagos``).

Coordination distributes: ``the presidents of China and Russia`` gives two actors.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date
from typing import TYPE_CHECKING, Any

from parley.actors.coref import DocMemory
from parley.nlp import entity_of
from parley.records import Actor, Location

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from parley.actors.kb import KBEntry, KnowledgeBase

#: Dependents that are not part of a noun phrase's own words.
_OUTSIDE = {"relcl", "acl", "appos", "conj", "cc", "punct", "advcl", "prep", "parataxis", "dep"}
#: Heads whose sector comes from the institution they belong to ("chairman of X", "member of X").
GENERIC_ROLES = {
    "chairman", "chairwoman", "chair", "head", "member", "members", "secretary", "president", "leader",
    "director", "chief", "speaker", "deputy", "representative", "delegation", "spokesperson",
    "spokesman", "spokeswoman", "official", "officials", "delegate", "envoy", "coordinator", "convoy",
}
#: Role words that, alone with a country, name an office whose holder the KB can look up.
OFFICE_KEYS = {
    "president": "president",
    "prime minister": "prime_minister",
    "premier": "prime_minister",
    "chancellor": "chancellor",
    "foreign minister": "foreign_minister",
    "defence minister": "defence_minister",
    "defense minister": "defence_minister",
    "interior minister": "interior_minister",
    "king": "king",
    "leader": "leader",
}
#: Heads that only count or group the actors named in their "of" phrase ("thousands of Georgians",
#: "a delegation of officials from the U.S").
COLLECTIVE_HEADS = {"thousand", "thousands", "hundred", "hundreds", "dozen", "dozens", "score", "scores",
                    "million", "millions", "group", "groups", "number", "crowd", "crowds", "delegation",
                    "team", "contingent", "band", "unit", "party", "members", "member", "some", "many",
                    "most", "all", "several", "few", "none", "both", "each", "one", "two", "three", "minority"}
#: Sectors of units that a later "the soldiers", "the police" refers back to.
_FORCE_SECTORS = {"MIL", "COP", "REB", "SPY"}
#: Days after the end of a term during which a person still counts as holding the office (a resignation is
#: reported the day after), unless the story has already named a successor in that office.
RECENT_OFFICE_DAYS = 3
#: Heads that make a nationality word an ethnic group living somewhere ("the Albanian population").
ETHNIC_GROUP_HEADS = {"population", "minority"}
#: "South Lebanon", "north-eastern Syria": a compass part of a country.
_REGION_OF = re.compile(r"(?i)^(?:the\s+)?(?:(?:north|south)(?:-?(?:east|west))?(?:ern)?|east(?:ern)?|west(?:ern)?|"
                        r"central|upper|lower)\s+(.+)$")
#: How an actor was resolved when the phrase names a place (a country, a part of one, a capital, a gazetteer
#: place) rather than a person or an organisation.
PLACE_HOWS = ("kb:country", "kb:region", "gazetteer", "kb:capital")
#: Common nouns of places that take the place's name in apposition ("the capital Bamako").
_PLACE_APPOS_HEADS = {"capital", "city", "town", "village", "province", "region", "district", "port", "enclave",
                      "state", "island", "stronghold", "township"}
PERSON_PRONOUNS = {"he", "she", "him", "her", "his"}
#: Verbs whose subject "it" stands for a following clause ("It is alleged that ..."): no actor.
_EXPLETIVE_HEADS = {"allege", "report", "say", "believe", "claim", "expect", "understand", "think", "know",
                    "fear", "suspect", "estimate", "seem", "appear", "be", "emerge", "remain", "rumour", "rumor"}
#: Titles and role words that say a person's gender (for "he"/"she"): English usage.
FEMALE_WORDS = {"mrs", "ms", "miss", "madam", "madame", "dame", "lady", "queen", "princess", "empress",
                "duchess", "baroness", "countess", "sister", "mother", "wife", "daughter", "widow", "actress",
                "spokeswoman", "chairwoman", "congresswoman", "businesswoman", "councilwoman", "first lady",
                "sra", "mme", "frau"}
MALE_WORDS = {"mr", "sir", "lord", "king", "prince", "emperor", "duke", "baron", "count", "brother", "father",
              "husband", "son", "widower", "spokesman", "chairman", "congressman", "businessman", "councilman",
              "herr", "sheikh", "sheik"}
#: Bodies whose sector is their members' ("journalists' union" JRN, "farmers' association" AGR).
MEMBERSHIP_BODIES = {"union", "association", "federation", "syndicate", "guild", "confederation", "council"}
#: Singular nouns of bodies that "they" can stand for ("the defence team ... their lawyers").
_COLLECTIVE_BODIES = {"team", "government", "committee", "party", "alliance", "coalition", "group", "delegation",
                      "army", "police", "council", "parliament", "administration", "movement", "union", "family"}
#: Organisation nouns whose sector is their members' ("the rebel group", "a militant network").
_BODY_HEADS = {"group", "movement", "network", "faction", "organization", "organisation", "outfit", "cell"}
#: Nouns that name an organisation whose own name stands in front ("the Hamas movement").
ORG_HEADS = {"group", "movement", "network", "militia", "organization", "organisation", "faction", "party",
             "front", "army", "alliance", "coalition", "regime", "government", "administration", "force", "forces",
             "guerrillas", "rebels", "fighters", "militants", "wing", "brigade", "brigades", "council", "forum",
             "bloc", "body", "agency", "union", "commission", "committee", "court", "ministry", "office", "service"}
PLURAL_PRONOUNS = {"they", "them", "their"}
GROUP_PHRASES = {"both sides", "the two countries", "two countries", "both countries", "the two nations",
                 "both nations", "the two sides", "both governments", "the two governments", "the two leaders",
                 "both leaders", "the two presidents", "the two men"}


def np_tokens(head: Token) -> list[Token]:
    """The tokens of ``head``'s own noun phrase: head plus determiners, modifiers, compounds, possessives.

    Relative clauses, appositions, conjuncts and prepositional phrases are left out.
    """
    out = [head]
    for child in head.children:
        if child.dep_ in _OUTSIDE or child.i > head.i and child.dep_ not in ("case",):
            continue
        out.extend(child.subtree)
    return sorted(set(out), key=lambda t: t.i)


def np_text(head: Token) -> str:
    toks = np_tokens(head)
    doc = head.doc
    return doc[toks[0].i : toks[-1].i + 1].text


def _strip_det(text: str) -> str:
    low = text.lower()
    for det in ("the ", "a ", "an "):
        if low.startswith(det):
            return text[len(det):]
    return text


class ActorResolver:
    """Turn noun-phrase heads of a parsed sentence into :class:`~parley.records.Actor` lists.

    Args:
        kb: the loaded knowledge base.
    """

    def __init__(self, kb: KnowledgeBase, gazetteer: Any = None) -> None:
        self.kb = kb
        self.gazetteer = gazetteer
        self._mem: DocMemory | None = None
        self._plural_busy = False  # re-entrancy guard of _plural_antecedent
        self._spelled: tuple[Any, int] | None = None  # (doc, token index) of _lookup's last misspelling guess

    # ---------------------------------------------------------------- public
    def resolve(self, head: Token, mem: DocMemory, *, distribute: bool = True) -> list[Actor]:
        """Resolve the noun phrase headed by ``head`` and its conjuncts.

        Returns:
            A list of actors (empty when the phrase is not a political actor). Each actor's
            ``start``/``end`` are character offsets of the phrase in the document.
        """
        self._mem = mem
        heads = [head] + [c for c in head.conjuncts if c.i > head.i] if distribute else [head]
        out: list[Actor] = []
        for h in heads:
            for actor in self._resolve_one(h, mem):
                if not any(_same(actor, o) for o in out):
                    out.append(actor)
        return out

    # ---------------------------------------------------------------- internals
    def _speaker_antecedent(self, h: Token, mem: DocMemory) -> list[Actor]:
        """"Palestinian leaders said they would boycott ...": a pronoun subject of a reported clause is the
        speaker when number agrees (they/we <- plural, he/she/it <- singular)."""
        verb = h.head
        if h.dep_ not in ("nsubj", "nsubjpass") or verb.dep_ not in ("ccomp", "xcomp") or verb.head.i == verb.i:
            return []
        speaker = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
        if speaker is None or speaker.pos_ == "PRON":
            return []
        plural = speaker.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in speaker.children)
        if (h.lower_ in PLURAL_PRONOUNS or h.lower_ == "we") != plural:
            return []
        return [a.copy_at(h.text, h.idx, h.idx + len(h.text), how="coref:speaker")
                for a in self.resolve(speaker, mem) if a.country or a.sector]

    def _plural_antecedent(self, h: Token, mem: DocMemory) -> list[Actor]:
        """"they"/"their"/"them" after a plural or collective actor phrase in the same sentence ("the defence team
        has boycotted the trial since three of their lawyers were killed"): the nearest such phrase that is not a
        subject of the pronoun's own clause; ``[]`` when there is none (the story's last group then serves)."""
        if self._plural_busy:
            return []  # a candidate's own modifiers hold another plural pronoun: no antecedent chains
        verb = next((a for a in h.ancestors if a.pos_ in ("VERB", "AUX")), h.head)
        own = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        while not own and verb.dep_ == "conj" and verb.head.i != verb.i:
            verb = verb.head  # "arrested two youths and interrogated them": the shared subject is not "them"
            own += [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        skip = {t.i for o in own for t in o.subtree}
        cands = [t for t in h.sent if t.i < h.i and t.i not in skip and t.pos_ in ("NOUN", "PROPN") and t.dep_ in (
                    "nsubj", "nsubjpass", "dobj", "pobj", "appos")
                 and (t.tag_ in ("NNS", "NNPS") or t.lemma_.lower() in _COLLECTIVE_BODIES)
                 and not any(c.dep_ == "conj" for c in t.children)]  # a coordination is the group logic's
        cands.sort(key=lambda t: -t.i)  # the nearest ("dispersed the demonstrators after they threw stones")
        self._plural_busy = True
        try:
            return self._first_plural(h, mem, [t for t in cands if h not in t.subtree])
        finally:
            self._plural_busy = False

    def _first_plural(self, h: Token, mem: DocMemory, cands: list[Token]) -> list[Actor]:
        for t in cands:
            got = [a for a in self._resolve_one(t, mem) if (a.country or a.sector) and not (
                a.how or "").startswith("coref")]
            if got:
                return [a.copy_at(h.text, h.idx, h.idx + len(h.text), how="coref:plural") for a in got]
        return []

    def _bound_possessive(self, h: Token, mem: DocMemory) -> list[Actor]:
        """"Peru urged its citizens", "the rebels said their fighters": a possessive "its"/"their" in a
        clause refers to that clause's subject when the subject is an actor of matching number; inside the
        subject of an adverbial clause, to the main clause's subject."""
        if h.dep_ != "poss" or h.lower_ not in ("its", "their"):
            return []
        verb = h.head
        while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
            verb = verb.head
        subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        own_pp = (h.head.dep_ == "pobj" and h.head.head.dep_ == "prep" and h.head.head.head.i == verb.i
                  and not any(c.dep_ == "dobj" for c in verb.children))
        if h.head.dep_ not in ("dobj", "dative") and not own_pp:
            # only the verb's own object ("urged its citizens") or its only phrase ("insisted on its demands"),
            # not "dismissed X for its criticism"; but in the subject of an adverbial clause ("X halted
            # deliveries after two of their trucks were hit") the main clause's subject
            if subj is None or h not in subj.subtree or verb.dep_ != "advcl":
                return []
            verb = verb.head
            subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        while subj is None and verb.dep_ in ("conj", "xcomp") and verb.head.i != verb.i:
            verb = verb.head  # "X refused ... and urged its citizens": the first conjunct's subject
            subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None or subj.pos_ == "PRON" or h in subj.subtree:
            return []
        plural = subj.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in subj.children)
        if (h.lower_ == "their") != plural:
            return []
        return [a.copy_at(h.text, h.idx, h.idx + len(h.text), how="coref:bound")
                for a in self.resolve(subj, mem) if a.country or a.sector]

    def _actor(self, head: Token, entry: KBEntry | None = None, **kw: Any) -> Actor:
        toks = np_tokens(head)
        doc = head.doc
        span = doc[toks[0].i : toks[-1].i + 1]
        a = Actor(text=span.text, start=span.start_char, end=span.end_char)
        if entry is not None:
            a.name = entry.name
            a.country = entry.country
            a.sector = entry.sector if entry.kind not in ("country",) else None
            if entry.kind in ("capital", "metonym") and not a.sector:
                a.sector = "GOV"
            a.role = entry.role
            a.wikidata = entry.wikidata
            a.how = f"kb:{entry.kind}"
            if entry.kind == "country" and self._spelled == (head.doc, head.i):
                a.how = "kb:country+spelling"  # _lookup guessed it from a misspelling at this token
            gender = self.kb.gender(entry.actor_id) if entry.kind == "person" else None
            if gender and self._mem is not None:
                self._mem.genders[entry.name.lower()] = gender
            day = self._mem.pub_date if self._mem is not None else None
            if entry.kind == "person" and entry.code is None and day is not None and (
                    entry.start or entry.end) and not entry.valid_on(day):
                if entry.end is not None and 0 < (day - entry.end).days <= RECENT_OFFICE_DAYS and not any(
                        p.role == entry.role and p.name != entry.name for p in self._mem.persons):
                    # left office days before the story ("the prime minister resigned on Monday" told on Tuesday):
                    # the story is most likely about the last acts in office, which are the government's
                    a.how = "kb:person+just-left"
                elif entry.end is not None and entry.end < day:
                    # out of office by then: a former official is an elite (CAMEO ELI), not the government
                    a.sector, a.role, a.how = "ELI", f"Former {entry.role or 'official'}", "kb:person+former"
                else:
                    # not yet in office (John Kerry in 2006 was a senator, not Secretary of State): the
                    # knowledge base knows who, not what they were then
                    a.sector, a.role, a.how = None, None, "kb:person+before-office"
        for k, v in kw.items():
            setattr(a, k, v)
        if a.name is None:
            a.name = _strip_det(a.text)
        if self._mem is not None and a.country and (entry is not None and entry.kind != "person"
                                                      or a.how in ("kb:country", "org-parts")):
            self._mem.add_thing(a)
        if self._mem is not None and a.country and a.sector in _FORCE_SECTORS and (
                entry is None or entry.kind == "institution"):
            self._mem.forces.append(a)  # "British troops": what a later "the soldiers" refers back to
        return a

    def _lookup(self, text: str, mem: DocMemory, near: Token | None = None) -> KBEntry | None:
        self._spelled = None
        hits = self.kb.lookup(text, on=mem.pub_date)
        if hits:
            return hits[0]
        if near is not None and _may_be_misspelt_place(near) and (
                self.gazetteer is None or not self.gazetteer.candidates(text)):
            # "Ethopia", "Afganistan": a country misspelt by one letter (no place of that spelling exists)
            guess = self.kb.country_near(text)
            if guess is not None:
                self._spelled = (near.doc, near.i)
            return guess
        return None

    def _resolve_one(self, h: Token, mem: DocMemory) -> list[Actor]:
        low = h.lower_
        doc = h.doc
        phrase = np_text(h)
        plow = phrase.lower()
        # 1. pronouns and group phrases
        if h.pos_ == "PRON":
            local = self._speaker_antecedent(h, mem) or self._bound_possessive(h, mem)
            if local:
                return local
            if low in PERSON_PRONOUNS:
                a = mem.last_person(before=h.idx, gender="f" if low in ("she", "her", "hers") else "m")
                return [a.copy_at(h.text, h.idx, h.idx + len(h.text), how="coref:pronoun")] if a else []
            if low == "it" and h.dep_ in ("nsubj", "nsubjpass") and any(
                    c.dep_ in ("ccomp", "xcomp", "csubj") for c in h.head.children) and (
                    h.head.lemma_.lower() in _EXPLETIVE_HEADS or h.head.pos_ in ("ADJ", "AUX")
                    or any(c.dep_ == "acomp" for c in h.head.children)):
                return []  # "It is alleged that ...", "it is clear that ...": no one
            if low in ("it", "its"):
                thing = _nearest_thing_noun(h) if low == "it" else None
                if thing is not None:
                    # "Akaka introduced his bill and won support for it": it is the bill; its owner (or who passed
                    # or tabled it), if named
                    owner = [p for p in thing.children if p.dep_ == "poss" or p.dep_ == "amod" and p.ent_type_ == "NORP"] or (
                        [c for c in thing.head.children if c.dep_ == "nsubj"]
                        if thing.dep_ == "dobj" and thing.head.lemma_.lower() in _AUTHOR_VERBS else [])
                    return [a.copy_at(h.text, h.idx, h.idx + len(h.text), how="coref:owner-of-thing")
                            for p in owner for a in self.resolve(p, mem) if a.country or a.sector]
                a = mem.last_thing(before=h.idx)
                return [a.copy_at(h.text, h.idx, h.idx + len(h.text), how="coref:pronoun")] if a else []
            if low in PLURAL_PRONOUNS:
                near = self._plural_antecedent(h, mem)
                if near:
                    return near
                return [a.copy_at(h.text, h.idx, h.idx + len(h.text), how="coref:pronoun")
                        for a in mem.last_group(before=h.idx)]
            return []
        if plow in GROUP_PHRASES or _strip_det(plow) in GROUP_PHRASES:
            sector = "GOV" if any(w in plow for w in ("government", "leader", "president", "minister")) else None
            out = [a.copy_at(phrase, h.idx, h.idx + len(h.text), how="coref:group") for a in mem.pair()]
            for a in out:
                a.sector = a.sector or sector
            return out
        if h.lemma_.lower() in COLLECTIVE_HEADS or h.lower_ in COLLECTIVE_HEADS:
            inner = [p for c in h.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
                     if p.dep_ == "pobj"]
            got = [a for p in inner for a in self.resolve(p, mem) if a.country or a.sector]
            if got:
                span = _span_of(h)
                return [a.copy_at(h.doc.text[span[0]:span[1]], *span, how=(a.how or "") + "+collective")
                        if a.how and a.how.startswith("coref") else a for a in got]
        ent = _entity(h)
        # a role phrase with the person's name in apposition: "the Secretary of the Council, Sergei Shoigu"
        if ent is None and h.pos_ in ("NOUN", "PROPN"):
            for c in h.children:
                cent = _entity(c) if c.dep_ == "appos" else None
                if cent is not None and cent.label_ == "PERSON":
                    a = self._resolve_person(c, cent, mem)
                    lo = min(t.i for t in np_tokens(h))
                    whole = h.doc[lo : cent.end]
                    return [a.copy_at(whole.text, whole.start_char, whole.end_char, how=a.how)]
        # "the capital Bamako", "the port city, Hodeidah": the named place in apposition
        if ent is None and h.pos_ == "NOUN" and h.lemma_.lower() in _PLACE_APPOS_HEADS:
            for c in h.children:
                cent = _entity(c) if c.dep_ in ("appos", "compound") and c.i > h.i else None
                if cent is not None and cent.label_ in ("GPE", "LOC"):
                    return self.resolve(c, mem)
        # 2. named entities through the KB
        if ent is not None and ent.label_ in ("PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"):
            actors = self._resolve_entity(h, ent, mem)
            if actors:
                return actors
        # NER found only the first names ("Maria Corina" of "Maria Corina Machado"): the whole name
        if h.pos_ == "PROPN" and ent is None:
            inner = next((_entity(c) for c in h.children if c.dep_ == "compound" and _entity(c) is not None
                          and _entity(c).label_ == "PERSON"), None)
            if inner is not None and inner.end == h.i:
                return [self._resolve_person(h, doc[inner.start : h.i + 1], mem)]
        # a proper name the NER missed: the run of proper nouns ending at the head ("Yoon Suk Yeol")
        if h.pos_ == "PROPN" and ent is None:
            run = [h]
            for t in reversed([c for c in h.children if c.dep_ == "compound" and c.i < h.i]):
                if t.pos_ != "PROPN" or t.i != run[0].i - 1 or self.kb.role(t.lower_):
                    break
                run.insert(0, t)
            if len(run) >= 2:
                entry = self._lookup(doc[run[0].i : h.i + 1].text, mem)
                if entry is not None:
                    a = self._actor(h, entry)
                    if entry.kind == "person":
                        mem.add_person(a)
                    return [a]
                if self.gazetteer is not None:
                    # a multi-word place the NER missed ("the Syrian Golan Heights"): without a leading nationality
                    start = run[1].i if self.kb.adjective(run[0].text) and len(run) >= 3 else run[0].i
                    loc = self._gaz(doc[start : h.i + 1].text, h, mem)
                    if loc is not None and loc.country:
                        return [self._actor(h, country=loc.country, how="gazetteer")]
        # whole phrase (handles "the Kremlin", "the White House", "Security Council" without NER)
        single = not any(c.dep_ == "compound" and c.pos_ == "PROPN" and c.i < h.i for c in h.children)
        entry = self._lookup(_strip_det(phrase), mem) or (
            self._lookup(h.text, mem, near=h) if h.pos_ == "PROPN" and single else None)  # not "Wales" of "New South Wales"
        if entry is None and h.pos_ == "PROPN":
            # a name with an of-phrase inside that NER missed ("the Liberation Tigers of Tamil Eelam")
            of = next((c for c in h.children if c.dep_ == "prep" and c.lower_ == "of"), None)
            if of is not None:
                lo = min(t.i for t in np_tokens(h))
                hi = max(t.i for t in of.subtree)
                entry = self._lookup(_strip_det(doc[lo : hi + 1].text), mem)
        if entry is not None:
            a = self._actor(h, entry)
            if entry.kind == "person":
                mem.add_person(a)
            return [a]
        if entry is None and ent is None and h.pos_ == "PROPN" and single and h.text[:1].isupper():
            # a city the NER did not tag ("shelled Kharkiv")
            city = self._object_city(h, h.text, mem)
            if city:
                return city
        # "the Hizbollah group", "the al-Qaeda network", "the Islamic Jihad movement": the name in front
        if h.pos_ == "NOUN" and h.lemma_.lower() in ORG_HEADS:
            for c in h.children:
                if c.dep_ in ("compound", "nmod", "amod") and c.i < h.i and c.pos_ == "PROPN":
                    got = [a for a in self._resolve_one(c, mem) if a.country or a.sector]
                    if got and all(a.how in ("kb:country", "gazetteer", "adjective") for a in got):
                        # "French and Malian forces", "Iraq government", "the Nigerian electoral commission": a
                        # country's body, a role phrase
                        break
                    if got:
                        return got
        if ent is None and h.tag_ in ("NNPS", "NNS") and h.text[:1].isupper() and self.kb.adjective(h.text):
            # "Hundreds of ethnic Uzbeks" with no entity tag: a people all the same
            return [self._people(h, h.text, self.kb.adjective(h.text) or "", mem)]
        # 3. role phrase
        return self._resolve_role(h, mem)

    def _resolve_entity(self, h: Token, ent: Span, mem: DocMemory) -> list[Actor]:
        text = ent.text
        if text.lower().startswith("the "):
            text = text[4:]
        for suffix in ("'s", "’s", "'", "’"):  # "the European Union's support": the possessive ending is no name
            if text.endswith(suffix) and len(text) > len(suffix) + 1:
                text = text[: -len(suffix)]
                break
        if ent.label_ == "PERSON" and len(ent) <= 3 and (ent[-1].tag_ == "NNPS" or ent[-1].text.endswith("s")):
            # "Bosnian Serbs", "Iraqi Kurds" tagged as a person: a people, of the country its first word names
            # (where they live, as CAMEO codes them) else of its own demonym
            codes = [self.kb.adjective(t.text) for t in ent if not t.is_punct]
            if codes and all(codes):
                return [self._actor(h, country=codes[0], sector="CVL", how="adjective")]
        if ent.label_ == "PERSON":
            entry = self._lookup(text, mem)
            if entry is not None and entry.kind in ("country", "capital", "group", "igo", "institution"):
                # the small model often tags countries and groups as people ("Jordan", "Mali", "the Houthis")
                return [self._actor(h, entry)]
            if entry is None and len(ent) == 1 and mem.person_by_name(text) is None:
                # ... and cities ("shelled Kharkiv")
                city = self._object_city(h, text, mem)
                if city:
                    return city
            return [self._resolve_person(h, ent, mem)]
        entry = self._lookup(text, mem, near=h if len(ent) == 1 else None)
        if entry is None and ent.label_ == "NORP":
            iso = self.kb.adjective(text)
            if iso:
                return [self._people(h, text, iso, mem)]
        if entry is None and ent.label_ in ("GPE", "LOC"):
            run = ent.start
            while run > 0 and (t := h.doc[run - 1]).pos_ == "PROPN" and t.dep_ == "compound" and t.head.i >= ent.start \
                    and t.text[:1].isupper() and not t.ent_type_ and not self.kb.role(t.lower_) \
                    and not self.kb.adjective(t.text) and not self.kb.country_code(t.text):
                run -= 1
            if run < ent.start:
                # "Kenji Nagano": a given name before a place-like surname makes a person, not a place
                return [self._resolve_person(h, h.doc[run : ent.end], mem)]
            iso = self.kb.country_code(text)
            if iso:
                return [self._actor(h, country=iso, how="kb:country")]
            part = _REGION_OF.match(text)
            iso = self.kb.country_code(part.group(1)) if part else None
            if iso:
                # "South Lebanon", "Western Cambodia", "northern Iraq": a part of the country (the whole-name
                # countries "South Sudan", "North Korea" are found above)
                return [self._actor(h, country=iso, sector="CVL" if h.dep_ == "pobj" else None, how="kb:region")]
            if self.gazetteer is not None:
                # a city or region the KB does not list ("shelled Kharkiv", "aid to Gaza"): its country
                loc = self._gaz(text, h, mem)
                if loc is not None and loc.country:
                    return [self._actor(h, country=loc.country, how="gazetteer")]
        if entry is not None:
            a = self._actor(h, entry)
            if entry.kind == "person":
                mem.add_person(a)
            return [a]
        if ent.label_ != "PERSON" and all(t.pos_ == "PROPN" for t in ent if not t.is_punct):
            # NER sometimes tags a surname as an organisation or place ("Wang stated ..."): a person named
            # earlier in the document wins
            known = mem.person_by_name(text)
            if known is not None and len(text.split()) <= 2:
                return [known.copy_at(ent.text, ent.start_char, ent.end_char, how="coref:name")]
        if ent.label_ == "ORG":
            # unknown organisation: take country/sector from its parts ("Russian State Duma's ... Committee")
            inner = self._from_modifiers(h, mem)
            if inner:
                own = self.kb.role(h.lemma_.lower())  # "Ministry of Education" is GOV whoever owns it
                return [self._actor(h, country=c, sector=s or (own.sector if own else None), how="org-parts")
                        for c, s in inner]
        return []

    def _people(self, h: Token, text: str, iso: str, mem: DocMemory) -> Actor:
        """A nationality word as an actor: "Palestinians" (PSE, CVL), "the Iraqi" (IRQ); "ethnic Hungarians in
        southern Slovakia", "the Hungarians of southern Slovakia": a people is coded by the country it lives in (CAMEO's
        ethnic-group convention)."""
        sector = "CVL" if h.tag_ in ("NNPS", "NNS") or text.endswith("s") else None
        ethnic = any(c.lower_ == "ethnic" for c in h.children if c.dep_ == "amod")
        home = self._home_country(h, mem, ("in", "of") if ethnic else ("of",)) if sector else None
        if home and home != iso:
            return self._actor(h, country=home, sector=sector, how="adjective+residence")
        if sector and any(c.dep_ == "det" and c.lower_ == "the" for c in h.children) and not any(
                c.dep_ in ("amod", "nummod", "compound", "quantmod", "prep") for c in h.children):
            sector = None  # "the Czechs", "the British": the country as a side, not its civilians
        return self._actor(h, country=iso, sector=sector, how="adjective")

    def _home_country(self, h: Token, mem: DocMemory, preps: tuple[str, ...]) -> str | None:
        """Country of the place in an in/of phrase on a people's name ("Hungarians in southern Slovakia"), or None."""
        preps_at = [c for c in h.children if c.dep_ == "prep" and c.lower_ in preps]
        anchor = h.head.head if h.dep_ == "pobj" and h.head.lower_ == "of" else h  # "hundreds of ethnic Uzbeks"
        verb = (anchor.head if anchor.dep_ in ("nsubj", "dobj") else
                anchor.head.head if anchor.dep_ == "pobj" and anchor.head.dep_ == "prep" else None)
        if "in" in preps and verb is not None and verb.pos_ == "VERB":
            # "ethnic Hungarians demonstrated in Slovakia", "killed ethnic Hungarians in a clash in Slovakia",
            # "an offensive in Kosovo against the Serb minority"
            preps_at += [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "in"]
            preps_at += [g for c in list(preps_at) for p in c.children if p.dep_ == "pobj" for g in p.children
                         if g.dep_ == "prep" and g.lower_ == "in"]
        for c in preps_at:
            for p in c.children:
                if p.dep_ != "pobj":
                    continue
                got = [a for a in self.resolve(p, mem)
                       if a.country and a.how in PLACE_HOWS]
                if got:
                    return got[0].country
        return None

    def _resolve_person(self, h: Token, ent: Span, mem: DocMemory) -> Actor:
        name = ent.text
        # a coreferent earlier mention ("Putin" after "Vladimir Putin")
        known = mem.person_by_name(name)
        entry = self._lookup(name, mem)
        a = self._actor(h, entry) if entry is not None and entry.kind == "person" else None
        if a is None and known is not None:
            a = known.copy_at(np_text(h), *_span_of(h), how="coref:name")
        if a is None:
            a = self._actor(h, name=name, how="ner:person")
        # role words and nationality in the same phrase or an apposition
        if a.country is None or a.sector is None or a.role is None:
            role_heads = [t for t in np_tokens(h) if t.i < ent.start] + [
                c for c in h.children if c.dep_ == "appos"
            ]
            if h.dep_ == "appos":
                # "Niger's ambassador Idrissa Kane": the role phrase, with its possessive or adjective; "the
                # Leader of the Opposition, Kim Beazley": and the of-phrase that says whose
                role_heads += [t for t in np_tokens(h.head) if t.i <= h.head.i]
                role_heads += [t for c in h.head.children if c.dep_ == "prep" and c.lower_ == "of"
                               for p in c.children if p.dep_ == "pobj" for t in np_tokens(p)
                               if t.pos_ in ("NOUN", "PROPN", "ADJ") and self.kb.role(t.lower_) is not None]
            if h.dep_ == "nsubj" and h.head.lemma_ == "be":
                # "Dokubo-Asari is a militant leader", "X is the Kenyan ambassador": the predicate says who
                role_heads += [t for c in h.head.children if c.dep_ == "attr" for t in np_tokens(c) if t.i <= c.i]
            info = self._role_info(role_heads, mem)
            if info:
                a.country = a.country or info[0]
                a.sector = a.sector or info[1]
                a.role = a.role or info[2]
                a.how = (a.how or "") + "+role"
        if a.country is None or a.sector is None:
            # "Sinn Fein's Gerry Adams", "Hamas's Ismail Haniyeh": a member of the organisation in the possessive
            # "Kenya's Raila Odinga": a country in the possessive gives the country only
            for c in h.children:
                org = [o for o in self.resolve(c, mem) if o.country] if c.dep_ == "poss" else []
                if org and c.ent_type_ in ("ORG", "NORP", "GPE"):
                    a.country = a.country or org[0].country
                    a.sector = a.sector or (org[0].sector if c.ent_type_ != "GPE" else None)
                    a.how = (a.how or "") + "+member"
                    break
        a.name = a.name or name
        top = h
        while top.dep_ in ("compound", "appos", "flat") and top.head.i != top.i:
            top = top.head
        titles = {t.lower_.rstrip(".") for t in np_tokens(h) if t.i <= ent.start} | {
            t.lower_ for c in h.children if c.dep_ == "appos" for t in np_tokens(c)}
        if h.dep_ == "appos":
            titles |= {t.lower_ for t in np_tokens(h.head)}
        gender = "f" if titles & FEMALE_WORDS else "m" if titles & MALE_WORDS else None
        mem.add_person(a, subject=top.dep_ in ("nsubj", "nsubjpass"), gender=gender)
        return a

    def _role_info(self, toks: Iterable[Token], mem: DocMemory) -> tuple[str | None, str | None, str | None] | None:
        """Country, sector, role from role words/adjectives among ``toks`` (and their subtrees)."""
        country = sector = role = None
        for t in toks:
            if t.dep_ == "appos" or t.i > 0 and t.dep_ in ("pobj",):
                sub = self._resolve_role(t, mem, allow_office=False)
                if not sub and t.dep_ == "appos" and _entity(t) is not None and _entity(t).label_ == "ORG":
                    # "Kenji Nagano, the United Nations Humanitarian Coordinator": an office named like an
                    # organisation
                    sub = [a for a in self.resolve(t, mem) if a.country]
                if sub:
                    country = country or sub[0].country
                    sector = sector or sub[0].sector
                    role = role or sub[0].role
                continue
            iso = self.kb.adjective(t.text) or (self.kb.country_code(t.text) if t.pos_ == "PROPN" else None)
            if iso and not country:
                country = iso
        if not country:
            # "Arab League Secretary-General X", "NATO commander Y": an organisation named among the role words
            toks_l = [t for t in toks if t.dep_ != "appos"]
            runs: list[list[Token]] = []
            for t in toks_l:
                if t.pos_ == "PROPN" and runs and runs[-1][-1].i == t.i - 1:
                    runs[-1].append(t)
                elif t.pos_ == "PROPN":
                    runs.append([t])
            for run in runs:
                for lo in range(len(run)):
                    for hi in range(len(run), lo, -1):
                        hit = next((e for e in self.kb.lookup(" ".join(x.text for x in run[lo:hi]))
                                    if e.kind in ("igo", "country", "institution")), None)
                        if hit is not None and hit.country:
                            country = hit.country
                            break
                    if country:
                        break
                if country:
                    break
        words = " ".join(t.lower_ for t in toks if (t.pos_ in ("NOUN", "PROPN", "ADJ") or t.tag_ == "VBN")
                         and not self.kb.adjective(t.text))  # "Ousted President X": the participle counts
        info = self._longest_role(words)
        if info:
            sector = sector or info.sector
            role = role or info.role or info.phrase
        if country or sector or role:
            return country, sector, role
        return None

    def _longest_role(self, words: str) -> Any:
        parts = words.split()
        for n in range(min(4, len(parts)), 0, -1):
            for i in range(len(parts) - n, -1, -1):
                info = self.kb.role(" ".join(parts[i : i + n]))
                if info:
                    return info
        return None

    def _adjective_at(self, t: Token) -> str | None:
        """Country of a nationality word, reading two-word forms first ("South Sudanese", "North Korean").

        "anti-U.S." is no nationality: its protesters are against the country, not from it."""
        if _against(t):
            return None
        if t.i > 0:
            prev = t.doc[t.i - 1]
            if prev.is_alpha and prev.text[:1].isupper():
                iso = self.kb.adjective(f"{prev.text} {t.text}")
                if iso:
                    return iso
        nxt = t.doc[t.i + 1] if t.i + 1 < len(t.doc) else None
        if nxt is not None and nxt.is_alpha and nxt.text[:1].isupper():
            iso = self.kb.adjective(f"{t.text} {nxt.text}")
            if iso:
                return iso
        return self.kb.adjective(t.text)

    def _gaz(self, name: str, h: Token, mem: DocMemory) -> Location | None:
        """The gazetteer place ``name`` most likely means, for a mention at ``h``: as
        :meth:`parley.geo.Gazetteer.resolve` with the story's countries (:attr:`DocMemory.countries`), except
        that a town of 100,000 or more in a country the sentence itself names by a nationality word or a
        country name wins over a namesake elsewhere ("gunmen in Tripoli ... the Lebanese city" is in Lebanon)."""
        assert self.gazetteer is not None
        loc = self.gazetteer.resolve(name, mem.countries)
        if loc is None or loc.feature == "country":
            return loc
        candidates = self.gazetteer.candidates(name)
        if len({c.country for c in candidates}) < 2:
            return loc  # no namesake abroad: nothing for the sentence to decide
        own: set[str] = set()
        for ent in h.sent.ents:
            iso = (self.kb.adjective(ent.text) if ent.label_ == "NORP" else
                   self.kb.country_code(ent.text) if ent.label_ == "GPE" else None)
            if iso:
                own.add(iso)
        if loc.country in own:
            return loc
        there = [c for c in candidates if c.country in own and self.gazetteer.population(c.geonameid) >= 100_000]
        return there[0] if len({c.country for c in there}) == 1 else loc

    def _object_city(self, h: Token, name: str, mem: DocMemory) -> list[Actor]:
        """A one-word name the NER missed or took for a person, as the object of an act ("shelled Kharkiv"), as a
        place: only a city of 100,000 or more whose name no place in another country shares; else ``[]``."""
        if self.gazetteer is None or h.dep_ not in ("dobj", "pobj"):
            return []
        loc = self._gaz(name, h, mem)
        if (loc is not None and loc.country and self.gazetteer.population(loc.geonameid) >= 100_000
                and len({c.country for c in self.gazetteer.candidates(name)}) == 1):
            return [self._actor(h, country=loc.country, how="gazetteer")]
        return []

    def _igo_names(self, h: Token, mem: DocMemory) -> list[str]:
        """Names of the international organisation a role phrase belongs to ("the UN secretary-general",
        "the Secretary-General of NATO"), from its modifiers or of-phrase; ``[]`` when none is named."""
        mods = [c for c in h.children if c.dep_ in ("amod", "compound", "nmod", "poss") and c.i < h.i]
        mods += [p for c in h.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
                 if p.dep_ == "pobj"]
        for t in mods:
            for a in self.resolve(t, mem, distribute=False):
                if a.country == "IGO" and a.name:
                    entry = next((e for e in self.kb.lookup(a.name) if e.kind == "igo"), None)
                    if entry is not None:
                        return self.kb.names_of(entry.actor_id)
        return []

    def _from_modifiers(self, h: Token, mem: DocMemory) -> list[tuple[str | None, str | None]]:
        """(country, sector) pairs from a head's adjectives, compounds, possessives and of/from/in phrases."""
        countries: list[str] = []
        located: set[int] = set()
        sector = None
        for c in h.children:
            if c.dep_ == "amod" and c.i < h.i and c.lower_ == "led":
                # "the Saudi-led coalition", "a NATO-led force": the leader's country stands for the whole
                for t in c.children:
                    if t.dep_ in ("npadvmod", "compound", "nmod", "amod") and t.i < c.i:
                        iso = self._adjective_at(t) or self.kb.country_code(t.text)
                        if iso:
                            countries.append(iso)
                        else:
                            countries += [a.country for a in self.resolve(t, mem) if a.country]
                continue
            if c.dep_ in ("amod", "compound", "nmod", "poss") and c.i < h.i:
                for t in [c] + list(c.conjuncts):
                    if _against(t):
                        continue
                    run = [x for x in t.subtree if x.dep_ == "compound" and x.pos_ == "PROPN" and x.i < t.i]
                    if t.pos_ == "PROPN" and run:
                        # "New South Wales government", "New Mexico governor": the whole name, not its last word
                        full = t.doc[min(x.i for x in run) : t.i + 1].text
                        iso = self.kb.country_code(full)
                        if iso is None and self.gazetteer is not None:
                            loc = self._gaz(full, h, mem)
                            iso = loc.country if loc is not None else None
                        if iso:
                            countries.append(iso)
                            continue
                        iso = None  # not a place: the name as a whole below ("US Army", "Arab League")
                    else:
                        iso = self._adjective_at(t) or self.kb.country_code(t.text)
                    if iso is None and t.dep_ == "compound":
                        # "Venezuelan opposition politicians": the nationality sits on the compound
                        iso = next((x for x in (self._adjective_at(a) for a in t.children
                                                if a.dep_ == "amod" and a.i < t.i) if x), None)
                    if iso:
                        countries.append(iso)
                    elif t.dep_ == "poss" or t.ent_type_ in ("ORG", "GPE") or t.pos_ == "PROPN":
                        sub = self.resolve(t, mem)
                        for s in sub:
                            if s.country:
                                countries.append(s.country)
                            sector = sector or s.sector
            if c.dep_ == "prep" and c.lower_ in ("of", "from", "in", "for"):
                for pobj in (x for x in c.children if x.dep_ == "pobj"):
                    for t in [pobj] + list(pobj.conjuncts):
                        ent = _entity(t) if t.ent_type_ == "GPE" else None
                        name = ent.text if ent is not None else t.text  # "Northern Ireland", not "Ireland"
                        iso = self.kb.country_code(name) if t.ent_type_ == "GPE" else None
                        if iso is None and t.ent_type_ == "GPE" and self.gazetteer is not None:
                            # "protesters in Lagos": a city the KB does not list, via the gazetteer
                            loc = self._gaz(name, h, mem)
                            iso = loc.country if loc is not None else None
                        if iso is None and t.lower_ in _PLACE_APPOS_HEADS and self.gazetteer is not None:
                            # "the police of Helmand province": the place's name is the compound before the noun
                            run = [y for x in t.children if x.dep_ == "compound" and x.pos_ == "PROPN" and x.i < t.i
                                   for y in x.subtree]
                            if run:
                                loc = self._gaz(t.doc[min(y.i for y in run) : t.i].text, h, mem)
                                iso = loc.country if loc is not None else None
                        if iso:
                            if c.lower_ == "in":
                                located.add(len(countries))
                            countries.append(iso)
                            continue
                        sub = self._resolve_one(t, mem) if t.pos_ != "PRON" else []
                        for s in sub:
                            if s.country:
                                countries.append(s.country)
                            if c.lower_ == "of":
                                sector = sector or s.sector
        seen: list[str] = []
        if located and len(countries) > len(located):
            # "Hungarian officials in Astana": the adjective says whose they are, the place only where
            countries = [c for i, c in enumerate(countries) if i not in located]
        for iso in countries:
            if iso not in seen:
                seen.append(iso)
        if not seen and sector is None:
            return []
        return [(iso, sector) for iso in seen] or [(None, sector)]

    def _resolve_role(self, h: Token, mem: DocMemory, *, allow_office: bool = True) -> list[Actor]:
        if h.pos_ not in ("NOUN", "PROPN"):
            return []
        mods = [t for t in np_tokens(h) if t.i < h.i and t.pos_ in ("NOUN", "PROPN", "ADJ")]
        words = [t.lower_ for t in mods if not self.kb.adjective(t.text)] + [h.lemma_.lower()]
        info = None
        for n in range(min(3, len(words)), 0, -1):
            info = self.kb.role(" ".join(words[-n:]))
            if info:
                break
        if info is None:
            info = self.kb.role(h.lower_)
        if info is None and h.pos_ == "PROPN":
            # "South Korean President Yoon Suk Yeol" when NER missed the name: role words before the name
            info = self._longest_role(" ".join(words[:-1]))
        if info is None and h.lemma_.lower() in _BODY_HEADS:
            # "the rebel group", "a militant network", "the guerrilla movement": the members say which sector
            for t in reversed(mods):
                member = self.kb.role(t.lemma_.lower()) or self.kb.role(t.lower_)
                if t.pos_ in ("NOUN", "ADJ") and member is not None and member.sector and member.role_key is None:
                    info = member
                    break
        if info is None and h.lemma_.lower() in GENERIC_ROLES | {"head"}:
            # "the head of a Turkish journalists' union": who they belong to says who they are
            pairs = self._from_modifiers(h, mem)
            return [self._actor(h, country=c, sector=sec, role=h.lemma_.lower(), how="role-of")
                    for c, sec in pairs if c or sec]
        if info is None:
            return []
        if info.phrase in MEMBERSHIP_BODIES:
            # "a journalists' union", "the teachers' association": the members say which sector
            for t in mods:
                member = self.kb.role(t.lemma_.lower()) or self.kb.role(t.lower_.rstrip("’'"))
                if t.pos_ == "NOUN" and member is not None and member.sector and member.phrase not in MEMBERSHIP_BODIES:
                    info = member
                    break
        pairs = self._from_modifiers(h, mem)
        if h.lemma_.lower() in ETHNIC_GROUP_HEADS and pairs and pairs[0][0]:
            # "the Albanian population of Montenegro", "the Hungarian minority in Slovakia": an ethnic group is
            # coded by the country it lives in (CAMEO), as peoples are in _people
            home = self._home_country(h, mem, ("in", "of"))
            if home:
                pairs = [(home, None)]
        if not pairs and h.dep_ == "conj" and h.head.pos_ == "NOUN" and not any(
                c.dep_ in ("det", "amod", "compound", "poss", "nmod", "prep") for c in h.children):
            # "Israeli helicopters and tanks": a bare second noun of the same sector shares the first's nationality
            first = self.kb.role(h.head.lemma_.lower())
            if first is not None and first.sector == info.sector:
                pairs = [(c, None) for c, _ in self._from_modifiers(h.head, mem) if c]
        # "Hamas officials" are whatever Hamas is; "Hamas government officials" are government officials
        generic = h.lemma_.lower() in GENERIC_ROLES and " " not in info.phrase
        out = []
        if not pairs:
            pairs = [(None, None)]
        for country, inherited in pairs:
            sector = inherited if generic and inherited else info.sector
            a = self._actor(h, country=country, sector=sector, role=info.role or info.phrase, how="role-phrase")
            plural = h.tag_ in ("NNS", "NNPS")
            key = info.role_key or OFFICE_KEYS.get(info.phrase)
            if allow_office and key and not plural or allow_office and key and len(pairs) > 1:
                org = self._igo_names(h, mem) if country == "IGO" else []
                holder = mem.person_in_office(country, key, info.phrase, organisation=org) if mem else None
                if holder is None and country:
                    entry = self.kb.office_holder(country, key, mem.pub_date, organisation=org)
                    if entry is not None:
                        holder = self._actor(h, entry)
                        holder.text = a.text
                if holder is not None:
                    a.name, a.wikidata = holder.name, holder.wikidata
                    a.country = a.country or holder.country
                    a.sector = holder.sector or a.sector
                    a.role = holder.role or a.role
                    a.how = "coref:role"
            out.append(a)
        for a in out:
            if a.how == "coref:role":
                mem.add_person(a)
        if (not any(a.country for a in out) and info.sector in _FORCE_SECTORS and any(
                c.dep_ == "det" and c.lower_ in ("the", "these", "those") for c in h.children)
                and not any(c.dep_ in ("amod", "compound") and c.i < h.i for c in h.children)):
            # "British soldiers ... The soldiers opened fire": a definite bare unit is the one the story named
            prev = mem.last_forces(info.sector, before=h.idx)
            places = {loc.country for e in h.sent.ents if e.label_ in ("GPE", "LOC")
                      for loc in [self._gaz(e.text, h, mem) if self.gazetteer is not None else None] if loc}
            if prev and places <= {p.country for p in prev}:  # "In Cairo, the police ...": Cairo's police
                one_each: dict[str | None, Actor] = {}
                for p in prev:
                    one_each.setdefault(p.country, p)  # one per country ("American and British troops": two)
                return [p.copy_at(np_text(h), *_span_of(h), how="coref:unit") for p in one_each.values()]
        if not any(a.country for a in out) and allow_office and h.tag_ == "NNS" and any(
                c.dep_ == "det" and c.lower_ in ("the", "both") for c in h.children):
            # "the ministers", "the leaders": the group the story has just named
            group = mem.last_group(before=h.idx)
            if group and all(g.sector in (None, info.sector) for g in group):
                key = info.role_key or OFFICE_KEYS.get(info.phrase)
                out2 = []
                for g in group:
                    holder = None
                    if key and g.country and g.role and not _role_fits(g.role, info.phrase):
                        # "the presidents" after "Xi ... Moscow": each country's office holder
                        entry = self.kb.office_holder(g.country, key, mem.pub_date)
                        holder = self._actor(h, entry) if entry is not None else None
                    out2.append(holder.copy_at(np_text(h), *_span_of(h), how="coref:group") if holder
                                else g.copy_at(np_text(h), *_span_of(h), how="coref:group"))
                return out2
        if not any(a.country for a in out):
            # "the minister", "the chancellor": the last person with that kind of role
            if allow_office and h.tag_ == "NN":
                prev = mem.person_by_role(info.role_key, info.phrase)
                if prev is not None:
                    return [prev.copy_at(np_text(h), *_span_of(h), how="coref:role")]
            # a bare role noun with no country ("police", "protesters"): keep it, country may come from context
        return out


#: Verbs whose subject is the author of the document or plan they take ("passed the bill", "tabled a motion").
_AUTHOR_VERBS = {"pass", "adopt", "approve", "introduce", "table", "propose", "draft", "sign", "present", "unveil",
                 "submit", "issue", "publish", "release", "announce", "launch", "enact"}
#: Singular nouns of documents and plans that "it" refers to more often than to any actor.
_THING_NOUNS = {"bill", "plan", "proposal", "plot", "law", "report", "resolution", "treaty", "deal", "agreement",
                "budget", "measure", "draft", "document", "initiative", "scheme", "amendment", "programme", "program",
                "decision", "policy", "constitution", "accord", "motion", "statement", "letter", "request"}


def _may_be_misspelt_place(h: Token) -> bool:
    """Whether a one-word name may be a misspelt country: not a person's name (the NER says so, or a name
    follows: "Olivia Newton", "Inland Revenue"), and the head of its phrase."""
    return (h.ent_type_ not in ("PERSON", "NORP") and h.dep_ not in ("compound", "amod")
            and not any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in h.children))


def _nearest_thing_noun(h: Token) -> Token | None:
    """The nearest noun before a pronoun in its sentence, outside the pronoun's own clause, when that noun is a
    singular document or plan ("his bill ... support for it"); None when it is anything else (an actor may be
    meant)."""
    verb = next((a for a in h.ancestors if a.pos_ in ("VERB", "AUX")), None)
    own = {t.i for t in verb.subtree} if verb is not None else set()  # not "students in Nairobi protested against it"
    for t in reversed([t for t in h.sent if t.i < h.i and t.i not in own]):
        if t.pos_ in ("NOUN", "PROPN") and t.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "attr", "conj") and (
                t.ent_type_ not in ("DATE", "TIME")):
            return t if t.tag_ == "NN" and t.lemma_.lower() in _THING_NOUNS else None
    return None


def _against(t: Token) -> bool:
    """"anti-U.S.", "pro-Russian": a stance towards a country, not a nationality."""
    if t.lower_.startswith(("anti-", "pro-", "non-")):
        return True
    doc = t.doc
    return t.i >= 2 and doc[t.i - 1].text in ("-", "\u2011") and doc[t.i - 2].lower_ in ("anti", "pro", "non")


def _role_fits(role: str, phrase: str) -> bool:
    return phrase.lower() in role.lower()


def _entity(tok: Token) -> Span | None:
    """The named-entity span that contains ``tok`` (``parley.nlp.entity_of``)."""
    return entity_of(tok)


def _span_of(h: Token) -> tuple[int, int]:
    toks = np_tokens(h)
    return toks[0].idx, toks[-1].idx + len(toks[-1].text)


def _same(a: Actor, b: Actor) -> bool:
    return a.country == b.country and a.sector == b.sector and a.name == b.name


def is_actor(a: Actor) -> bool:
    """An actor worth coding: it has a country or a sector."""
    return bool(a.country or a.sector)


__all__ = ["PLACE_HOWS", "ActorResolver", "np_tokens", "np_text", "is_actor", "date"]
