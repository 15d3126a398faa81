from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from parley.errors import InputError
from parley.ingest import read_any
from parley.ingest.jsonl import parse_pub_date, read_json

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "ingest"
CORPUS = Path(__file__).resolve().parents[2] / ".." / "shared" / "corpus" / "news.jsonl"


def test_jsonl_reads_good_lines_and_reports_bad_ones():
    errors: list[str] = []
    docs = list(read_any([str(FIXTURES / "records.jsonl")], on_error=errors.append))
    assert [d.doc_id for d in docs] == ["a1", "a2", "6"]
    a1 = docs[0]
    assert a1.text == "Norway hosted talks between the two delegations on Monday."
    assert (a1.pub_date, a1.title, a1.url, a1.outlet) == (
        date(2026, 2, 3),
        "Talks in Oslo",
        "https://example.org/a1",
        "Example News",
    )
    assert a1.origin == f"{FIXTURES / 'records.jsonl'}:1"
    assert docs[1].pub_date == date(2026, 2, 4)  # ISO datetime with Z: the day as written
    assert len(errors) == 3
    assert errors[0].startswith(f"[P012] {FIXTURES / 'records.jsonl'}: line 3: not valid JSON")
    assert "line 5: bad date '2026-02-31'" in errors[1]
    assert "line 6: missing or empty 'text'" in errors[2]


def test_jsonl_fallback_outlet_and_date():
    docs = list(read_any([FIXTURES / "records.jsonl"], pub_date=date(2020, 1, 1), outlet="Wire"))
    assert [(d.outlet, d.pub_date) for d in docs] == [
        ("Example News", date(2026, 2, 3)),
        ("Wire", date(2026, 2, 4)),
        ("Wire", date(2026, 2, 5)),
    ]


def test_jsonl_on_error_can_stop_the_run():
    def strict(msg: str) -> None:
        raise InputError(msg)

    with pytest.raises(InputError, match="line 3"):
        list(read_any([FIXTURES / "records.jsonl"], on_error=strict))


def test_jsonl_bad_encoding_names_file_and_line(tmp_path):
    path = tmp_path / "latin.jsonl"
    path.write_bytes(b'{"id": "x", "text": "ok"}\n{"id": "y", "text": "S\xe3o Paulo"}\n')
    with pytest.raises(InputError, match=r"\[P013\] .*latin.jsonl: line 2: not UTF-8"):
        list(read_any([path]))


def test_jsonl_json_list_file(tmp_path):
    path = tmp_path / "recs.json"
    path.write_text(
        json.dumps([{"id": "k1", "text": "Peru and Bolivia met.", "date": "2026-01-30"}, {"id": "k2"}])
    )
    errors: list[str] = []
    docs = list(read_json(path, on_error=errors.append))
    assert [(d.doc_id, d.pub_date) for d in docs] == [("k1", date(2026, 1, 30))]
    assert errors == [f"[P012] {path}: record 2: missing or empty 'text'; skipped"]


@pytest.mark.parametrize(
    "value,expected",
    [
        ("2026-02-04", date(2026, 2, 4)),
        ("2026-02-04T23:59:00-05:00", date(2026, 2, 4)),
        ("2026-02-04T09:30:00Z", date(2026, 2, 4)),
        ("2026-02-04 09:30", date(2026, 2, 4)),
        ("", None),
        (None, None),
    ],
)
def test_jsonl_parse_pub_date(value, expected):
    assert parse_pub_date(value) == expected


@pytest.mark.parametrize("value", ["04/02/2026", "2026-13-01", "yesterday", 20260204])
def test_jsonl_parse_pub_date_rejects(value):
    with pytest.raises(ValueError):
        parse_pub_date(value)


@pytest.mark.slow
def test_jsonl_real_corpus_reads_fully():
    if not CORPUS.is_file():
        pytest.skip(f"../shared not found: corpus {CORPUS} is absent")
    errors: list[str] = []
    docs = list(read_any([str(CORPUS)], on_error=errors.append))
    assert errors == []
    assert len(docs) == 4204
    assert all(d.pub_date is not None for d in docs)
    assert min(d.pub_date for d in docs) == date(2004, 11, 13)
    assert max(d.pub_date for d in docs) == date(2021, 3, 5)
    assert len({d.doc_id for d in docs}) == 4204
    assert {d.outlet for d in docs} == {"Wikinews"}
