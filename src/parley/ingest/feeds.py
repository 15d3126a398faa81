"""RSS and Atom input via feedparser: one document per feed entry.

The text of an entry is its title, a blank line, then its content (or, when the feed carries no
content, its summary) as plain text. The date is the entry's published (else updated) date, the
calendar day as the feed writes it (no shift to UTC). See ``docs/ingest.md#rss-and-atom``.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from datetime import date, datetime
from email.utils import parsedate_to_datetime
from pathlib import Path
from typing import Any

from parley.errors import InputError
from parley.ingest.html import html_to_text
from parley.ingest.jsonl import parse_pub_date
from parley.ingest.text import ErrorHandler, read_bytes, report
from parley.records import RawDoc, text_id

log = logging.getLogger("parley.ingest")


def looks_like_feed(head: bytes) -> bool:
    """Whether the first bytes of a file look like an RSS, RDF or Atom document."""
    s = head[:2048].lstrip().lower()
    return b"<rss" in s or b"<feed" in s or b"<rdf:rdf" in s


def entry_date(entry: Any) -> date | None:
    """The publication day of a feedparser entry: ``published``, else ``updated``, as written.

    RFC 822 dates (RSS, ``"Wed, 04 Feb 2026 23:10:00 -0500"``) and ISO 8601 dates (Atom) keep their own
    calendar day; feedparser's UTC-normalised ``*_parsed`` is only a last resort.
    """
    for key in ("published", "updated", "created"):
        raw = entry.get(key)
        if not raw:
            continue
        try:
            return parsedate_to_datetime(raw).date()
        except (TypeError, ValueError, IndexError):
            pass
        try:
            return parse_pub_date(raw.replace("Z", "+00:00") if raw.endswith("Z") else raw)
        except ValueError:
            pass
        parsed = entry.get(f"{key}_parsed")
        if parsed:
            return datetime(*parsed[:6]).date()
    return None


def _entry_body(entry: Any) -> str:
    contents = entry.get("content") or []
    values = [c.get("value", "") for c in contents if c.get("value")]
    if values:
        return "\n\n".join(html_to_text(v) for v in values)
    return html_to_text(entry.get("summary", "") or "")


def parse_feed(
    data: bytes,
    *,
    origin: str,
    pub_date: date | None = None,
    outlet: str | None = None,
    on_error: ErrorHandler | None = None,
) -> Iterator[RawDoc]:
    """RawDocs from the bytes of an RSS/Atom feed.

    Args:
        data: the feed document.
        origin: its file name, for messages and ``RawDoc.origin`` (``"<origin>#<entry index>"``).
        pub_date: used for entries without a date.
        outlet: used when the feed has no title.
        on_error: called for each entry without text (it is skipped).

    Yields:
        One RawDoc per entry: ``doc_id`` = first 16 hex of the SHA-1 of the entry id (else link, else text),
        ``title``, ``url`` = the entry link, ``outlet`` = the feed title.

    Raises:
        InputError: [P014] the data is not a feed feedparser can read.
    """
    import feedparser  # only feed input needs it

    parsed = feedparser.parse(data)
    if not parsed.get("version") and not parsed.entries:
        reason = parsed.get("bozo_exception")
        raise InputError(f"[P014] {origin}: not an RSS or Atom feed{f' ({reason})' if reason else ''}")
    feed_title = (parsed.feed.get("title") or "").strip() or None
    for i, entry in enumerate(parsed.entries, start=1):
        title = " ".join((entry.get("title") or "").split()) or None
        body = _entry_body(entry)
        if not body and not title:
            report(on_error, f"[P015] {origin}: entry {i}: no title or text, skipped")
            continue
        text = f"{title}\n\n{body}" if title and body else (body or title or "")
        key = entry.get("id") or entry.get("link") or text
        yield RawDoc(
            doc_id=text_id(key),
            text=text,
            pub_date=entry_date(entry) or pub_date,
            title=title,
            url=entry.get("link") or None,
            outlet=feed_title or outlet,
            origin=f"{origin}#{i}",
        )


def read_feed(
    path: Path,
    *,
    pub_date: date | None = None,
    outlet: str | None = None,
    on_error: ErrorHandler | None = None,
) -> Iterator[RawDoc]:
    """Read an RSS/Atom file (``.rss``, ``.atom``, ``.xml``); see :func:`parse_feed`.

    Raises:
        InputError: [P011] missing or unreadable file, [P014] not a feed.
    """
    yield from parse_feed(
        read_bytes(path), origin=str(path), pub_date=pub_date, outlet=outlet, on_error=on_error
    )


__all__ = ["entry_date", "looks_like_feed", "parse_feed", "read_feed"]
