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
    # floors a little under today's scores (event F1 0.842, source country F1 0.842 on 2026-11-30)
    assert rows["event"]["f1"] >= 0.80, rows["event"]
    assert rows["source_country"]["f1"] >= 0.80, rows["source_country"]
    assert rows["event"]["tp"] >= 16
