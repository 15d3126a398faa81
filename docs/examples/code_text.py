"""Code one article with ``parley.code_text`` and print its events.

Run: ``.venv/bin/python docs/examples/code_text.py``
"""

from __future__ import annotations

from datetime import date

from parley import CoderOptions, code_text

ARTICLE = """\
Japan's Foreign Minister met South Korea's Foreign Minister in Seoul on Tuesday.

Police in Nairobi arrested 40 protesters on Monday, a police spokesman said.

Russia threatened to cut gas supplies to Moldova.

Turkey did not attack Kurdish militants in Syria on Sunday.
"""


def main() -> None:
    # The publication date anchors "on Tuesday" and "on Monday"; without one they stay unresolved.
    events = code_text(ARTICLE, pub_date=date(2026, 3, 12), doc_id="example-1")
    for ev in events:
        src = ", ".join(f"{a.name} [{a.country or '---'}{a.sector or ''}]" for a in ev.source)
        tgt = ", ".join(f"{a.name} [{a.country or '---'}{a.sector or ''}]" for a in ev.target) or "-"
        place = f" @ {ev.location.name}, {ev.location.country}" if ev.location else ""
        print(
            f"{ev.date}  {ev.event_type:<8} {ev.mode or '':<8} CAMEO {ev.cameo} ({ev.goldstein:+.1f})  "
            f"{src} -> {tgt}{place}"
        )
        print(f"    evidence: {ev.sentence.strip()!r} (trigger {ev.trigger!r}, rule {ev.rule})")

    # Negated, future and hypothetical events are left out unless asked for.
    everything = code_text(ARTICLE, pub_date=date(2026, 3, 12), options=CoderOptions(all_modalities=True))
    for ev in everything:
        if ev.modality != "asserted":
            print(f"{ev.modality}: {ev.event_type} {ev.trigger!r} in {ev.sentence.strip()!r}")


if __name__ == "__main__":
    main()
