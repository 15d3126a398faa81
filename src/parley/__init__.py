"""Parley: political event data from news text, fully offline.

Public API (imported lazily so ``import parley`` stays fast)::

    from parley import code_text, code_docs, Store
    events = code_text(text, pub_date=date(2026, 2, 5))

Exports: ``code_text``, ``code_docs``, ``CoderOptions``, ``Document``, ``RawDoc``, ``Event``, ``Actor``,
``Location``, ``Quote``, ``Store``, ``load_pipeline``, ``ParleyError``.
"""

from __future__ import annotations

from typing import Any

__version__ = "0.1.0"

_EXPORTS = {
    "code_text": "parley.pipeline",
    "code_docs": "parley.pipeline",
    "CoderOptions": "parley.pipeline",
    "Document": "parley.records",
    "RawDoc": "parley.records",
    "Event": "parley.records",
    "Actor": "parley.records",
    "Location": "parley.records",
    "Quote": "parley.records",
    "Store": "parley.store",
    "load_pipeline": "parley.nlp",
    "ParleyError": "parley.errors",
}
__all__ = sorted(_EXPORTS) + ["__version__"]


def __getattr__(name: str) -> Any:
    if name in _EXPORTS:
        import importlib

        return getattr(importlib.import_module(_EXPORTS[name]), name)
    raise AttributeError(f"module 'parley' has no attribute {name!r}")
