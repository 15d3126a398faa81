from __future__ import annotations

import subprocess
import sys
import textwrap
from datetime import date

import duckdb
import pytest

from parley.errors import StoreError
from parley.records import Actor, Document, Event, Location, Quote, Sentence
from parley.store import SCHEMA_VERSION, Store, WriteStats


def _event(doc_id: str, idx: int, src: str, tgt: str, day: str | None, event_type: str = "CONSULT") -> Event:
    ev = Event(
        doc_id=doc_id,
        sentence_index=idx,
        sentence=f"Sentence {idx} of {doc_id}.",
        sentence_start=idx * 20,
        sentence_end=idx * 20 + 18,
        event_type=event_type,
        mode="visit",
        context=["diplomatic", "economic"],
        cameo="042",
        quad_class=1,
        goldstein=1.9,
        source=[
            Actor(
                text=f"{src} leader",
                name=f"Leader of {src}",
                country=src,
                sector="GOV",
                role="Head of State",
                wikidata="Q1",
            )
        ],
        target=[
            Actor(text=f"{tgt} minister", country=tgt, sector="GOV"),
            Actor(text="the envoy", country=tgt),
        ],
        date=day,
        date_text="on Tuesday",
        location=Location(name="Geneva", country="CHE", lat=46.20222, lon=6.14569, geonameid=2660646),
        modality="asserted",
        trigger="visited",
        rule="svo:visit",
        confidence=0.875,
        trigger_index=idx,
    )
    ev.event_id = ev.make_id()
    return ev


def _doc(doc_id: str, events: list[Event], pub: date | None = date(2026, 2, 5)) -> Document:
    return Document(
        doc_id=doc_id,
        text=f"Text of {doc_id}.",
        pub_date=pub,
        title=f"Title {doc_id}",
        url=f"https://example.org/{doc_id}",
        outlet="Example News",
        origin="test",
        sentences=[Sentence(index=0, text="a", start=0, end=1), Sentence(index=1, text="b", start=2, end=3)],
        events=events,
        quotes=[
            Quote(
                text="We will talk again.",
                speaker=Actor(text="the minister", name="Ana Lima", country="BRA", sector="GOV"),
                doc_id=doc_id,
                sentence_index=1,
                start=10,
                end=29,
                verb="said",
                rule="quote:said",
            )
        ],
    )


@pytest.fixture
def store():
    s = Store(":memory:")
    yield s
    s.close()


@pytest.fixture
def seeded(store):
    store.write_batch(
        [
            _doc(
                "d1", [_event("d1", 0, "CHN", "RUS", "2026-02-03"), _event("d1", 1, "RUS", "CHN", "2026-02")]
            ),
            _doc("d2", [_event("d2", 0, "USA", "MEX", None, "ACCUSE")], pub=date(2026, 1, 10)),
            _doc("d3", [_event("d3", 0, "FRA", "DEU", "2025-12-24")]),
        ]
    )
    return store


def test_duckdb_store_event_round_trip(store):
    ev = _event("d1", 0, "CHN", "RUS", "2026-02-03")
    store.write_batch([_doc("d1", [ev])])
    (back,) = store.events()
    assert back.to_dict() == ev.to_dict()


def test_duckdb_store_document_row(store):
    doc = _doc("d1", [])
    doc.dateline = "KYIV, Ukraine"
    store.write_batch([doc])
    row = store.sql("SELECT title, pub_date, dateline, text_sha1, n_sentences, parley_version FROM documents")
    assert row[0][:5] == (
        "Title d1",
        date(2026, 2, 5),
        "KYIV, Ukraine",
        "91d38eb7d036720242b837a241033b2793c40ab8",
        2,
    )
    assert store.has_document("d1", row[0][3])


def test_duckdb_store_counts_and_stats(store):
    stats = store.write_batch([_doc("d1", [_event("d1", 0, "CHN", "RUS", "2026-02-03")]), _doc("d2", [])])
    assert stats == WriteStats(documents=2, events=1, quotes=2)
    assert store.counts() == {"documents": 2, "sentences": 4, "events": 1, "actors": 3, "quotes": 2}


def test_duckdb_store_reingest_is_idempotent(seeded):
    before = seeded.counts()
    seeded.write_batch(
        [
            _doc(
                "d1", [_event("d1", 0, "CHN", "RUS", "2026-02-03"), _event("d1", 1, "RUS", "CHN", "2026-02")]
            ),
            _doc("d2", [_event("d2", 0, "USA", "MEX", None, "ACCUSE")], pub=date(2026, 1, 10)),
        ]
    )
    assert (
        seeded.counts() == before == {"documents": 3, "sentences": 6, "events": 4, "actors": 12, "quotes": 3}
    )


def test_duckdb_store_recoding_replaces_rows(seeded):
    seeded.write_batch([_doc("d1", [_event("d1", 5, "CHN", "IND", "2026-02-04")])])
    assert [(e.source[0].country, e.target[0].country) for e in seeded.events(doc_id="d1")] == [
        ("CHN", "IND")
    ]
    assert seeded.counts()["events"] == 3


@pytest.mark.parametrize("dyad", [("CHN", "RUS"), ("RUS", "CHN")])
def test_duckdb_store_dyad_is_undirected(seeded, dyad):
    got = [(e.source[0].country, e.target[0].country, e.date) for e in seeded.events(dyad=dyad)]
    assert got == [
        ("CHN", "RUS", "2026-02-03"),
        ("RUS", "CHN", "2026-02"),
    ]  # newest first (a month = its 1st)


def test_duckdb_store_since_until_filters(seeded):
    assert [e.doc_id for e in seeded.events(since=date(2026, 1, 1))] == ["d1", "d1", "d2"]
    assert [e.date for e in seeded.events(since=date(2026, 2, 2))] == ["2026-02-03"]
    assert [e.doc_id for e in seeded.events(until=date(2025, 12, 31))] == ["d3"]
    assert [e.doc_id for e in seeded.events(since=date(2026, 1, 10), until=date(2026, 1, 10))] == [
        "d2"
    ]  # pub date


def test_duckdb_store_other_filters(seeded):
    assert [e.doc_id for e in seeded.events(event_type="ACCUSE")] == ["d2"]
    assert [e.doc_id for e in seeded.events(actor="mex")] == []  # countries are exact codes
    assert [e.doc_id for e in seeded.events(actor="MEX")] == ["d2"]
    assert [e.doc_id for e in seeded.events(actor="leader of fra")] == ["d3"]
    assert len(seeded.events(limit=2)) == 2
    assert seeded.has_document("d1") and not seeded.has_document("zz")
    sha = "a" * 40
    assert not seeded.has_document("d1", sha)


def test_duckdb_store_quotes(seeded):
    rows = seeded.quotes(actor="ana lima", doc_id="d2")
    assert len(rows) == 1
    q = rows[0]
    assert {
        k: q[k] for k in ("doc_id", "text", "speaker_name", "speaker_country", "start", "end", "verb")
    } == {
        "doc_id": "d2",
        "text": "We will talk again.",
        "speaker_name": "Ana Lima",
        "speaker_country": "BRA",
        "start": 10,
        "end": 29,
        "verb": "said",
    }
    assert len(seeded.quotes(actor="BRA")) == 3


def test_duckdb_store_failing_batch_rolls_back(seeded):
    before = seeded.counts()
    bad = _event("d9", 0, "CHN", "RUS", "2026-02-03")
    bad.quad_class = "not a number"  # type: ignore[assignment]
    with pytest.raises(StoreError, match=r"\[P045\].*rolled back"):
        seeded.write_batch([_doc("d1", []), _doc("d9", [bad])])
    assert seeded.counts() == before
    assert len(seeded.events(doc_id="d1")) == 2


def test_duckdb_store_schema_version_mismatch(tmp_path):
    path = tmp_path / "old.duckdb"
    Store(path).close()
    con = duckdb.connect(str(path))
    con.execute("UPDATE meta SET value = '0' WHERE key = 'schema_version'")
    con.close()
    with pytest.raises(StoreError, match=rf"\[P043\].*old.duckdb.*'0'.*'{SCHEMA_VERSION}'"):
        Store(path)


def test_duckdb_store_not_a_duckdb_file(tmp_path):
    path = tmp_path / "notes.duckdb"
    path.write_text("these are notes, not a database\n" * 200)
    with pytest.raises(StoreError, match=r"\[P041\] .*notes.duckdb.* is not a DuckDB database file"):
        Store(path)


def test_duckdb_store_foreign_duckdb_file(tmp_path):
    path = tmp_path / "other.duckdb"
    con = duckdb.connect(str(path))
    con.execute("CREATE TABLE t (x INT)")
    con.close()
    with pytest.raises(StoreError, match=r"\[P043\] .*not a Parley store"):
        Store(path)


def test_duckdb_store_read_only(tmp_path):
    with pytest.raises(StoreError, match=r"\[P044\]"):
        Store(tmp_path / "missing.duckdb", read_only=True)
    path = tmp_path / "s.duckdb"
    with Store(path) as s:
        s.write_batch([_doc("d1", [_event("d1", 0, "CHN", "RUS", "2026-02-03")])])
    with Store(path, read_only=True) as ro:
        assert ro.counts()["events"] == 1
        with pytest.raises(StoreError, match=r"\[P046\]"):
            ro.write_batch([_doc("d2", [])])


def test_duckdb_store_locked_file(tmp_path):
    path = tmp_path / "locked.duckdb"
    Store(path).close()
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            textwrap.dedent(f"""
            import duckdb, sys
            con = duckdb.connect({str(path)!r})
            print("ready", flush=True)
            sys.stdin.read()
        """),
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "ready"
        with pytest.raises(StoreError, match=r"\[P042\] .*locked.duckdb.* is locked"):
            Store(path)
    finally:
        holder.communicate(input="", timeout=30)


def test_duckdb_store_export_parquet(seeded, tmp_path):
    paths = seeded.export_parquet(tmp_path / "out")
    assert [p.name for p in paths] == [
        "documents.parquet",
        "events.parquet",
        "event_actors.parquet",
        "actors.parquet",
        "quotes.parquet",
    ]
    con = duckdb.connect()
    n = {p.stem: con.execute("SELECT count(*) FROM read_parquet(?)", [str(p)]).fetchone()[0] for p in paths}
    assert n == {"documents": 3, "events": 4, "event_actors": 12, "actors": 12, "quotes": 3}
    ctx = con.execute("SELECT context FROM read_parquet(?) LIMIT 1", [str(paths[1])]).fetchone()[0]
    assert ctx == ["diplomatic", "economic"]
