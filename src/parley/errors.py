"""Parley's exceptions, one tree, each message carrying a code.

    ParleyError
      + InputError           bad input file, encoding, empty or malformed record [P01x]
      + KnowledgeBaseError   malformed data file (actors, lexicon, gazetteer): names file and line [P02x]
      + DateError            a date expression that contradicts itself [P03x]
      + StoreError           DuckDB file unreadable or of another schema version [P04x]
      + GoldError            a gold file the scorer cannot read [P05x]
      + PipelineError        the spaCy pipeline is missing or broken [P06x]

The CLI catches ``ParleyError`` and prints its message without a traceback.
"""

from __future__ import annotations


class ParleyError(Exception):
    """Base class of every error Parley raises on purpose."""


class InputError(ParleyError):
    """An input file or record cannot be read (names the file and the problem)."""


class KnowledgeBaseError(ParleyError):
    """A data file (actors, lexicon, gazetteer) is malformed (names the file and line)."""


class DateError(ParleyError):
    """A date expression contradicts itself, e.g. a weekday that does not fall on the given day."""


class StoreError(ParleyError):
    """The DuckDB store cannot be opened or has an unexpected schema."""


class GoldError(ParleyError):
    """A gold file cannot be read by the scorer."""


class PipelineError(ParleyError):
    """The spaCy pipeline is missing or cannot be loaded."""
