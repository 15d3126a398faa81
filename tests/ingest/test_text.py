from __future__ import annotations

import io
import sys
from datetime import date
from pathlib import Path

import pytest

from parley.errors import InputError
from parley.ingest import format_of, read_any, sniff_format
from parley.records import text_id

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "ingest"


def test_text_file_is_one_document():
    docs = list(read_any([str(FIXTURES / "article.txt")], pub_date=date(2026, 2, 6), outlet="Example News"))
    assert len(docs) == 1
    d = docs[0]
    assert (d.doc_id, d.pub_date, d.outlet, d.origin) == (
        "article",
        date(2026, 2, 6),
        "Example News",
        str(FIXTURES / "article.txt"),
    )
    assert d.text.startswith(
        "By Maria Costa\n\nMAPUTO, Mozambique (Example Agency) —"
    )  # cleaning is separate


def test_text_missing_file_names_it(tmp_path):
    with pytest.raises(InputError, match=r"\[P011\] .*nope.txt: no such file"):
        list(read_any([str(tmp_path / "nope.txt")]))


def test_text_bad_encoding_names_file(tmp_path):
    path = tmp_path / "latin.txt"
    path.write_bytes("Bogotá hosted the summit.".encode("latin-1"))
    with pytest.raises(InputError, match=r"\[P013\] .*latin.txt: not UTF-8"):
        list(read_any([path]))


def test_text_empty_file_is_reported(tmp_path):
    path = tmp_path / "empty.txt"
    path.write_text("  \n\n")
    errors: list[str] = []
    assert list(read_any([path], on_error=errors.append)) == []
    assert errors == [f"[P015] {path}: empty file, skipped"]


def test_text_stdin_jsonl(monkeypatch):
    lines = (
        '{"id": "s1", "text": "Oman mediated.", "date": "2026-02-01"}\n\n'
        '{"id": "s2", "text": "Qatar hosted."}\n'
    )
    monkeypatch.setattr(sys, "stdin", io.StringIO(lines))
    docs = list(read_any(["-"]))
    assert [(d.doc_id, d.pub_date, d.origin) for d in docs] == [
        ("s1", date(2026, 2, 1), "<stdin>:1"),
        ("s2", None, "<stdin>:3"),
    ]


def test_text_stdin_plain_text(monkeypatch):
    text = "{not json}\nJordan and Egypt held talks on Sunday.\n"
    monkeypatch.setattr(sys, "stdin", io.StringIO(text))
    docs = list(read_any(["-"], pub_date=date(2026, 2, 8)))
    assert len(docs) == 1
    assert docs[0].text == text.strip()
    assert docs[0].doc_id == text_id(text.strip())
    assert docs[0].pub_date == date(2026, 2, 8)


def test_text_directory_recurses_in_order(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "two.txt").write_text("Second file.")
    (tmp_path / "one.txt").write_text("First file.")
    (tmp_path / ".hidden.txt").write_text("Hidden.")
    (tmp_path / "notes.csv").write_text("a,b\n")
    docs = list(read_any([tmp_path]))
    assert [d.doc_id for d in docs] == ["two", "one"]  # sorted paths: b/two.txt < one.txt


@pytest.mark.parametrize(
    "head,fmt",
    [
        (b"WARC/1.1\r\nWARC-Type: warcinfo", "warc"),
        (b'<?xml version="1.0"?>\n<rss version="2.0">', "feed"),
        (b'<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom">', "feed"),
        (b"<!DOCTYPE html><html><body>", "html"),
        (b'[{"id": 1}]', "json"),
        (b'{"id": 1, "text": "x"}\n', "jsonl"),
        (b"Plain words here.", "txt"),
        (b"\x00\xff\xfe\x00binary", None),
    ],
)
def test_text_sniff_format(head, fmt):
    assert sniff_format(head) == fmt


def test_text_sniffs_unknown_suffix(tmp_path):
    path = tmp_path / "story.dat"
    path.write_text("<!doctype html><html><head><title>T</title></head><body><p>x</p></body></html>")
    assert format_of(path) == "html"
    assert format_of(tmp_path / "archive.warc.gz", sniff=False) == "warc"


def test_text_unsupported_binary_file(tmp_path):
    path = tmp_path / "blob.bin"
    path.write_bytes(b"\x00\xff\xfe\x00" * 10)
    with pytest.raises(InputError, match=r"\[P014\] .*blob.bin: unsupported input format"):
        list(read_any([path]))
