"""JSON Lines and JSON input: one record per article.

A record is an object ``{"id", "text", "date", "title"?, "url"?, "source"?}``; ``date`` is
``"YYYY-MM-DD"`` or an ISO datetime (its calendar day as written is kept, no time-zone shift).
``pub_date`` and ``outlet`` are accepted as aliases of ``date`` and ``source``. A record that cannot be
read is skipped with a message naming file and line; the rest of the file is still read.
See ``docs/ingest.md#json-lines``.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from datetime import date, datetime
from pathlib import Path
from typing import Any

from parley.errors import InputError
from parley.ingest.text import ErrorHandler, open_binary, read_text_file, report
from parley.records import RawDoc, text_id


def parse_pub_date(value: Any) -> date | None:
    """A publication date from ``"2026-02-04"``, ``"2026-02-04T09:30:00Z"`` or ``"2026-02-04 09:30+01:00"``.

    Returns:
        The calendar day as written (the time and offset are dropped), or None for None/"".

    Raises:
        ValueError: the value is not an ISO date or datetime.
    """
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if not isinstance(value, str):
        raise ValueError(f"date must be a string, got {type(value).__name__}")
    s = value.strip()
    try:
        if len(s) == 10:
            return date.fromisoformat(s)
        return datetime.fromisoformat(s).date()
    except ValueError:
        raise ValueError(f"bad date {value!r} (expected YYYY-MM-DD or an ISO datetime)") from None


def _opt_str(rec: dict[str, Any], *keys: str) -> str | None:
    for key in keys:
        value = rec.get(key)
        if value is not None and value != "":
            if not isinstance(value, str):
                raise ValueError(f"{key!r} must be a string, got {type(value).__name__}")
            return value
    return None


def record_to_rawdoc(
    rec: Any, *, origin: str, pub_date: date | None = None, outlet: str | None = None
) -> RawDoc:
    """Turn one decoded record into a RawDoc.

    Args:
        rec: the decoded JSON value (must be an object with a non-empty string ``text``).
        origin: where it came from (``"news.jsonl:12"``), kept on the RawDoc.
        pub_date, outlet: used when the record gives no date / source.

    Raises:
        ValueError: the record is not an object, has no text, or has a bad id or date.
    """
    if not isinstance(rec, dict):
        raise ValueError(f"expected a JSON object, got {type(rec).__name__}")
    text = rec.get("text")
    if not isinstance(text, str) or not text.strip():
        raise ValueError("missing or empty 'text'")
    raw_id = rec.get("id", rec.get("doc_id"))
    if raw_id is None or raw_id == "":
        doc_id = text_id(text)
    elif isinstance(raw_id, (str, int)) and not isinstance(raw_id, bool):
        doc_id = str(raw_id)
    else:
        raise ValueError(f"'id' must be a string or integer, got {type(raw_id).__name__}")
    day = parse_pub_date(rec.get("date", rec.get("pub_date")))
    return RawDoc(
        doc_id=doc_id,
        text=text,
        pub_date=day if day is not None else pub_date,
        title=_opt_str(rec, "title"),
        url=_opt_str(rec, "url", "link"),
        outlet=_opt_str(rec, "source", "outlet") or outlet,
        origin=origin,
    )


def iter_jsonl_lines(
    lines: Iterable[str],
    *,
    origin: str,
    pub_date: date | None = None,
    outlet: str | None = None,
    on_error: ErrorHandler | None = None,
) -> Iterator[RawDoc]:
    """RawDocs from JSON Lines; blank lines are ignored, bad lines reported via ``on_error`` and skipped."""
    for n, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as exc:
            report(
                on_error,
                f"[P012] {origin}: line {n}: not valid JSON ({exc.msg} at column {exc.colno}); skipped",
            )
            continue
        try:
            yield record_to_rawdoc(rec, origin=f"{origin}:{n}", pub_date=pub_date, outlet=outlet)
        except ValueError as exc:
            report(on_error, f"[P012] {origin}: line {n}: {exc}; skipped")


def read_jsonl(
    path: Path,
    *,
    pub_date: date | None = None,
    outlet: str | None = None,
    on_error: ErrorHandler | None = None,
) -> Iterator[RawDoc]:
    """Stream RawDocs from a ``.jsonl``/``.ndjson`` file, one record per line.

    Args:
        path: the file (UTF-8).
        pub_date, outlet: fallbacks for records without ``date`` / ``source``.
        on_error: called with ``"[P012] <file>: line <n>: <problem>; skipped"`` for each bad line.

    Yields:
        RawDoc per good line, ``origin`` = ``"<path>:<line>"``.

    Raises:
        InputError: [P011] missing or unreadable file, [P013] a line is not UTF-8 (names the line; the
            lines before it have been yielded).
    """
    with open_binary(path) as fh:
        yield from iter_jsonl_lines(
            _decoded_lines(fh, path), origin=str(path), pub_date=pub_date, outlet=outlet, on_error=on_error
        )


def _decoded_lines(fh: Iterable[bytes], path: Path) -> Iterator[str]:
    for n, raw in enumerate(fh, start=1):
        if n == 1 and raw.startswith(b"\xef\xbb\xbf"):
            raw = raw[3:]
        try:
            yield raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise InputError(
                f"[P013] {path}: line {n}: not UTF-8 text (byte {exc.start} of the line: "
                f"{raw[exc.start : exc.start + 1]!r})"
            ) from exc


def read_json(
    path: Path,
    *,
    pub_date: date | None = None,
    outlet: str | None = None,
    on_error: ErrorHandler | None = None,
) -> Iterator[RawDoc]:
    """Read a ``.json`` file holding a list of records (or one record object).

    Bad records are reported as ``"[P012] <file>: record <i>: <problem>; skipped"`` (``i`` from 1).

    Raises:
        InputError: [P011] missing file, [P013] not UTF-8, [P012] not valid JSON or not a list/object.
    """
    text = read_text_file(path)
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(f"[P012] {path}: line {exc.lineno}: not valid JSON ({exc.msg})") from exc
    if isinstance(data, dict):
        data = [data]
    if not isinstance(data, list):
        raise InputError(f"[P012] {path}: expected a list of records, got {type(data).__name__}")
    for i, rec in enumerate(data, start=1):
        try:
            yield record_to_rawdoc(rec, origin=f"{path}#{i}", pub_date=pub_date, outlet=outlet)
        except ValueError as exc:
            report(on_error, f"[P012] {path}: record {i}: {exc}; skipped")


__all__ = ["iter_jsonl_lines", "parse_pub_date", "read_json", "read_jsonl", "record_to_rawdoc"]
