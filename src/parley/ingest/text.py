"""Plain-text input: one ``.txt`` file is one document; also the shared file-reading helpers.

See ``docs/ingest.md#plain-text``.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import BinaryIO

from parley.errors import InputError
from parley.records import RawDoc, text_id

log = logging.getLogger("parley.ingest")

ErrorHandler = Callable[[str], None]
"""Called with a message (naming file and line) for each record that is skipped."""


def report(on_error: ErrorHandler | None, message: str) -> None:
    """Log a skipped record as a warning and pass the message to ``on_error`` when given."""
    log.warning("%s", message)
    if on_error is not None:
        on_error(message)


def read_bytes(path: Path) -> bytes:
    """The bytes of ``path``.

    Raises:
        InputError: [P011] the file does not exist, is a directory or cannot be read.
    """
    with open_binary(path) as fh:
        try:
            return fh.read()
        except OSError as exc:
            raise InputError(f"[P011] {path}: cannot read: {exc.strerror or exc}") from exc


def open_binary(path: Path) -> BinaryIO:
    """``path`` opened for binary reading.

    Raises:
        InputError: [P011] the file does not exist, is a directory or cannot be read.
    """
    try:
        return path.open("rb")
    except FileNotFoundError as exc:
        raise InputError(f"[P011] {path}: no such file") from exc
    except IsADirectoryError as exc:
        raise InputError(f"[P011] {path}: is a directory, not a file") from exc
    except OSError as exc:
        raise InputError(f"[P011] {path}: cannot read: {exc.strerror or exc}") from exc


def decode(data: bytes, origin: str) -> str:
    """UTF-8 text of ``data`` (a leading BOM is dropped; CRLF and CR become LF).

    Raises:
        InputError: [P013] the bytes are not UTF-8; names ``origin`` and the byte offset.
    """
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(
            f"[P013] {origin}: not UTF-8 text (byte {exc.start}: {data[exc.start : exc.start + 1]!r}); "
            "convert it, e.g. `iconv -f latin1 -t utf-8`"
        ) from exc
    return text.replace("\r\n", "\n").replace("\r", "\n")


def read_text_file(path: Path) -> str:
    """The UTF-8 text of ``path``. Raises InputError ([P011] missing/unreadable, [P013] encoding)."""
    return decode(read_bytes(path), str(path))


def text_doc(
    text: str, *, doc_id: str | None, origin: str, pub_date: date | None = None, outlet: str | None = None
) -> RawDoc | None:
    """A RawDoc for one plain-text document, or None when the text is empty (only whitespace)."""
    body = text.strip()
    if not body:
        return None
    return RawDoc(doc_id=doc_id or text_id(body), text=body, pub_date=pub_date, outlet=outlet, origin=origin)


def read_txt(
    path: Path,
    *,
    pub_date: date | None = None,
    outlet: str | None = None,
    on_error: ErrorHandler | None = None,
) -> Iterator[RawDoc]:
    """Read one ``.txt`` file as one document.

    Args:
        path: the file (UTF-8).
        pub_date: the publication date (a text file carries none of its own).
        outlet: the outlet to record.
        on_error: called with a message when the file is empty (it is then skipped).

    Yields:
        One RawDoc with ``doc_id`` = the file stem and ``origin`` = the path.

    Raises:
        InputError: [P011] missing or unreadable file, [P013] not UTF-8.
    """
    doc = text_doc(read_text_file(path), doc_id=path.stem, origin=str(path), pub_date=pub_date, outlet=outlet)
    if doc is None:
        report(on_error, f"[P015] {path}: empty file, skipped")
        return
    yield doc


__all__ = [
    "ErrorHandler",
    "decode",
    "open_binary",
    "read_bytes",
    "read_text_file",
    "read_txt",
    "report",
    "text_doc",
]
