"""Events inside other events: threats, requests, promises, refusals and plans.

PLOVER codes what an actor *does*. When the act is only threatened, demanded, promised, refused or
planned, the event is the threat (THREATEN), the demand (REQUEST), the promise (AGREE) or the refusal
(REJECT), and its target is the target of the act:

* ``Iran threatened to cut off electricity to Azerbaijan`` -> THREATEN IRN -> AZE (mode from the act);
* ``The PRC demanded that the US cancel the sale`` -> REQUEST CHN -> USA (the clause's subject);
* ``X agreed to send troops to Y`` -> AGREE X -> Y; ``X refused to deploy troops`` -> REJECT;
* with no such verb, a future or conditional conflictual act is a threat (``will impose sanctions unless``
  -> THREATEN) and a future cooperative act is an expression of intent (``will send aid`` -> AGREE);
* ``X said Y must/should do Z`` -> REQUEST X -> Y.

The codes for the derived events come from ``data/events/cameo_plover.csv`` (CAMEO 03x intent, 10x request,
12x rejection, 13x threat) keyed by the root of the inner act's CAMEO code.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from parley.events.lexicon import TriggerEntry
from parley.records import Actor

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

#: PLOVER types whose future/conditional form is a threat (material or verbal conflict).
CONFLICT_TYPES = {"ASSAULT", "COERCE", "SANCTION", "MOBILIZE", "PROTEST", "REJECT", "ACCUSE"}
#: Verbs of promising whose promised violence is a threat ("vowed to attack", "pledged to crush").
VOW_VERBS = {"vow", "pledge", "promise", "swear"}
#: PLOVER types whose future form is an expression of intent (AGREE).
COOPERATIVE_TYPES = {"AID", "COOPERATE", "SUPPORT", "CONSULT", "RETREAT", "CONCEDE", "AGREE"}
#: Governing event types that take the inner act's target.
GOVERNING_TYPES = {"THREATEN", "REQUEST", "AGREE", "REJECT"}
#: Verbs of command: an authority ordering an act does it (through its agents).
ORDER_VERBS = {"order", "instruct", "direct", "command"}
#: Types of act that an order by an authority makes its own.
ORDERED_TYPES = {"COERCE", "MOBILIZE", "ASSAULT", "RETREAT", "SANCTION", "AID", "CONCEDE"}
#: Sectors of the agents through whom a state acts (not targets of its order).
_AGENTS = {"COP", "MIL", "GOV", "SPY", "JUD", "PRM"}


def _authority(a: Actor) -> bool:
    """A state or its organs: a government, military, police or court, or a country named as such."""
    return a.sector in ("GOV", "MIL", "COP", "JUD", "LEG") or (a.sector is None and a.how == "kb:country")


#: Verbs of readying force: an attack they govern is a MOBILIZE (PLOVER manual 2.0: military posturing).
PREPARE_VERBS = {"prepare", "gear", "mass", "ready"}
#: Verbs of not doing, and the types of act whose not-doing they make a rejection (CAMEO 12).
REFUSING = {"decline": COOPERATIVE_TYPES | {"REQUEST"}, "fail": {"AGREE", "CONSULT"}}
#: Speech verbs whose clause with "must/should" is a demand.
SPEECH = {"say", "declare", "insist", "reiterate", "state", "stress", "tell", "warn", "conclude", "add", "argue",
          "announce", "maintain", "remind", "write"}
OBLIGATION = {"must", "should", "ought"}
#: Nouns of messages whose that-clause carries the sender's demand ("a reminder to Iraq that it must").
MESSAGE_NOUNS = {"reminder", "warning", "message", "call", "note", "letter", "statement", "appeal", "ultimatum",
                 "demand", "notice", "signal"}

#: CAMEO code of the derived event, by derived type and the inner act's CAMEO root (two digits).
#: Source: CAMEO 1.1b3 code list as carried in data/events/cameo_plover.csv.
DERIVED_CAMEO: dict[str, dict[str, str]] = {
    "THREATEN": {"14": "133", "15": "138", "16": "1313", "163": "1312", "162": "1312", "17": "132",
                 "1721": "1323", "1722": "1324", "174": "136", "18": "138", "19": "138", "20": "1385",
                 "12": "1313", "": "130"},
    "REQUEST": {"07": "103", "06": "101", "08": "105", "04": "106", "03": "100", "": "100"},
    "AGREE": {"04": "036", "07": "033", "06": "031", "08": "035", "05": "030", "": "030"},
    "REJECT": {"04": "125", "07": "121", "06": "121", "08": "124", "": "120"},
}


@dataclass
class Raw:
    """A candidate event before filtering: trigger entry, arguments, modality and what it became."""

    trigger: Token
    entry: TriggerEntry
    source: list[Actor]
    target: list[Actor]
    modality: str
    governor: Token | None
    event_type: str = ""
    mode: str | None = None
    cameo: str = ""
    consumed: bool = False
    rule_suffix: str = ""
    words: list[Token] = field(default_factory=list)
    mirror: bool = False  # a reciprocal event ("X and Y met"): also output the reverse direction

    def __post_init__(self) -> None:
        self.event_type = self.event_type or self.entry.event_type
        self.mode = self.mode if self.mode is not None else self.entry.mode
        self.cameo = self.cameo or self.entry.cameo
        self.words = self.words or [self.trigger]


#: Inner acts that are economic or diplomatic restrictions: their threat is CAMEO 1312, not 1313.
RESTRICTIONS = {"sanction", "embargo", "tariff", "boycott", "blockade", "ban", "freeze", "restriction", "duty"}


def derived_cameo(kind: str, inner_cameo: str, lookup: Any, inner_lemma: str = "") -> str:
    """The CAMEO code of a threat/request/promise/refusal whose inner act has ``inner_cameo``."""
    if kind == "THREATEN" and inner_lemma in RESTRICTIONS:
        return "1312"
    table = DERIVED_CAMEO[kind]
    for key in (inner_cameo[:4], inner_cameo[:3], inner_cameo[:2]):
        if key in table:
            return table[key]
    return table[""]


def resolve(raws: list[Raw], lookup: Any, same_side: Any = None) -> None:
    """Attach inner acts to the threats/requests/promises/refusals that govern them (in place).

    Args:
        raws: the sentence's candidate events, in token order.
        lookup: ``parley.events.cameo.cameo_info`` (gives a derived code's PLOVER mode).
        same_side: ``(token, token) -> bool``, whether two noun phrases name the same side (country);
            used to tell an actor's own statement of intent from a third party's conjecture.
    """
    by_tok = {r.trigger.i: r for r in raws}
    for r in raws:
        if r.modality not in ("hypothetical", "future", "negated") or r.consumed:
            continue
        if r.governor is not None and r.governor.lower_ in OBLIGATION or _in_obligation_clause(r.trigger):
            # "Y must release Z", "the AU must be ready to mediate": the demand is coded by obligation_requests
            r.consumed = True
            continue
        gov = by_tok.get(r.governor.i) if r.governor is not None else None
        if (gov is not None and gov is not r and gov.event_type == "REQUEST" and gov.entry.head in ORDER_VERBS
                and r.event_type in ORDERED_TYPES and gov.source and all(_authority(a) for a in gov.source)):
            # "the government ordered the paper to suspend publication", "ordered patrols by police": an
            # authority's order to its own agents or subjects is the act itself (CAMEO codes the act)
            own = {a.country for a in gov.source if a.country}
            gov.target = r.target or [a for a in gov.target if not (a.country in own and a.sector in _AGENTS)]
            gov.event_type, gov.cameo, gov.mode = r.event_type, r.cameo, r.mode
            gov.rule_suffix = f"+{r.event_type.lower()}-by-order"
            r.consumed = True
            continue
        if (gov is not None and gov is not r and gov.event_type == "AGREE" and r.event_type == "ASSAULT"
                and gov.entry.head in VOW_VERBS):
            # "the rebels vowed to attack the capital": a promise of violence is a threat (CAMEO 138), not a pledge
            gov.event_type, gov.cameo = "THREATEN", derived_cameo("THREATEN", r.cameo, lookup, r.entry.head)
            gov.mode = lookup(gov.cameo).mode
            gov.rule_suffix = "+threaten-from-vow"
        if gov is not None and gov is not r and gov.event_type in GOVERNING_TYPES:
            if not gov.target:
                own = {(a.country, a.sector) for a in gov.source}
                doers = [a for a in r.source if (a.country, a.sector) not in own]
                # a demand is addressed to the doer of the demanded act; a threat or promise aims at its target
                gov.target = (doers or r.target) if gov.event_type == "REQUEST" else (r.target or doers)
                if gov.event_type == "AGREE" and r.event_type == "CONSULT" and doers and r.target:
                    # "offered to host a new meeting between Iranian and Saudi envoys": both sides
                    gov.target = doers + [a for a in r.target if a not in doers]
            if gov.cameo == gov.entry.cameo and len(gov.cameo) <= 3 and gov.cameo.endswith("0"):
                gov.cameo = derived_cameo(gov.event_type, r.cameo, lookup, r.entry.head)
                gov.mode = lookup(gov.cameo).mode or gov.mode
            r.consumed = True
            continue
        if (gov is None and r.modality == "future" and r.event_type == "ASSAULT" and r.governor is not None
                and r.governor.pos_ == "VERB" and r.governor.lemma_.lower() in PREPARE_VERBS):
            # "the army prepared to resume shelling": readying force short of using it is MOBILIZE
            _recode(r, "MOBILIZE", "150", lookup, "+mobilize-from-preparation")
            continue
        if gov is None and r.modality == "negated" and r.governor is not None and (
                # "Syria will not accept more refugees", "the US would not meet the demands"
                r.governor.dep_ == "neg" and r.event_type in COOPERATIVE_TYPES - {"AGREE"}
                and _announced_refusal(r.trigger)
                # "declined to resign", "failed to reach agreement"
                or r.governor.lemma_.lower() in REFUSING and r.event_type in REFUSING[r.governor.lemma_.lower()]):
            # a refusal of the act (CAMEO 12)
            _recode(r, "REJECT", derived_cameo("REJECT", r.cameo, lookup, r.entry.head), lookup, "+reject-from-refusal")
            continue
        if gov is None and r.modality in ("future", "hypothetical") and _plain_modal(r.governor) and not _someone_elses(
                r.trigger, same_side):
            # "450 troops will be sent to Mali": a planned deployment stays a (future) mobilization unless it is
            # held over someone ("unless ...") or aimed against them
            hostile = r.event_type != "MOBILIZE" or _conditional(r.trigger) or any(
                c.dep_ == "prep" and c.lower_ == "against" for c in r.trigger.children)
            kind = ("THREATEN" if r.event_type in CONFLICT_TYPES and hostile or _conditional(r.trigger)
                    else "AGREE" if r.event_type in COOPERATIVE_TYPES and r.modality == "future" else None)
            if kind is None:
                continue
            _recode(r, kind, derived_cameo(kind, r.cameo, lookup, r.entry.head), lookup,
                    f"+{kind.lower()}-from-{'future' if kind == 'AGREE' else 'conditional'}")


def _in_obligation_clause(tok: Token) -> bool:
    """Whether an act lies inside a reported obligation ("X said the AU must be ready to mediate"), which
    :func:`obligation_requests` codes as X's demand."""
    for a in [tok, *tok.ancestors]:
        if a.dep_ == "ccomp" and a.head.lemma_.lower() in SPEECH and any(
                c.dep_ == "aux" and c.lower_ in OBLIGATION for c in a.children) and any(
                c.dep_ in ("nsubj", "nsubjpass") for c in a.children):
            return True
    return False


def _recode(r: Raw, event_type: str, cameo: str, lookup: Any, suffix: str) -> None:
    """Make a candidate the asserted event that its modality implies (a refusal, a threat, a promise, a
    mobilization): new type and CAMEO code, the code's PLOVER mode, and ``suffix`` added to its rule id."""
    r.event_type, r.cameo = event_type, cameo
    r.mode = lookup(cameo).mode
    r.modality = "asserted"
    r.rule_suffix = suffix


def _announced_refusal(tok: Token) -> bool:
    """A negated act with will/would/shall ("will not accept", "would not meet"): the actor refuses it."""
    verb = tok if tok.pos_ in ("VERB", "AUX") else tok.head
    return any(c.dep_ == "aux" and c.lower_ in ("will", "would", "shall", "wo", "'ll") for c in verb.children)


def _conditional(tok: Token) -> bool:
    """An act announced "unless" the other side does something: a threat, whatever the act ("will withdraw
    its peacekeepers unless ..."). An "if" clause makes a conditional offer instead, and stays as it is."""
    verb = tok if tok.pos_ in ("VERB", "AUX") else tok.head
    return any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "unless" for m in c.children)
               for c in verb.children)


def _someone_elses(tok: Token, same_side: Any = None) -> bool:
    """Whether the act sits in what a third party says ("analysts said X could attack"): then it is a
    conjecture, not a threat. A pronoun subject ("Iran said it would retaliate") is the speaker itself."""
    verb = tok if tok.pos_ in ("VERB", "AUX") else tok.head
    for _ in range(3):
        if verb.dep_ == "ccomp" and verb.head.lemma_.lower() in SPEECH:
            inner = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            outer = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
            if inner is None or outer is None or inner.pos_ == "PRON":
                return False
            if same_side is not None:
                return not same_side(inner, outer)
            return inner.lemma_.lower() != outer.lemma_.lower()
        if verb.head.i == verb.i:
            break
        verb = verb.head
    return False


def _plain_modal(governor: Token | None) -> bool:
    """A modal auxiliary, a plan verb or an if-clause (not a negation, allegation or denial)."""
    if governor is None or governor.dep_ == "amod":
        return False  # "a possible war": a modifier says what may come, nobody announces it
    return governor.dep_ in ("aux",) or governor.pos_ in ("VERB", "AUX", "ADJ")


def obligation_requests(sent: Span, resolve_heads: Any, entry: TriggerEntry) -> list[Raw]:
    """``X said Y must do Z`` -> REQUEST X -> Y. ``resolve_heads(tokens)`` gives actors."""
    out = []
    for tok in sent:
        if tok.pos_ not in ("VERB", "AUX") or tok.dep_ not in ("ccomp", "acl"):
            continue
        if not any(c.dep_ == "aux" and c.lower_ in OBLIGATION for c in tok.children):
            continue
        speech = tok.head
        if tok.dep_ == "acl" or speech.pos_ == "NOUN":
            # "sent a sharp reminder to Manila that it must comply": the message's sender demands
            if speech.lemma_.lower() not in MESSAGE_NOUNS or speech.head.pos_ not in ("VERB", "AUX"):
                continue
            speech = speech.head
        elif speech.lemma_.lower() not in SPEECH:
            continue
        subj = next((c for c in speech.children if c.dep_ == "nsubj"), None)
        if subj is not None and subj.pos_ == "VERB":
            # "The Red Crescent working in Yemen said": the parser made the participle the subject
            subj = next((c for c in subj.children if c.dep_ == "nsubj"), subj)
        addressee = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None or addressee is None:
            continue
        source, target = resolve_heads([subj]), resolve_heads([addressee])
        if source and target:
            out.append(Raw(trigger=speech, entry=entry, source=source, target=target, modality="asserted",
                           governor=None, words=[speech, tok]))
    return out


def request_entry() -> TriggerEntry:
    """The built-in entry for obligation clauses (CAMEO 100, REQUEST)."""
    return TriggerEntry(
        id="request.obligation-clause", lemma="must", head="must", words=("must",), pos="verb",
        event_type="REQUEST", mode=None, cameo="100", context=(), particle=None, prep=None, object=None,
        target=(), reverse=False, example="The envoy said the junta must free the detained reporters.",
        source="PLOVER manual 2.0 (REQUEST: demands); CAMEO 100",
    )
