"""End-to-end tests of the pipeline on the seed article (read from ../shared, never copied)."""

from __future__ import annotations

import json
from datetime import date

import pytest

from parley.pipeline import CoderOptions, Context, code_docs, code_text
from parley.records import RawDoc

pytestmark = pytest.mark.slow

SEED_DATE = date(2026, 2, 5)


@pytest.fixture(scope="module")
def seed(shared_dir, ctx):
    gold = json.loads((shared_dir / "gold" / "seed_000.json").read_text("utf-8"))
    text = (shared_dir / gold["text_file"]).read_text("utf-8")
    raw = RawDoc(doc_id="seed-000", text=text, pub_date=SEED_DATE)
    doc = next(iter(code_docs([raw], ctx=ctx)))
    return gold, doc


def _countries(side):
    return {a.country for a in side}


def _find(doc, evidence_start, event_type):
    for ev in doc.events:
        if evidence_start in ev.sentence and ev.event_type == event_type:
            return ev
    return None


@pytest.mark.parametrize("gold_id", ["e1", "e2", "e3"])
def test_pipeline_seed_required_events(seed, gold_id):
    gold, doc = seed
    g = next(e for e in gold["events"] if e["id"] == gold_id)
    ev = _find(doc, g["evidence"][:40], g["event_type"])
    assert ev is not None, f"{gold_id} not found; events: {[(e.event_type, e.sentence[:50]) for e in doc.events]}"
    assert ev.date == g["date"]
    got = {(a.country, a.sector) for a in ev.source + ev.target}
    src, tgt = g["source"], g["target"]
    tgt_sectors = tgt["sector"] if isinstance(tgt["sector"], list) else [tgt["sector"]]
    assert (src["country"], src["sector"]) in got
    assert any((tgt["country"], s) in got for s in tgt_sectors)
    assert ev.cameo in g["cameo"]
    assert ev.quad_class == 1


def test_pipeline_seed_no_event_sentences(seed):
    gold, doc = seed
    for s in gold["no_event_sentences"]:
        assert not [e for e in doc.events if s[:40] in e.sentence], s


def test_pipeline_seed_boilerplate_removed(seed):
    gold, doc = seed
    for b in gold["boilerplate"]:
        assert b not in doc.text
        assert not [e for e in doc.events if b in e.sentence]


def test_pipeline_events_trace_to_their_sentence(seed):
    _, doc = seed
    for ev in doc.events:
        assert doc.text[ev.sentence_start : ev.sentence_end] == ev.sentence
        assert ev.trigger.split()[0] in ev.sentence
        assert ev.event_id and len(ev.event_id) == 16


def test_pipeline_no_pub_date_never_uses_today(ctx):
    events = code_text("Police arrested three opposition leaders in Minsk on Monday.", pub_date=None)
    assert events and all(e.date is None for e in events)


def test_pipeline_code_text_simple_meeting():
    events = code_text("Japanese Prime Minister Fumio Kishida met South Korean President Yoon Suk Yeol in Tokyo "
                       "on Thursday.", pub_date=date(2023, 3, 17))
    assert [(e.event_type, e.date) for e in events] == [("CONSULT", "2023-03-16")]
    ev = events[0]
    assert {a.country for a in ev.source} | {a.country for a in ev.target} == {"JPN", "KOR"}


def test_pipeline_regional_actors_get_no_country_from_the_place():
    # "European diplomats" meeting in Vienna are not Austrian; a "Foreign Minister" is an office, not an origin
    events = code_text("European diplomats met Iranian officials in Vienna on Monday.", pub_date=date(2026, 2, 5))
    assert [e.event_type for e in events] == ["CONSULT"]
    assert [a.country for a in events[0].source] == [None]
    assert {a.country for a in events[0].target} == {"IRN"}


def test_pipeline_unidentified_attackers_are_armed_forces_of_the_place():
    events = code_text("Three soldiers were killed by a roadside bomb outside Kandahar on Sunday.",
                       pub_date=date(2026, 2, 5))
    assert [(e.event_type, [(a.country, a.sector, a.name) for a in e.source]) for e in events] == [
        ("ASSAULT", [("AFG", "UAF", "Unidentified attackers")])]


def test_pipeline_places_of_a_later_state_belong_to_the_state_of_the_day():
    text = "Sudanese rebels shelled Juba on Sunday, killing 20 people."
    then = code_text(text, pub_date=date(1992, 5, 4))
    now = code_text(text, pub_date=date(2024, 5, 4))
    assert {a.country for e in then for a in e.target} == {"SDN"}  # South Sudan became independent in 2011
    assert {a.country for e in now for a in e.target} == {"SSD"}


def test_pipeline_a_visitor_is_not_from_the_place_visited():
    text = ("Romania's foreign minister met officials in Bucharest on Monday. "
            "The minister visited Damascus, Syria, on Friday.")
    events = code_text(text, pub_date=date(2006, 3, 1))
    visits = [e for e in events if e.mode == "visit"]
    assert visits and all(a.country != "SYR" for e in visits for a in e.source)


def test_code_docs_keeps_going_after_an_internal_error(monkeypatch: pytest.MonkeyPatch) -> None:
    from parley import pipeline

    ctx = Context.create(CoderOptions())
    real = pipeline.annotate

    def flaky(doc, c):  # the first article breaks the coder, the second is coded
        if doc.doc_id == "bad":
            raise RecursionError("maximum recursion depth exceeded")
        return real(doc, c)

    monkeypatch.setattr(pipeline, "annotate", flaky)
    raws = [RawDoc(doc_id="bad", text="Kenya accused Uganda of arming rebels.", pub_date=date(2024, 3, 1)),
            RawDoc(doc_id="good", text="Kenya accused Uganda of arming rebels.", pub_date=date(2024, 3, 1))]
    bad, good = list(code_docs(raws, ctx=ctx))
    assert bad.events == [] and any(w.startswith("[P019]") and "RecursionError" in w for w in bad.warnings)
    assert [e.event_type for e in good.events] == ["ACCUSE"]
