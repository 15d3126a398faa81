"""Code a few articles into a DuckDB store in a temporary folder, then query events and quotes.

Run: ``.venv/bin/python docs/examples/ingest_and_query.py``
"""

from __future__ import annotations

import tempfile
from datetime import date
from pathlib import Path

from parley import RawDoc, Store, code_docs

ARTICLES = [
    RawDoc(
        doc_id="n1",
        pub_date=date(2026, 3, 3),
        outlet="Example Wire",
        text="Chinese Foreign Minister Wang Yi held talks with Russian Foreign Minister Sergei Lavrov "
        "in Moscow on Monday.",
    ),
    RawDoc(
        doc_id="n2",
        pub_date=date(2026, 3, 5),
        outlet="Example Wire",
        text="Russian President Vladimir Putin spoke by phone with Chinese President Xi Jinping on "
        'Wednesday. "Our cooperation is growing," the Russian president said.',
    ),
    RawDoc(
        doc_id="n3",
        pub_date=date(2026, 3, 6),
        outlet="Example Wire",
        text="The European Union imposed sanctions on five Belarusian officials on Thursday.",
    ),
]


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "example.duckdb"
        with Store(db) as store:
            stats = store.write_batch(list(code_docs(ARTICLES)))
            print("written:", stats)
            # Writing the same documents again replaces their rows: the counts do not change.
            store.write_batch(list(code_docs(ARTICLES)))
            print("counts:", store.counts())

        with Store(db, read_only=True) as store:
            print("China-Russia events, newest first:")
            for ev in store.events(dyad=("CHN", "RUS")):
                print(
                    f"  {ev.date} {ev.event_type} {ev.cameo} "
                    f"{[a.name for a in ev.source]} -> {[a.name for a in ev.target]}"
                )
            print("events since 2026-03-05:", len(store.events(since=date(2026, 3, 5))))
            for q in store.quotes(limit=5):
                print(f"  quote by {q['speaker_name']} ({q['speaker_country']}): {q['text']!r}")
            files = store.export_parquet(Path(tmp) / "export")
            print("exported:", ", ".join(f.name for f in files))


if __name__ == "__main__":
    main()
