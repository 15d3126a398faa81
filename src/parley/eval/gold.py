"""Read gold answers for ``parley eval``: the seed's single-JSON format and the common JSONL format.

Both formats are described in ``../shared/gold/README.md`` and summarised in ``docs/eval.md``.
Every reader returns :class:`GoldDoc` records holding :class:`GoldEvent` records, whatever the format:

* **Seed format** (``*.json``): one object with ``doc_id``, ``text_file`` (relative to the gold file's
  parent directory's parent, e.g. ``../shared/seed/...``) or inline ``text``, ``publication_date``,
  ``events`` (one source and one target each, ``cameo`` a list of acceptable codes, ``sector`` a code or a
  list of acceptable codes, ``mode`` a code, a list of acceptable codes or null), ``quotes``, ``dates``,
  ``no_event_sentences``, ``boilerplate`` and ``actors``.
* **JSONL format** (``*.jsonl``): one record (sentence or short text) per line, each with ``expected``
  source x target entries. Record-level ``labels`` add alternatives (``cameo_alternatives``,
  ``sector_alternatives``), ``symmetric`` (or ``reciprocal`` in ``plover_gsr``), ``mode``, ``event_date``,
  ``date_expr``/``other_date_exprs``, ``quotes`` and ``location``. Records of the ``plover_gsr`` suite that
  share a text are merged into one document, because each holds one event of the same sentence.

Malformed input raises :class:`parley.errors.GoldError` naming the file and, for JSONL, the line.

The module also says when a predicted span is "the same" as a gold span: :func:`same_sentence` (an event's
sentence vs. gold evidence) and :func:`texts_match` (quote texts, date expressions).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from parley.errors import GoldError

#: Suites whose records with identical text are merged into one document (gold README, plover_gsr).
MERGE_SAME_TEXT_SUITES = frozenset({"plover_gsr"})
#: Characters of gold evidence that must occur in a predicted event's sentence (seed "same sentence").
EVIDENCE_HEAD = 40
#: Share of the evidence's words that a sentence must hold to count as the same sentence.
SENTENCE_OVERLAP = 0.8
#: Word Dice coefficient from which two quote texts or date expressions count as the same span.
TEXT_DICE = 0.6
#: Suite name given to JSONL records without a ``suite`` field.
DEFAULT_SUITE = "jsonl"


@dataclass(slots=True, kw_only=True)
class GoldActor:
    """One side of a gold event.

    Attributes:
        text: the actor's words in the text, or None when the gold gives none.
        name: canonical name (seed format), or None.
        country: ISO 3166-1 alpha-3 code or CAMEO transnational code (``IGO``, ``NGO``...), or None.
        sector: the acceptable PLOVER/CAMEO sector codes (``["GOV", "PTY"]``), or None (sector not scored).
        code: the original actor code (``RUSGOV``, ``DAGGOV``), or None.
    """

    text: str | None = None
    name: str | None = None
    country: str | None = None
    sector: list[str] | None = None
    code: str | None = None


@dataclass(slots=True, kw_only=True)
class GoldEvent:
    """One expected event (for JSONL: one source x target entry).

    Attributes:
        event_type: PLOVER 2.0 type, or None when the gold has none (then type is not scored).
        cameo: acceptable CAMEO codes (first is the gold code); empty when the gold has none.
        mode: acceptable PLOVER modes (None inside the list means "no mode" is acceptable), or None
            when mode is not scored.
        source, target: gold actors; an empty list is an all-null side, which is not scored.
        symmetric: the event may be output in either direction.
        date: ISO day or month the event happened, or None when the gold has no event date.
        required: the event must be found (seed only; False for JSONL).
        evidence: the gold's evidence span (seed only), used to find the sentence; None for JSONL.
        gold_id: ``"<doc_id>:<event id>"`` (seed) or ``"<record id>#<entry index>"`` (JSONL).
        location: ``{"name": ..., "country": ...}`` where the gold gives a place, else None.
    """

    event_type: str | None = None
    cameo: list[str] = field(default_factory=list)
    mode: list[str | None] | None = None
    source: list[GoldActor] = field(default_factory=list)
    target: list[GoldActor] = field(default_factory=list)
    symmetric: bool = False
    date: str | None = None
    required: bool = False
    evidence: str | None = None
    gold_id: str = ""
    location: dict[str, Any] | None = None


@dataclass(slots=True, kw_only=True)
class GoldDoc:
    """One gold document: the text given to the coder and everything expected from it.

    Attributes:
        doc_id: the seed's ``doc_id`` or the JSONL record ``id`` (first id of a merged group).
        text: the text handed to the coder.
        pub_date: publication date; None when the gold gives none or a placeholder
            (``labels.date_is_placeholder``).
        events: expected events, in file order.
        expect_no_event: any predicted event is a false positive.
        quotes: expected quotes, ``{"speaker": str, "text": str, "speaker_actor"?: {country, sector}}``.
        dates: expected date expressions, ``{"expression": str, "value": "YYYY-MM-DD" | "YYYY-MM"}``.
        no_event_sentences: sentences that must yield no event (seed).
        boilerplate: strings that must be stripped before coding (seed).
        actors: the seed's canonical actors (``name``, ``mentions``, ``country``, ``sector``, ``role``).
        suite: ``"seed"`` for the seed format, else the record's ``suite``.
        labels: the record's ``labels`` (merged groups add ``merged_ids``); seed: ``notes`` and ``source``.
    """

    doc_id: str
    text: str
    pub_date: date | None = None
    events: list[GoldEvent] = field(default_factory=list)
    expect_no_event: bool = False
    quotes: list[dict[str, Any]] = field(default_factory=list)
    dates: list[dict[str, Any]] = field(default_factory=list)
    no_event_sentences: list[str] = field(default_factory=list)
    boilerplate: list[str] = field(default_factory=list)
    actors: list[dict[str, Any]] = field(default_factory=list)
    suite: str = ""
    labels: dict[str, Any] = field(default_factory=dict)


class _Bad(ValueError):
    """A malformed value; turned into GoldError with file and line by the caller."""


def load_gold(path: str | Path) -> list[GoldDoc]:
    """Read one gold file, or every ``*.json``/``*.jsonl`` file of a directory (sorted by name).

    Args:
        path: a seed-format ``.json`` file, a JSONL ``.jsonl`` file, or a directory of them.

    Returns:
        Gold documents in file order; ``plover_gsr`` records sharing a text are merged into the first.

    Raises:
        GoldError: [P050] the path does not exist or holds no gold file; [P051] a line or file is not
            valid JSON; [P052] a field is missing or has the wrong type (message names file and line);
            [P053] the seed's ``text_file`` cannot be read; [P054] a document id occurs twice.
    """
    p = Path(path)
    if p.is_dir():
        files = sorted(f for f in p.iterdir() if f.suffix in (".json", ".jsonl") and f.is_file())
        if not files:
            raise GoldError(f"[P050] {p}: no .json or .jsonl gold file in this directory")
        docs = [d for f in files for d in load_gold(f)]
        check_unique_ids(docs, str(p))
        return docs
    if not p.is_file():
        raise GoldError(f"[P050] {p}: gold file not found")
    docs = _load_seed(p) if p.suffix == ".json" else _load_jsonl(p)
    check_unique_ids(docs, str(p))
    return docs


def check_unique_ids(docs: list[GoldDoc], where: str) -> None:
    """Raise GoldError [P054] naming ``where`` when two documents share a ``doc_id``."""
    seen: set[str] = set()
    for d in docs:
        if d.doc_id in seen:
            raise GoldError(f"[P054] {where}: document id {d.doc_id!r} occurs twice")
        seen.add(d.doc_id)


# ---------------------------------------------------------------- small validators


def _opt_str(v: Any, what: str) -> str | None:
    if v is None or isinstance(v, str):
        return v
    raise _Bad(f"{what} must be a string or null, not {type(v).__name__}")


def _str(v: Any, what: str) -> str:
    if isinstance(v, str):
        return v
    raise _Bad(f"{what} must be a string, not {type(v).__name__}")


def _obj(v: Any, what: str) -> dict[str, Any]:
    if isinstance(v, dict):
        return v
    raise _Bad(f"{what} must be an object, not {type(v).__name__}")


def _list(v: Any, what: str) -> list[Any]:
    if v is None:
        return []
    if isinstance(v, list):
        return v
    raise _Bad(f"{what} must be a list, not {type(v).__name__}")


def _codes(v: Any, what: str) -> list[str]:
    """A code, a list of codes, or per-event lists of codes (flattened) -> list of non-empty strings."""
    items = v if isinstance(v, list) else [v]
    out = []
    for x in items:
        if x is None:
            continue
        if isinstance(x, list):
            out.extend(_codes(x, what))
            continue
        out.append(_str(x, what))
    return out


def _iso_date(v: Any, what: str) -> date | None:
    s = _opt_str(v, what)
    if s is None:
        return None
    try:
        return date.fromisoformat(s)
    except ValueError:
        raise _Bad(f"{what} {s!r} is not an ISO date (YYYY-MM-DD)") from None


def _actor(v: Any, what: str, alternatives: list[str] | None = None) -> list[GoldActor]:
    """A gold side -> [] when all-null, else one GoldActor (sector widened by ``alternatives``)."""
    if v is None:
        return []
    d = _obj(v, what)
    sectors = _codes(d.get("sector"), f"{what}.sector")
    if sectors and alternatives:
        sectors += [s for s in _codes(alternatives, f"{what} sector_alternatives") if s not in sectors]
    actor = GoldActor(
        text=_opt_str(d.get("text"), f"{what}.text"),
        name=_opt_str(d.get("name"), f"{what}.name"),
        country=_opt_str(d.get("country"), f"{what}.country"),
        sector=sectors or None,
        code=_opt_str(d.get("code"), f"{what}.code"),
    )
    if actor.country is None and actor.sector is None and actor.text is None and actor.code is None:
        return []
    return [actor]


def _modes(v: Any, what: str) -> list[str | None] | None:
    if v is None:
        return None
    items = v if isinstance(v, list) else [v]
    for x in items:
        _opt_str(x, what)
    return list(items)


# ---------------------------------------------------------------- seed format


def _load_seed(path: Path) -> list[GoldDoc]:
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise GoldError(f"[P051] {path}: cannot read: {exc}") from None
    except json.JSONDecodeError as exc:
        raise GoldError(f"[P051] {path}:{exc.lineno}: invalid JSON: {exc.msg}") from None
    try:
        d = _obj(raw, "the file")
        return [_seed_doc(d, path)]
    except _Bad as exc:
        raise GoldError(f"[P052] {path}: {exc}") from None
    except (KeyError, TypeError) as exc:
        raise GoldError(f"[P052] {path}: missing or malformed field: {exc}") from None


def _seed_text(d: dict[str, Any], path: Path) -> str:
    if isinstance(d.get("text"), str):
        return str(d["text"])
    rel = _str(d.get("text_file"), "text_file")
    for base in (path.parent.parent, path.parent):
        f = base / rel
        if f.is_file():
            try:
                return f.read_text(encoding="utf-8")
            except (OSError, UnicodeDecodeError) as exc:
                raise GoldError(f"[P053] {path}: cannot read text_file {f}: {exc}") from None
    raise GoldError(f"[P053] {path}: text_file {rel!r} not found under {path.parent.parent}")


def _seed_doc(d: dict[str, Any], path: Path) -> GoldDoc:
    doc_id = _str(d.get("doc_id"), "doc_id")
    events = []
    for i, e in enumerate(_list(d.get("events"), "events")):
        e = _obj(e, f"events[{i}]")
        where = f"events[{i}]"
        events.append(
            GoldEvent(
                event_type=_opt_str(e.get("event_type"), f"{where}.event_type"),
                cameo=_codes(e.get("cameo"), f"{where}.cameo"),
                mode=_modes(e.get("mode"), f"{where}.mode"),
                source=_actor(e.get("source"), f"{where}.source"),
                target=_actor(e.get("target"), f"{where}.target"),
                symmetric=bool(e.get("symmetric", False)),
                date=_opt_str(e.get("date"), f"{where}.date"),
                required=bool(e.get("required", False)),
                evidence=_opt_str(e.get("evidence"), f"{where}.evidence"),
                gold_id=f"{doc_id}:{e.get('id', i)}",
                location=_obj(e["location"], f"{where}.location") if e.get("location") else None,
            )
        )
    return GoldDoc(
        doc_id=doc_id,
        text=_seed_text(d, path),
        pub_date=_iso_date(d.get("publication_date"), "publication_date"),
        events=events,
        expect_no_event=bool(d.get("expect_no_event", False)),
        quotes=[_obj(q, "quotes[]") for q in _list(d.get("quotes"), "quotes")],
        dates=[_obj(q, "dates[]") for q in _list(d.get("dates"), "dates")],
        no_event_sentences=[_str(s, "no_event_sentences[]") for s in _list(d.get("no_event_sentences"), "no_event_sentences")],
        boilerplate=[_str(s, "boilerplate[]") for s in _list(d.get("boilerplate"), "boilerplate")],
        actors=[_obj(a, "actors[]") for a in _list(d.get("actors"), "actors")],
        suite=str(d.get("suite") or "seed"),
        labels={k: d[k] for k in ("notes", "source") if k in d},
    )


# ---------------------------------------------------------------- JSONL format


def _load_jsonl(path: Path) -> list[GoldDoc]:
    docs: list[GoldDoc] = []
    merged: dict[tuple[str, str], GoldDoc] = {}
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise GoldError(f"[P051] {path}: cannot read: {exc}") from None
    for lineno, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as exc:
            raise GoldError(f"[P051] {path}:{lineno}: invalid JSON: {exc.msg}") from None
        try:
            doc = _jsonl_doc(_obj(rec, "the record"))
        except _Bad as exc:
            raise GoldError(f"[P052] {path}:{lineno}: {exc}") from None
        key = (doc.suite, doc.text)
        if doc.suite in MERGE_SAME_TEXT_SUITES and key in merged:
            _merge_into(merged[key], doc)
            continue
        merged[key] = doc
        docs.append(doc)
    return docs


def _merge_into(first: GoldDoc, other: GoldDoc) -> None:
    """Fold a record with the same text into the first one (its events, quotes and dates)."""
    first.events.extend(other.events)
    first.quotes.extend(other.quotes)
    first.dates.extend(d for d in other.dates if d not in first.dates)
    first.expect_no_event = first.expect_no_event and other.expect_no_event
    first.labels.setdefault("merged_ids", [first.doc_id]).append(other.doc_id)


def _jsonl_doc(rec: dict[str, Any]) -> GoldDoc:
    doc_id = _str(rec.get("id"), "id")
    text = _str(rec.get("text"), "text")
    labels = dict(_obj(rec.get("labels") or {}, "labels"))
    pub = _iso_date(rec.get("date"), "date")
    if labels.get("date_is_placeholder"):
        pub = None
    symmetric = bool(labels.get("symmetric") or labels.get("reciprocal"))
    cameo_alt = _codes(labels.get("cameo_alternatives"), "labels.cameo_alternatives")
    sector_alt = _obj(labels.get("sector_alternatives") or {}, "labels.sector_alternatives")
    mode = _opt_str(labels.get("mode"), "labels.mode")
    event_date = _opt_str(labels.get("event_date"), "labels.event_date")
    location = labels.get("location")
    if location is not None:
        location = _obj(location, "labels.location")
    events = []
    for i, e in enumerate(_list(rec.get("expected"), "expected")):
        where = f"expected[{i}]"
        e = _obj(e, where)
        if "source" not in e or "target" not in e:
            raise _Bad(f"{where} needs 'source' and 'target'")
        cameo = _opt_str(e.get("cameo"), f"{where}.cameo")
        events.append(
            GoldEvent(
                event_type=_opt_str(e.get("event_type"), f"{where}.event_type"),
                cameo=[cameo, *[c for c in cameo_alt if c != cameo]] if cameo else [],
                mode=[mode] if mode else None,
                source=_actor(e["source"], f"{where}.source", sector_alt.get("source")),
                target=_actor(e["target"], f"{where}.target", sector_alt.get("target")),
                symmetric=symmetric,
                date=event_date,
                gold_id=f"{doc_id}#{i}",
                location=location,
            )
        )
    dates = [_obj(labels["date_expr"], "labels.date_expr")] if labels.get("date_expr") else []
    dates += [_obj(x, "labels.other_date_exprs[]") for x in _list(labels.get("other_date_exprs"), "labels.other_date_exprs")]
    return GoldDoc(
        doc_id=doc_id,
        text=text,
        pub_date=pub,
        events=events,
        expect_no_event=bool(rec.get("expect_no_event", False)),
        quotes=[_obj(q, "labels.quotes[]") for q in _list(labels.get("quotes"), "labels.quotes")],
        dates=dates,
        suite=_str(rec.get("suite", DEFAULT_SUITE), "suite"),
        labels=labels,
    )


# ---------------------------------------------------------------- matching gold spans


def fold_text(s: str) -> str:
    """Lower-case ``s``, straighten curly quotes and collapse whitespace (for comparing spans)."""
    s = s.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')
    return " ".join(s.lower().split())


def _words(s: str) -> list[str]:
    return re.findall(r"\w+", s.lower())


def word_dice(a: str, b: str) -> float:
    """Dice coefficient of the two texts' sets of words (``\\w+``), 0.0 when either has none."""
    wa, wb = set(_words(a)), set(_words(b))
    return 2 * len(wa & wb) / (len(wa) + len(wb)) if wa and wb else 0.0


def same_sentence(sentence: str, evidence: str) -> bool:
    """Whether a predicted event's sentence is the sentence holding a gold evidence span.

    True when the sentence contains the evidence's first :data:`EVIDENCE_HEAD` characters, when the
    sentence (20+ characters) lies inside the evidence, or when it holds :data:`SENTENCE_OVERLAP` of the
    evidence's distinct words. Case, whitespace and curly quotes are ignored.
    """
    s, e = fold_text(sentence), fold_text(evidence)
    if not s or not e:
        return False
    if e[:EVIDENCE_HEAD] in s or (len(s) >= 20 and s in e):
        return True
    we = set(_words(e))
    return bool(we) and len(we & set(_words(s))) / len(we) >= SENTENCE_OVERLAP


def texts_match(gold: str, pred: str) -> bool:
    """Whether two quote texts or date expressions are the same span.

    True when one contains the other and the shorter is at least half the longer (after folding case,
    whitespace and curly quotes, and trimming punctuation at the ends), or when the word Dice coefficient
    is at least :data:`TEXT_DICE`.
    """
    g, p = fold_text(gold).strip(" .,;:'\"-"), fold_text(pred).strip(" .,;:'\"-")
    if not g or not p:
        return False
    short, long_ = sorted((g, p), key=len)
    if short in long_ and len(short) * 2 >= len(long_):
        return True
    return word_dice(g, p) >= TEXT_DICE


__all__ = [
    "MERGE_SAME_TEXT_SUITES",
    "GoldActor",
    "GoldDoc",
    "GoldEvent",
    "check_unique_ids",
    "fold_text",
    "load_gold",
    "same_sentence",
    "texts_match",
    "word_dice",
]
