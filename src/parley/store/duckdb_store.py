"""The DuckDB store: coded documents, events, actors and quotes in one file.

Writes are one transaction per batch, keyed by ``doc_id``: every row that belongs to a document is
deleted and then inserted again, so coding the same document twice leaves the store unchanged.
The table layout is in ``schema.sql`` next to this module; see ``docs/store.md``.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from importlib import resources
from pathlib import Path
from types import TracebackType
from typing import Any

import duckdb

from parley.errors import StoreError
from parley.records import Actor, Document, Event, Location, Quote

log = logging.getLogger(__name__)

SCHEMA_VERSION = "1"
"""Version written to ``meta.schema_version``; bump it whenever ``schema.sql`` changes."""

TABLES = ("documents", "events", "event_actors", "actors", "quotes")
"""Tables (``actors`` is a view) exported by :meth:`Store.export_parquet`, in that order."""

_EVENT_COLUMNS = (
    "event_id", "doc_id", "sentence_index", "sentence", "sentence_start", "sentence_end", "event_type",
    "mode", "context", "cameo", "quad_class", "goldstein", "date", "date_text", "location_name",
    "location_country", "lat", "lon", "geonameid", "modality", "trigger", "rule", "confidence",
    "source_country", "source_sector", "target_country", "target_sector",
)  # fmt: skip
_EVENT_TYPES = (
    "VARCHAR", "VARCHAR", "INTEGER", "VARCHAR", "INTEGER", "INTEGER", "VARCHAR", "VARCHAR", "VARCHAR[]",
    "VARCHAR", "TINYINT", "DOUBLE", "VARCHAR", "VARCHAR", "VARCHAR", "VARCHAR", "DOUBLE", "DOUBLE", "BIGINT",
    "VARCHAR", "VARCHAR", "VARCHAR", "DOUBLE", "VARCHAR", "VARCHAR", "VARCHAR", "VARCHAR",
)  # fmt: skip
_DOC_COLUMNS = (
    "doc_id", "title", "url", "outlet", "pub_date", "origin", "dateline", "text", "text_sha1", "n_sentences",
    "coded_at", "parley_version",
)  # fmt: skip
_DOC_TYPES = (
    "VARCHAR", "VARCHAR", "VARCHAR", "VARCHAR", "DATE", "VARCHAR", "VARCHAR", "VARCHAR", "VARCHAR", "INTEGER",
    "TIMESTAMP", "VARCHAR",
)  # fmt: skip
_ACTOR_COLUMNS = ("event_id", "side", "idx", "text", "name", "country", "sector", "role", "wikidata")
_ACTOR_TYPES = ("VARCHAR", "VARCHAR", "INTEGER") + ("VARCHAR",) * 6
_QUOTE_COLUMNS = (
    "quote_id", "doc_id", "sentence_index", "text", "speaker_text", "speaker_name", "speaker_country",
    "speaker_sector", "start", "end", "verb", "rule",
)  # fmt: skip
_QUOTE_TYPES = (
    ("VARCHAR", "VARCHAR", "INTEGER") + ("VARCHAR",) * 5 + ("INTEGER", "INTEGER", "VARCHAR", "VARCHAR")
)

# The day an event is placed on for since/until: its own date (a month counts as its first day),
# else the publication date of its document.
_EVENT_DAY = (
    'coalesce(CASE length(e."date") WHEN 10 THEN try_cast(e."date" AS DATE) '
    "WHEN 7 THEN try_cast(e.\"date\" || '-01' AS DATE) END, d.pub_date)"
)


@dataclass(slots=True, frozen=True)
class WriteStats:
    """What one :meth:`Store.write_batch` call wrote: numbers of documents, events and quotes."""

    documents: int = 0
    events: int = 0
    quotes: int = 0


def _parley_version() -> str | None:
    try:
        from importlib.metadata import PackageNotFoundError, version

        return version("parley")
    except (ImportError, PackageNotFoundError):
        return None


def _q(name: str) -> str:
    """Quote an SQL identifier (``date``, ``start``, ``end`` and ``trigger`` are keywords)."""
    return '"' + name.replace('"', '""') + '"'


def _sql_path(path: Path) -> str:
    """A file path as an SQL string literal (COPY takes no parameters)."""
    return "'" + str(path).replace("'", "''") + "'"


class Store:
    """A DuckDB file holding coded documents, events, event actors and quotes.

    Args:
        path: the database file, created with the current schema when missing; ``":memory:"`` keeps
            everything in memory.
        read_only: open an existing file for reading only (several processes may then read at once).

    Raises:
        StoreError: [P041] the file is not a DuckDB database, [P042] it is locked by another process,
            [P043] it was written with another schema version (or is not a Parley store),
            [P044] a read-only file does not exist.

    Example:
        >>> with Store(":memory:") as store:
        ...     store.counts()["events"]
        0

    See: docs/store.md
    """

    def __init__(self, path: str | Path = "parley.duckdb", *, read_only: bool = False) -> None:
        self.path = str(path)
        self.read_only = read_only and self.path != ":memory:"
        if self.read_only and not Path(self.path).exists():
            raise StoreError(f"[P044] cannot open store {self.path!r} read-only: the file does not exist")
        try:
            self._con = duckdb.connect(self.path, read_only=self.read_only)
        except duckdb.IOException as exc:
            raise StoreError(self._open_message(exc)) from exc
        except duckdb.Error as exc:
            raise StoreError(f"[P041] cannot open store {self.path!r}: {exc}") from exc
        try:
            self._check_or_create_schema()
        except BaseException:
            self._con.close()
            raise

    def _open_message(self, exc: Exception) -> str:
        msg = str(exc)
        if "lock" in msg.lower():
            return (
                f"[P042] store {self.path!r} is locked by another process (a DuckDB file has one writer at "
                f"a time); close it there or open it with read_only=True. DuckDB said: {msg}"
            )
        if "not a valid DuckDB database" in msg:
            return f"[P041] {self.path!r} is not a DuckDB database file"
        return f"[P041] cannot open store {self.path!r}: {msg}"

    def _check_or_create_schema(self) -> None:
        tables = {
            r[0] for r in self._con.execute("SELECT table_name FROM information_schema.tables").fetchall()
        }
        if "meta" in tables:
            row = self._con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
            found = row[0] if row else None
            if found != SCHEMA_VERSION:
                raise StoreError(
                    f"[P043] store {self.path!r} has schema version {found!r}, this Parley expects "
                    f"{SCHEMA_VERSION!r}; re-code into a new file or export the old one with its own version"
                )
            return
        if tables:
            raise StoreError(
                f"[P043] {self.path!r} is a DuckDB file but not a Parley store (no meta table; tables: "
                f"{', '.join(sorted(tables))})"
            )
        if self.read_only:
            raise StoreError(f"[P043] {self.path!r} is an empty DuckDB file, not a Parley store")
        sql = resources.files("parley.store").joinpath("schema.sql").read_text("utf-8")
        self._con.execute("BEGIN TRANSACTION")
        try:
            self._con.execute(sql)
            self._con.execute(
                "INSERT INTO meta VALUES ('schema_version', ?), ('created_by', ?)",
                [SCHEMA_VERSION, _parley_version() or "unknown"],
            )
            self._con.execute("COMMIT")
        except duckdb.Error:
            self._con.execute("ROLLBACK")
            raise

    # ------------------------------------------------------------------ writing

    def write_batch(self, docs: Sequence[Document]) -> WriteStats:
        """Write coded documents in one transaction, replacing what is stored for their ``doc_id``.

        Args:
            docs: coded documents; events without an ``event_id`` get ``Event.make_id()``.

        Returns:
            WriteStats: numbers of documents, events and quotes written.

        Raises:
            StoreError: [P045] a value does not fit its column, or ids collide; the whole batch is
                rolled back and the store keeps what it held before. [P046] the store is read-only.
        """
        if self.read_only:
            raise StoreError(f"[P046] store {self.path!r} is open read-only")
        if not docs:
            return WriteStats()
        coded_at = datetime.now(UTC).replace(tzinfo=None)
        version = _parley_version()
        doc_rows: list[tuple[Any, ...]] = []
        event_rows: list[tuple[Any, ...]] = []
        actor_rows: list[tuple[Any, ...]] = []
        quote_rows: list[tuple[Any, ...]] = []
        for doc in docs:
            doc_rows.append(_doc_row(doc, coded_at, version))
            for ev in doc.events:
                if not ev.event_id:
                    ev.event_id = ev.make_id()
                if not ev.doc_id:
                    ev.doc_id = doc.doc_id
                event_rows.append(_event_row(ev))
                for side, actors in (("source", ev.source), ("target", ev.target)):
                    for i, a in enumerate(actors):
                        actor_rows.append(
                            (ev.event_id, side, i, a.text, a.name, a.country, a.sector, a.role, a.wikidata)
                        )
            for qt in doc.quotes:
                quote_rows.append(_quote_row(qt, doc.doc_id))
        ids = [doc.doc_id for doc in docs]
        con = self._con
        try:
            con.execute("BEGIN TRANSACTION")
            con.execute(
                "DELETE FROM event_actors WHERE event_id IN "
                "(SELECT event_id FROM events WHERE doc_id IN (SELECT unnest(?::VARCHAR[])))",
                [ids],
            )
            for table in ("events", "quotes", "documents"):
                con.execute(f"DELETE FROM {table} WHERE doc_id IN (SELECT unnest(?::VARCHAR[]))", [ids])
            self._insert("documents", _DOC_COLUMNS, _DOC_TYPES, doc_rows)
            self._insert("events", _EVENT_COLUMNS, _EVENT_TYPES, event_rows)
            self._insert("event_actors", _ACTOR_COLUMNS, _ACTOR_TYPES, actor_rows)
            self._insert("quotes", _QUOTE_COLUMNS, _QUOTE_TYPES, quote_rows)
            con.execute("COMMIT")
        except (duckdb.Error, TypeError, ValueError, OverflowError) as exc:
            con.execute("ROLLBACK")
            raise StoreError(
                f"[P045] writing {len(docs)} document(s) to {self.path!r} failed and was rolled back "
                f"(first doc_id {ids[0]!r}): {exc}"
            ) from exc
        except BaseException:
            con.execute("ROLLBACK")
            raise
        return WriteStats(documents=len(doc_rows), events=len(event_rows), quotes=len(quote_rows))

    def _insert(
        self, table: str, columns: Sequence[str], types: Sequence[str], rows: list[tuple[Any, ...]]
    ) -> None:
        """Insert rows column-wise: one list parameter per column, unnested together (fast, no pandas)."""
        if not rows:
            return
        cols = list(zip(*rows, strict=True))
        select = ", ".join(f"unnest(?::{t}[])" for t in types)
        names = ", ".join(_q(c) for c in columns)
        self._con.execute(f"INSERT INTO {table} ({names}) SELECT {select}", [list(c) for c in cols])

    # ------------------------------------------------------------------ reading

    def has_document(self, doc_id: str, text_sha1: str | None = None) -> bool:
        """Whether ``doc_id`` is stored (and, when ``text_sha1`` is given, stored with that text).

        Args:
            doc_id: the document id.
            text_sha1: 40-hex SHA-1 of the UTF-8 text; a stored document with other text returns False.
        """
        if text_sha1 is None:
            row = self._con.execute("SELECT 1 FROM documents WHERE doc_id = ?", [doc_id]).fetchone()
        else:
            row = self._con.execute(
                "SELECT 1 FROM documents WHERE doc_id = ? AND text_sha1 = ?", [doc_id, text_sha1]
            ).fetchone()
        return row is not None

    def events(
        self,
        *,
        dyad: tuple[str, str] | None = None,
        event_type: str | None = None,
        since: date | None = None,
        until: date | None = None,
        actor: str | None = None,
        doc_id: str | None = None,
        limit: int | None = None,
    ) -> list[Event]:
        """Stored events, newest first.

        Args:
            dyad: two ISO3 codes; undirected, so ``("CHN", "RUS")`` matches events with any CHN actor on
                one side and any RUS actor on the other, in either direction.
            event_type: PLOVER event type, e.g. ``"CONSULT"``.
            since, until: inclusive bounds on the event day: the event's date (an ISO month counts as its
                first day), else its document's publication date. Events with neither are left out
                whenever a bound is given.
            actor: an actor's ISO3 country, Wikidata id, or canonical name or words (case-insensitive),
                on either side.
            doc_id: only events of this document.
            limit: at most this many events.

        Returns:
            Events ordered by event day descending (unknown last), then doc_id, sentence and event id.
        """
        where: list[str] = []
        params: list[Any] = []
        if dyad is not None:
            a, b = dyad
            where.append(
                "((EXISTS (SELECT 1 FROM event_actors s WHERE s.event_id = e.event_id AND s.side = 'source' "
                "AND s.country = ?) AND EXISTS (SELECT 1 FROM event_actors t WHERE t.event_id = e.event_id "
                "AND t.side = 'target' AND t.country = ?)) OR (EXISTS (SELECT 1 FROM event_actors s WHERE "
                "s.event_id = e.event_id AND s.side = 'source' AND s.country = ?) AND EXISTS (SELECT 1 FROM "
                "event_actors t WHERE t.event_id = e.event_id AND t.side = 'target' AND t.country = ?)))"
            )
            params += [a, b, b, a]
        if event_type is not None:
            where.append("e.event_type = ?")
            params.append(event_type)
        if since is not None:
            where.append(f"{_EVENT_DAY} >= ?")
            params.append(since)
        if until is not None:
            where.append(f"{_EVENT_DAY} <= ?")
            params.append(until)
        if actor is not None:
            where.append(
                "EXISTS (SELECT 1 FROM event_actors x WHERE x.event_id = e.event_id AND (x.country = ? "
                "OR x.wikidata = ? OR lower(x.name) = lower(?) OR lower(x.text) = lower(?)))"
            )
            params += [actor, actor, actor, actor]
        if doc_id is not None:
            where.append("e.doc_id = ?")
            params.append(doc_id)
        sql = (
            f"SELECT {', '.join('e.' + _q(c) for c in _EVENT_COLUMNS)} FROM events e "
            "LEFT JOIN documents d USING (doc_id)"
        )
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += f" ORDER BY {_EVENT_DAY} DESC NULLS LAST, e.doc_id, e.sentence_index, e.event_id"
        if limit is not None:
            sql += " LIMIT ?"
            params.append(int(limit))
        rows = self._con.execute(sql, params).fetchall()
        if not rows:
            return []
        ids = [r[0] for r in rows]
        actors: dict[str, tuple[list[Actor], list[Actor]]] = {i: ([], []) for i in ids}
        for event_id, side, _idx, *fields in self._con.execute(
            f"SELECT {', '.join(_ACTOR_COLUMNS)} FROM event_actors WHERE event_id IN "
            "(SELECT unnest(?::VARCHAR[])) ORDER BY event_id, side, idx",
            [ids],
        ).fetchall():
            text, name, country, sector, role, wikidata = fields
            actor_rec = Actor(
                text=text, name=name, country=country, sector=sector, role=role, wikidata=wikidata
            )
            actors[event_id][0 if side == "source" else 1].append(actor_rec)
        return [_row_event(r, *actors[r[0]]) for r in rows]

    def quotes(
        self, *, actor: str | None = None, doc_id: str | None = None, limit: int | None = None
    ) -> list[dict]:
        """Stored quotations as plain dicts (the columns of the ``quotes`` table).

        Args:
            actor: the speaker's ISO3 country, or canonical name or words (case-insensitive).
            doc_id: only quotes of this document.
            limit: at most this many quotes.

        Returns:
            Dicts with keys quote_id, doc_id, sentence_index, text, speaker_text, speaker_name,
            speaker_country, speaker_sector, start, end, verb, rule; ordered by doc_id and start offset.
        """
        where: list[str] = []
        params: list[Any] = []
        if actor is not None:
            where.append(
                "(speaker_country = ? OR lower(speaker_name) = lower(?) OR lower(speaker_text) = lower(?))"
            )
            params += [actor, actor, actor]
        if doc_id is not None:
            where.append("doc_id = ?")
            params.append(doc_id)
        sql = f"SELECT {', '.join(_q(c) for c in _QUOTE_COLUMNS)} FROM quotes"
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += ' ORDER BY doc_id, "start", quote_id'
        if limit is not None:
            sql += " LIMIT ?"
            params.append(int(limit))
        return [dict(zip(_QUOTE_COLUMNS, r, strict=True)) for r in self._con.execute(sql, params).fetchall()]

    def counts(self) -> dict[str, int]:
        """Row counts: documents, sentences (sum of n_sentences), events, actors (distinct), quotes."""
        row = self._con.execute(
            "SELECT (SELECT count(*) FROM documents), (SELECT coalesce(sum(n_sentences), 0) FROM documents), "
            "(SELECT count(*) FROM events), (SELECT count(*) FROM actors), (SELECT count(*) FROM quotes)"
        ).fetchone()
        assert row is not None
        return dict(zip(("documents", "sentences", "events", "actors", "quotes"), map(int, row), strict=True))

    def export_parquet(self, out_dir: str | Path) -> list[Path]:
        """Write each table (and the ``actors`` view) to ``out_dir/<table>.parquet``.

        Args:
            out_dir: a directory, created when missing; existing files of the same names are replaced.

        Returns:
            The written paths, in the order of :data:`TABLES`.

        Raises:
            StoreError: [P047] the directory cannot be created or written.
        """
        out = Path(out_dir)
        try:
            out.mkdir(parents=True, exist_ok=True)
            paths = []
            for table in TABLES:
                path = out / f"{table}.parquet"
                self._con.execute(f"COPY (SELECT * FROM {table}) TO {_sql_path(path)} (FORMAT PARQUET)")
                paths.append(path)
        except (OSError, duckdb.Error) as exc:
            raise StoreError(f"[P047] cannot export store {self.path!r} to {str(out)!r}: {exc}") from exc
        return paths

    def sql(self, query: str, params: Sequence[Any] | None = None) -> list[tuple[Any, ...]]:
        """Run a read query on the store and return all rows (for analysis code and tests)."""
        return self._con.execute(query, list(params or [])).fetchall()

    def close(self) -> None:
        """Close the connection (idempotent)."""
        try:
            self._con.close()
        except duckdb.Error:  # pragma: no cover - already closed
            pass

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"Store({self.path!r}, read_only={self.read_only})"


# ---------------------------------------------------------------------- row mapping


def _doc_row(doc: Document, coded_at: datetime, version: str | None) -> tuple[Any, ...]:
    sha1 = hashlib.sha1(doc.text.encode("utf-8")).hexdigest()
    return (
        doc.doc_id, doc.title, doc.url, doc.outlet, doc.pub_date, doc.origin, getattr(doc, "dateline", None),
        doc.text, sha1,
        len(doc.sentences), coded_at, version,
    )  # fmt: skip


def _event_row(ev: Event) -> tuple[Any, ...]:
    loc = ev.location
    src = ev.source[0] if ev.source else None
    tgt = ev.target[0] if ev.target else None
    return (
        ev.event_id, ev.doc_id, ev.sentence_index, ev.sentence, ev.sentence_start, ev.sentence_end,
        ev.event_type, ev.mode, list(ev.context), ev.cameo, ev.quad_class, ev.goldstein,
        ev.date, ev.date_text,
        loc.name if loc else None, loc.country if loc else None, loc.lat if loc else None,
        loc.lon if loc else None, loc.geonameid if loc else None,
        ev.modality, ev.trigger, ev.rule, ev.confidence,
        src.country if src else None, src.sector if src else None,
        tgt.country if tgt else None, tgt.sector if tgt else None,
    )  # fmt: skip


def _quote_id(doc_id: str, q: Quote) -> str:
    key = f"{doc_id}|{q.sentence_index}|{q.start}|{q.end}|{q.text}"
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


def _quote_row(q: Quote, doc_id: str) -> tuple[Any, ...]:
    sp = q.speaker
    did = q.doc_id or doc_id
    return (
        _quote_id(did, q), did, q.sentence_index, q.text,
        sp.text if sp else None, sp.name if sp else None,
        sp.country if sp else None, sp.sector if sp else None,
        q.start, q.end, q.verb, q.rule,
    )  # fmt: skip


def _row_event(row: tuple[Any, ...], source: list[Actor], target: list[Actor]) -> Event:
    r = dict(zip(_EVENT_COLUMNS, row, strict=True))
    location = None
    if r["location_name"] is not None:
        location = Location(
            name=r["location_name"], country=r["location_country"], lat=r["lat"], lon=r["lon"],
            geonameid=r["geonameid"],
        )  # fmt: skip
    return Event(
        event_id=r["event_id"],
        doc_id=r["doc_id"],
        sentence_index=r["sentence_index"],
        sentence=r["sentence"],
        sentence_start=r["sentence_start"],
        sentence_end=r["sentence_end"],
        event_type=r["event_type"],
        mode=r["mode"],
        context=list(r["context"] or []),
        cameo=r["cameo"],
        quad_class=r["quad_class"],
        goldstein=r["goldstein"],
        source=source,
        target=target,
        date=r["date"],
        date_text=r["date_text"],
        location=location,
        modality=r["modality"],
        trigger=r["trigger"],
        rule=r["rule"],
        confidence=r["confidence"],
    )
