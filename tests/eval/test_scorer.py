"""Tests for parley.eval.scorer with hand-built predicted events (no spaCy model needed)."""

from __future__ import annotations

from pathlib import Path

import pytest

from parley.errors import GoldError
from parley.eval.gold import GoldActor, GoldDoc, GoldEvent, load_gold
from parley.eval.scorer import PRF, document_date_mentions, run_eval, score
from parley.records import Actor, Document, Event, Quote, RawDoc


def ga(country: str | None, *sectors: str) -> list[GoldActor]:
    return [GoldActor(country=country, sector=list(sectors) or None)]


def act(country: str | None, sector: str | None = None, name: str = "someone") -> Actor:
    return Actor(text=name, name=name, country=country, sector=sector)


def ev(typ: str, src: list[Actor], tgt: list[Actor], **kw: object) -> Event:
    return Event(event_type=typ, source=src, target=tgt, **kw)  # type: ignore[arg-type]


def prf(card_row: PRF) -> tuple[int, int, int]:
    return (card_row.tp, card_row.fp, card_row.fn)


def two_event_doc(symmetric: bool = False) -> GoldDoc:
    return GoldDoc(
        doc_id="d1",
        text="Ruritania's minister met Freedonia's envoy. Sylvanian troops shelled Ruritanian towns.",
        suite="test",
        events=[
            GoldEvent(event_type="CONSULT", cameo=["040"], source=ga("RUR", "GOV"), target=ga("FRE", "GOV"),
                      symmetric=symmetric, date="2026-01-05", gold_id="d1#0"),
            GoldEvent(event_type="ASSAULT", cameo=["190", "195"], source=ga("SYL", "MIL"), target=ga("RUR"),
                      gold_id="d1#1"),
        ],
    )  # fmt: skip


def perfect_two() -> list[Event]:
    return [
        ev("CONSULT", [act("RUR", "GOV")], [act("FRE", "GOV")], cameo="040", date="2026-01-05"),
        ev("ASSAULT", [act("SYL", "MIL")], [act("RUR", "CVL")], cameo="195"),
    ]


def test_scorer_perfect_predictions_score_one() -> None:
    card = score([two_event_doc()], {"d1": perfect_two()})
    assert set(card.rows) == {"event", "event_type", "source_country", "target_country", "source_sector",
                              "target_sector", "dyad_country", "cameo_root", "cameo", "date"}  # fmt: skip
    for name, row in card.rows.items():
        assert (row.precision, row.recall, row.f1) == (1.0, 1.0, 1.0), name
    assert prf(card.rows["event"]) == (2, 0, 0)
    assert prf(card.rows["date"]) == (1, 0, 0)
    assert card.macro_type_f1 == 1.0
    assert set(card.per_type) == {"CONSULT", "ASSAULT"}


def test_scorer_wrong_target_country_exact_counts() -> None:
    preds = perfect_two()
    preds[0].target = [act("SYL", "GOV")]
    card = score([two_event_doc()], {"d1": preds})
    assert prf(card.rows["event"]) == (2, 0, 0)
    assert prf(card.rows["event_type"]) == (2, 0, 0)
    assert prf(card.rows["source_country"]) == (2, 0, 0)
    assert prf(card.rows["target_country"]) == (1, 1, 1)
    assert (card.rows["target_country"].precision, card.rows["target_country"].recall) == (0.5, 0.5)
    assert prf(card.rows["dyad_country"]) == (1, 1, 1)
    assert prf(card.rows["target_sector"]) == (0, 1, 1)  # GOV is right, but not on the FRE actor
    assert card.rows["dyad_country"].f1 == 0.5


@pytest.mark.parametrize("symmetric,expected_dyad", [(True, (2, 0, 0)), (False, (1, 1, 1))])
def test_scorer_symmetric_swap(symmetric: bool, expected_dyad: tuple[int, int, int]) -> None:
    preds = perfect_two()
    preds[0].source, preds[0].target = preds[0].target, preds[0].source
    card = score([two_event_doc(symmetric=symmetric)], {"d1": preds})
    assert prf(card.rows["dyad_country"]) == expected_dyad
    assert prf(card.rows["source_country"]) == expected_dyad
    assert prf(card.rows["event"]) == (2, 0, 0)


def test_scorer_wrong_type_and_unmatched_events() -> None:
    preds = perfect_two()
    preds[1].event_type = "COERCE"
    preds.append(ev("PROTEST", [act("FRE", "CVL")], [act("RUR", "GOV")]))
    card = score([two_event_doc()], {"d1": preds})
    assert prf(card.rows["event"]) == (2, 1, 0)
    assert prf(card.rows["event_type"]) == (1, 2, 1)
    assert prf(card.per_type["ASSAULT"]) == (0, 0, 1)
    assert prf(card.per_type["COERCE"]) == (0, 1, 0)
    assert prf(card.per_type["PROTEST"]) == (0, 1, 0)
    assert prf(card.per_type["CONSULT"]) == (1, 0, 0)
    assert card.macro_type_f1 == pytest.approx(1.0 / 4)
    assert prf(card.rows["dyad_country"]) == (2, 1, 0)
    assert prf(card.rows["date"]) == (1, 0, 0)  # the extra event has no date: no false positive


def test_scorer_missing_predictions_and_no_event_docs() -> None:
    empty = GoldDoc(doc_id="d2", text="Nothing political.", suite="test", expect_no_event=True)
    card = score([two_event_doc(), empty], {"d2": [ev("AID", [act("RUR")], [act("FRE")])]})
    assert prf(card.rows["event"]) == (0, 1, 2)
    assert prf(card.rows["event_type"]) == (0, 1, 2)
    assert card.rows["event"].precision == 0.0


def test_scorer_compound_sides_are_split_per_country() -> None:
    doc = GoldDoc(
        doc_id="c",
        text="Ruritanian and Freedonian officials agreed to cooperate.",
        suite="test",
        events=[
            GoldEvent(event_type="AGREE", source=ga("RUR", "GOV"), target=[], symmetric=True, gold_id="c#0"),
            GoldEvent(event_type="AGREE", source=ga("FRE", "GOV"), target=[], symmetric=True, gold_id="c#1"),
        ],
    )
    pred = ev("AGREE", [act("RUR", "GOV", "a"), act("FRE", "GOV", "b"), act("RUR", "GOV", "c")], [])
    card = score([doc], {"c": [pred]})
    assert prf(card.rows["event"]) == (2, 0, 0)
    assert prf(card.rows["source_country"]) == (2, 0, 0)
    assert card.extras["predicted_units"] == 2
    assert "target_country" not in card.rows  # all-null gold sides are not scored


def test_scorer_modality_filter_and_aux_mode() -> None:
    doc = two_event_doc()
    preds = perfect_two()
    preds[1].modality = "negated"
    card = score([doc], {"d1": preds})
    assert prf(card.rows["event"]) == (1, 0, 1)
    assert card.extras["excluded_modality"] == 1
    doc.labels["aux_mode"] = "negated"
    card = score([doc], {"d1": preds})
    assert prf(card.rows["event"]) == (2, 0, 0)
    assert card.extras["excluded_modality"] == 0


@pytest.mark.parametrize("modality", ["reported", "hypothetical", "future"])
def test_scorer_other_modalities_are_not_scored(modality: str) -> None:
    preds = perfect_two()
    preds[0].modality = modality
    card = score([two_event_doc()], {"d1": preds})
    assert prf(card.rows["event"]) == (1, 0, 1)
    assert card.extras["excluded_modality"] == 1


def test_scorer_run_eval_rejects_an_id_in_two_files(tmp_path: Path) -> None:
    line = '{"id": "same", "suite": "t", "text": "Ruritania agreed.", "date": null, "expected": []}\n'
    for name in ("a.jsonl", "b.jsonl"):
        (tmp_path / name).write_text(line, encoding="utf-8")
    with pytest.raises(GoldError, match=r"\[P054\].*'same' occurs twice"):
        run_eval([tmp_path / "a.jsonl", tmp_path / "b.jsonl"], lambda raws: [])


def test_scorer_mode_and_acceptable_alternatives() -> None:
    doc = two_event_doc()
    doc.events[0].mode = ["visit", None]
    doc.events[1].mode = ["heavy-weapons"]
    preds = perfect_two()
    preds[1].mode = "firearms"
    card = score([doc], {"d1": preds})
    assert prf(card.rows["mode"]) == (1, 1, 1)  # None is acceptable for the first, firearms is wrong


def test_scorer_acceptable_extra_is_not_a_false_positive() -> None:
    doc = two_event_doc()
    doc.labels["acceptable_extra"] = ["PROTEST (141) FRE CVL -> RUR GOV/COP for the march"]
    preds = [*perfect_two(), ev("PROTEST", [act("FRE", "CVL")], [act("RUR", "COP")])]
    card = score([doc], {"d1": preds})
    assert prf(card.rows["event"]) == (2, 0, 0)
    assert card.extras["acceptable_extra"] == 1


def seed_like_doc() -> GoldDoc:
    text = (
        "Photo: Agency\n\nThe two presidents held a call on Monday about trade. "
        "Ruritania wants more influence in the region. Freedonia's envoy visited Strelsau on Tuesday."
    )
    return GoldDoc(
        doc_id="s",
        text=text,
        suite="seed",
        boilerplate=["Photo: Agency"],
        no_event_sentences=["Ruritania wants more influence in the region."],
        quotes=[{"speaker": "Rudolf", "text": "a very good call"}],
        actors=[{"name": "Rudolf", "mentions": ["King Rudolf", "the king"]}],
        dates=[{"expression": "on Monday", "value": "2026-01-05"}],
        events=[
            GoldEvent(event_type="CONSULT", source=ga("RUR", "GOV"), target=ga("FRE", "GOV"), symmetric=True,
                      required=True, evidence="The two presidents held a call on Monday", gold_id="s:e1"),
            GoldEvent(event_type="CONSULT", source=ga("FRE", "GOV"), target=ga("RUR"), required=True,
                      evidence="Freedonia's envoy visited Strelsau on Tuesday", gold_id="s:e2"),
        ],
    )  # fmt: skip


def test_scorer_seed_sentence_matching_and_extras() -> None:
    call = "The two presidents held a call on Monday about trade."
    preds = [
        # right dyad but in the wrong sentence: cannot match e2
        ev("CONSULT", [act("FRE", "GOV")], [act("RUR", "GOV")], sentence=call.replace("call", "chat")[:12]),
        ev("CONSULT", [act("FRE", "GOV")], [act("RUR", "GOV")], sentence=call),
        ev("REQUEST", [act("RUR")], [act("FRE")], sentence="Ruritania wants more influence in the region."),
        ev("CONSULT", [act("RUR")], [act("FRE")], sentence="Photo: Agency"),
    ]
    card = score([seed_like_doc()], {"s": preds})
    assert prf(card.rows["event"]) == (1, 3, 1)
    assert card.extras["required_found"] == "1/2"
    assert card.extras["required_detected"] == "1/2"
    assert card.extras["no_event_sentence_hits"] == 1
    assert card.extras["boilerplate_hits"] == 1


def test_scorer_quotes_and_date_expressions() -> None:
    doc = seed_like_doc()
    quotes = {"s": [Quote(text="A very good call.", speaker=act("RUR", "GOV", "King Rudolf")),
                    Quote(text="unrelated words here", speaker=None)]}  # fmt: skip
    dates = {"s": [("Monday", "2026-01-05"), ("Tuesday", "2026-01-07")]}
    card = score([doc], {}, quotes=quotes, date_mentions=dates)
    assert prf(card.rows["quote"]) == (1, 1, 0)
    assert prf(card.rows["quote_text"]) == (1, 1, 0)
    assert prf(card.rows["date_expr"]) == (1, 1, 0)
    quotes["s"][0].speaker = act("FRE", "GOV", "the envoy")
    dates["s"][0] = ("on Monday", "2026-01-06")
    card = score([doc], {}, quotes=quotes, date_mentions=dates)
    assert prf(card.rows["quote"]) == (0, 2, 1)
    assert prf(card.rows["quote_text"]) == (1, 1, 0)
    assert prf(card.rows["date_expr"]) == (0, 2, 1)
    assert prf(card.rows["date_expr_text"]) == (1, 1, 0)


def test_scorer_run_eval_calls_coder_once(tmp_path: Path) -> None:
    gold_file = tmp_path / "g.jsonl"
    gold_file.write_text(
        '{"id": "a", "suite": "t", "text": "Ruritania threatened Freedonia on Friday.", "date": "2025-01-10",'
        ' "expected": [{"event_type": "THREATEN", "cameo": "138", "source": {"country": "RUR"},'
        ' "target": {"country": "FRE"}}], "labels": {"event_date": "2025-01-10",'
        ' "date_expr": {"expression": "on Friday", "value": "2025-01-10"}}}\n'
        '{"id": "b", "suite": "t", "text": "Nothing at all.", "date": null, "expected": [],'
        ' "expect_no_event": true}\n',
        encoding="utf-8",
    )
    calls: list[list[RawDoc]] = []

    def code(raws: list[RawDoc]) -> list[Document]:
        calls.append(raws)
        e = ev("THREATEN", [act("RUR")], [act("FRE")], cameo="138", date="2025-01-10", date_text="on Friday")
        return [Document(doc_id="a", text=raws[0].text, events=[e])]

    card = run_eval([gold_file], code)
    assert len(calls) == 1
    assert [(r.doc_id, r.pub_date and r.pub_date.isoformat()) for r in calls[0]] == [
        ("a", "2025-01-10"), ("b", None)]  # fmt: skip
    assert card.extras["missing_docs"] == 1
    assert prf(card.rows["event"]) == (1, 0, 0)
    assert prf(card.rows["date_expr"]) == (1, 0, 0)  # from the events' date_text fallback
    data = card.to_dict()
    assert data["rows"]["dyad_country"]["f1"] == 1.0
    assert data["extras"]["docs"] == 2
    table = card.render()
    assert table.row_count >= len(card.rows)


class _DatedDocument(Document):
    """A Document subclass with a ``date_mentions`` attribute, as a later pipeline may provide."""


def test_scorer_document_date_mentions_prefers_attribute() -> None:
    doc = _DatedDocument(doc_id="x", text="t", events=[ev("AID", [], [], date_text="today", date="2026-01-01")])
    assert document_date_mentions(doc) == [("today", "2026-01-01")]
    doc.date_mentions = [("on Monday", "2026-01-05"), ("early 2026", None)]  # type: ignore[attr-defined]
    assert document_date_mentions(doc) == [("on Monday", "2026-01-05"), ("early 2026", None)]


@pytest.mark.shared
def test_scorer_perfect_predictions_on_shared_gold(shared_dir: Path) -> None:
    gold = [*load_gold(shared_dir / "gold" / "seed_000.json"), *load_gold(shared_dir / "gold" / "dev")]
    predicted = {}
    for d in gold:
        predicted[d.doc_id] = [
            Event(
                sentence=g.evidence or d.text,
                event_type=g.event_type or "",
                mode=g.mode[0] if g.mode else None,
                cameo=g.cameo[0] if g.cameo else "",
                source=[act(a.country, a.sector[0] if a.sector else None) for a in g.source],
                target=[act(a.country, a.sector[0] if a.sector else None) for a in g.target],
                date=g.date,
                modality=d.labels.get("aux_mode") or "asserted",
            )
            for g in d.events
        ]
    card = score(gold, predicted)
    assert set(card.suites) == {"seed", "plover_gsr", "petr_unittest", "reported"}
    assert card.rows["event"].tp == 6 + 363 + 182 + 10
    for name, row in card.rows.items():
        if name != "location_country":
            assert row.f1 == 1.0, name
    assert card.extras["required_found"] == "3/3"
    assert card.extras["no_event_sentence_hits"] == 0


def test_scorer_reverse_of_symmetric_event_is_not_extra() -> None:
    call = "The two presidents held a call on Monday about trade."
    there = ev("CONSULT", [act("FRE", "GOV")], [act("RUR", "GOV")], sentence=call)
    back = ev("CONSULT", [act("RUR", "GOV")], [act("FRE", "GOV")], sentence=call)
    card = score([seed_like_doc()], {"s": [there, back]})
    assert prf(card.rows["event"]) == (1, 0, 1)  # the reverse telling of the matched call costs nothing
    assert card.extras["symmetric_reverse"] == 1
    elsewhere = ev("CONSULT", [act("RUR", "GOV")], [act("FRE", "GOV")], sentence="Photo: Agency")
    card = score([seed_like_doc()], {"s": [there, elsewhere]})
    assert prf(card.rows["event"]) == (1, 1, 1)  # in another sentence it is an extra event
    assert card.extras["symmetric_reverse"] == 0
