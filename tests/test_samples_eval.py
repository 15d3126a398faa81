"""The bundled sample articles are scored against their own hand-coded gold (no ../shared needed)."""

from __future__ import annotations

from pathlib import Path

import pytest

from parley.eval.scorer import run_eval
from parley.pipeline import code_docs

pytestmark = pytest.mark.slow

GOLD = Path(__file__).resolve().parents[1] / "src" / "parley" / "data" / "samples" / "gold.jsonl"


def test_samples_eval_scores_hold(ctx):
    card = run_eval([GOLD], lambda raws: list(code_docs(raws, ctx=ctx))).to_dict()
    rows = card["rows"]
    # floors a little under today's scores (2026-11-30, session 2: event F1 0.757, event type F1 0.703, source
    # country F1 0.757). Session 1 had event F1 0.842, but two of its matches were the wrong REJECT of sample-04
    # ("The measures ... bar them from entering": the sanction told again, now no event) aligned with gold events
    # of another type; type F1 rose from 0.667 to 0.703.
    assert rows["event"]["f1"] >= 0.74, rows["event"]
    assert rows["event_type"]["f1"] >= 0.69, rows["event_type"]
    assert rows["source_country"]["f1"] >= 0.74, rows["source_country"]
    assert rows["event"]["tp"] >= 14
