"""Tests for parley.eval.gold: the two gold formats, merging, and errors naming file and line."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from parley.errors import GoldError
from parley.eval.gold import load_gold, same_sentence, texts_match


def _record(rid: str, text: str, **over: object) -> dict[str, object]:
    rec: dict[str, object] = {
        "id": rid,
        "suite": "plover_gsr",
        "text": text,
        "date": "2000-01-01",
        "expected": [
            {
                "event_type": "AGREE",
                "cameo": None,
                "source": {"text": "Ruritania", "country": "RUR", "sector": "GOV", "code": "RURGOV"},
                "target": {"text": None, "country": None, "sector": None, "code": None},
            }
        ],
        "expect_no_event": False,
        "labels": {"mode": None, "date_is_placeholder": True},
    }
    rec.update(over)
    return rec


def _write_jsonl(path: Path, records: list[dict[str, object]]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def test_gold_jsonl_fields(tmp_path: Path) -> None:
    rec = _record(
        "reported:x1",
        "Ruritanian police detained two Freedonian reporters on Friday.",
        suite="reported",
        date="2025-01-10",
        labels={
            "event_date": "2025-01-10",
            "symmetric": True,
            "cameo_alternatives": ["170"],
            "sector_alternatives": {"source": ["GOV"]},
            "date_expr": {"expression": "on Friday", "value": "2025-01-10"},
            "quotes": [{"speaker": "a spokesman", "text": "We acted within the law"}],
            "location": {"name": "Strelsau", "country": "RUR"},
        },
    )
    rec["expected"] = [
        {
            "event_type": "COERCE",
            "cameo": "173",
            "source": {"text": "Ruritanian police", "country": "RUR", "sector": "COP", "code": None},
            "target": {"text": "two reporters", "country": "FRE", "sector": "JRN", "code": None},
        }
    ]
    (doc,) = load_gold(_write_jsonl(tmp_path / "g.jsonl", [rec]))
    assert doc.pub_date == date(2025, 1, 10)
    assert doc.suite == "reported"
    (ev,) = doc.events
    assert ev.cameo == ["173", "170"]
    assert ev.source[0].sector == ["COP", "GOV"]
    assert ev.target[0].sector == ["JRN"]
    assert ev.symmetric is True
    assert ev.date == "2025-01-10"
    assert ev.gold_id == "reported:x1#0"
    assert ev.location == {"name": "Strelsau", "country": "RUR"}
    assert doc.dates == [{"expression": "on Friday", "value": "2025-01-10"}]
    assert doc.quotes[0]["text"] == "We acted within the law"


def test_gold_jsonl_null_side_and_placeholder_date(tmp_path: Path) -> None:
    (doc,) = load_gold(_write_jsonl(tmp_path / "g.jsonl", [_record("a", "Ruritania agreed to talks.")]))
    assert doc.pub_date is None  # labels.date_is_placeholder
    assert doc.events[0].target == []
    assert doc.events[0].mode is None
    assert doc.events[0].cameo == []


def test_gold_merges_same_text_in_plover_gsr_only(tmp_path: Path) -> None:
    text = "Ruritania sent aid to Freedonia and rejected Sylvania's demands."
    recs = [_record("p1", text), _record("p2", text), _record("p3", "Another sentence entirely.")]
    recs.append(_record("u1", text, suite="petr_unittest"))
    recs.append(_record("u2", text, suite="petr_unittest"))
    docs = load_gold(_write_jsonl(tmp_path / "g.jsonl", recs))
    assert [d.doc_id for d in docs] == ["p1", "p3", "u1", "u2"]
    assert len(docs[0].events) == 2
    assert [e.gold_id for e in docs[0].events] == ["p1#0", "p2#0"]
    assert docs[0].labels["merged_ids"] == ["p1", "p2"]


@pytest.mark.parametrize(
    "bad_line,needle",
    [
        ('{"id": "x", "text": ', "invalid JSON"),
        ('{"id": "x", "expected": []}', "text must be a string"),
        ('{"id": "x", "text": "t", "expected": [{"event_type": "AGREE"}]}', "needs 'source' and 'target'"),
        ('{"id": "x", "text": "t", "date": "last week", "expected": []}', "not an ISO date"),
        ('["not", "an", "object"]', "must be an object"),
    ],
)
def test_gold_malformed_line_names_file_and_line(tmp_path: Path, bad_line: str, needle: str) -> None:
    path = tmp_path / "broken.jsonl"
    good = json.dumps(_record("ok", "Ruritania agreed to talks."))
    path.write_text(good + "\n\n" + bad_line + "\n", encoding="utf-8")
    with pytest.raises(GoldError) as err:
        load_gold(path)
    msg = str(err.value)
    assert f"{path}:3:" in msg
    assert needle in msg
    assert msg.startswith("[P05")


def test_gold_duplicate_id_and_missing_file(tmp_path: Path) -> None:
    path = _write_jsonl(tmp_path / "dup.jsonl", [_record("a", "One."), _record("a", "Two.")])
    with pytest.raises(GoldError, match=r"\[P054\].*'a' occurs twice"):
        load_gold(path)
    with pytest.raises(GoldError, match=r"\[P050\].*not found"):
        load_gold(tmp_path / "absent.jsonl")


def test_gold_seed_format_with_text_file(tmp_path: Path) -> None:
    (tmp_path / "seed").mkdir()
    (tmp_path / "gold").mkdir()
    (tmp_path / "seed" / "a.txt").write_text("Ruritania and Freedonia held talks on Monday.", encoding="utf-8")
    seed = {
        "doc_id": "s1",
        "text_file": "seed/a.txt",
        "publication_date": "2026-01-06",
        "boilerplate": ["Photo: nobody"],
        "events": [
            {"id": "e1", "required": True, "event_type": "CONSULT", "mode": ["visit", None],
             "cameo": ["040", "043"], "source": {"name": "R", "country": "RUR", "sector": ["GOV", "PTY"]},
             "target": {"name": "F", "country": "FRE", "sector": "GOV"}, "symmetric": True,
             "date": "2026-01-05", "evidence": "Ruritania and Freedonia held talks"},
        ],
        "quotes": [{"speaker": "R", "text": "fruitful"}],
        "dates": [{"expression": "on Monday", "value": "2026-01-05"}],
        "no_event_sentences": ["Nothing happened here."],
    }  # fmt: skip
    path = tmp_path / "gold" / "s.json"
    path.write_text(json.dumps(seed), encoding="utf-8")
    (doc,) = load_gold(path)
    assert doc.text.startswith("Ruritania and Freedonia")
    assert doc.pub_date == date(2026, 1, 6)
    assert doc.suite == "seed"
    (ev,) = doc.events
    assert (ev.gold_id, ev.required, ev.mode, ev.cameo) == ("s1:e1", True, ["visit", None], ["040", "043"])
    assert ev.source[0].sector == ["GOV", "PTY"] and ev.target[0].sector == ["GOV"]
    seed["text_file"] = "seed/missing.txt"
    path.write_text(json.dumps(seed), encoding="utf-8")
    with pytest.raises(GoldError, match=r"\[P053\].*missing\.txt"):
        load_gold(path)


@pytest.mark.parametrize(
    "sentence,evidence,expected",
    [
        ("Ruritania and Freedonia held talks on Monday in Strelsau.", "Ruritania and Freedonia held talks", True),
        ("Freedonia rejected the offer.", "Ruritania and Freedonia held talks", False),
        ("  RURITANIA and  Freedonia\nheld talks ", "Ruritania and Freedonia held talks on Monday", True),
    ],
)
def test_gold_same_sentence(sentence: str, evidence: str, expected: bool) -> None:
    assert same_sentence(sentence, evidence) is expected


@pytest.mark.parametrize(
    "gold,pred,expected",
    [
        ("On Sunday (1st)", "Sunday (1st)", True),
        ("a \u201cgrand plan\u201d", 'a "grand plan",', True),
        ("core interests", "back each other on matters that touch their core interests", False),
        ("next Monday", "last Tuesday", False),
    ],
)
def test_gold_texts_match(gold: str, pred: str, expected: bool) -> None:
    assert texts_match(gold, pred) is expected


@pytest.mark.shared
def test_gold_shared_files_load(shared_dir: Path) -> None:
    gold = shared_dir / "gold"
    (seed,) = load_gold(gold / "seed_000.json")
    assert len(seed.events) == 6 and sum(e.required for e in seed.events) == 3
    assert len(seed.quotes) == 7 and len(seed.dates) == 4 and len(seed.no_event_sentences) == 3
    assert seed.pub_date == date(2026, 2, 5) and len(seed.text) > 1000
    gsr = load_gold(gold / "dev" / "plover_gsr.jsonl")
    lines = [ln for ln in (gold / "dev" / "plover_gsr.jsonl").read_text("utf-8").splitlines() if ln.strip()]
    assert len(lines) == 322
    assert len(gsr) == 316  # six sentences are coded as two records each and merged
    assert sum(len(d.events) for d in gsr) == 363
    assert sum(1 for d in gsr if "merged_ids" in d.labels) == 6
    petr = load_gold(gold / "dev" / "petr_unittest_dev.jsonl")
    assert len(petr) == 142 and sum(d.expect_no_event for d in petr) == 11
    assert all(e.event_type is None and e.cameo for d in petr for e in d.events)
