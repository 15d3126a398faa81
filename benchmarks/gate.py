"""Quality gate: score the coder on the gold files and compare with the committed floors.

    python benchmarks/gate.py            # check: exit 1 when any measure is below its floor
    python benchmarks/gate.py --pin      # raise floors to today's scores (never lowers one)
    python benchmarks/gate.py --pin --allow-regression --note "why"   # lower a floor, with a recorded note

The floors live in ``benchmarks/baseline.json`` with the sha256 of each gold file, so a changed gold
file is noticed rather than silently re-baselined. ``tests/test_quality_gate.py`` runs the check in CI.
Gold files are read from ``../shared/gold`` (the project's evaluation data, never copied into the repo).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from datetime import date
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
SHARED = (REPO / ".." / "shared").resolve()
BASELINE = REPO / "benchmarks" / "baseline.json"
#: gold file -> measures gated. "seed_required" is required events found with the right type and dyad.
GATED = {
    "seed_000.json": ("seed_required", "event_f1", "date_f1", "quote_f1"),
    "dev/plover_gsr.jsonl": ("type_macro_f1", "event_f1", "dyad_country_f1", "source_country_f1",
                             "target_country_f1"),
    "dev/reported_cases.jsonl": ("event_f1", "event_type_f1"),
}


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def measure(card: dict[str, Any]) -> dict[str, float]:
    """The gated numbers of one scorecard (``Scorecard.to_dict()``)."""
    rows = card["rows"]
    out = {
        "type_macro_f1": card.get("macro_type_f1", 0.0),
        "event_f1": rows["event"]["f1"],
        "event_type_f1": rows["event_type"]["f1"],
        "dyad_country_f1": rows["dyad_country"]["f1"],
        "source_country_f1": rows["source_country"]["f1"],
        "target_country_f1": rows["target_country"]["f1"],
    }
    if "date" in rows:
        out["date_f1"] = rows["date"]["f1"]
    if "quote" in rows:
        out["quote_f1"] = rows["quote"]["f1"]
    req = card.get("extras", {}).get("required_found")
    if isinstance(req, str) and "/" in req:
        found, total = req.split("/")
        out["seed_required"] = int(found) / int(total) if int(total) else 1.0
    return {k: round(float(v), 4) for k, v in out.items()}


def score_all() -> dict[str, dict[str, float]]:
    """Run ``parley eval`` logic on every gated gold file; returns {gold file: {measure: value}}."""
    from parley.eval.scorer import run_eval
    from parley.pipeline import code_docs

    results = {}
    for name in GATED:
        card = run_eval([SHARED / "gold" / name], lambda raws: list(code_docs(raws)))
        results[name] = measure(card.to_dict())
    return results


def check(results: dict[str, dict[str, float]], baseline: dict[str, Any]) -> list[str]:
    """Failures as readable lines: a measure below its floor, or a gold file whose sha256 changed."""
    problems = []
    for name, measures in GATED.items():
        floors = baseline["floors"].get(name, {})
        want_sha = baseline["gold_sha256"].get(name)
        if want_sha and want_sha != sha256(SHARED / "gold" / name):
            problems.append(f"{name}: gold file changed since the floors were pinned (re-pin with a note)")
        for m in measures:
            if m in floors and results[name].get(m, 0.0) + 1e-9 < floors[m]:
                problems.append(f"{name}: {m} = {results[name].get(m, 0.0):.4f} < floor {floors[m]:.4f}")
    return problems


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--pin", action="store_true", help="raise floors to today's scores")
    ap.add_argument("--allow-regression", action="store_true", help="with --pin: allow lowering a floor")
    ap.add_argument("--note", default="", help="with --allow-regression: why the floor goes down")
    args = ap.parse_args(argv)
    if not (SHARED / "gold").is_dir():
        print(f"gate: ../shared not found at {SHARED}; nothing to check")
        return 0
    baseline = json.loads(BASELINE.read_text("utf-8"))
    results = score_all()
    for name, vals in results.items():
        print(name, json.dumps(vals))
    if not args.pin:
        problems = check(results, baseline)
        for p in problems:
            print("FAIL", p)
        return 1 if problems else 0
    if args.allow_regression and not args.note:
        print("gate: --allow-regression needs --note saying why")
        return 2
    from parley import __version__

    for name, measures in GATED.items():
        floors = baseline["floors"].setdefault(name, {})
        for m in measures:
            new = results[name].get(m)
            if new is None:
                continue
            new = float(f"{new - 0.005:.3f}") if m != "seed_required" else new  # small slack for float noise
            old = floors.get(m)
            if old is None or new > old or args.allow_regression:
                floors[m] = new
        baseline["gold_sha256"][name] = sha256(SHARED / "gold" / name)
    if args.allow_regression:
        baseline.setdefault("notes", []).append({"date": date.today().isoformat(), "note": args.note})
    baseline["parley"] = __version__
    BASELINE.write_text(json.dumps(baseline, indent=2) + "\n", "utf-8")
    print(f"pinned floors in {BASELINE}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
