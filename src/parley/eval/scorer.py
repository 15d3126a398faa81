"""Score coded events, quotes and date expressions against gold answers (``parley eval``).

Predicted events are split into source-country x target-country units, aligned one-to-one with gold
events per document (greedy, best similarity first), and counted per metric. ``docs/eval.md`` states
every rule; the constants and docstrings below point to its sections."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from itertools import product
from pathlib import Path
from typing import Any

from parley.eval.gold import (
    GoldActor,
    GoldDoc,
    GoldEvent,
    check_unique_ids,
    fold_text,
    load_gold,
    same_sentence,
    texts_match,
    word_dice,
)
from parley.records import Actor, Document, Event, Quote, RawDoc

#: Modalities scored by default; others are scored only where the gold's ``labels.aux_mode`` names them.
#: ("reported" marks an alleged act inside an accusation, which the gold does not code as an event.)
SCORED_MODALITIES = ("asserted",)

_ACCEPTABLE_EXTRA = re.compile(r"^([A-Z]+) \(\d+\) ([A-Z]{3}) [A-Z/]+ -> ([A-Z]{3}) ")


@dataclass(slots=True)
class PRF:
    """Counts for one metric, with precision, recall and F1 derived from them (0.0 when undefined)."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        """tp / (tp + fp), 0.0 when nothing was predicted."""
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        """tp / (tp + fn), 0.0 when the gold holds nothing."""
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        """2tp / (2tp + fp + fn), 0.0 when all counts are 0."""
        d = 2 * self.tp + self.fp + self.fn
        return 2 * self.tp / d if d else 0.0

    def add(self, other: PRF) -> None:
        """Add another metric's counts to these."""
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    def to_dict(self) -> dict[str, float | int]:
        """``{"precision", "recall", "f1"}`` rounded to 4 places, plus ``tp``, ``fp``, ``fn``."""
        return {"precision": round(self.precision, 4), "recall": round(self.recall, 4),
                "f1": round(self.f1, 4), "tp": self.tp, "fp": self.fp, "fn": self.fn}  # fmt: skip


#: Metric rows in display order (docs/eval.md defines each).
METRICS = (
    "event", "event_type", "mode", "source_country", "target_country", "source_sector", "target_sector",
    "dyad_country", "cameo_root", "cameo", "date", "location_country",
    "quote", "quote_text", "date_expr", "date_expr_text",
)  # fmt: skip
_EXTRA_COUNTS = (
    "docs", "gold_events", "predicted_events", "predicted_units", "excluded_modality", "acceptable_extra",
    "required_total", "required_detected", "required_found",
    "no_event_sentence_docs", "no_event_sentence_hits", "boilerplate_docs", "boilerplate_hits",
    "symmetric_reverse", "matched_source_country_ok", "matched_source_country", "matched_target_country_ok", "matched_target_country",
)  # fmt: skip


@dataclass(slots=True)
class Scorecard:
    """Scores of one run.

    Attributes:
        rows: metric name (see :data:`METRICS`) -> counts; metrics with no counts are left out.
        per_type: PLOVER event type -> counts of the ``event_type`` metric for that type.
        macro_type_f1: mean F1 over the types in ``per_type`` (gold or predicted), 0.0 if none.
        extras: counts such as ``required_found`` (``"3/3"``), ``matched_source_country`` and
            ``matched_target_country`` (``"ok/n (accuracy)"``: actor country right on detected events whose
            gold side has a country, i.e. actor resolution apart from event recall), ``no_event_sentence_hits``,
            ``boilerplate_hits``, ``excluded_modality`` and (from :func:`run_eval`) ``missing_docs``.
        suites: the same scorecard per gold suite (``seed``, ``plover_gsr``...), when there are several.
    """

    rows: dict[str, PRF] = field(default_factory=dict)
    per_type: dict[str, PRF] = field(default_factory=dict)
    macro_type_f1: float = 0.0
    extras: dict[str, Any] = field(default_factory=dict)
    suites: dict[str, Scorecard] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready dict: ``rows``, ``per_type``, ``macro_type_f1``, ``extras`` and ``suites``."""
        return {
            "rows": {k: v.to_dict() for k, v in self.rows.items()},
            "per_type": {k: v.to_dict() for k, v in sorted(self.per_type.items())},
            "macro_type_f1": round(self.macro_type_f1, 4),
            "extras": dict(self.extras),
            "suites": {k: v.to_dict() for k, v in self.suites.items()},
        }

    def render(self) -> Any:
        """A ``rich.table.Table``: metric rows, a section per event type, then one per suite."""
        from rich.table import Table

        table = Table(title="parley eval", show_lines=False)
        for col in ("metric", "P", "R", "F1", "tp", "fp", "fn"):
            table.add_column(col, justify="left" if col == "metric" else "right")

        def add(name: str, prf: PRF) -> None:
            table.add_row(name, f"{prf.precision:.3f}", f"{prf.recall:.3f}", f"{prf.f1:.3f}",
                          str(prf.tp), str(prf.fp), str(prf.fn))

        for name, prf in self.rows.items():
            add(name, prf)
        if self.per_type:
            table.add_section()
            for name, prf in sorted(self.per_type.items()):
                add(f"type {name}", prf)
        for suite, card in self.suites.items():
            table.add_section()
            for name, prf in card.rows.items():
                add(f"{suite}: {name}", prf)
            if card.per_type:
                table.add_row(f"{suite}: macro type F1", "", "", f"{card.macro_type_f1:.3f}", "", "", "")
        table.caption = f"macro type F1 {self.macro_type_f1:.3f}; " + ", ".join(
            f"{k}={v}" for k, v in self.extras.items()
        )
        return table


# ---------------------------------------------------------------- units and matching


@dataclass(slots=True)
class _Unit:
    """One source-country x target-country slice of a predicted event."""

    event: Event
    source: list[Actor]
    target: list[Actor]


def _groups(side: list[Actor]) -> list[list[Actor]]:
    by_country: dict[str, list[Actor]] = {}
    for a in side:
        if a.country:
            by_country.setdefault(a.country, []).append(a)
    if not by_country:
        return [list(side)]
    loose = [a for a in side if not a.country]
    return [group + loose for group in by_country.values()]


def _units(event: Event) -> list[_Unit]:
    return [_Unit(event, s, t) for s, t in product(_groups(event.source), _groups(event.target))]


def _countries(side: list[Actor]) -> frozenset[str]:
    return frozenset(a.country for a in side if a.country)


def _country_ok(pred: list[Actor], gold: list[GoldActor]) -> bool:
    return any(p.country and p.country == g.country for p in pred for g in gold)


def _sector_ok(pred: list[Actor], gold: list[GoldActor]) -> bool:
    return any(
        p.sector and g.sector and p.sector in g.sector and (g.country is None or p.country == g.country)
        for p in pred
        for g in gold
    )


def _has_country(side: list[GoldActor] | list[Actor]) -> bool:
    return any(a.country for a in side)


def _has_sector(side: list[GoldActor] | list[Actor]) -> bool:
    return any(a.sector for a in side)


def _oriented(unit: _Unit, swapped: bool) -> tuple[list[Actor], list[Actor]]:
    return (unit.target, unit.source) if swapped else (unit.source, unit.target)


#: Weights of the agreements that make up a candidate pair's similarity (docs/eval.md, step 2).
_WEIGHTS = {"event": 1.0, "event_type": 2.0, "source_country": 1.0, "target_country": 1.0,
            "source_sector": 0.5, "target_sector": 0.5, "cameo_root": 0.5}  # fmt: skip


def _similarity(unit: _Unit, gold: GoldEvent, swapped: bool) -> float:
    return sum(_WEIGHTS.get(m, 0.0) for m in _correct(unit, gold, swapped) & _gold_has(gold))


def _align(units: list[_Unit], golds: list[GoldEvent]) -> list[tuple[int, int, bool]]:
    """Greedy one-to-one alignment -> (unit index, gold index, swapped), best similarity first."""
    cands = []
    for ui, u in enumerate(units):
        for gi, g in enumerate(golds):
            if g.evidence and u.event.sentence and not same_sentence(u.event.sentence, g.evidence):
                continue
            sim, swapped = _similarity(u, g, False), False
            if g.symmetric and (other := _similarity(u, g, True)) > sim:
                sim, swapped = other, True
            cands.append((-sim, gi, ui, swapped))
    return [(ui, gi, swapped) for gi, ui, swapped in _greedy(cands)]


def _greedy(cands: list[tuple[float, int, int, bool]]) -> list[tuple[int, int, bool]]:
    """One-to-one pairs from (-score, gold index, predicted index, flag), best score first.

    Ties go to the earlier gold item, then the earlier prediction. Returns (gold, predicted, flag).
    """
    used_p: set[int] = set()
    used_g: set[int] = set()
    pairs = []
    for _, gi, pi, flag in sorted(cands):
        if pi not in used_p and gi not in used_g:
            used_p.add(pi)
            used_g.add(gi)
            pairs.append((gi, pi, flag))
    return pairs


# ---------------------------------------------------------------- metric definitions

#: Metrics in which an unmatched predicted unit that carries the attribute is a false positive.
_UNMATCHED_FP = frozenset(METRICS[:12]) - {"mode", "location_country"}


def _gold_has(g: GoldEvent) -> set[str]:
    """The event metrics a gold event is scored on (the gold gives that attribute)."""
    src, tgt = _has_country(g.source), _has_country(g.target)
    flags = {
        "event": True, "event_type": bool(g.event_type), "mode": g.mode is not None,
        "source_country": src, "target_country": tgt, "dyad_country": src and tgt,
        "source_sector": _has_sector(g.source), "target_sector": _has_sector(g.target),
        "cameo_root": bool(g.cameo), "cameo": bool(g.cameo), "date": g.date is not None,
        "location_country": bool(g.location and g.location.get("country")),
    }  # fmt: skip
    return {k for k, v in flags.items() if v}


def _pred_has(u: _Unit) -> set[str]:
    """The event metrics for which a predicted unit gives a value (either direction)."""
    e, src, tgt = u.event, _has_country(u.source), _has_country(u.target)
    flags = {
        "event": True, "event_type": bool(e.event_type), "mode": e.mode is not None,
        "source_country": src, "target_country": tgt, "dyad_country": src and tgt,
        "source_sector": _has_sector(u.source), "target_sector": _has_sector(u.target),
        "cameo_root": bool(e.cameo), "cameo": bool(e.cameo), "date": e.date is not None,
        "location_country": bool(e.location and e.location.country),
    }  # fmt: skip
    return {k for k, v in flags.items() if v}


def _correct(u: _Unit, g: GoldEvent, swapped: bool) -> set[str]:
    """The event metrics on which a matched unit agrees with its gold event."""
    e = u.event
    src, tgt = _oriented(u, swapped)
    sc, tc = _country_ok(src, g.source), _country_ok(tgt, g.target)
    flags = {
        "event": True, "event_type": e.event_type == g.event_type,
        "mode": g.mode is not None and e.mode in g.mode,
        "source_country": sc, "target_country": tc, "dyad_country": sc and tc,
        "source_sector": _sector_ok(src, g.source), "target_sector": _sector_ok(tgt, g.target),
        "cameo_root": bool(e.cameo) and e.cameo[:2] in {c[:2] for c in g.cameo},
        "cameo": e.cameo in g.cameo, "date": e.date == g.date,
        "location_country": bool(e.location and g.location)
        and e.location.country == g.location.get("country"),  # type: ignore[union-attr]
    }  # fmt: skip
    return {k for k, v in flags.items() if v}


def _count(prf: PRF, correct: bool, pred_has: bool) -> None:
    """A scored gold attribute: tp if right; else fn, plus fp when the prediction gave a (wrong) value."""
    if correct:
        prf.tp += 1
    else:
        prf.fn += 1
        prf.fp += int(pred_has)


class _Tally:
    """Counts for one suite while documents are scored."""

    def __init__(self) -> None:
        self.rows = {m: PRF() for m in METRICS}
        self.per_type: dict[str, PRF] = {}
        self.extras = dict.fromkeys(_EXTRA_COUNTS, 0)

    def type_prf(self, t: str) -> PRF:
        return self.per_type.setdefault(t, PRF())

    def count_type(self, gold: str | None, pred: str | None) -> None:
        """Per-type counts: tp for a right type, else fn for the gold type and fp for the predicted one."""
        if gold and gold == pred:
            self.type_prf(gold).tp += 1
            return
        if gold:
            self.type_prf(gold).fn += 1
        if pred:
            self.type_prf(pred).fp += 1

    def merge(self, other: _Tally) -> None:
        for m, prf in other.rows.items():
            self.rows[m].add(prf)
        for t, prf in other.per_type.items():
            self.type_prf(t).add(prf)
        for k, v in other.extras.items():
            self.extras[k] += v

    def card(self) -> Scorecard:
        rows = {m: p for m, p in self.rows.items() if p.tp + p.fp + p.fn}
        f1s = [p.f1 for p in self.per_type.values()]
        ex: dict[str, Any] = dict(self.extras)
        if ex["required_total"]:
            ex["required_found"] = f"{ex['required_found']}/{ex['required_total']}"
            ex["required_detected"] = f"{ex['required_detected']}/{ex['required_total']}"
        else:
            for k in ("required_total", "required_found", "required_detected"):
                del ex[k]
        for k in ("no_event_sentence", "boilerplate"):
            if not ex.pop(f"{k}_docs"):
                del ex[f"{k}_hits"]
        for side in ("source", "target"):
            n, ok = ex.pop(f"matched_{side}_country"), ex.pop(f"matched_{side}_country_ok")
            if n:  # accuracy of actor countries on matched events: "215/254 (0.846)"
                ex[f"matched_{side}_country"] = f"{ok}/{n} ({ok / n:.3f})"
        return Scorecard(
            rows=rows,
            per_type=dict(self.per_type),
            macro_type_f1=sum(f1s) / len(f1s) if f1s else 0.0,
            extras=ex,
        )


def _acceptable_extras(doc: GoldDoc) -> list[tuple[str, str, str]]:
    """``labels.acceptable_extra`` ("TYPE (cameo) SRC SEC -> TGT SEC ...") -> (type, source, target country)."""
    found = (_ACCEPTABLE_EXTRA.match(str(x)) for x in doc.labels.get("acceptable_extra") or [])
    return [(m[1], m[2], m[3]) for m in found if m]


def _is_acceptable_extra(unit: _Unit, extras: list[tuple[str, str, str]]) -> bool:
    return any(
        unit.event.event_type == typ
        and any(a.country == sc for a in unit.source)
        and any(a.country == tc for a in unit.target)
        for typ, sc, tc in extras
    )


def _score_doc(
    doc: GoldDoc,
    events: Sequence[Event],
    tally: _Tally,
    scored: set[str],
    scored_modalities: Sequence[str],
) -> None:
    ex = tally.extras
    ex["docs"] += 1
    ex["gold_events"] += len(doc.events)
    ex["predicted_events"] += len(events)
    _sentence_checks(doc, events, ex)
    allowed = set(scored_modalities) | {doc.labels.get("aux_mode")}
    kept = [e for e in events if e.modality in allowed]
    ex["excluded_modality"] += len(events) - len(kept)
    units = [u for e in kept for u in _units(e)]
    ex["predicted_units"] += len(units)
    pairs = _align(units, doc.events)
    matched_u = {ui for ui, _, _ in pairs}
    matched_g = {gi: (ui, s) for ui, gi, s in pairs}
    rows = tally.rows
    for ui, gi, s in pairs:
        u, g = units[ui], doc.events[gi]
        has, ok = _pred_has(u), _correct(u, g, s)
        for name in _gold_has(g):
            _count(rows[name], name in ok, name in has)
        for side in ("source", "target"):  # actor resolution on the events that were detected
            if f"{side}_country" in _gold_has(g):
                ex[f"matched_{side}_country"] += 1
                ex[f"matched_{side}_country_ok"] += int(f"{side}_country" in ok)
        if g.event_type:
            tally.count_type(g.event_type, u.event.event_type)
    for gi, g in enumerate(doc.events):
        if g.required:
            ex["required_total"] += 1
            if gi in matched_g:
                ex["required_detected"] += 1
                u, s = units[matched_g[gi][0]], matched_g[gi][1]
                ex["required_found"] += int({"event_type", "dyad_country"} <= _correct(u, g, s))
        if gi in matched_g:
            continue
        for name in _gold_has(g):
            rows[name].fn += 1
        tally.count_type(g.event_type, None)
    extras = _acceptable_extras(doc)
    # a symmetric gold event allows either direction, or both: the reverse of a unit matched to a
    # symmetric gold event is that same event told from the other side, not an extra one
    reverse_ok = {(units[ui].event.sentence, units[ui].event.event_type, _countries(units[ui].target),
                   _countries(units[ui].source)) for ui, gi, _ in pairs if doc.events[gi].symmetric}
    for ui, u in enumerate(units):
        if ui in matched_u:
            continue
        if (u.event.sentence, u.event.event_type, _countries(u.source), _countries(u.target)) in reverse_ok:
            ex["symmetric_reverse"] += 1
            continue
        if extras and _is_acceptable_extra(u, extras):
            ex["acceptable_extra"] += 1
            continue
        for name in _pred_has(u) & scored & _UNMATCHED_FP:
            rows[name].fp += 1
        if "event_type" in scored:
            tally.count_type(None, u.event.event_type)


def _sentence_checks(doc: GoldDoc, events: Sequence[Event], ex: dict[str, int]) -> None:
    """Count events (any modality) in sentences that must hold none, or that hold boilerplate."""
    if doc.no_event_sentences:
        ex["no_event_sentence_docs"] += 1
        ex["no_event_sentence_hits"] += sum(
            1 for e in events if any(same_sentence(e.sentence, s) for s in doc.no_event_sentences)
        )
    if doc.boilerplate:
        ex["boilerplate_docs"] += 1
        ex["boilerplate_hits"] += sum(
            1 for e in events if any(fold_text(b) in fold_text(e.sentence) for b in doc.boilerplate)
        )


# ---------------------------------------------------------------- quotes and date expressions


def _speaker_ok(gq: Mapping[str, Any], speaker: Actor | None, actors: Sequence[Mapping[str, Any]]) -> bool:
    """Gold ``speaker_actor`` -> same country (and sector when given); else the name or a known mention."""
    if speaker is None:
        return False
    sa = gq.get("speaker_actor")
    if isinstance(sa, Mapping) and sa.get("country"):
        return speaker.country == sa["country"] and (not sa.get("sector") or speaker.sector == sa["sector"])
    name = gq.get("speaker")
    if not name:
        return True
    names = {fold_text(str(name))}
    for a in actors:
        if a.get("name") == name:
            names |= {fold_text(str(m)) for m in a.get("mentions") or []}
    said = {fold_text(x) for x in (speaker.name, speaker.text) if x}
    return bool(said & names) or any(fold_text(str(name)) in x for x in said)


def _score_spans(
    gold: list[str],
    pred: list[str],
    right: Callable[[int, int], bool],
    given: Callable[[int], bool],
    full: PRF,
    text: PRF,
) -> None:
    """Align gold and predicted spans one-to-one on :func:`texts_match` (pairs where ``right`` holds
    first, then by word overlap) and count ``text`` (span found) and ``full`` (span found and ``right``)."""
    cands = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(pred):
            if texts_match(g, p):
                ok = right(gi, pi)
                cands.append((-(int(ok) + word_dice(g, p)), gi, pi, ok))
    pairs = _greedy(cands)
    for _gi, pi, ok in pairs:
        text.tp += 1
        _count(full, ok, given(pi))
    for prf in (full, text):
        prf.fn += len(gold) - len(pairs)
        prf.fp += len(pred) - len(pairs)


def _score_quotes(doc: GoldDoc, preds: Sequence[Quote], tally: _Tally) -> None:
    gold = [q for q in doc.quotes if q.get("text")]
    _score_spans(
        [str(q["text"]) for q in gold],
        [q.text for q in preds],
        lambda gi, pi: _speaker_ok(gold[gi], preds[pi].speaker, doc.actors),
        lambda pi: preds[pi].speaker is not None,
        tally.rows["quote"],
        tally.rows["quote_text"],
    )


def _score_date_exprs(doc: GoldDoc, preds: Sequence[tuple[str, str | None]], tally: _Tally) -> None:
    gold = [d for d in doc.dates if d.get("expression")]
    _score_spans(
        [str(d["expression"]) for d in gold],
        [p[0] for p in preds],
        lambda gi, pi: preds[pi][1] is not None and preds[pi][1] == gold[gi].get("value"),
        lambda pi: preds[pi][1] is not None,
        tally.rows["date_expr"],
        tally.rows["date_expr_text"],
    )


# ---------------------------------------------------------------- public API


def score(
    gold: Sequence[GoldDoc],
    predicted: Mapping[str, Sequence[Event]],
    *,
    quotes: Mapping[str, Sequence[Quote]] | None = None,
    date_mentions: Mapping[str, Sequence[tuple[str, str | None]]] | None = None,
    scored_modalities: Sequence[str] = SCORED_MODALITIES,
) -> Scorecard:
    """Score predicted events (and optionally quotes and date expressions) against gold documents.

    Args:
        gold: gold documents, e.g. from :func:`parley.eval.gold.load_gold`.
        predicted: ``doc_id`` -> the events coded for it; a missing id means no events.
        quotes: ``doc_id`` -> quotes found; None leaves the quote rows out. Scored only in documents
            whose gold lists quotes.
        date_mentions: ``doc_id`` -> ``(expression text, ISO value or None)`` pairs; None leaves the
            date-expression rows out. Scored only in documents whose gold lists date expressions.
        scored_modalities: event modalities that are scored; events of other modalities are dropped
            (counted in ``extras["excluded_modality"]``) unless the document's ``labels.aux_mode`` names
            their modality.

    Returns:
        A :class:`Scorecard` over all documents, with one per suite in ``suites`` when there are several.
        The matching rules are in ``docs/eval.md``.
    """
    by_suite: dict[str, list[GoldDoc]] = {}
    for d in gold:
        by_suite.setdefault(d.suite, []).append(d)
    cards: dict[str, Scorecard] = {}
    total = _Tally()
    for suite, docs in by_suite.items():
        scored = {"event"}.union(*(_gold_has(g) for d in docs for g in d.events))
        tally = _Tally()
        for d in docs:
            _score_doc(d, predicted.get(d.doc_id, ()), tally, scored, scored_modalities)
            if quotes is not None and d.quotes:
                _score_quotes(d, quotes.get(d.doc_id, ()), tally)
            if date_mentions is not None and d.dates:
                _score_date_exprs(d, date_mentions.get(d.doc_id, ()), tally)
        cards[suite] = tally.card()
        total.merge(tally)
    card = total.card()
    if len(cards) > 1:
        card.suites = cards
    return card


def document_date_mentions(doc: Document) -> list[tuple[str, str | None]]:
    """The date expressions a coded document holds, as ``(text, ISO value or None)`` pairs.

    Reads ``doc.date_mentions`` (filled by the pipeline's dates stage; items may be ``(text, value)``
    tuples or objects with ``text``/``expression`` and ``value``/``date`` attributes); when it is empty or
    absent, falls back to the distinct ``(event.date_text, event.date)`` of the document's events.
    """
    mentions = getattr(doc, "date_mentions", None)
    if not mentions:
        seen = dict.fromkeys((e.date_text, e.date) for e in doc.events if e.date_text)
        return [(str(t), v) for t, v in seen]
    out: list[tuple[str, str | None]] = []
    for m in mentions:
        if isinstance(m, tuple | list):
            out.append((str(m[0]), None if m[1] is None else str(m[1])))
            continue
        text = getattr(m, "text", None) or getattr(m, "expression", None) or ""
        value = getattr(m, "value", None) or getattr(m, "date", None)
        out.append((str(text), None if value is None else str(value)))
    return out


def run_eval(
    paths: Sequence[str | Path],
    code: Callable[[list[RawDoc]], list[Document]],
    *,
    scored_modalities: Sequence[str] = SCORED_MODALITIES,
) -> Scorecard:
    """Load gold files, code their texts with ``code`` in one call, and score the result.

    Args:
        paths: gold files or directories (see :func:`parley.eval.gold.load_gold`).
        code: the coder, called once with one ``RawDoc(doc_id, text, pub_date, origin=<gold file>)`` per
            gold document; returns coded documents carrying the same ``doc_id``.
        scored_modalities: passed to :func:`score`.

    Returns:
        The :class:`Scorecard`; ``extras["missing_docs"]`` counts gold documents the coder returned
        no document for (scored as having no events).

    Raises:
        GoldError: a gold file is malformed, or two files hold the same document id [P054].
    """
    gold: list[GoldDoc] = []
    raws: list[RawDoc] = []
    for p in paths:
        for g in load_gold(p):
            gold.append(g)
            raws.append(RawDoc(doc_id=g.doc_id, text=g.text, pub_date=g.pub_date, origin=str(p)))
    check_unique_ids(gold, ", ".join(map(str, paths)))
    by_id: dict[str, Document] = {}
    for d in code(raws):
        by_id.setdefault(d.doc_id, d)
    card = score(
        gold,
        {i: d.events for i, d in by_id.items()},
        quotes={i: d.quotes for i, d in by_id.items()},
        date_mentions={i: document_date_mentions(d) for i, d in by_id.items()},
        scored_modalities=scored_modalities,
    )
    card.extras["missing_docs"] = sum(1 for g in gold if g.doc_id not in by_id)
    return card


__all__ = [
    "METRICS",
    "PRF",
    "SCORED_MODALITIES",
    "Scorecard",
    "document_date_mentions",
    "run_eval",
    "score",
]
