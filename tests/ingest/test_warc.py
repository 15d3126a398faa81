from __future__ import annotations

import io
from datetime import date
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from parley.errors import InputError
from parley.ingest import read_any
from parley.records import text_id

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "ingest"

UNDATED = b"""<html><head><title>Port deal signed</title></head><body><nav><a href="/">Home</a></nav>
<article><p>Djibouti and Ethiopia signed a new agreement on the use of the port of Djibouti, officials from
both governments said after a ceremony attended by the two transport ministers.</p>
<p>The agreement cuts the fees Ethiopian importers pay for each container and runs for ten years, the
statement added, and it will be reviewed by a joint committee every two years.</p></article></body></html>"""


def _response(
    writer: WARCWriter,
    uri: str,
    body: bytes,
    *,
    status: str = "200 OK",
    ctype: str = "text/html",
    warc_date: str = "2026-02-06T10:00:00Z",
):
    headers = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1")
    return writer.create_warc_record(
        uri,
        "response",
        payload=io.BytesIO(body),
        http_headers=headers,
        warc_headers_dict={"WARC-Date": warc_date},
    )


@pytest.fixture
def warc_path(tmp_path) -> Path:
    path = tmp_path / "crawl.warc.gz"
    with path.open("wb") as fh:
        w = WARCWriter(fh, gzip=True)
        w.write_record(_response(w, "https://news.example.org/dated", (FIXTURES / "page.html").read_bytes()))
        w.write_record(
            w.create_warc_record(
                "https://news.example.org/undated",
                "request",
                payload=io.BytesIO(b"GET /undated HTTP/1.1\r\n\r\n"),
            )
        )
        w.write_record(
            _response(w, "https://news.example.org/undated", UNDATED, warc_date="2026-02-07T03:00:00Z")
        )
        w.write_record(
            _response(w, "https://news.example.org/missing", b"<html>gone</html>", status="404 Not Found")
        )
        w.write_record(_response(w, "https://news.example.org/logo.png", b"\x89PNG....", ctype="image/png"))
    return path


def test_warc_html_responses_become_documents(warc_path):
    docs = list(read_any([str(warc_path)]))
    assert [d.doc_id for d in docs] == [
        text_id("https://news.example.org/dated"),
        text_id("https://news.example.org/undated"),
    ]
    dated, undated = docs
    assert dated.pub_date == date(2026, 2, 4)  # the page's own date wins over WARC-Date
    assert dated.title == "Ministers agree on river commission"
    assert dated.text.startswith("The foreign ministers of Portugal and Spain met in Lisbon on Tuesday")
    assert undated.pub_date == date(2026, 2, 7)  # WARC-Date fallback
    assert undated.url == "https://news.example.org/undated"
    assert undated.text.startswith("Djibouti and Ethiopia signed a new agreement")
    assert "Home" not in undated.text
    assert undated.origin.startswith(f"{warc_path}@")


def test_warc_sniffed_by_content(warc_path, tmp_path):
    other = tmp_path / "crawl.bin"
    other.write_bytes(warc_path.read_bytes())
    assert len(list(read_any([other]))) == 2


def test_warc_not_an_archive(tmp_path):
    path = tmp_path / "fake.warc"
    path.write_text("this is not an archive\n")
    with pytest.raises(InputError, match=r"\[P014\] .*fake.warc: not a readable WARC archive"):
        list(read_any([path]))
