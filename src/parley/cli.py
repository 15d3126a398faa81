"""The ``parley`` command line: one verb per command, each a thin call into the Python API.

Errors that Parley raises on purpose (``ParleyError``) print one clear line and exit 2; no traceback.
"""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Callable, Iterator
from datetime import date
from enum import Enum
from pathlib import Path
from typing import Annotated, Any, TypeVar

import typer
from rich.console import Console
from rich.table import Table

from parley import __version__
from parley.errors import InputError, ParleyError

app = typer.Typer(
    name="parley",
    help="Political event data from news text: PLOVER/CAMEO events with actors, dates, places and evidence.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
out = Console(soft_wrap=False, width=None if sys.stdout.isatty() else 160)
# one message, one line when stderr is a log or a pipe (scripts grep it)
err = Console(stderr=True, soft_wrap=not sys.stderr.isatty())
F = TypeVar("F", bound=Callable[..., Any])


class OutFormat(str, Enum):
    table = "table"
    jsonl = "jsonl"
    json = "json"


DbPath = Annotated[Path, typer.Option("--db", envvar="PARLEY_DB", help="DuckDB file.")]
Fmt = Annotated[OutFormat, typer.Option("--format", "-f", help="table (for people) | jsonl | json (for programs).")]
PubDate = Annotated[
    str | None, typer.Option("--date", help="Publication date YYYY-MM-DD for .txt/stdin input (relative dates).")
]
AllModalities = Annotated[
    bool, typer.Option("--all-modalities", help="Also output negated, future, hypothetical and alleged events.")
]
ActorsOpt = Annotated[
    list[str] | None,
    typer.Option("--actors", help="Extra actor dictionary (Parley CSV or PETRARCH/TABARI format); repeatable."),
]


def _parse_date(value: str | None, option: str = "--date") -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise InputError(f"[P011] {option} {value!r} is not a date in the form YYYY-MM-DD") from None


def _options(all_modalities: bool, actors: list[str] | None) -> Any:
    from parley.pipeline import CoderOptions

    return CoderOptions(all_modalities=all_modalities, actors=tuple(actors or ()))


def _guard(fn: F) -> F:
    import functools

    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return fn(*args, **kwargs)
        except ParleyError as exc:
            err.print(f"[bold red]error:[/] {exc}", highlight=False)
            raise typer.Exit(2) from None
        except BrokenPipeError:
            raise typer.Exit(0) from None

    return wrapper  # type: ignore[return-value]


def _actor_str(actors: list[dict[str, Any]]) -> str:
    parts = []
    for a in actors:
        code = f"{a.get('country') or '---'}{a.get('sector') or ''}"
        parts.append(f"{a.get('name') or a.get('text')} [{code}]")
    return "; ".join(parts) or "-"


def render_events(events: list[dict[str, Any]], fmt: OutFormat, *, title: str | None = None) -> None:
    """Print event dicts: a Rich table for people, JSON Lines or a JSON array for programs."""
    if fmt is OutFormat.jsonl:
        for e in events:
            sys.stdout.write(json.dumps(e, ensure_ascii=False) + "\n")
        return
    if fmt is OutFormat.json:
        sys.stdout.write(json.dumps(events, ensure_ascii=False, indent=2) + "\n")
        return
    table = Table(title=title, show_lines=True, expand=True)
    for col, ratio in (("date", 2), ("type", 2), ("mode", 2), ("cameo", 2), ("source", 4), ("target", 4),
                       ("evidence", 9)):
        table.add_column(col, overflow="fold", ratio=ratio)
    for e in events:
        mode = e.get("mode") or ""
        if e.get("modality") and e["modality"] != "asserted":
            mode = f"{mode} ({e['modality']})".strip()
        loc = e.get("location") or {}
        evidence = e.get("sentence", "")
        if loc:
            evidence += f"\n[dim]@ {loc.get('name')}, {loc.get('country')}[/]"
        table.add_row(
            e.get("date") or "?", e["event_type"], mode,
            f"{e['cameo']} ({e['goldstein']:+.1f})", _actor_str(e["source"]), _actor_str(e["target"]), evidence,
        )
    out.print(table)
    out.print(f"{len(events)} event(s)")


@app.callback(invoke_without_command=True)
def _root(
    version: Annotated[bool, typer.Option("--version", help="Show versions (Parley, spaCy, pipeline) and exit.")] = False,
) -> None:
    if version:
        from parley.nlp import pipeline_info

        info = pipeline_info()
        out.print(f"parley {__version__}\nspaCy {info['spacy']}\npipeline {info['package']} {info['version']}")
        raise typer.Exit(0)


@app.command()
@_guard
def code(
    paths: Annotated[list[str], typer.Argument(help="Files (.txt, .jsonl, .html, feeds, .warc) or - for stdin.")],
    pub_date: PubDate = None,
    fmt: Fmt = OutFormat.table,
    all_modalities: AllModalities = False,
    actors: ActorsOpt = None,
) -> None:
    """Code articles into events and print them (nothing is stored)."""
    from parley.pipeline import code_docs, read_paths

    raws = read_paths(paths, pub_date=_parse_date(pub_date))
    events: list[dict[str, Any]] = []
    n_docs = 0
    for doc in code_docs(raws, options=_options(all_modalities, actors)):
        n_docs += 1
        for w in doc.warnings:
            err.print(f"warning: {doc.doc_id}: {w}", highlight=False)
        batch = [e.to_dict() for e in doc.events]
        if fmt is OutFormat.jsonl:
            render_events(batch, fmt)
        else:
            events.extend(batch)
    if fmt is not OutFormat.jsonl:
        render_events(events, fmt)
    if n_docs == 0:
        raise InputError("[P017] no document could be read from " + ", ".join(paths))


def _progress_iter(docs: Iterator[Any], total: int | None, label: str) -> Iterator[Any]:
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    if not err.is_terminal:
        # no live bar in logs and CI: a progress line every 200 documents instead
        t0 = time.perf_counter()
        n = 0
        for d in docs:
            yield d
            n += 1
            if n % 200 == 0:
                dt = time.perf_counter() - t0
                of = f"/{total}" if total else ""
                err.print(f"{label}: {n}{of} documents, {dt:.0f} s, {n / dt:.1f} docs/s", highlight=False)
        return
    with Progress(TextColumn(label), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(), console=err,
                  transient=False) as progress:
        task = progress.add_task(label, total=total)
        for d in docs:
            yield d
            progress.advance(task)


def _count_records(paths: list[str]) -> int | None:
    n = 0
    for p in paths:
        path = Path(p)
        if p == "-" or not path.is_file():
            return None
        if path.suffix in (".jsonl", ".ndjson"):
            with path.open("rb") as fh:
                n += sum(1 for line in fh if line.strip())
        else:
            n += 1
    return n


@app.command()
@_guard
def ingest(
    paths: Annotated[list[str], typer.Argument(help="Files (.txt, .jsonl, .html, feeds, .warc), dirs, or -.")],
    db: DbPath = Path("parley.duckdb"),
    pub_date: PubDate = None,
    all_modalities: AllModalities = False,
    actors: ActorsOpt = None,
    batch: Annotated[int, typer.Option(help="Documents per database transaction.")] = 64,
) -> None:
    """Code articles and store documents, events, actors and quotes in a DuckDB file (idempotent)."""
    from parley.pipeline import code_docs, read_paths
    from parley.store import Store

    t0 = time.perf_counter()
    raws = read_paths(paths, pub_date=_parse_date(pub_date))
    n_docs = n_sents = n_events = n_quotes = 0
    store = None
    stored = 0
    try:
        pending: dict[str, Any] = {}
        docs = code_docs(raws, options=_options(all_modalities, actors))
        for doc in _progress_iter(docs, _count_records(paths), "coding"):
            if store is None:
                store = Store(db)  # opened on the first document: a failed read leaves no empty store behind
            for w in doc.warnings:
                err.print(f"warning: {doc.doc_id}: {w}", highlight=False)
            if doc.doc_id in pending:
                err.print(f"warning: duplicate document id {doc.doc_id!r} ({doc.origin}); it replaces the earlier "
                          "record", highlight=False)
            pending[doc.doc_id] = doc
            n_docs += 1
            n_sents += len(doc.sentences)
            n_events += len(doc.events)
            n_quotes += len(doc.quotes)
            if len(pending) >= batch:
                store.write_batch(list(pending.values()))
                stored += len(pending)
                pending = {}
        if n_docs == 0:
            raise InputError("[P017] no document could be read from " + ", ".join(paths))
        if pending:
            store.write_batch(list(pending.values()))
            stored += len(pending)
        counts = store.counts()
    except KeyboardInterrupt:
        err.print(f"interrupted: {stored} documents were stored in {db} (whole batches only); run the same "
                  "command again to finish", highlight=False)
        raise typer.Exit(130) from None
    finally:
        if store is not None:
            store.close()
    dt = time.perf_counter() - t0
    out.print(
        f"coded {n_docs} documents, {n_sents} sentences, {n_events} events, {n_quotes} quotes "
        f"in {dt:.1f} s ({n_docs / dt if dt else 0:.1f} docs/s) -> {db}"
    )
    out.print("store now holds: " + ", ".join(f"{k} {v}" for k, v in counts.items()))


@app.command()
@_guard
def events(
    db: DbPath = Path("parley.duckdb"),
    dyad: Annotated[tuple[str, str] | None, typer.Option(help="Two country codes, e.g. --dyad CHN RUS.")] = None,
    event_type: Annotated[str | None, typer.Option("--type", help="PLOVER event type, e.g. CONSULT.")] = None,
    since: Annotated[str | None, typer.Option(help="Earliest event date YYYY-MM-DD (inclusive).")] = None,
    until: Annotated[str | None, typer.Option(help="Latest event date YYYY-MM-DD (inclusive).")] = None,
    actor: Annotated[str | None, typer.Option(help="Actor name or country code.")] = None,
    limit: Annotated[int, typer.Option(min=0, help="At most this many events (0: all).")] = 50,
    fmt: Fmt = OutFormat.table,
) -> None:
    """List stored events, newest first."""
    from parley.events.cameo import plover_types
    from parley.store import Store

    if event_type and event_type.upper() not in plover_types():
        raise InputError(f"[P018] --type {event_type!r} is not a PLOVER event type; use one of "
                         + ", ".join(plover_types()))
    if not db.exists():
        raise InputError(f"[P012] no database at {db} (run `parley ingest ... --db {db}` first)")
    with Store(db, read_only=True) as store:
        evs = store.events(
            dyad=(dyad[0].upper(), dyad[1].upper()) if dyad else None,
            event_type=event_type.upper() if event_type else None,
            since=_parse_date(since, "--since"), until=_parse_date(until, "--until"), actor=actor,
            limit=limit or None,
        )
    render_events([e.to_dict() for e in evs], fmt)


@app.command()
@_guard
def quotes(
    db: DbPath = Path("parley.duckdb"),
    actor: Annotated[str | None, typer.Option(help="Speaker name or country code.")] = None,
    limit: Annotated[int, typer.Option(min=0, help="At most this many quotes (0: all).")] = 50,
    fmt: Fmt = OutFormat.table,
) -> None:
    """List stored quotes with their speakers."""
    from parley.store import Store

    if not db.exists():
        raise InputError(f"[P012] no database at {db} (run `parley ingest ... --db {db}` first)")
    with Store(db, read_only=True) as store:
        rows = store.quotes(actor=actor, limit=limit or None)
    if fmt is not OutFormat.table:
        data = json.dumps(rows, ensure_ascii=False, default=str)
        sys.stdout.write(data + "\n" if fmt is OutFormat.json else "".join(
            json.dumps(r, ensure_ascii=False, default=str) + "\n" for r in rows))
        return
    table = Table(show_lines=True, expand=True)
    for col in ("speaker", "country", "quote"):
        table.add_column(col, overflow="fold")
    for r in rows:
        table.add_row(str(r.get("speaker_name") or r.get("speaker_text")), str(r.get("speaker_country") or "-"),
                      str(r.get("text")))
    out.print(table)


@app.command()
@_guard
def actors(
    text: Annotated[str, typer.Argument(help="Text to analyse (or - to read stdin).")],
    pub_date: PubDate = None,
    actors_file: ActorsOpt = None,
    fmt: Fmt = OutFormat.table,
) -> None:
    """Show how each actor mention in a text is resolved, and why."""
    from parley.pipeline import code_docs
    from parley.records import RawDoc, text_id

    if text == "-":
        text = sys.stdin.read()
    if pub_date is None:
        err.print("warning: no --date: offices are resolved to their latest holders in the knowledge base",
                  highlight=False)
    raw = RawDoc(doc_id=text_id(text), text=text, pub_date=_parse_date(pub_date))
    doc = next(iter(code_docs([raw], options=_options(True, actors_file))))
    rows = [dict(m.to_dict(), how=m.how) for m in doc.mentions]
    if fmt is not OutFormat.table:
        sys.stdout.write(json.dumps(rows, ensure_ascii=False, indent=2 if fmt is OutFormat.json else None) + "\n")
        return
    table = Table(show_lines=False)
    for col in ("mention", "name", "country", "sector", "role", "how"):
        table.add_column(col, overflow="fold")
    for r in rows:
        table.add_row(r["text"], r["name"] or "", r["country"] or "-", r["sector"] or "-", r["role"] or "",
                      r["how"] or "")
    out.print(table)


@app.command("eval")
@_guard
def eval_(
    gold: Annotated[list[str], typer.Argument(help="Gold files: seed-format .json or common-format .jsonl.")],
    as_json: Annotated[bool, typer.Option("--json", help="Print the scorecard as JSON.")] = False,
    all_modalities: AllModalities = False,
    actors: ActorsOpt = None,
) -> None:
    """Score the coder against gold files: precision, recall and F1 per measure."""
    from parley.eval.scorer import run_eval
    from parley.pipeline import code_docs

    opts = _options(all_modalities, actors)
    card = run_eval(gold, lambda raws: list(code_docs(raws, options=opts)))
    if as_json:
        sys.stdout.write(json.dumps(card.to_dict(), indent=2) + "\n")
    else:
        out.print(card.render())


@app.command()
@_guard
def export(
    out_dir: Annotated[Path, typer.Argument(help="Folder for the Parquet files.")],
    db: DbPath = Path("parley.duckdb"),
) -> None:
    """Export every table of the store to Parquet files."""
    from parley.store import Store

    if not db.exists():
        raise InputError(f"[P012] no database at {db}")
    with Store(db, read_only=True) as store:
        files = store.export_parquet(out_dir)
    for f in files:
        out.print(str(f))


def main() -> None:
    """Console-script entry point."""
    app()


if __name__ == "__main__":
    main()
