"""Throughput benchmark: how fast Parley codes news articles on this machine.

Codes the first N documents (default 300) of ``../shared/corpus/news.jsonl`` (real Wikinews articles),
or of the bundled samples when that corpus is absent (the five samples are repeated, with new ids, up to
N), and reports:

* ``load_s``: seconds to build the coding Context (spaCy pipeline, knowledge base, lexicon, gazetteer);
* ``docs_per_s`` and ``sentences_per_s``: coding speed after loading (one process, ``nlp.pipe`` batches);
* ``events_per_doc``: coded events (asserted only, as ``parley code`` prints by default) per document;
* ``peak_rss_mib``: the process's peak resident set size (``resource.getrusage``), in MiB.

Usage::

    make bench                                            # 300 documents, table
    .venv/bin/python benchmarks/throughput.py -n 1000 --json
    .venv/bin/python benchmarks/throughput.py --input my_articles.jsonl --batch-size 64

Nothing is written to disk. See ``benchmarks/README.md`` for recorded numbers.
"""

from __future__ import annotations

import argparse
import itertools
import json
import platform
import resource
import sys
import time
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO / ".." / "shared" / "corpus" / "news.jsonl"
SAMPLES = REPO / "src" / "parley" / "data" / "samples" / "samples.jsonl"


def peak_rss_mib() -> float:
    """Peak resident set size of this process in MiB (Linux reports KiB, macOS bytes)."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def _documents(path: Path, n: int, *, repeat: bool) -> Iterator[Any]:
    """The first ``n`` RawDocs of a JSON Lines file; with ``repeat``, cycle the file with fresh ids."""
    from parley.ingest import read_any

    if not repeat:
        yield from itertools.islice(read_any([str(path)]), n)
        return
    base = list(read_any([str(path)]))
    if not base:
        return
    for i in range(n):
        raw = base[i % len(base)]
        yield replace(raw, doc_id=f"{raw.doc_id}#{i // len(base)}") if i >= len(base) else raw


def run(n: int, input_path: Path | None, batch_size: int) -> dict[str, Any]:
    """Code ``n`` documents and measure them.

    Args:
        n: number of documents to code (>= 1).
        input_path: a JSON Lines file of ``{id, text, date, ...}`` records; None picks
            ``../shared/corpus/news.jsonl`` when present, else the bundled samples (repeated up to ``n``).
        batch_size: documents per ``nlp.pipe`` batch.

    Returns:
        A dict of the measures listed in the module docstring, plus the input, versions and platform.
    """
    import parley
    from parley.nlp import pipeline_info
    from parley.pipeline import CoderOptions, Context, code_docs

    repeat = False
    if input_path is None:
        input_path = CORPUS.resolve() if CORPUS.is_file() else SAMPLES
        repeat = input_path == SAMPLES
    t0 = time.perf_counter()
    ctx = Context.create(CoderOptions(batch_size=batch_size))
    load_s = time.perf_counter() - t0

    docs = sentences = events = chars = 0
    t1 = time.perf_counter()
    for doc in code_docs(_documents(input_path, n, repeat=repeat), ctx=ctx):
        docs += 1
        sentences += len(doc.sentences)
        events += len(doc.events)
        chars += len(doc.text)
    code_s = time.perf_counter() - t1
    info = pipeline_info()
    return {
        "input": str(input_path) + (" (repeated)" if repeat else ""),
        "documents": docs,
        "sentences": sentences,
        "events": events,
        "characters": chars,
        "load_s": round(load_s, 2),
        "code_s": round(code_s, 2),
        "docs_per_s": round(docs / code_s, 2) if code_s else None,
        "sentences_per_s": round(sentences / code_s, 1) if code_s else None,
        "kchars_per_s": round(chars / code_s / 1000, 1) if code_s else None,
        "events_per_doc": round(events / docs, 2) if docs else None,
        "peak_rss_mib": round(peak_rss_mib(), 1),
        "batch_size": batch_size,
        "parley": parley.__version__,
        "spacy": info["spacy"],
        "pipeline": f"{info['package']} {info['version']}",
        "python": platform.python_version(),
        "machine": f"{platform.system()} {platform.machine()}",
    }


def render(result: dict[str, Any]) -> str:
    """The result as a two-column text table."""
    rows = [
        ("input", result["input"]),
        ("documents", result["documents"]),
        ("sentences", result["sentences"]),
        ("events", result["events"]),
        ("load time (s)", result["load_s"]),
        ("coding time (s)", result["code_s"]),
        ("docs/s", result["docs_per_s"]),
        ("sentences/s", result["sentences_per_s"]),
        ("kchars/s", result["kchars_per_s"]),
        ("events/doc", result["events_per_doc"]),
        ("peak RSS (MiB)", result["peak_rss_mib"]),
        (
            "versions",
            (
                f"parley {result['parley']}, spaCy {result['spacy']}, {result['pipeline']}, "
                f"Python {result['python']}, {result['machine']}"
            ),
        ),
    ]
    width = max(len(k) for k, _ in rows)
    return "\n".join(f"{k.ljust(width)}  {v}" for k, v in rows)


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point; returns the exit code."""
    parser = argparse.ArgumentParser(description="Measure Parley's coding throughput.")
    parser.add_argument("-n", "--docs", type=int, default=300, help="documents to code (default 300)")
    parser.add_argument(
        "--input",
        type=Path,
        default=None,
        help="JSON Lines file (default ../shared/corpus/news.jsonl, else the bundled samples)",
    )
    parser.add_argument(
        "--batch-size", type=int, default=32, help="documents per nlp.pipe batch (default 32)"
    )
    parser.add_argument("--json", action="store_true", help="print the result as JSON instead of a table")
    args = parser.parse_args(argv)
    if args.docs < 1:
        parser.error("--docs must be at least 1")
    if args.input is not None and not args.input.is_file():
        parser.error(f"no such file: {args.input}")
    result = run(args.docs, args.input, args.batch_size)
    print(json.dumps(result, indent=2) if args.json else render(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
