"""Direct quotations and who said them, from a parsed spaCy Doc.

Finds text between straight (``"``) or curly (``“ ”``) quote marks and attributes it with rules,
tried in this order (the ``rule`` field names the one that fired):

``after``     ``"...," X said`` / ``"...," said X`` / ``"...," lamented the head of ...``
``dash``      ``"..." — a spokesman for the ministry, speaking to reporters``
``before``    ``X said: "..."`` / ``X told reporters, "..."``
``governed``  a (partial) quote inside reported speech: ``X stated that ... works as "..."``
``carry``     no attribution of its own: the speaker of the previous quote, or of the previous
              sentence's speech verb, in the same or the previous paragraph
Pronoun speakers ("he said") are replaced by the nearest preceding PERSON mention (rule suffix
``+coref``). Scare quotes of one or two words that no speech verb governs are skipped.
See ``docs/quotes.md``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc, Token

#: Lemmas of verbs that introduce or attribute speech.
SPEECH_VERBS = frozenset({
    "say", "tell", "state", "declare", "reiterate", "add", "warn", "insist", "lament", "counter", "note",
    "stress", "argue", "claim", "announce", "affirm", "assert", "emphasize", "emphasise", "explain", "write",
    "tweet", "post", "reply", "respond", "answer", "ask", "urge", "continue", "conclude", "acknowledge",
    "admit", "deny", "confirm", "remark", "comment", "observe", "recall", "suggest", "complain", "vow",
    "promise", "pledge", "predict", "allege", "call", "describe", "term", "label", "mention", "underline",
    "underscore", "highlight", "point", "quip", "retort", "shout", "chant", "proclaim", "demand", "charge",
    "boast", "concede", "caution", "quote", "characterize", "characterise", "dub", "brand",
})
_PRONOUNS = {"he", "she", "him", "her"}
_OPEN = {'"': '"', "“": "”", "«": "»"}
_SENT_END = {".", "!", "?", ";"}


@dataclass(slots=True)
class QuoteSpan:
    """One quotation found in a Doc.

    Attributes:
        text: the quoted words without the quote marks (a trailing comma inside the marks is dropped).
        start, end: character offsets of ``text`` in the Doc text.
        speaker_start, speaker_end: character offsets of the speaker phrase, or None when unknown.
        speaker_text: the speaker phrase ("spokesperson Lin Jian", "the head of a journalists' union"),
            or None. For a resolved pronoun this is the antecedent's mention.
        verb: lemma of the speech verb ("say", "lament"), or None (dash attributions, carried speakers).
        rule: which rule attributed the quote: after | dash | before | governed | carry | none, with
            ``+coref`` when a pronoun speaker was resolved.
    """

    text: str
    start: int
    end: int
    speaker_start: int | None
    speaker_end: int | None
    speaker_text: str | None
    verb: str | None
    rule: str


def _pairs(text: str) -> list[tuple[int, int]]:
    """(open, close) character offsets of quote-mark pairs; straight quotes pair within a paragraph."""
    out: list[tuple[int, int]] = []
    i = 0
    n = len(text)
    while i < n:
        ch = text[i]
        if ch in _OPEN:
            close = _OPEN[ch]
            j = text.find(close, i + 1)
            para = text.find("\n\n", i + 1)
            if j == -1 or (ch == '"' and para != -1 and para < j):
                i += 1
                continue
            if j > i + 1:
                out.append((i, j))
            i = j + 1
            continue
        i += 1
    return out


def _span_tokens(doc: Doc, start: int, end: int) -> list[Token]:
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return []
    return [t for t in span if t.idx >= start and t.idx + len(t) <= end]


def _np(tok: Token, lo: int, hi: int) -> tuple[int, int] | None:
    """Character span of the noun phrase headed by ``tok`` without clauses, kept inside [lo, hi)."""
    drop = {"relcl", "acl", "advcl", "ccomp", "punct", "cc", "conj"}
    toks = {tok.i}
    stack = [tok]
    while stack:
        t = stack.pop()
        for c in t.children:
            if c.dep_ in drop and c.i > tok.i and c.dep_ != "punct":
                continue
            if c.dep_ == "punct" and c.text in "—–-":
                continue
            toks.add(c.i)
            stack.append(c)
    doc = tok.doc
    # keep the contiguous run around the head
    a = b = tok.i
    while a - 1 in toks:
        a -= 1
    while b + 1 in toks:
        b += 1
    while a <= b and (doc[a].is_punct or doc[a].is_space) and doc[a].text not in ("'",):
        a += 1
    while b >= a and (doc[b].is_punct or doc[b].is_space):
        b -= 1
    if a > b:
        return None
    s, e = doc[a].idx, doc[b].idx + len(doc[b])
    if s < lo or e > hi:
        s, e = max(s, lo), min(e, hi)
        if s >= e:
            return None
    return s, e


def _extend(verb: Token, span: tuple[int, int] | None, hi: int) -> tuple[int, int] | None:
    """Inverted order: take in an "of/for/at" phrase the parser hung on the verb ("the spokesman for X")."""
    if span is None:
        return None
    doc = verb.doc
    nxt = next((t for t in doc if t.idx >= span[1] and not t.is_space), None)
    if nxt is not None and nxt.lower_ in ("of", "for", "at") and nxt.head.i == verb.i:
        end = doc[nxt.right_edge.i]
        if end.idx + len(end) <= hi:
            return span[0], end.idx + len(end)
    return span


def _subject(verb: Token, lo: int, hi: int, inverted: bool = True) -> tuple[int, int] | None:
    """The speaker of ``verb``: its subject, the agent of a passive, or (``inverted``) the noun after it."""
    v = verb
    for _ in range(4):
        for c in v.children:
            if c.dep_ == "nsubj" and c.lower_ != "it":
                return _extend(verb, _np(c, lo, hi), hi) if c.i > verb.i else _np(c, lo, hi)
        for c in v.children:
            if c.dep_ == "agent":
                pobj = next((g for g in c.children if g.dep_ == "pobj"), None)
                if pobj is not None:
                    return _np(pobj, lo, hi)
        if v.dep_ in ("conj", "xcomp") and v.head.i != v.i:
            v = v.head
            continue
        break
    if not inverted:
        return None
    # inverted order: "..., countered the city's governor."
    for c in verb.rights:
        if c.pos_ in ("NOUN", "PROPN", "PRON") and c.dep_ in ("dobj", "attr", "npadvmod", "dep", "appos",
                                                             "nsubj", "oprd", "ccomp"):
            return _extend(verb, _np(c, lo, hi), hi)
    for t in verb.doc[verb.i + 1: verb.i + 4]:
        if t.pos_ in ("NOUN", "PROPN"):
            head = t
            while head.head.i > head.i and head.head.i < verb.i + 8 and head.head.pos_ in ("NOUN", "PROPN"):
                head = head.head
            return _np(head, lo, hi)
    return None


def _window(doc: Doc, start_char: int, forward: bool, quotes: list[tuple[int, int]]) -> list[Token]:
    """Tokens after (or before) a quote up to the sentence end or the next quote mark."""
    out: list[Token] = []
    if forward:
        toks = [t for t in doc if t.idx >= start_char]
    else:
        toks = [t for t in reversed(doc) if t.idx + len(t) <= start_char]
    for t in toks:
        if t.text in _OPEN or t.text in _OPEN.values() or any(a <= t.idx <= b for a, b in quotes):
            break
        if "\n\n" in t.text or (t.is_space and "\n" in t.text):
            break
        if t.text in _SENT_END:
            break
        out.append(t)
    return out


def find_quotes(doc: Doc) -> list[QuoteSpan]:
    """All direct quotations in ``doc`` with their speakers.

    Args:
        doc: a parsed spaCy Doc (needs the parser and NER, e.g. ``en_core_web_sm``).

    Returns:
        Quotes in text order. ``speaker_*`` are None when no rule found a speaker.
    """
    text = doc.text
    pairs = _pairs(text)
    out: list[QuoteSpan] = []
    for oq, cq in pairs:
        s, e = oq + 1, cq
        raw = text[s:e]
        lead = len(raw) - len(raw.lstrip())
        body = raw.strip()
        s += lead
        e = s + len(body)
        while body and body[-1] in ",":
            body = body[:-1].rstrip()
            e = s + len(body)
        if not body:
            continue
        words = len(body.split())
        found = _attribute(doc, oq, cq, pairs, out)
        if found is None:
            if words <= 2 or not _full_sentence(text, oq, cq):
                continue
            found = (None, None, "none")
        span, verb, rule = found
        sp_s, sp_e = (span if span else (None, None))
        sp_text = text[sp_s:sp_e] if sp_s is not None else None
        if sp_text and sp_text.lower() in _PRONOUNS and sp_s is not None:
            ante = _antecedent(doc, sp_s, pairs)
            if ante is not None:
                sp_s, sp_e = ante
                sp_text = text[sp_s:sp_e]
                rule += "+coref"
        out.append(QuoteSpan(body, s, e, sp_s, sp_e, sp_text, verb, rule))
    return out


def _full_sentence(text: str, oq: int, cq: int) -> bool:
    """True when the quote stands as a sentence: it opens a sentence or ends with . ! ?"""
    before = text[:oq].rstrip()
    inner = text[oq + 1: cq].rstrip()
    return (not before or before[-1] in ".!?:\n") or inner[-1:] in (".", "!", "?")


Found = tuple[tuple[int, int] | None, str | None, str]


def _attribute(doc: Doc, oq: int, cq: int, pairs: list[tuple[int, int]], prev: list[QuoteSpan]) -> Found | None:
    text = doc.text
    sent_start = doc.char_span(oq, oq + 1, alignment_mode="expand")
    lead_in = text[sent_start.sent.start_char: oq].strip() if sent_start is not None else ""
    if lead_in and lead_in[-1] not in ":,":
        found = _governed(doc, oq, cq)
        if found is not None:
            return found
    after = text[cq + 1: cq + 6]
    # dash attribution: "..." — a spokesman for ...
    m = re.match(r"\s*(—|–|--|-)\s*", after)
    if m:
        lo = cq + 1 + m.end()
        toks = _window(doc, lo, True, pairs)
        for t in toks:
            if t.pos_ in ("NOUN", "PROPN", "PRON"):
                head = t
                while head.head.i != head.i and head.head.i in {x.i for x in toks} and head.dep_ not in (
                        "acl", "relcl", "advcl"):
                    head = head.head
                hi = toks[-1].idx + len(toks[-1])
                span = _np(head, lo, hi)
                if span is not None:
                    return span, None, "dash"
                break
    # after: '"...," X said' / '"...," said X'
    closing_punct = text[cq - 1: cq] in (",", ".", "!", "?") or text[cq + 1: cq + 2] == ","
    if closing_punct and text[cq - 1: cq] != ".":
        toks = _window(doc, cq + 1, True, pairs)[:14]
        for t in toks:
            if t.pos_ in ("VERB", "AUX") and t.lemma_.lower() in SPEECH_VERBS:
                span = _subject(t, cq + 1, toks[-1].idx + len(toks[-1]))
                if span is not None:
                    return span, t.lemma_.lower(), "after"
                break
            if t.pos_ == "VERB" and t.dep_ in ("ROOT", "ccomp") and t.lemma_.lower() not in SPEECH_VERBS:
                break
    # before: 'X said: "..."' or 'X told reporters, "..."'
    pre = text[:oq].rstrip()
    if pre[-1:] in (":", ","):
        toks = _window(doc, oq, False, pairs)
        for t in toks:  # nearest verb first
            if t.pos_ in ("VERB", "AUX") and t.lemma_.lower() in SPEECH_VERBS:
                lo = toks[-1].idx
                return _subject(t, lo, oq), t.lemma_.lower(), "before"
    found = _governed(doc, oq, cq)
    if found is not None:
        return found
    # carry: a full-sentence quote with no attribution of its own
    if _full_sentence(text, oq, cq) and len(text[oq + 1: cq].split()) > 2:
        return _carry(doc, oq, prev)
    return None


def _governed(doc: Doc, oq: int, cq: int) -> Found | None:
    """A speech verb above the quote in the parse: "X stated that ... works as "..."."""
    inside = _span_tokens(doc, oq + 1, cq)
    if not inside:
        return None
    ids = {t.i for t in inside}
    roots = [t for t in inside if t.head.i not in ids or t.head.i == t.i]
    v = roots[0]
    steps = 0
    while v.head.i != v.i and steps < 12:
        v = v.head
        steps += 1
        if v.i in ids:
            continue
        if v.pos_ in ("VERB", "AUX") and v.lemma_.lower() in SPEECH_VERBS:
            span = _subject(v, v.sent.start_char, oq, inverted=False)
            if span is not None:
                return span, v.lemma_.lower(), "governed"
    return None


def _carry(doc: Doc, oq: int, prev: list[QuoteSpan]) -> Found | None:
    text = doc.text
    # the same or previous paragraph
    para_start = text.rfind("\n\n", 0, oq)
    prev_para = text.rfind("\n\n", 0, para_start) if para_start > 0 else -1
    limit = max(prev_para, 0)
    if prev and prev[-1].speaker_start is not None and prev[-1].end >= limit:
        q = prev[-1]
        return (q.speaker_start, q.speaker_end), None, "carry"  # type: ignore[return-value]
    sents = [s for s in doc.sents if s.end_char <= oq + 1 and s.start_char >= limit]
    for sent in reversed(sents[-2:]):
        for t in sent:
            if t.pos_ == "VERB" and t.lemma_.lower() in SPEECH_VERBS:
                span = _subject(t, sent.start_char, sent.end_char)
                if span is not None:
                    return span, None, "carry"
        people = [e for e in sent.ents if e.label_ == "PERSON"]
        if people:
            span = _np(people[-1].root, sent.start_char, sent.end_char)
            return span or (people[-1].start_char, people[-1].end_char), None, "carry"
    return None


def _antecedent(doc: Doc, before: int, pairs: list[tuple[int, int]]) -> tuple[int, int] | None:
    """Nearest PERSON mention before ``before`` (within ~800 characters, outside quotes)."""
    best = None
    for ent in doc.ents:
        if any(a <= ent.start_char <= b for a, b in pairs):
            continue
        if ent.label_ == "PERSON" and ent.end_char <= before and before - ent.end_char < 800:
            best = ent
    if best is None:
        return None
    sent = best.root.sent
    return _np(best.root, max(sent.start_char, best.start_char - 60), best.end_char) or (
        best.start_char, best.end_char)


__all__ = ["SPEECH_VERBS", "QuoteSpan", "find_quotes"]
