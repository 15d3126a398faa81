"""Evaluation: read gold answers and score coded events against them (``parley eval``).

``load_gold`` reads the gold formats, ``score`` compares predictions with gold documents, and ``run_eval``
does both around a coder. The matching rules are in ``docs/eval.md``.
"""

from __future__ import annotations

from parley.eval.gold import GoldActor, GoldDoc, GoldEvent, load_gold
from parley.eval.scorer import METRICS, PRF, Scorecard, document_date_mentions, run_eval, score

__all__ = [
    "METRICS",
    "PRF",
    "GoldActor",
    "GoldDoc",
    "GoldEvent",
    "Scorecard",
    "document_date_mentions",
    "load_gold",
    "run_eval",
    "score",
]
