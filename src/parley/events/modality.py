"""Modality of an event trigger: asserted, negated, future, hypothetical or reported (alleged).

Rules, read off the dependency parse (see ``docs/events.md#modality``):

* **negated**: a ``neg`` dependent (``not``, ``never``, ``n't``) on the trigger or on the verb that carries a
  nominal trigger; or the trigger sits in a clause under a denial verb (``denied that ... attacked``);
* **future**: ``will``/``shall``/``'ll`` auxiliaries, ``be going to``, or the trigger is the complement of a
  plan/intent verb (``plans to``, ``intends to``, ``is due to``, ``is expected to``, ``agreed to``, ``pledged to``);
* **hypothetical**: a conditional clause (``if``/``unless``), modal ``would/could/might/may``, or the trigger is the
  act inside a threat, demand, request or offer (``threatened to attack``, ``called on X to withdraw``), which
  is coded by THREATEN/REQUEST instead;
* **reported**: the trigger sits under an allegation verb (``accused X of carrying out a strike``,
  ``claimed``, ``alleged``): the act is an allegation, not a reported fact.

Plain attribution (``X said Y attacked Z``) stays asserted: news reports almost every event through a source.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from parley.events.words import INTENT_NOUNS

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

FUTURE_AUX = {"will", "shall", "'ll", "wo"}
HYPOTHETICAL_AUX = {"would", "could", "might", "may", "should", "must"}
PLAN_VERBS = {"plan", "intend", "expect", "schedule", "due", "prepare", "aim", "hope", "seek", "want", "wish",
              "agree", "pledge", "promise", "vow", "decide", "set", "propose", "offer", "consider", "try", "swear",
              # adjectives of intent: "is willing to withdraw", "is prepared to impose martial law"
              "willing", "ready", "prepared", "determined", "eager", "poised", "likely", "going"}
THREAT_VERBS = {"threaten", "warn"}
REQUEST_VERBS = {"urge", "call", "ask", "demand", "request", "appeal", "press", "push", "order", "tell", "invite"}
#: Request verbs whose that-clause is the demanded act ("demanded that X withdraw"); "told reporters that
#: X withdrew" only reports.
DEMAND_THAT_VERBS = {"demand", "urge", "ask", "request", "order", "press", "appeal"}
#: Verbs of wishing: what they take as a clause has not happened.
WISH_VERBS = {"want", "wish", "hope", "prefer", "like", "expect", "urge", "favour", "favor", "support"}
#: Phase verbs that are transparent for modality ("plans to resume talks" is a plan to talk).
ASPECTUAL = {"resume", "continue", "begin", "start", "keep", "renew", "restart", "commence"}
#: Nouns of demand whose clause is the demanded act ("the demand that X withdraw", "a call for X to ...").
DEMAND_NOUNS = {"demand", "call", "request", "appeal", "plea", "ultimatum", "order", "insistence"}
#: Nouns whose that-clause is an allegation, not a reported fact.
ALLEGATION_NOUNS = {"allegation", "claim", "accusation", "charge", "rumour", "rumor", "suspicion", "assertion",
                    # "demanded an admission that its forces murdered ...": what is to be owned up to, not news
                    "admission", "acknowledgement", "acknowledgment", "confession"}
#: Modifiers that make an event noun not (yet) real: "a possible war", "the planned deployment".
UNREALISED = {"possible", "potential", "planned", "proposed", "likely", "eventual", "imminent", "future",
              "prospective", "contemplated", "mooted"}
#: Verbs of complaint: the act they are "over"/"about" is what is complained of.
COMPLAINT_VERBS = {"complain", "protest", "blame", "criticize", "criticise", "condemn", "denounce", "accuse"}
ALLEGATION_VERBS = {"accuse", "allege", "claim", "blame", "charge", "suspect"}
#: Verbs of punishing or blaming whose "for"-phrase gives the (alleged) reason: "arrested 14 people for throwing
#: stones" reports the arrest; the stone-throwing is what they are held for, not a new event.
PUNISH_VERBS = {"arrest", "detain", "jail", "imprison", "sentence", "convict", "charge", "fine", "punish", "prosecute",
                "try", "execute", "expel", "sack", "dismiss", "suspend", "ban", "sanction", "indict", "condemn",
                "criticize", "criticise", "blame", "accuse"}
DENIAL_VERBS = {"deny", "reject", "dismiss", "refute"}
REFUSAL_VERBS = {"refuse", "decline", "fail"}


def modality_of(tok: Token, sent: Span, triggers: dict[int, Any] | None = None) -> tuple[str, Token | None]:
    """The modality of the event whose trigger is ``tok``, and the governing word that decided it.

    Args:
        tok: the trigger token (verb or noun).
        sent: its sentence.
        triggers: other triggers of the sentence by token index (unused for now; reserved).

    Returns:
        ``(modality, governor)``; modality is one of ``parley.records.MODALITIES``.
    """
    verb = tok
    if tok.pos_ in ("NOUN", "PROPN"):
        # a nominal trigger takes the modality of the verb that carries it
        v = tok.head
        if tok.dep_ == "pobj" and v.pos_ == "ADP":
            v = v.head
        if v.pos_ in ("VERB", "AUX"):
            verb = v
        for c in tok.children:
            if c.dep_ == "det" and c.lower_ in ("no",):
                return "negated", c
            if c.dep_ == "amod" and c.lower_ in UNREALISED:
                return "hypothetical", c  # "a possible war against Iraq", "the planned deployment"
        if tok.dep_ == "pobj" and tok.head.lower_ in ("over", "about", "for") and v.pos_ == "VERB" and (
                v.lemma_.lower() in COMPLAINT_VERBS):
            return "reported", v  # "complained over two air raids": what the complaint is about, as alleged
        if verb.i != tok.i and (verb.lemma_.lower() in THREAT_VERBS or verb.lemma_.lower() in REQUEST_VERBS
                                or verb.lemma_.lower() == "call" and any(c.lower_ == "for" for c in verb.children)):
            return "hypothetical", verb  # "called for sanctions", "demanded reforms": the act is only asked for
        if verb.i != tok.i and _cancels(verb):
            # "called off a strike", "postponed the talks": it did not happen; unless the cancelling itself
            # is only demanded or planned ("demanded that X stop its patrols"), which then decides
            outer = modality_of(verb, sent, triggers)
            return outer if outer[0] != "asserted" else ("negated", verb)
    own = _local(verb)
    if own:
        return own
    # climb the clause chain: xcomp/ccomp/advcl/conj/pcomp
    cur = verb
    for _ in range(4):
        if cur.dep_ not in ("xcomp", "ccomp", "advcl", "conj", "pcomp", "relcl", "acl") or cur.head.i == cur.i:
            break
        rel = cur.dep_
        head = cur.head
        if rel == "conj" and cur.tag_ in ("VBD", "VBZ", "VBP") and head.tag_ == "VB":
            break  # "willingness to coordinate ... and reaffirmed support": a finite verb is no infinitive's conjunct
        if head.pos_ == "ADP":  # "of carrying out" -> accused
            head = head.head
        lemma = head.lemma_.lower()
        if rel == "advcl" and any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in cur.children):
            return "hypothetical", head
        if rel == "advcl" and lemma in REQUEST_VERBS and any(c.dep_ == "mark" and c.lower_ == "for" for c in cur.children):
            return "hypothetical", head  # "calling for the prime minister to resign": only demanded
        if rel == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in cur.children):
            if lemma in PLAN_VERBS:
                return "future", head  # "have sworn to fight" (parsed as a purpose clause): intended
            inherited = _local(head)
            if inherited:
                return inherited  # "would not resort to force to end the protests": the purpose shares it
        if rel == "advcl" and cur.tag_ in ("VBZ", "VBP") and any(
                c.dep_ == "mark" and c.lower_ in ("until", "till", "once") for c in cur.children):
            return "hypothetical", head  # "until an elected government takes over": not yet
        if rel == "ccomp" and head.pos_ in ("VERB", "AUX"):
            noun = next((c for c in head.children if c.dep_ == "dobj" and c.lemma_.lower() in DEMAND_NOUNS
                         and c.i < cur.i), None)
            if noun is not None:
                return "hypothetical", noun  # "reiterated its demand today that Israel ease ...": parsed apart
        if rel in ("acl", "ccomp") and head.pos_ == "NOUN" and head.lemma_.lower() in DEMAND_NOUNS:
            return "hypothetical", head  # "its demand that Israel ease restrictions": only demanded
        if rel == "acl" and cur.tag_ == "VB" and head.pos_ == "NOUN" and head.lemma_.lower() in INTENT_NOUNS:
            # "his willingness to coordinate", "a plan to withdraw": intended, decided by the verb that carries it
            carrier = head.head if head.dep_ in ("dobj", "nsubj", "pobj") and head.head.pos_ in ("VERB", "AUX") else head
            return "future", carrier
        if rel in ("acl", "ccomp") and head.pos_ == "NOUN" and head.lemma_.lower() in ALLEGATION_NOUNS:
            return "reported", head  # "an allegation that the rebels had taken the town"
        if rel == "ccomp" and lemma in WISH_VERBS:
            return "hypothetical", head  # "68% wanted Spitzer to resign": a wish, not an act
        if rel == "pcomp" and cur.head.lower_ in ("for", "over") and lemma in PUNISH_VERBS:
            return "reported", head  # "arrested them for throwing stones": the reason given, not a new event
        if rel in ("xcomp", "ccomp", "pcomp"):
            if lemma in THREAT_VERBS or lemma == "call" or lemma in REQUEST_VERBS and (
                    rel != "ccomp" or lemma in DEMAND_THAT_VERBS):
                return "hypothetical", head
            if lemma in ALLEGATION_VERBS:
                return "reported", head
            if lemma in DENIAL_VERBS:
                return "negated", head
            if lemma in REFUSAL_VERBS:
                return "negated", head
            if lemma in PLAN_VERBS and rel == "xcomp":
                return "future", head
        if rel == "xcomp" and lemma in ("stop", "cease", "halt", "quit", "suspend", "end"):
            outer = _local(head)
            return outer if outer and outer[0] != "asserted" else ("negated", head)  # "could stop supplying Gaza"
        if rel == "xcomp" and lemma in ASPECTUAL:
            cur = head  # "prepared to resume shelling": the phase verb passes its own modality on
            continue
        if rel == "conj":
            # coordinated verbs share auxiliaries: "will meet and sign"
            inherited = _local(head, aux_only=True)
            if inherited:
                return inherited
        cur = head
        if rel in ("conj",):
            continue
        break
    return "asserted", None


SPEECH_VERBS = {"say", "announce", "declare", "state", "tell", "add", "confirm", "insist", "reiterate", "vow",
                "pledge", "promise", "report", "indicate", "signal", "write", "quote"}


CANCEL_VERBS = {"cancel", "postpone", "suspend", "abandon", "scrap", "delay", "avert", "prevent", "ban", "forbid",
                "prohibit", "halt", "end", "stop", "defer", "reject", "oppose"}


def _cancels(verb: Token) -> bool:
    """A verb that undoes the act it governs ("call off", "cancel", "postpone")."""
    lemma = verb.lemma_.lower()
    if lemma == "call":
        return any(c.lower_ == "off" and c.dep_ in ("prt", "advmod", "prep") for c in verb.children)
    return lemma in CANCEL_VERBS


def _reported(verb: Token) -> bool:
    """The clause is what someone said ("X said it would ...")."""
    return verb.dep_ == "ccomp" and verb.head.lemma_.lower() in SPEECH_VERBS


def _has_if(verb: Token) -> bool:
    return any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in c.children)
               for c in verb.children)


def _local(verb: Token, aux_only: bool = False) -> tuple[str, Token] | None:
    if not aux_only:
        for c in verb.children:  # negation first: "would not meet" is negated, not future
            if c.dep_ == "neg":
                return "negated", c
    for c in verb.children:
        if c.dep_ in ("aux",) and c.lower_ in FUTURE_AUX:
            return "future", c
        if c.dep_ == "aux" and c.lower_ == "would" and _reported(verb) and not _has_if(verb):
            return "future", c  # "Iraq said it would allow inspectors back": future in the past
        if c.dep_ == "aux" and c.lower_ in HYPOTHETICAL_AUX:
            return "hypothetical", c
    if not aux_only:
        # "is going to attack"
        if verb.dep_ == "xcomp" and verb.head.lemma_ == "be" and any(
                c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
            return "future", verb.head  # "is to be executed", "are to meet": scheduled, not done
        if verb.dep_ == "xcomp" and verb.head.lemma_ == "go" and any(
            c.dep_ == "aux" and c.lower_ in ("is", "are", "was", "were", "am") for c in verb.head.children
        ):
            return "future", verb.head
        if any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in verb.children):
            return "hypothetical", verb
    return None
