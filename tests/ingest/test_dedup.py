from __future__ import annotations

import pytest

from parley.ingest.dedup import dedup, normalise, shingle_hashes, shingles
from parley.records import RawDoc

BASE = (
    "The defence ministers of Norway and Sweden met in Tromso on Thursday to discuss joint patrols in the "
    "Arctic, and agreed to share radar data from their northern bases starting in the spring, a spokesman "
    "for the Norwegian ministry said after the meeting ended late in the evening."
)


def _doc(doc_id: str, text: str) -> RawDoc:
    return RawDoc(doc_id=doc_id, text=text)


def test_dedup_exact_after_normalisation():
    dropped: list[tuple[str, str, str]] = []
    docs = [
        _doc("a", BASE),
        _doc("b", "  " + BASE.upper().replace(",", " ,") + "\n"),
        _doc("c", "Other text."),
    ]
    kept = list(dedup(docs, on_drop=lambda d, k, r: dropped.append((d.doc_id, k, r))))
    assert [d.doc_id for d in kept] == ["a", "c"]
    assert dropped == [("b", "a", "exact")]


def test_dedup_near_duplicate_dropped_distinct_kept():
    near = BASE.replace("late in the evening", "late in the night")  # one word changed near the end
    different = "Chile and Argentina agreed on Monday to build a new road through the Andes near the border."
    dropped: list[tuple[str, str, str]] = []
    kept = list(
        dedup(
            [_doc("a", BASE), _doc("b", near), _doc("c", different)],
            threshold=0.8,
            on_drop=lambda d, k, r: dropped.append((d.doc_id, k, r)),
        )
    )
    assert [d.doc_id for d in kept] == ["a", "c"]
    assert [(d, k) for d, k, _ in dropped] == [("b", "a")]
    assert dropped[0][2].startswith("near:")
    assert float(dropped[0][2][5:]) >= 0.8


def test_dedup_threshold_one_keeps_near_duplicates():
    near = BASE.replace("late in the evening", "late in the night")
    assert [d.doc_id for d in dedup([_doc("a", BASE), _doc("b", near)], threshold=1.0)] == ["a", "b"]


def test_dedup_bad_threshold():
    with pytest.raises(ValueError):
        list(dedup([], threshold=0.0))


def test_dedup_shingles_and_hashes_agree():
    norm = normalise("One, two; THREE four five six!")
    assert norm == "one two three four five six"
    assert shingles(norm) == {b"one two three four five", b"two three four five six"}
    assert len(shingle_hashes(norm)) == 2
    assert shingle_hashes(norm) == shingle_hashes(norm)
    assert (
        shingle_hashes("short text") == shingle_hashes("short text")
        and len(shingle_hashes("short text")) == 1
    )
    assert shingle_hashes("") == []
