from __future__ import annotations

from pathlib import Path

import pytest

from parley.ingest.clean import clean_text, is_boilerplate, split_dateline

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "ingest"


def test_clean_fixture_article_exact():
    r = clean_text((FIXTURES / "article.txt").read_text("utf-8"))
    assert r.text == (
        "Mozambique and Malawi agreed on Friday to reopen talks on a shared hydroelectric project.\n"
        "A source in the energy ministry said the first meeting would take place in Lilongwe next month.\n"
        "\n"
        "The two governments suspended the talks in 2024 after a dispute over tariffs."
    )
    assert r.dateline == "MAPUTO, Mozambique"
    assert r.removed == [
        "By Maria Costa",
        "Photo: Reproduction",
        "MAPUTO, Mozambique (Example Agency) —",
        "Image: Example Agency",
        "Share this:",
        "Advertisement",
        "(Photo: Example Agency)",
        "Source: Example News",
        "© 2026 Example News. All rights reserved.",
    ]


@pytest.mark.parametrize(
    "text,place,rest",
    [
        ("BAGHDAD (AFP) - Officials said the road was open.", "BAGHDAD", "Officials said the road was open."),
        ("KYIV, Ukraine (Reuters) — The army said.", "KYIV, Ukraine", "The army said."),
        ("WASHINGTON — The Senate voted.", "WASHINGTON", "The Senate voted."),
        ("LONDON, Feb 4 (Reuters) - Britain said.", "LONDON", "Britain said."),
        ("BUENOS AIRES, Argentina (AP) -- The peso fell.", "BUENOS AIRES, Argentina", "The peso fell."),
        ("Nairobi (Example Agency) - Kenya said.", "Nairobi", "Kenya said."),
        ("The president - after a pause - spoke.", None, "The president - after a pause - spoke."),
        ("US officials - two of them - spoke.", None, "US officials - two of them - spoke."),
        ("NOTE: this is not a dateline.", None, "NOTE: this is not a dateline."),
    ],
)
def test_clean_split_dateline(text, place, rest):
    assert split_dateline(text) == (place, rest)


@pytest.mark.parametrize(
    "line,expected",
    [
        ("Photo: Reproduction", True),
        ("(Photo: Reuters)", True),
        ("Image: Example Agency/Jane Roe", True),
        ("Source: Example News", True),
        ("Leave a Reply", True),
        ("Share this:", True),
        ("Read more: Budget talks stall", True),
        ("Related: Budget talks stall", True),
        ("Click here to read the full report", True),
        ("We use cookies to give you the best experience on our website.", True),
        ("Advertisement", True),
        ("Follow us on Twitter and Facebook", True),
        ("All rights reserved.", True),
        ("© 2026 Example Media Group", True),
        ("A source close to the talks said the deal was ready.", False),
        ("The source of the river is in the mountains.", False),
        ("Sources said the cabinet would meet on Monday to discuss the budget and the new tax.", False),
        ("Bakers sold cookies at the summit.", False),
        ("The photo showed the two leaders shaking hands.", False),
        ("Officials read more than 200 letters.", False),
    ],
)
def test_clean_is_boilerplate(line, expected):
    assert is_boilerplate(line) is expected


def test_clean_trailing_credit_and_paragraphs_kept():
    text = "Chad and Niger signed a pact. Photo: Reproduction\n\n\n\nThe pact covers trade.\nRead more"
    r = clean_text(text)
    assert r.text == "Chad and Niger signed a pact.\n\nThe pact covers trade."
    assert r.removed == ["Photo: Reproduction", "Read more"]
    assert r.dateline is None


def test_clean_byline_only_at_start():
    text = "By Jane Doe and John Roe, Example Wire\n\nThe vote passed.\nBy Monday the count was done."
    r = clean_text(text)
    assert r.text == "The vote passed.\nBy Monday the count was done."
    assert r.removed == ["By Jane Doe and John Roe, Example Wire"]


def test_clean_dateline_only_in_first_paragraph():
    r = clean_text("The talks began.\n\nPARIS (AFP) - not a dateline here.")
    assert r.dateline is None
    assert r.text == "The talks began.\n\nPARIS (AFP) - not a dateline here."
