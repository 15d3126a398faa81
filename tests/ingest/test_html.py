from __future__ import annotations

from datetime import date
from pathlib import Path

from parley.ingest import read_any
from parley.ingest.html import extract_page, html_to_text

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "ingest"


def test_html_main_text_and_metadata():
    docs = list(read_any([str(FIXTURES / "page.html")], pub_date=date(2000, 1, 1)))
    assert len(docs) == 1
    d = docs[0]
    assert d.doc_id == "page"
    assert d.title == "Ministers agree on river commission"
    assert d.pub_date == date(2026, 2, 4)  # the page's own date wins over the fallback
    assert d.url == "https://news.example.org/world/2026/02/04/river-commission"
    assert d.outlet == "Example Times"
    assert d.text == (
        "The foreign ministers of Portugal and Spain met in Lisbon on Tuesday and agreed to create a joint "
        "commission on the rivers the two countries share.\n\n"
        "The commission will report within six months on how water should be released from dams upstream "
        "during dry summers, according to a statement issued after the meeting.\n\n"
        "Farmers on both sides of the border have complained for years that reservoirs fall to their lowest "
        "levels just when crops need water most."
    )
    for boilerplate in ("Home", "Sign in", "Most read", "Football", "newsletter", "All rights reserved"):
        assert boilerplate not in d.text


def test_html_page_without_text_is_reported(tmp_path):
    path = tmp_path / "empty.html"
    path.write_text("<html><head><title>Empty</title></head><body><script>var a = 1;</script></body></html>")
    errors: list[str] = []
    assert list(read_any([path], on_error=errors.append)) == []
    assert errors == [f"[P015] {path}: no main text found in the HTML page, skipped"]


def test_html_extract_page_none_for_garbage():
    assert extract_page(b"") is None


def test_html_to_text_fragment():
    frag = "<p>Ghana &amp; Togo<br/>agreed.</p><ul><li>One</li><li>Two</li></ul><script>x()</script>"
    assert html_to_text(frag) == "Ghana & Togo agreed.\n\nOne\n\nTwo"
