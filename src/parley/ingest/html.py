"""HTML input: the main text, title, date, URL and site name of a web page, via trafilatura.

trafilatura (Barbaresi 2021, https://trafilatura.readthedocs.io) drops navigation, footers and
comments. Its text has one paragraph per line; Parley separates paragraphs with a blank line and
drops a first line that repeats the title. See ``docs/ingest.md#html``.
"""

from __future__ import annotations

import html as htmllib
import logging
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from parley.ingest.jsonl import parse_pub_date
from parley.ingest.text import ErrorHandler, read_bytes, report
from parley.records import RawDoc, text_id

log = logging.getLogger("parley.ingest")


@dataclass(slots=True, frozen=True)
class Page:
    """What was extracted from one HTML page; ``pub_date`` is None when the page states no date."""

    text: str
    title: str | None = None
    pub_date: date | None = None
    url: str | None = None
    sitename: str | None = None


def extract_page(content: str | bytes, *, url: str | None = None) -> Page | None:
    """Extract the main text and metadata of one HTML page.

    Args:
        content: the page as text or bytes (trafilatura detects the encoding of bytes).
        url: the page's URL when known (helps trafilatura and is kept when the page names none).

    Returns:
        A Page, or None when no main text could be found (empty page, only boilerplate).
    """
    import trafilatura  # imported here: loading it takes ~0.3 s, only HTML/WARC input needs it

    try:
        doc = trafilatura.bare_extraction(
            content, url=url, with_metadata=True, include_comments=False, include_tables=False
        )
    except (ValueError, TypeError) as exc:  # trafilatura raises these on unparsable input
        log.debug("trafilatura failed on %s: %s", url, exc)
        return None
    if doc is None or not (doc.text or "").strip():
        return None
    title = (doc.title or "").strip() or None
    lines = [ln.strip() for ln in doc.text.split("\n") if ln.strip()]
    if title and lines and lines[0] == title:
        lines = lines[1:]
    if not lines:
        return None
    try:
        day = parse_pub_date(doc.date)
    except ValueError:
        day = None
    return Page(
        text="\n\n".join(lines),
        title=title,
        pub_date=day,
        url=doc.url or url,
        sitename=(doc.sitename or doc.hostname or "").strip() or None,
    )


def page_to_rawdoc(
    page: Page,
    *,
    doc_id: str | None,
    origin: str,
    pub_date: date | None = None,
    outlet: str | None = None,
) -> RawDoc:
    """A RawDoc from a Page; ``pub_date``/``outlet`` fill in what the page does not state."""
    return RawDoc(
        doc_id=doc_id or text_id(page.url or page.text),
        text=page.text,
        pub_date=page.pub_date or pub_date,
        title=page.title,
        url=page.url,
        outlet=page.sitename or outlet,
        origin=origin,
    )


def read_html(
    path: Path,
    *,
    pub_date: date | None = None,
    outlet: str | None = None,
    on_error: ErrorHandler | None = None,
) -> Iterator[RawDoc]:
    """Read one ``.html``/``.htm`` file as one document.

    Args:
        path: the page.
        pub_date: used when the page states no date.
        outlet: used when the page names no site.
        on_error: called with a message when no main text is found (the file is then skipped).

    Yields:
        One RawDoc with ``doc_id`` = the file stem.

    Raises:
        InputError: [P011] missing or unreadable file.
    """
    page = extract_page(read_bytes(path))
    if page is None:
        report(on_error, f"[P015] {path}: no main text found in the HTML page, skipped")
        return
    yield page_to_rawdoc(page, doc_id=path.stem, origin=str(path), pub_date=pub_date, outlet=outlet)


_BREAK_RE = re.compile(r"(?i)<br\s*/?>")
_BLOCK_END_RE = re.compile(r"(?i)</(?:p|div|li|h[1-6]|blockquote|tr|section|article|ul|ol|table)\s*>")
_TAG_RE = re.compile(r"<[^>]*>")
_DROP_RE = re.compile(r"(?is)<(script|style)\b.*?</\1\s*>")


def html_to_text(fragment: str) -> str:
    """Plain text of a small HTML fragment (an RSS summary): blocks become paragraphs, tags go.

    Returns:
        Paragraphs separated by one blank line, inner whitespace collapsed, entities decoded.
    """
    s = _DROP_RE.sub("", fragment)
    s = _BREAK_RE.sub("\n", s)
    s = _BLOCK_END_RE.sub("\n\n", s)
    s = htmllib.unescape(_TAG_RE.sub("", s))
    paragraphs = []
    for block in re.split(r"\n\s*\n", s):
        para = " ".join(block.split())
        if para:
            paragraphs.append(para)
    return "\n\n".join(paragraphs)


__all__ = ["Page", "extract_page", "html_to_text", "page_to_rawdoc", "read_html"]
