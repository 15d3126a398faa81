"""Shared fixtures: the ../shared folder, the spaCy pipeline and a coding Context (loaded once)."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = (REPO / ".." / "shared").resolve()


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """``../shared`` beside the repository; tests that need it skip with a reason when it is absent."""
    if not (SHARED / "gold").is_dir():
        pytest.skip(f"../shared not found at {SHARED}: gold files and corpus are not available here")
    return SHARED


@pytest.fixture(scope="session")
def ctx():
    """A coding Context (spaCy pipeline, knowledge base, lexicon, gazetteer), built once per test session."""
    from parley.pipeline import Context

    return Context.create()


@pytest.fixture(scope="session")
def nlp(ctx):
    return ctx.nlp
