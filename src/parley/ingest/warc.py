"""WARC input via warcio: every HTML response in a (gzipped) web archive becomes a document.

Each ``response`` record with HTTP status 200 and an HTML content type is passed to trafilatura
(:func:`parley.ingest.html.extract_page`). The page's own date wins; the record's ``WARC-Date``
is the fallback publication date. See ``docs/ingest.md#warc``.
"""

from __future__ import annotations

import gzip
import logging
from collections.abc import Iterator
from datetime import date
from pathlib import Path

from parley.errors import InputError
from parley.ingest.html import extract_page, page_to_rawdoc
from parley.ingest.jsonl import parse_pub_date
from parley.ingest.text import ErrorHandler, open_binary, report
from parley.records import RawDoc, text_id

log = logging.getLogger("parley.ingest")


def looks_like_warc(head: bytes) -> bool:
    """Whether the first bytes are an uncompressed WARC header (gzip is sniffed by the caller)."""
    return head.startswith(b"WARC/")


def read_warc(
    path: Path,
    *,
    pub_date: date | None = None,
    outlet: str | None = None,
    on_error: ErrorHandler | None = None,
) -> Iterator[RawDoc]:
    """Read the HTML pages archived in a ``.warc`` or ``.warc.gz`` file.

    Args:
        path: the archive.
        pub_date: used when neither the page nor the record has a date.
        outlet: used when the page names no site.
        on_error: called for each HTML response without extractable text (it is skipped).

    Yields:
        One RawDoc per HTML response, in archive order: ``doc_id`` = first 16 hex of the SHA-1 of the
        target URI, ``url`` = the page's canonical URL or the target URI, ``origin`` =
        ``"<path>@<byte offset of the record>"``.

    Raises:
        InputError: [P011] missing or unreadable file, [P014] not a WARC archive.
    """
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    n_html = 0
    try:
        with open_binary(path) as fh:
            head = fh.read(16)
            if head.startswith(b"\x1f\x8b"):
                fh.seek(0)
                with gzip.GzipFile(fileobj=fh) as gz:
                    head = gz.read(16)
            if not looks_like_warc(head):
                raise InputError(f"[P014] {path}: not a readable WARC archive (no WARC/1.x header)")
            fh.seek(0)
            it = ArchiveIterator(fh)
            for record in it:
                if record.rec_type != "response" or record.http_headers is None:
                    continue
                ctype = (record.http_headers.get_header("Content-Type") or "").lower()
                status = record.http_headers.get_statuscode()
                if "html" not in ctype or status != "200":
                    continue
                uri = record.rec_headers.get_header("WARC-Target-URI")
                content = record.content_stream().read()
                offset = it.get_record_offset()
                n_html += 1
                page = extract_page(content, url=uri)
                if page is None:
                    report(on_error, f"[P015] {path}@{offset}: {uri}: no main text found, skipped")
                    continue
                try:
                    warc_day = parse_pub_date(record.rec_headers.get_header("WARC-Date"))
                except ValueError:
                    warc_day = None
                yield page_to_rawdoc(
                    page,
                    doc_id=text_id(uri) if uri else None,
                    origin=f"{path}@{offset}",
                    pub_date=warc_day or pub_date,
                    outlet=outlet,
                )
    except (ArchiveLoadFailed, OSError, EOFError, AttributeError, ValueError, KeyError) as exc:
        # warcio raises plain AttributeError/ValueError on malformed records (missing headers, bad lengths)
        raise InputError(f"[P014] {path}: not a readable WARC archive ({exc.__class__.__name__}: {exc})") from exc
    if n_html == 0:
        log.info("%s: no HTML responses in the archive", path)


__all__ = ["looks_like_warc", "read_warc"]
