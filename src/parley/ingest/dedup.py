"""Drop exact and near-duplicate documents from a stream of RawDocs.

Exact duplicates have the same SHA-1 of their normalised text (NFKC, case-folded, words only).
Near duplicates are found with MinHash over word 5-shingles and LSH banding (``datasketch``,
Broder 1997; Leskovec, Rajaraman & Ullman, *Mining of Massive Datasets*, ch. 3): a document whose
estimated Jaccard similarity to an earlier kept document is at least ``threshold`` is dropped.
The first document of each group is kept. See ``docs/ingest.md#deduplication``.
"""

from __future__ import annotations

import hashlib
import logging
import re
import unicodedata
import zlib
from collections.abc import Callable, Iterable, Iterator

from parley.records import RawDoc

log = logging.getLogger("parley.ingest")

_WORD_RE = re.compile(r"\w+")

DropHandler = Callable[[RawDoc, str, str], None]
"""Called as ``on_drop(dropped_doc, kept_doc_id, reason)``; reason is ``"exact"`` or ``"near:0.93"``."""


def normalise(text: str) -> str:
    """Text reduced to its words: NFKC, case-folded, punctuation and whitespace runs become one space."""
    return " ".join(_WORD_RE.findall(unicodedata.normalize("NFKC", text).casefold()))


def shingles(norm: str, k: int = 5) -> set[bytes]:
    """The set of word ``k``-shingles of normalised text (the whole text when it has fewer words)."""
    words = norm.split()
    if len(words) <= k:
        return {norm.encode("utf-8")} if norm else set()
    return {" ".join(words[i : i + k]).encode("utf-8") for i in range(len(words) - k + 1)}


_MIX = (0x9E3779B1, 0x85EBCA77, 0xC2B2AE3D, 0x27D4EB2F, 0x165667B1, 0xD3A2646C, 0xFD7046C5, 0xB55A4F09)


def shingle_hashes(norm: str, k: int = 5) -> list[int]:
    """32-bit hashes of the word ``k``-shingles of normalised text (distinct, sorted).

    Each word is hashed with CRC-32 and the ``k`` word hashes of a shingle are mixed with fixed odd
    multipliers (mod 2**32), vectorised with numpy: the same sets as :func:`shingles`, ~10x faster
    than hashing the shingle strings. Deterministic across runs and machines.
    """
    import numpy as np

    words = norm.split()
    if not words:
        return []
    w = np.fromiter((zlib.crc32(x.encode("utf-8")) for x in words), dtype=np.uint64, count=len(words))
    if len(words) <= k:
        return [zlib.crc32(norm.encode("utf-8"))]
    n = len(words) - k + 1
    h = np.zeros(n, dtype=np.uint64)
    for j in range(k):
        h = (h + w[j : j + n] * np.uint64(_MIX[j % len(_MIX)])) & np.uint64(0xFFFFFFFF)
    h ^= h >> np.uint64(15)
    return np.unique(h).tolist()


def _identity(x: int) -> int:
    return x


def dedup(
    docs: Iterable[RawDoc],
    *,
    threshold: float = 0.9,
    num_perm: int = 128,
    shingle_size: int = 5,
    on_drop: DropHandler | None = None,
) -> Iterator[RawDoc]:
    """Yield the documents of ``docs`` that are not (near) duplicates of an earlier one.

    Args:
        docs: RawDocs in order; streamed, only hashes are kept (about 1 KiB per kept document).
        threshold: minimum estimated Jaccard similarity of 5-shingle sets, in (0, 1], to count as a near
            duplicate. 1.0 keeps all but exact duplicates.
        num_perm: MinHash permutations (more: better estimates, slower).
        shingle_size: words per shingle.
        on_drop: called for each dropped document (each drop is also logged at INFO).

    Yields:
        The kept documents, unchanged and in input order.

    Raises:
        ValueError: ``threshold`` is not in (0, 1].
    """
    if not 0.0 < threshold <= 1.0:
        raise ValueError(f"threshold must be in (0, 1], got {threshold}")
    near = threshold < 1.0
    if near:
        from datasketch import MinHash, MinHashLSH  # imports scipy (~1.5 s): only when needed

        # LSH finds candidates at a lower threshold (few missed pairs); each is then checked against
        # ``threshold`` with the MinHash Jaccard estimate.
        lsh = MinHashLSH(threshold=max(0.5, threshold - 0.2), num_perm=num_perm)
        hashes: dict[int, tuple[str, MinHash]] = {}
        template = MinHash(num_perm=num_perm, seed=1, hashfunc=_identity)  # permutations made once
        perms, scheme = template.permutations, template.scheme
    exact: dict[str, str] = {}
    for n, doc in enumerate(docs):
        norm = normalise(doc.text)
        key = hashlib.sha1(norm.encode("utf-8")).hexdigest()
        if key in exact:
            _drop(doc, exact[key], "exact", on_drop)
            continue
        if near:
            mh = MinHash(num_perm=num_perm, seed=1, hashfunc=_identity, permutations=perms, scheme=scheme)
            sh = shingle_hashes(norm, shingle_size)
            if sh:
                mh.update_batch(sh)
                best: tuple[float, str] | None = None
                for cand in lsh.query(mh):
                    kept_id, kept_mh = hashes[cand]
                    sim = mh.jaccard(kept_mh)
                    if sim >= threshold and (best is None or sim > best[0]):
                        best = (sim, kept_id)
                if best is not None:
                    _drop(doc, best[1], f"near:{best[0]:.2f}", on_drop)
                    continue
                lsh.insert(n, mh)
                hashes[n] = (doc.doc_id, mh)
        exact[key] = doc.doc_id
        yield doc


def _drop(doc: RawDoc, kept_id: str, reason: str, on_drop: DropHandler | None) -> None:
    log.info("dedup: dropped %s (%s duplicate of %s)", doc.doc_id, reason, kept_id)
    if on_drop is not None:
        on_drop(doc, kept_id, reason)


__all__ = ["DropHandler", "dedup", "normalise", "shingles"]
