"""Tests for parley.dates: finding and resolving news date expressions against the publication date."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from parley.dates import DateMention, event_date, find_dates, resolve_date
from parley.errors import DateError

SHARED = Path(__file__).resolve().parents[1] / ".." / "shared"

THU_2026_02_05 = date(2026, 2, 5)  # a Thursday
TUE_2025_10_14 = date(2025, 10, 14)  # a Tuesday
THU_2026_04_09 = date(2026, 4, 9)  # a Thursday
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def _only(text: str, pub: date | None, **kw: bool) -> DateMention:
    found = find_dates(text, pub, **kw)
    assert len(found) == 1, found
    return found[0]


# ---------------------------------------------------------------------------------------------------------
# weekday + day-of-month in parentheses


@pytest.mark.parametrize(
    "sentence,expr,value",
    [
        ("The two leaders spoke by video link this Wednesday (4).", "this Wednesday (4)", "2026-02-04"),
        ("On Sunday (1st), the envoy flew to the capital.", "On Sunday (1st)", "2026-02-01"),
        ("Talks resumed Monday (2) in the afternoon.", "Monday (2)", "2026-02-02"),
        ("Ministers will gather on Tuesday (10th).", "on Tuesday (10th)", "2026-02-10"),
        ("The vote came on Friday (30) after weeks of delay.", "on Friday (30)", "2026-01-30"),
    ],
)
def test_dates_weekday_dom_resolves_in_nearest_month(sentence, expr, value):
    m = _only(sentence, THU_2026_02_05)
    assert (m.text, m.value, m.granularity, m.rule, m.warning) == (expr, value, "day", "weekday+dom", None)


@pytest.mark.parametrize("expr,value", [("Friday (4)", "2026-02-04"), ("on Monday (1st)", "2026-02-01")])
def test_dates_weekday_dom_disagreement_trusts_day_and_warns(expr, value):
    m = resolve_date(expr, THU_2026_02_05)
    assert m.value == value
    assert m.warning is not None and "disagrees" in m.warning


# ---------------------------------------------------------------------------------------------------------
# weekdays


@pytest.mark.parametrize(
    "expr,pub,value",
    [
        ("on Sunday", THU_2026_02_05, "2026-02-01"),
        ("Sunday night", THU_2026_02_05, "2026-02-01"),
        ("on Sunday night", date(2025, 11, 17), "2025-11-16"),
        ("on Monday", THU_2026_02_05, "2026-02-02"),
        ("on Thursday", THU_2026_02_05, "2026-02-05"),
        ("on Tuesday", TUE_2025_10_14, "2025-10-14"),
        ("on Friday", THU_2026_02_05, "2026-01-30"),
        ("late on Saturday", THU_2026_02_05, "2026-01-31"),
        ("last Tuesday", TUE_2025_10_14, "2025-10-07"),
        ("last Tuesday", THU_2026_02_05, "2026-02-03"),
        ("this past Sunday", date(2026, 2, 8), "2026-02-01"),
        ("next Monday", THU_2026_04_09, "2026-04-13"),
        ("next Thursday", THU_2026_04_09, "2026-04-16"),
        ("this coming Friday", THU_2026_04_09, "2026-04-10"),
    ],
)
def test_dates_weekday_resolves_news_convention(expr, pub, value):
    m = _only(expr, pub)
    assert (m.text, m.value, m.granularity) == (expr, value, "day")


@pytest.mark.parametrize(
    "expr,value", [("on Monday", "2026-02-09"), ("on Thursday", "2026-02-12"), ("on Friday", "2026-02-06")]
)
def test_dates_weekday_future_flag_picks_next_occurrence(expr, value):
    assert resolve_date(expr, THU_2026_02_05, future=True).value == value


@settings(max_examples=200, deadline=None)
@given(pub=st.dates(min_value=date(1990, 1, 1), max_value=date(2060, 12, 31)), wd=st.sampled_from(WEEKDAYS))
def test_dates_last_and_next_weekday_property(pub, wd):
    last = date.fromisoformat(resolve_date(f"last {wd}", pub).value)
    nxt = date.fromisoformat(resolve_date(f"next {wd}", pub).value)
    bare = date.fromisoformat(resolve_date(f"on {wd}", pub).value)
    assert 1 <= (pub - last).days <= 7 and WEEKDAYS[last.weekday()] == wd
    assert 1 <= (nxt - pub).days <= 7 and WEEKDAYS[nxt.weekday()] == wd
    assert 0 <= (pub - bare).days <= 6 and WEEKDAYS[bare.weekday()] == wd


# ---------------------------------------------------------------------------------------------------------
# relative days, weeks, months, years


@pytest.mark.parametrize(
    "expr,value,granularity",
    [
        ("yesterday", "2026-02-04", "day"),
        ("yesterday morning", "2026-02-04", "day"),
        ("last night", "2026-02-04", "day"),
        ("today", "2026-02-05", "day"),
        ("tonight", "2026-02-05", "day"),
        ("earlier today", "2026-02-05", "day"),
        ("tomorrow", "2026-02-06", "day"),
        ("the day before yesterday", "2026-02-03", "day"),
        ("two days ago", "2026-02-03", "day"),
        ("10 days ago", "2026-01-26", "day"),
        ("this week", "2026-02-02", "week"),
        ("last week", "2026-01-26", "week"),
        ("next week", "2026-02-09", "week"),
        ("two weeks ago", "2026-01-19", "week"),
        ("over the weekend", "2026-01-26", "week"),
        ("last month", "2026-01", "month"),
        ("earlier this month", "2026-02", "month"),
        ("next month", "2026-03", "month"),
        ("three months ago", "2025-11", "month"),
        ("last year", "2025", "year"),
        ("this year", "2026", "year"),
    ],
)
def test_dates_relative_expressions(expr, value, granularity):
    m = _only(expr, THU_2026_02_05)
    assert (m.text, m.value, m.granularity) == (expr, value, granularity)


def test_dates_last_month_crosses_year_boundary():
    assert resolve_date("last month", date(2026, 1, 12)).value == "2025-12"


# ---------------------------------------------------------------------------------------------------------
# calendar dates, months, years


@pytest.mark.parametrize(
    "sentence,expr,value,granularity",
    [
        ("The accord was signed on March 3.", "on March 3", "2026-03-03", "day"),
        ("Troops left on June 20.", "on June 20", "2025-06-20", "day"),
        ("The treaty dates from March 3, 2005.", "March 3, 2005", "2005-03-03", "day"),
        ("It was ratified on 3 March 2005 in Geneva.", "on 3 March 2005", "2005-03-03", "day"),
        ("Polls close on 12 June.", "on 12 June", "2025-06-12", "day"),
        ("Envoys met on the 12th of January.", "on the 12th of January", "2026-01-12", "day"),
        ("He was freed on Sept. 11, 2001.", "on Sept. 11, 2001", "2001-09-11", "day"),
        ("Ballots were counted on the 4th.", "on the 4th", "2026-02-04", "day"),
        ("The filing is dated 2005-03-03.", "2005-03-03", "2005-03-03", "day"),
        ("The memo of 3/4/2005 leaked.", "3/4/2005", "2005-03-04", "day"),
        ("Fighting flared in early February.", "early February", "2026-02", "month"),
        ("Rains came in late January.", "late January", "2026-01", "month"),
        ("A summit is planned for mid-March.", "mid-March", "2026-03", "month"),
        ("The party split in March.", "March", "2026-03", "month"),
        ("The party split in November.", "November", "2025-11", "month"),
        ("Elections were held in May.", "May", "2025-05", "month"),
        ("Output fell by the end of June.", "the end of June", "2025-06", "month"),
        ("The plant opened in March 2005.", "March 2005", "2005-03", "month"),
        ("The embassy closed in 2005.", "2005", "2005", "year"),
        ("Sanctions have applied since 1999.", "1999", "1999", "year"),
        ("Work resumes in mid-2027.", "mid-2027", "2027", "year"),
    ],
)
def test_dates_absolute_and_month_forms(sentence, expr, value, granularity):
    m = _only(sentence, THU_2026_02_05)
    assert (m.text, m.value, m.granularity) == (expr, value, granularity)
    assert sentence[m.start : m.end] == expr


def test_dates_weekday_with_calendar_date_checks_agreement():
    ok = _only("Talks opened on Tuesday, March 3, 2026.", THU_2026_02_05)
    bad = _only("Talks opened on Friday, March 3, 2026.", THU_2026_02_05)
    assert (ok.value, ok.rule, ok.warning) == ("2026-03-03", "weekday+date", None)
    assert bad.value == "2026-03-03" and bad.warning is not None and "disagrees" in bad.warning


# ---------------------------------------------------------------------------------------------------------
# things that are not dates


@pytest.mark.parametrize(
    "sentence",
    [
        "Iran may retaliate if the strikes continue.",
        "Theresa May met the delegation.",
        "Some 1,500 troops crossed the border.",
        "The council cited Resolution 1701 in its statement.",
        "2026 marks the 25th anniversary of the ceasefire.",
        "They celebrated the 25th anniversary of independence.",
        "Markets close on a Saturday in that country.",
        "He protests every Sunday outside the ministry.",
        "The office is on the 4th floor.",
        "See http://example.org/archive/2005-07-13/player.html for the video.",
        "A convoy of 2000 troops arrived, and in 1500 cases nothing happened.",
    ],
)
def test_dates_non_dates_are_ignored(sentence):
    assert find_dates(sentence, THU_2026_02_05) == []


# ---------------------------------------------------------------------------------------------------------
# pub_date None, offsets, errors


@pytest.mark.parametrize(
    "expr,value",
    [
        ("on Sunday", None),
        ("last week", None),
        ("this Wednesday (4)", None),
        ("on March 3", None),
        ("yesterday", None),
        ("March 3, 2005", "2005-03-03"),
        ("3 March 2005", "2005-03-03"),
        ("in 2005", "2005"),
        ("March 2005", "2005-03"),
        ("2005-03-03", "2005-03-03"),
        ("3/4/2005", "2005-03-04"),
    ],
)
def test_dates_without_pub_date_only_absolute_resolve(expr, value):
    assert resolve_date(expr, None).value == value


def test_dates_offsets_match_text():
    text = (
        "Police detained two activists last Tuesday (7th), officials said on Wednesday; "
        "a court hearing is set for March 3, 2026, and the case dates from mid-2019 and from last month."
    )
    found = find_dates(text, TUE_2025_10_14)
    assert [m.text for m in found] == [
        "last Tuesday (7th)",
        "on Wednesday",
        "March 3, 2026",
        "mid-2019",
        "last month",
    ]
    for m in found:
        assert text[m.start : m.end] == m.text
    assert [m.start for m in found] == sorted(m.start for m in found)


@pytest.mark.parametrize("expr", ["xyzzy", "", "   ", "the cat sat"])
def test_dates_resolve_garbage_raises(expr):
    with pytest.raises(DateError, match=r"\[P030\]"):
        resolve_date(expr, THU_2026_02_05)


def test_dates_resolve_impossible_day_raises():
    with pytest.raises(DateError, match=r"\[P031\]"):
        resolve_date("February 30, 2026", THU_2026_02_05)


def test_dates_resolve_falls_back_to_dateparser():
    m = resolve_date("a fortnight ago", THU_2026_02_05)
    assert (m.rule, m.value, m.granularity) == ("dateparser", "2026-01-19", "week")
    assert resolve_date("a fortnight ago", None).value is None


def test_dates_resolve_never_uses_the_clock():
    pub = date(1999, 12, 30)
    assert resolve_date("yesterday", pub).value == "1999-12-29"
    assert resolve_date("a fortnight ago", pub).value == "1999-12-13"  # Monday of the week 14 days back


# ---------------------------------------------------------------------------------------------------------
# event_date


def test_dates_event_date_skips_reporting_verb_date():
    s = "Bolivian police detained a senator last Tuesday over a land deal, prosecutors said on Tuesday."
    trig = s.index("detained")
    chosen = event_date(s, TUE_2025_10_14, trig)
    assert (chosen.text, chosen.value) == ("last Tuesday", "2025-10-07")
    assert event_date(s, TUE_2025_10_14).text == "last Tuesday"


def test_dates_event_date_trigger_on_reporting_verb_takes_its_date():
    s = "The ministry said on Monday that soldiers had shelled the village on Sunday."
    pub = THU_2026_02_05
    assert event_date(s, pub, s.index("said")).value == "2026-02-02"
    assert event_date(s, pub, s.index("shelled")).value == "2026-02-01"


def test_dates_event_date_nearest_in_clause():
    s = "Rebels seized the port on Sunday; on Monday the army shelled the hills, a spokesman said."
    pub = THU_2026_02_05
    assert event_date(s, pub, s.index("seized")).text == "on Sunday"
    assert event_date(s, pub, s.index("shelled")).text == "on Monday"


def test_dates_event_date_none_without_date():
    assert event_date("The envoy praised the deal, aides said.", THU_2026_02_05, 10) is None


def test_dates_event_date_reporting_date_when_only_one():
    s = "The army shelled the town, a spokesman said on Friday."
    assert event_date(s, THU_2026_02_05, s.index("shelled")).value == "2026-01-30"


# ---------------------------------------------------------------------------------------------------------
# gold cases in ../shared (expressions and values only; no sentences copied)


def _shared(rel: str) -> Path:
    path = SHARED / rel
    if not path.exists():
        pytest.skip(f"../shared not found: {path} (gold date cases live there)")
    return path


@pytest.mark.shared
def test_dates_gold_reported_cases():
    rows = [
        json.loads(line) for line in _shared("gold/dev/reported_cases.jsonl").read_text("utf-8").splitlines()
    ]
    checked = 0
    for row in rows:
        expected = (row.get("labels") or {}).get("date_expr")
        pub = date.fromisoformat(row["date"])
        found = {(m.text, m.value) for m in find_dates(row["text"], pub)}
        if expected:
            assert (expected["expression"], expected["value"]) in found, row["id"]
            checked += 1
        for other in (row.get("labels") or {}).get("other_date_exprs") or []:
            assert (other["expression"], other["value"]) in found, row["id"]
    assert checked >= 10


@pytest.mark.shared
def test_dates_gold_seed_article():
    gold = json.loads(_shared("gold/seed_000.json").read_text("utf-8"))
    pub = date.fromisoformat(gold["publication_date"])
    text = next(_shared("seed").glob("000_*.txt")).read_text("utf-8")
    found = {(m.text, m.value) for m in find_dates(text, pub)}
    for d in gold["dates"]:
        assert (d["expression"], d["value"]) in found


def test_dates_packaged_samples_gold():
    path = Path(__file__).resolve().parents[1] / "src" / "parley" / "data" / "samples" / "gold.jsonl"
    if not path.exists():
        pytest.skip(f"packaged samples gold not found: {path}")
    checked = 0
    for line in path.read_text("utf-8").splitlines():
        row = json.loads(line)
        found = {(m.text, m.value) for m in find_dates(row["text"], date.fromisoformat(row["date"]))}
        for expr in row["labels"].get("date_exprs") or []:
            if expr:
                assert (expr["expression"], expr["value"]) in found, row["id"]
                checked += 1
    assert checked > 0
