"""The quality gate: scores on the gold files must not fall below the floors in benchmarks/baseline.json.

Raise the floors with ``python benchmarks/gate.py --pin`` whenever scores rise; lowering one needs
``--allow-regression --note "why"`` and the note is kept in the baseline file.
"""

from __future__ import annotations

import importlib.util
import json

import pytest

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def gate(shared_dir):
    from pathlib import Path

    path = Path(__file__).resolve().parents[1] / "benchmarks" / "gate.py"
    spec = importlib.util.spec_from_file_location("parley_gate", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_quality_gate_floors_hold(gate):
    baseline = json.loads(gate.BASELINE.read_text("utf-8"))
    results = gate.score_all()
    problems = gate.check(results, baseline)
    assert not problems, "\n".join(problems)


def test_quality_gate_seed_required_events_all_found(gate):
    baseline = json.loads(gate.BASELINE.read_text("utf-8"))
    assert baseline["floors"]["seed_000.json"]["seed_required"] == 1.0


def test_quality_gate_floors_never_below_issue_targets_without_note(gate):
    """Every floor is a number in [0, 1]; a lowered floor must come with a note."""
    baseline = json.loads(gate.BASELINE.read_text("utf-8"))
    for name, floors in baseline["floors"].items():
        for m, v in floors.items():
            assert 0.0 <= v <= 1.0, (name, m, v)
    assert isinstance(baseline.get("notes", []), list)
