"""Parley's records: the plain data that flows through the pipeline and into the store.

One :class:`Document` moves through the stages once (see ``parley.pipeline``). Each stage fills
the fields it owns. Records are slotted, keyword-only dataclasses with ``to_dict``/``from_dict``;
``Event.to_dict()`` matches ``data/schema/event.schema.json`` (tested).

Field vocabulary follows PLOVER 2.0 (event type, mode, context, sector codes) and CAMEO
(event code, QuadClass, Goldstein); see ``docs/schema.md``.
"""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field, fields
from datetime import date
from typing import Any

MODALITIES = ("asserted", "negated", "future", "hypothetical", "reported", "background")


#: Country codes of transnational actors (CAMEO actor codebook top-level codes): intergovernmental
#: organisations, non-governmental organisations and international militarized groups (al-Qaeda, Islamic State).
TRANSNATIONAL = frozenset({"IGO", "NGO", "IMG"})


@dataclass(slots=True, kw_only=True)
class Actor:
    """A resolved actor: who a mention refers to.

    Attributes:
        text: the words in the sentence (``"Chinese Foreign Minister Wang Yi"``).
        name: canonical name (``"Wang Yi"``), or ``text`` when no better name is known.
        country: ISO 3166-1 alpha-3 code, ``"IGO"``/``"NGO"``/``"IMG"`` for transnational actors (CAMEO's
            international organisations and militarized groups), or None.
        sector: PLOVER sector code (GOV, MIL, LEG, JUD, PTY, COP, REB, CVL, ...), or None.
        role: office or role (``"Minister of Foreign Affairs"``), or None.
        wikidata: Wikidata Q-id where the knowledge base knows it, or None.
        start, end: character offsets of ``text`` in the document (-1 when unknown).
        how: how the mention was resolved (``"kb:person"``, ``"role-phrase"``, ``"coref"``...).
    """

    text: str
    name: str | None = None
    country: str | None = None
    sector: str | None = None
    role: str | None = None
    wikidata: str | None = None
    start: int = -1
    end: int = -1
    how: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """The schema's six public fields plus ``how`` (offsets are internal)."""
        return {
            "text": self.text,
            "name": self.name,
            "country": self.country,
            "sector": self.sector,
            "role": self.role,
            "wikidata": self.wikidata,
        }

    def copy_at(self, text: str, start: int, end: int, *, how: str | None = None) -> Actor:
        """The same actor seen at another mention (coreference): new text and offsets, same identity."""
        return Actor(
            text=text, name=self.name, country=self.country, sector=self.sector, role=self.role,
            wikidata=self.wikidata, start=start, end=end, how=how or self.how,
        )

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Actor:
        names = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in d.items() if k in names})


@dataclass(slots=True, kw_only=True)
class Location:
    """A place resolved against the packaged gazetteer (geonames facts).

    ``lat``/``lon`` are WGS84 decimal degrees; ``country`` is ISO alpha-3.
    """

    name: str
    country: str | None = None
    lat: float | None = None
    lon: float | None = None
    geonameid: int | None = None
    admin1: str | None = None
    feature: str | None = None  # "country", "admin1", "city"
    text: str | None = None  # the words in the document

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "country": self.country,
            "lat": self.lat,
            "lon": self.lon,
            "geonameid": self.geonameid,
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any] | None) -> Location | None:
        if d is None:
            return None
        names = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in d.items() if k in names})


@dataclass(slots=True, kw_only=True)
class Quote:
    """A direct quotation and who said it. Offsets are characters in the document text."""

    text: str
    speaker: Actor | None
    doc_id: str = ""
    sentence_index: int = -1
    start: int = -1
    end: int = -1
    verb: str | None = None
    rule: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "doc_id": self.doc_id,
            "text": self.text,
            "speaker": self.speaker.to_dict() if self.speaker else None,
            "sentence_index": self.sentence_index,
            "start": self.start,
            "end": self.end,
            "verb": self.verb,
            "rule": self.rule,
        }


@dataclass(slots=True, kw_only=True)
class Event:
    """One coded political event, traceable to the sentence that states it.

    Offsets ``sentence_start``/``sentence_end`` are character offsets in ``Document.text``.
    ``quad_class`` is 1 verbal cooperation, 2 material cooperation, 3 verbal conflict,
    4 material conflict; ``goldstein`` is in [-10, 10] (CAMEO Goldstein scale).
    ``date`` is an ISO day (``2026-02-04``) or month (``2026-02``), None when unknown.
    """

    event_id: str = ""
    doc_id: str = ""
    sentence_index: int = -1
    sentence: str = ""
    sentence_start: int = -1
    sentence_end: int = -1
    event_type: str = ""
    mode: str | None = None
    context: list[str] = field(default_factory=list)
    cameo: str = ""
    quad_class: int = 0
    goldstein: float = 0.0
    source: list[Actor] = field(default_factory=list)
    target: list[Actor] = field(default_factory=list)
    date: str | None = None
    date_text: str | None = None
    location: Location | None = None
    modality: str = "asserted"
    trigger: str = ""
    rule: str = ""
    confidence: float = 0.5
    # internal: token index of the trigger in the sentence, not serialised
    trigger_index: int = -1

    def make_id(self) -> str:
        """Stable id from doc, sentence, trigger and type, so re-coding gives the same id."""
        key = f"{self.doc_id}|{self.sentence_index}|{self.trigger_index}|{self.event_type}|" + "|".join(
            f"{a.country}{a.sector}{a.name}" for a in self.source + self.target
        )
        return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready dict matching ``data/schema/event.schema.json``."""
        return {
            "event_id": self.event_id,
            "doc_id": self.doc_id,
            "sentence_index": self.sentence_index,
            "sentence": self.sentence,
            "sentence_start": self.sentence_start,
            "sentence_end": self.sentence_end,
            "event_type": self.event_type,
            "mode": self.mode,
            "context": list(self.context),
            "cameo": self.cameo,
            "quad_class": self.quad_class,
            "goldstein": self.goldstein,
            "source": [a.to_dict() for a in self.source],
            "target": [a.to_dict() for a in self.target],
            "date": self.date,
            "date_text": self.date_text,
            "location": self.location.to_dict() if self.location else None,
            "modality": self.modality,
            "trigger": self.trigger,
            "rule": self.rule,
            "confidence": round(self.confidence, 3),
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Event:
        kw = dict(d)
        kw["source"] = [Actor.from_dict(a) for a in d.get("source", [])]
        kw["target"] = [Actor.from_dict(a) for a in d.get("target", [])]
        kw["location"] = Location.from_dict(d.get("location"))
        names = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in kw.items() if k in names})


@dataclass(slots=True, kw_only=True)
class RawDoc:
    """An article as read from input, before any processing.

    Attributes:
        doc_id: stable id (given by the input, or the sha1 of the text).
        text: the article body (boilerplate is removed later, by ``ingest.clean``).
        pub_date: publication date, or None when the input gives none (dates then stay unresolved).
        title, url, outlet: metadata kept with the document.
        origin: the file the document came from (for error messages).
    """

    doc_id: str
    text: str
    pub_date: date | None = None
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    origin: str | None = None


@dataclass(slots=True, kw_only=True)
class Sentence:
    """A sentence of a document: its index, text and character offsets in ``Document.text``."""

    index: int
    text: str
    start: int
    end: int


@dataclass(slots=True, kw_only=True)
class Document:
    """A document being coded. ``text`` is the cleaned body that all offsets refer to."""

    doc_id: str
    text: str
    pub_date: date | None = None
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    origin: str | None = None
    dateline: str | None = None  # place named in a dateline ("BAGHDAD (AFP) -"), removed from ``text``
    sentences: list[Sentence] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    mentions: list[Actor] = field(default_factory=list)
    date_mentions: list[tuple[str, str | None]] = field(default_factory=list)  # (expression, ISO value)
    warnings: list[str] = field(default_factory=list)
    skip_spans: list[tuple[int, int]] = field(default_factory=list)  # photo captions: kept, not coded
    spacy: Any = None  # the spaCy Doc while the document is being coded; dropped afterwards

    def meta_dict(self) -> dict[str, Any]:
        return {
            "doc_id": self.doc_id,
            "title": self.title,
            "url": self.url,
            "outlet": self.outlet,
            "pub_date": self.pub_date.isoformat() if self.pub_date else None,
            "origin": self.origin,
        }


def text_id(text: str) -> str:
    """A document id from its text: the first 16 hex digits of the SHA-1 of the UTF-8 text."""
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]


__all__ = [
    "MODALITIES",
    "Actor",
    "Document",
    "Event",
    "Location",
    "Quote",
    "RawDoc",
    "Sentence",
    "asdict",
    "text_id",
]
