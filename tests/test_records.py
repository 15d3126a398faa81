"""Tests for parley.records: round trips, the JSON Schemas, event ids, and the bundled samples/gold."""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import parley
from parley.records import MODALITIES, Actor, Event, Location, Quote

jsonschema = pytest.importorskip("jsonschema", reason="jsonschema is a dev dependency (pip install jsonschema)")

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO / ".." / "shared"
DATA = Path(parley.__file__).resolve().parent / "data"
SAMPLES = DATA / "samples"
SCHEMA_DIR = DATA / "schema"

PLOVER_TYPES = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)  # fmt: skip
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def _load_schema(name: str) -> dict[str, Any]:
    return json.loads((SCHEMA_DIR / name).read_text(encoding="utf-8"))


def _validator(name: str) -> Any:
    schema = _load_schema(name)
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


def _read_jsonl(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _wang() -> Actor:
    # Q-ids in these tests are placeholders, not looked-up Wikidata ids
    return Actor(
        text="Chinese Foreign Minister Wang Yi",
        name="Wang Yi",
        country="CHN",
        sector="GOV",
        role="Minister of Foreign Affairs",
        wikidata="Q101",
    )


def _shoigu() -> Actor:
    return Actor(
        text="Sergei Shoigu",
        name="Sergei Shoigu",
        country="RUS",
        sector="GOV",
        role="Secretary of the Security Council",
        wikidata="Q102",
    )


def _full_event() -> Event:
    """An event with every serialised field set to a non-default value."""
    event = Event(
        doc_id="seed-000",
        sentence_index=8,
        sentence="Wang Yi met Sergei Shoigu in Beijing on Sunday.",
        sentence_start=1510,
        sentence_end=1557,
        event_type="CONSULT",
        mode="visit",
        context=["diplomatic", "security"],
        cameo="042",
        quad_class=1,
        goldstein=1.9,
        source=[_wang()],
        target=[_shoigu()],
        date="2026-02-01",
        date_text="on Sunday",
        location=Location(name="Beijing", country="CHN", lat=39.9075, lon=116.39723, geonameid=1816670),
        modality="asserted",
        trigger="met",
        rule="consult.meet.svo",
        confidence=0.875,
        trigger_index=2,
    )
    event.event_id = event.make_id()
    return event


# --- round trips -------------------------------------------------------------------------------


def test_records_actor_round_trip() -> None:
    actor = _wang()
    assert Actor.from_dict(actor.to_dict()) == actor
    assert actor.to_dict() == {
        "text": "Chinese Foreign Minister Wang Yi",
        "name": "Wang Yi",
        "country": "CHN",
        "sector": "GOV",
        "role": "Minister of Foreign Affairs",
        "wikidata": "Q101",
    }


def test_records_actor_round_trip_drops_internal_offsets() -> None:
    actor = Actor(text="Putin", name="Vladimir Putin", country="RUS", sector="GOV", start=10, end=15, how="kb")
    back = Actor.from_dict(actor.to_dict())
    assert back.to_dict() == actor.to_dict()
    assert (back.start, back.end, back.how) == (-1, -1, None)


def test_records_location_round_trip() -> None:
    loc = Location(name="Nairobi", country="KEN", lat=-1.28333, lon=36.81667, geonameid=184745)
    assert Location.from_dict(loc.to_dict()) == loc
    assert Location.from_dict(None) is None


def test_records_event_round_trip() -> None:
    event = _full_event()
    back = Event.from_dict(event.to_dict())
    assert back.to_dict() == event.to_dict()
    for name in event.to_dict():
        assert getattr(back, name) == getattr(event, name), name
    assert back.source == [_wang()]
    assert back.location == Location(name="Beijing", country="CHN", lat=39.9075, lon=116.39723, geonameid=1816670)
    # the trigger's token index is internal and is not serialised
    assert "trigger_index" not in event.to_dict()
    assert back.trigger_index == -1


def test_records_event_round_trip_through_json() -> None:
    event = _full_event()
    again = Event.from_dict(json.loads(json.dumps(event.to_dict())))
    assert again.to_dict() == event.to_dict()


# --- JSON Schemas ------------------------------------------------------------------------------


def test_records_event_schema_keys_match_to_dict() -> None:
    schema = _load_schema("event.schema.json")
    keys = set(_full_event().to_dict())
    assert set(schema["properties"]) == keys
    assert set(schema["required"]) == keys
    assert schema["additionalProperties"] is False
    assert set(schema["$defs"]["actor"]["properties"]) == set(_wang().to_dict())
    assert set(schema["$defs"]["location"]["properties"]) == set(Location(name="x").to_dict())
    assert tuple(schema["properties"]["modality"]["enum"]) == MODALITIES
    assert tuple(schema["properties"]["event_type"]["enum"]) == PLOVER_TYPES


def test_records_quote_schema_keys_match_to_dict() -> None:
    quote_schema = _load_schema("quote.schema.json")
    quote = Quote(text="a grand plan", speaker=_wang(), doc_id="d1")
    assert set(quote_schema["properties"]) == set(quote.to_dict())
    assert set(quote_schema["required"]) == set(quote.to_dict())
    # both schemas carry the same actor definition
    assert quote_schema["$defs"]["actor"] == _load_schema("event.schema.json")["$defs"]["actor"]


def test_records_full_event_validates_against_schema() -> None:
    validator = _validator("event.schema.json")
    errors = [e.message for e in validator.iter_errors(_full_event().to_dict())]
    assert errors == []


def test_records_event_with_nulls_and_empty_lists_validates() -> None:
    event = _full_event()
    event.mode = None
    event.context = []
    event.target = []
    event.location = None
    event.date = "2026-02"
    event.date_text = None
    event.source = [Actor(text="protesters", sector="CVL")]
    assert list(_validator("event.schema.json").iter_errors(event.to_dict())) == []


@pytest.mark.parametrize(
    "path,value",
    [
        (("quad_class",), 7),
        (("quad_class",), 0),
        (("source", 0, "country"), "China"),
        (("target", 0, "country"), "cn"),
        (("event_type",), "MEET"),
        (("cameo",), "4a"),
        (("goldstein",), -11.0),
        (("confidence",), 1.5),
        (("modality",), "maybe"),
        (("date",), "March 2026"),
        (("date",), "2026-13-01"),
        (("event_id",), ""),
        (("location", "lat"), 91.0),
        (("source", 0, "wikidata"), "17161"),
        (("sentence_index",), -1),
    ],
)
def test_records_event_schema_rejects_bad_values(path: tuple[Any, ...], value: Any) -> None:
    record = _full_event().to_dict()
    node: Any = record
    for key in path[:-1]:
        node = node[key]
    node[path[-1]] = value
    assert not _validator("event.schema.json").is_valid(record), f"{path}={value!r} should fail"


def test_records_event_schema_rejects_extra_and_missing_keys() -> None:
    validator = _validator("event.schema.json")
    extra = _full_event().to_dict() | {"trigger_index": 2}
    assert not validator.is_valid(extra)
    missing = _full_event().to_dict()
    del missing["date"]
    assert not validator.is_valid(missing)


def test_records_default_event_is_not_a_valid_record() -> None:
    # a bare Event() has no type, code or id: the pipeline must fill them before storing
    assert not _validator("event.schema.json").is_valid(Event().to_dict())


def test_records_quote_validates_against_schema() -> None:
    validator = _validator("quote.schema.json")
    quote = Quote(
        text="comprehensive strategic partners",
        speaker=_wang(),
        doc_id="seed-000",
        sentence_index=9,
        start=1700,
        end=1733,
        verb="stated",
        rule="quote.said.after",
    )
    assert list(validator.iter_errors(quote.to_dict())) == []
    anonymous = Quote(text="No pay, no class", speaker=None, doc_id="sample-02", sentence_index=1, start=5, end=21)
    assert validator.is_valid(anonymous.to_dict())
    bad = quote.to_dict() | {"speaker": {"text": "Wang Yi", "country": "China"}}
    assert not validator.is_valid(bad)


_actor_st = st.builds(
    Actor,
    text=st.text(min_size=1, max_size=20),
    name=st.none() | st.text(max_size=20),
    country=st.none() | st.from_regex(r"\A[A-Z]{3}\Z"),
    sector=st.none() | st.sampled_from(["GOV", "MIL", "REB", "CVL", "COP", "EDU"]),
    role=st.none() | st.text(max_size=20),
    wikidata=st.none() | st.integers(1, 10**8).map(lambda n: f"Q{n}"),
)


@settings(max_examples=60, deadline=None)
@given(
    event_type=st.sampled_from(PLOVER_TYPES),
    quad_class=st.integers(1, 4),
    goldstein=st.floats(-10, 10, allow_nan=False),
    confidence=st.floats(0, 1, allow_nan=False),
    modality=st.sampled_from(MODALITIES),
    source=st.lists(_actor_st, max_size=2),
    target=st.lists(_actor_st, max_size=2),
    day=st.none() | st.dates(date(1990, 1, 1), date(2030, 12, 31)).map(date.isoformat),
)
def test_records_generated_events_round_trip_and_validate(
    event_type: str,
    quad_class: int,
    goldstein: float,
    confidence: float,
    modality: str,
    source: list[Actor],
    target: list[Actor],
    day: str | None,
) -> None:
    event = Event(
        doc_id="d",
        sentence_index=0,
        sentence="s",
        sentence_start=0,
        sentence_end=1,
        event_type=event_type,
        cameo="040",
        quad_class=quad_class,
        goldstein=goldstein,
        confidence=confidence,
        modality=modality,
        source=source,
        target=target,
        date=day,
    )
    event.event_id = event.make_id()
    record = event.to_dict()
    assert _validator("event.schema.json").is_valid(record)
    assert Event.from_dict(record).to_dict() == record


# --- ids ---------------------------------------------------------------------------------------


def test_records_make_id_is_stable() -> None:
    first, second = _full_event(), _full_event()
    assert first.make_id() == second.make_id()
    assert re.fullmatch(r"[0-9a-f]{16}", first.make_id())
    # the same event rebuilt from its record keeps the id once the trigger position is restored
    back = Event.from_dict(first.to_dict())
    back.trigger_index = first.trigger_index
    assert back.make_id() == first.make_id()


@pytest.mark.parametrize(
    "change",
    [
        {"trigger_index": 5},
        {"sentence_index": 9},
        {"doc_id": "other-doc"},
        {"event_type": "AGREE"},
        {"target": [Actor(text="Russia", name="Russia", country="RUS")]},
    ],
)
def test_records_make_id_differs_by_trigger_and_key_fields(change: dict[str, Any]) -> None:
    base = _full_event()
    other = _full_event()
    for key, value in change.items():
        setattr(other, key, value)
    assert other.make_id() != base.make_id()


# --- bundled samples and gold ------------------------------------------------------------------


def _samples() -> list[dict[str, Any]]:
    return _read_jsonl(SAMPLES / "samples.jsonl")


def _gold() -> list[dict[str, Any]]:
    return _read_jsonl(SAMPLES / "gold.jsonl")


def test_records_samples_jsonl_parses() -> None:
    records = _samples()
    assert len(records) == 5
    assert [r["id"] for r in records] == ["sample-01", "sample-02", "sample-03", "sample-04", "sample-05"]
    for record in records:
        assert set(record) == {"id", "title", "date", "source", "url", "text"}
        assert date.fromisoformat(record["date"]).strftime("%Y-%m") == "2026-03"
        assert record["source"] == "Parley sample (fictional wording)"
        assert record["url"] is None
        assert record["title"]
        assert 150 <= len(record["text"].split()) <= 300, record["id"]


def test_records_samples_text_files_match_jsonl() -> None:
    files = sorted(SAMPLES.glob("[0-9][0-9]_*.txt"))
    assert len(files) == 5
    for path, record in zip(files, _samples(), strict=True):
        assert path.read_text(encoding="utf-8").strip() == record["text"], path.name


def test_records_gold_jsonl_parses_with_sample_ids() -> None:
    samples = {r["id"]: r for r in _samples()}
    gold = _gold()
    assert [g["id"] for g in gold] == list(samples)
    assert sum(len(g["expected"]) for g in gold) == 20
    for record in gold:
        sample = samples[record["id"]]
        assert record["text"] == sample["text"]
        assert record["date"] == sample["date"]
        assert record["suite"] == "samples"
        assert record["expect_no_event"] is False
        n = len(record["expected"])
        labels = record["labels"]
        for key in ("event_dates", "modes", "symmetric", "locations", "evidence", "cameo_alternatives", "date_exprs"):
            assert len(labels[key]) == n, (record["id"], key)
        for event in record["expected"]:
            assert event["event_type"] in PLOVER_TYPES
            assert re.fullmatch(r"[0-9]{2,4}", event["cameo"])
            for side in ("source", "target"):
                actor = event[side]
                assert set(actor) == {"text", "country", "sector", "code"}
                assert actor["country"] is None or re.fullmatch(r"[A-Z]{3}", actor["country"])
                assert actor["text"] is None or actor["text"] in record["text"]


def test_records_gold_dates_and_evidence_are_consistent() -> None:
    for record in _gold():
        pub = date.fromisoformat(record["date"])
        labels = record["labels"]
        for day, expr, evidence in zip(labels["event_dates"], labels["date_exprs"], labels["evidence"], strict=True):
            when = date.fromisoformat(day)
            assert when <= pub, (record["id"], day)
            assert evidence in record["text"]
            if expr is not None:
                assert expr["expression"] in record["text"]
                assert expr["value"] == day
                named = [w for w in WEEKDAYS if w in expr["expression"].lower()]
                assert named == [when.strftime("%A").lower()], (record["id"], expr)
        assert len(labels["quotes"]) == 2
        for quote in labels["quotes"]:
            assert quote["speaker"] and quote["text"] in record["text"]


def test_records_gold_countries_are_iso3_or_igo() -> None:
    pycountry = pytest.importorskip("pycountry")
    for record in _gold():
        for event in record["expected"]:
            for side in ("source", "target"):
                code = event[side]["country"]
                assert code is None or code == "IGO" or pycountry.countries.get(alpha_3=code), code


@pytest.mark.shared
def test_records_gold_types_follow_cameo2plover_crosswalk() -> None:
    crosswalk = SHARED / "reference" / "CAMEO2PLOVER-2021.txt"
    if not crosswalk.exists():
        pytest.skip(f"../shared not found: {crosswalk} is needed to check CAMEO codes against PLOVER types")
    table: dict[str, str] = {}
    for line in crosswalk.read_text(encoding="utf-8").splitlines():
        match = re.match(r"^(\d{2,4}):\s*([A-Z]+)", line)
        if match and len(match.group(1)) > 2:
            table[match.group(1)] = match.group(2)
    for record in _gold():
        alternatives = record["labels"]["event_type_alternatives"]
        for event, alt in zip(record["expected"], alternatives, strict=True):
            assert event["cameo"] in table, event["cameo"]
            assert table[event["cameo"]] in {event["event_type"], *alt}, (record["id"], event["cameo"])
        for codes in record["labels"]["cameo_alternatives"]:
            assert all(c in table for c in codes), codes


def test_records_docs_example_event_validates() -> None:
    doc = REPO / "docs" / "schema.md"
    if not doc.exists():
        pytest.skip(f"{doc} not found (docs are not shipped in the wheel)")
    blocks = re.findall(r"```json\n(.*?)```", doc.read_text(encoding="utf-8"), flags=re.S)
    events = [json.loads(b) for b in blocks if '"event_type"' in b]
    assert events, "docs/schema.md has no example event"
    validator = _validator("event.schema.json")
    for record in events:
        assert [e.message for e in validator.iter_errors(record)] == []
        assert Event.from_dict(record).to_dict() == record
