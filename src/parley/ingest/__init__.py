"""Reading articles: files, directories and stdin to RawDocs; boilerplate cleaning; deduplication.

``read_any`` picks a reader by suffix, and by sniffing the first bytes when the suffix says nothing:

======================  =========================================================
``.txt``                one document; ``doc_id`` = file stem, date from ``pub_date``
``.jsonl`` ``.ndjson``  one record per line: ``{id, text, date, title?, url?, source?}``
``.json``               a list of such records
``.html`` ``.htm``      main text and metadata via trafilatura
``.xml`` ``.rss``       RSS/Atom via feedparser, one document per entry
``.atom``
``.warc`` ``.warc.gz``  each HTML response via warcio + trafilatura
``-``                   stdin: JSON Lines if every non-empty line is a JSON object, else one text
directory               every supported file below it, in sorted path order
======================  =========================================================

See ``docs/ingest.md``.
"""

from __future__ import annotations

import gzip
import io
import json
import logging
import sys
from collections.abc import Callable, Iterator, Sequence
from datetime import date
from pathlib import Path

from parley.errors import InputError
from parley.ingest.clean import CleanResult, clean_text
from parley.ingest.dedup import dedup
from parley.ingest.feeds import looks_like_feed, read_feed
from parley.ingest.html import read_html
from parley.ingest.jsonl import iter_jsonl_lines, parse_pub_date, read_json, read_jsonl
from parley.ingest.text import ErrorHandler, open_binary, read_txt, report, text_doc
from parley.ingest.warc import looks_like_warc, read_warc
from parley.records import RawDoc

log = logging.getLogger("parley.ingest")

Reader = Callable[..., Iterator[RawDoc]]
"""``reader(path, *, pub_date, outlet, on_error) -> Iterator[RawDoc]``."""

READERS: dict[str, Reader] = {
    "txt": read_txt,
    "jsonl": read_jsonl,
    "json": read_json,
    "html": read_html,
    "feed": read_feed,
    "warc": read_warc,
}
"""Reader for each input format name."""

SUFFIXES: dict[str, str] = {
    ".txt": "txt",
    ".text": "txt",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".json": "json",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".xml": "feed",
    ".rss": "feed",
    ".atom": "feed",
    ".warc": "warc",
    ".warc.gz": "warc",
}
"""Format of each file suffix (lower case; ``.warc.gz`` is matched as a double suffix)."""


def format_of(path: Path, *, sniff: bool = True) -> str | None:
    """The input format of ``path``: from its suffix, else (when ``sniff``) from its first bytes.

    Returns:
        A key of :data:`READERS`, or None when the format cannot be told.

    Raises:
        InputError: [P011] the file is missing or unreadable (only when sniffing is needed).
    """
    name = path.name.lower()
    if name.endswith(".warc.gz"):
        return "warc"
    fmt = SUFFIXES.get(path.suffix.lower())
    if fmt is not None or not sniff:
        return fmt
    with open_binary(path) as fh:
        head = fh.read(4096)
    return sniff_format(head)


def sniff_format(head: bytes) -> str | None:
    """Guess a format from the first bytes of a file (gzip is looked into for a WARC header)."""
    if head.startswith(b"\x1f\x8b"):
        try:
            with gzip.GzipFile(fileobj=io.BytesIO(head)) as gz:
                inner = gz.read(16)
        except (OSError, EOFError):
            inner = b""
        return "warc" if looks_like_warc(inner) else None
    if looks_like_warc(head):
        return "warc"
    s = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    low = s[:1024].lower()
    if looks_like_feed(s):
        return "feed"
    if low.startswith(b"<!doctype html") or low.startswith(b"<html") or b"<html" in low[:512]:
        return "html"
    if s.startswith(b"["):
        return "json"
    if s.startswith(b"{"):
        return "jsonl"
    try:
        head.decode("utf-8")
    except UnicodeDecodeError as exc:
        if exc.start < len(head) - 4:  # not just a multi-byte character cut at the end of the sample
            return None
    return "txt"


def _iter_dir(root: Path) -> Iterator[Path]:
    for path in sorted(root.rglob("*")):
        rel = path.relative_to(root).parts
        if any(part.startswith(".") for part in rel) or not path.is_file():
            continue
        if format_of(path, sniff=False) is None:
            log.debug("skipping %s: unsupported suffix", path)
            continue
        yield path


def read_stdin(
    *,
    pub_date: date | None = None,
    outlet: str | None = None,
    on_error: ErrorHandler | None = None,
) -> Iterator[RawDoc]:
    """Read stdin: JSON Lines when every non-empty line is a JSON object, else one text document.

    The text document gets ``doc_id`` = :func:`parley.records.text_id` of its text, origin ``"<stdin>"``.
    """
    data = sys.stdin.read()
    lines = data.splitlines()
    nonempty = [ln for ln in lines if ln.strip()]
    if nonempty and all(_is_json_object(ln) for ln in nonempty):
        yield from iter_jsonl_lines(
            lines, origin="<stdin>", pub_date=pub_date, outlet=outlet, on_error=on_error
        )
        return
    doc = text_doc(data, doc_id=None, origin="<stdin>", pub_date=pub_date, outlet=outlet)
    if doc is None:
        report(on_error, "[P015] <stdin>: no text, nothing read")
        return
    yield doc


def _is_json_object(line: str) -> bool:
    s = line.strip()
    if not s.startswith("{"):
        return False
    try:
        return isinstance(json.loads(s), dict)
    except json.JSONDecodeError:
        return False


def read_any(
    paths: Sequence[str | Path] | str | Path,
    *,
    pub_date: date | None = None,
    outlet: str | None = None,
    on_error: ErrorHandler | None = None,
) -> Iterator[RawDoc]:
    """Read articles from files, directories and stdin, in the order given.

    Args:
        paths: file paths, directories (read recursively, hidden entries skipped) or ``"-"`` for stdin.
        pub_date: publication date for documents whose input states none (for ``.txt`` it is the only one).
        outlet: outlet for documents whose input names none.
        on_error: called with a message for every record or entry that is skipped (bad JSON line, record
            without text, page without main text). Each is also logged as a warning. Pass a function that
            raises to stop at the first bad record instead.

    Yields:
        RawDocs, streamed (a JSONL file is never loaded whole).

    Raises:
        InputError: [P011] a path does not exist or cannot be read, [P013] a file is not UTF-8,
            [P014] a file's format is unsupported or not what its suffix says, [P012] a ``.json`` file
            is not valid JSON. The message names the file.

    Example:
        >>> docs = list(read_any(["news.jsonl"], on_error=errors.append))  # doctest: +SKIP
    """
    if isinstance(paths, (str, Path)):
        paths = [paths]
    for p in paths:
        if str(p) == "-":
            yield from read_stdin(pub_date=pub_date, outlet=outlet, on_error=on_error)
            continue
        path = Path(p)
        if path.is_dir():
            files = list(_iter_dir(path))
            if not files:
                log.warning("%s: no supported files in directory", path)
        elif not path.exists():
            raise InputError(f"[P011] {path}: no such file or directory")
        else:
            files = [path]
        for file in files:
            fmt = format_of(file)
            if fmt is None:
                raise InputError(
                    f"[P014] {file}: unsupported input format (supported: {', '.join(sorted(SUFFIXES))}, "
                    "or text/JSON Lines/HTML/feed/WARC content)"
                )
            yield from READERS[fmt](file, pub_date=pub_date, outlet=outlet, on_error=on_error)


__all__ = [
    "READERS",
    "SUFFIXES",
    "CleanResult",
    "ErrorHandler",
    "clean_text",
    "dedup",
    "format_of",
    "parse_pub_date",
    "read_any",
    "read_stdin",
    "sniff_format",
]
