from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from parley.errors import InputError
from parley.ingest import read_any
from parley.ingest.feeds import parse_feed
from parley.records import text_id

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "ingest"


def test_feeds_rss_entries():
    docs = list(read_any([str(FIXTURES / "feed.rss")]))
    assert [d.title for d in docs] == [
        "Ghana and Togo reopen border crossing",
        "Chile names new envoy to Peru",
    ]
    ghana, chile = docs
    assert ghana.doc_id == text_id("wire-2026-0142")  # the guid
    assert ghana.pub_date == date(2026, 2, 3)  # the feed's local day, not UTC (which is Feb 4)
    assert ghana.url == "https://wire.example.net/world/ghana-togo-border"
    assert ghana.outlet == "Example Wire: World"
    assert ghana.text == (
        "Ghana and Togo reopen border crossing\n\n"
        "Ghana and Togo reopened their main border crossing on Tuesday after a two-week closure.\n\n"
        "Traders welcomed the decision."
    )
    assert chile.doc_id == text_id("https://wire.example.net/world/chile-peru-envoy")  # no guid: the link
    assert chile.pub_date == date(2026, 2, 4)
    assert chile.text == (
        "Chile names new envoy to Peru\n\n"
        "Chile named a career diplomat as its new ambassador to Peru on Wednesday."
    )
    assert chile.origin == f"{FIXTURES / 'feed.rss'}#2"


def test_feeds_atom_prefers_content_and_published():
    (doc,) = list(read_any([FIXTURES / "feed.atom"]))
    assert doc.doc_id == text_id("urn:example:monitor:entry:7")
    assert doc.pub_date == date(2026, 2, 5)
    assert doc.url == "https://monitor.example.com/kenya-uganda-rail"
    assert doc.outlet == "Example Monitor"
    assert doc.text == (
        "Kenya and Uganda sign rail accord\n\n"
        "Kenya and Uganda signed an accord on Thursday to extend the railway to Kampala.\n\n"
        "Work is due to start next year."
    )


def test_feeds_sniffed_without_suffix(tmp_path):
    path = tmp_path / "world_feed"
    path.write_bytes((FIXTURES / "feed.rss").read_bytes())
    assert [d.title for d in read_any([path])][0] == "Ghana and Togo reopen border crossing"


def test_feeds_not_a_feed():
    with pytest.raises(InputError, match=r"\[P014\] x.xml: not an RSS or Atom feed"):
        list(parse_feed(b"just some words", origin="x.xml"))
