"""Tests for parley.events.cameo: the CAMEO/PLOVER crosswalk tables and their look-ups."""

from __future__ import annotations

import csv
import importlib.util
from pathlib import Path

import pytest

from parley.errors import KnowledgeBaseError
from parley.events.cameo import (
    PLOVER_CONTEXTS,
    cameo_codes,
    cameo_info,
    default_cameo,
    plover_modes,
    plover_types,
    quad_class_of,
)

REPO = Path(__file__).resolve().parents[2]
REFERENCE = REPO / ".." / "shared" / "reference"

MANUAL_ORDER = [
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
]  # fmt: skip


def _reference() -> Path:
    if not (REFERENCE / "CAMEO2PLOVER-2021.txt").is_file():
        pytest.skip(f"../shared not found: no reference files at {REFERENCE.resolve()}")
    return REFERENCE


def test_cameo_info_consult_root():
    info = cameo_info("040")
    assert (info.event_type, info.mode, info.quad_class, info.goldstein) == ("CONSULT", None, 1, 1.0)
    assert info.description == "Consult"


@pytest.mark.parametrize(
    "code,mode,goldstein,description",
    [
        ("190", None, -10.0, "Use conventional military force"),
        ("195", "heavy-weapons", -10.0, "Employ aerial weapons"),
    ],
)
def test_cameo_info_assault_codes(code, mode, goldstein, description):
    info = cameo_info(code)
    assert (info.event_type, info.mode, info.quad_class, info.goldstein) == ("ASSAULT", mode, 4, goldstein)
    assert info.description == description
    assert info.context == ("military",)


@pytest.mark.parametrize(
    "code,event_type,mode,context,quad,goldstein",
    [
        ("0841", "RETREAT", "release", ("legal",), 2, 7.0),
        ("163", "COERCE", "restrict", ("diplomatic",), 4, -8.0),
        ("1121", "ACCUSE", "allege", ("crime", "corruption"), 3, -2.0),
        ("1712", "ASSAULT", "seize", ("human_security",), 4, -9.2),
        ("057", "SUPPORT", None, ("diplomatic",), 1, 8.0),
        ("08", "CONCEDE", None, (), 2, 5.0),
    ],
)
def test_cameo_info_crosswalk_values(code, event_type, mode, context, quad, goldstein):
    info = cameo_info(code)
    assert (info.event_type, info.mode, info.context, info.quad_class, info.goldstein) == (
        event_type, mode, context, quad, goldstein,
    )  # fmt: skip


@pytest.mark.parametrize("code", ["010", "02", "0214", "028"])
def test_cameo_info_codes_without_plover_type(code):
    info = cameo_info(code)
    assert info.event_type is None and info.description


def test_cameo_info_parent_goldstein_for_missing_codes():
    assert cameo_info("1213").goldstein == cameo_info("121").goldstein == -4.0


@pytest.mark.parametrize("code", ["999", "40", "", "0400"])
def test_cameo_info_unknown_code_raises(code):
    with pytest.raises(KnowledgeBaseError, match="unknown CAMEO code"):
        cameo_info(code)
    with pytest.raises(KeyError):
        cameo_info(code)


def test_cameo_quad_class_follows_root():
    quads = {c: cameo_info(c).quad_class for c in cameo_codes()}
    assert {quads["019"], quads["057"]} == {1}
    assert {quads["060"], quads["0874"]} == {2}
    assert {quads["090"], quads["139"]} == {3}
    assert {quads["141"], quads["2042"]} == {4}
    assert len(quads) == 313


def test_cameo_plover_types_in_manual_order():
    assert plover_types() == MANUAL_ORDER


@pytest.mark.parametrize(
    "event_type,modes",
    [
        ("CONSULT", ["visit", "third-party", "multilateral", "phone"]),
        ("PROTEST", ["demo", "riot", "strike", "hunger", "boycott", "obstruct", "vandalize"]),
        ("SANCTION", ["convict", "expel", "withdraw", "discontinue"]),
        ("AGREE", []),
    ],
)
def test_cameo_plover_modes(event_type, modes):
    assert plover_modes(event_type) == modes


def test_cameo_plover_modes_counts():
    assert len(plover_modes("ASSAULT")) == 15
    assert len(plover_modes("COERCE")) == 10


@pytest.mark.parametrize(
    "event_type,quad",
    [("AGREE", 1), ("CONCEDE", 1), ("COOPERATE", 2), ("RETREAT", 2), ("REQUEST", 3), ("THREATEN", 3),
     ("PROTEST", 4), ("ASSAULT", 4)],
)  # fmt: skip
def test_cameo_quad_class_of(event_type, quad):
    assert quad_class_of(event_type) == quad


@pytest.mark.parametrize(
    "event_type,mode,code",
    [("CONSULT", None, "040"), ("CONSULT", "phone", "041"), ("CONSULT", "visit", "042"),
     ("ASSAULT", "aerial", "195"), ("ASSAULT", None, "190"), ("RETREAT", "release", "0841"),
     ("COERCE", "arrest", "173"), ("PROTEST", "demo", "141")],
)  # fmt: skip
def test_cameo_default_cameo_values(event_type, mode, code):
    assert default_cameo(event_type, mode) == code


@pytest.mark.parametrize("event_type", MANUAL_ORDER)
def test_cameo_default_cameo_every_type_and_mode(event_type):
    for mode in [None, *plover_modes(event_type)]:
        assert cameo_info(default_cameo(event_type, mode)).event_type == event_type, (event_type, mode)


@pytest.mark.parametrize("args", [("CONSULT", "aerial"), ("APPEAL", None), ("consult", None)])
def test_cameo_default_cameo_rejects_unknown(args):
    with pytest.raises(KnowledgeBaseError):
        default_cameo(*args)


def test_cameo_crosswalk_contexts_are_mostly_manual_contexts():
    used = {c for code in cameo_codes() for c in cameo_info(code).context}
    # the 2021 crosswalk predates manual 2.0's context list ("pro_democracy", "human_security")
    assert used - set(PLOVER_CONTEXTS) == {"democracy", "humanitarian"}


@pytest.mark.shared
def test_cameo_goldstein_matches_reference_tsv():
    ref = _reference()
    with (ref / "CAMEO.goldsteinscale.tsv").open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t"))
    assert len(rows) > 300
    for row in rows:
        assert cameo_info(row["cameo_code"]).goldstein == float(row["goldstein"]), row


@pytest.mark.shared
def test_cameo_committed_tables_match_generator(tmp_path):
    """tools/make_cameo_plover.py run on ../shared reproduces the committed CSVs byte for byte."""
    ref = _reference()
    script = REPO / "tools" / "make_cameo_plover.py"
    spec = importlib.util.spec_from_file_location("make_cameo_plover", script)
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    cameo = mod.build_cameo(ref)
    data = REPO / "src" / "parley" / "data" / "events"
    assert cameo == (data / "cameo_plover.csv").read_text("utf-8")
    rows = csv.reader(line for line in cameo.splitlines() if not line.startswith("#"))
    next(rows)
    types = {r[0]: r[2] for r in rows}
    assert mod.build_plover(ref, types) == (data / "plover.csv").read_text("utf-8")
