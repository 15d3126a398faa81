"""Find date expressions in news sentences and resolve them against the publication date.

News text dates events relative to the day the article appeared ("on Sunday", "last week",
"this Wednesday (4)"). This module finds those expressions with its own regular-expression rules
(the news-specific forms that general parsers get wrong) and resolves the remainder with
``dateparser``, always anchored on the publication date, never on the system clock.

Values are ISO strings whose length follows the granularity: ``"2026-02-04"`` (day, and week:
the Monday of that ISO week), ``"2026-02"`` (month), ``"2026"`` (year). Relative expressions
resolve to ``None`` when the publication date is unknown.

See: docs/dates.md
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from parley.errors import DateError

__all__ = ["DateMention", "event_date", "find_dates", "resolve_date"]


@dataclass(frozen=True, slots=True)
class DateMention:
    """One date expression found in a text.

    Attributes:
        text: the expression as written (``"this Wednesday (4)"``, ``"on Sunday night"``, ``"last week"``).
            A leading "on" belongs to the expression; "in"/"since"/"by" before months and years do not.
        start, end: character offsets of ``text`` in the string given to :func:`find_dates`.
        value: ISO day ``"2026-02-04"`` (also for granularity "week": the Monday of that week),
            ISO month ``"2026-02"`` or ISO year ``"2026"``; None if it cannot be resolved.
        granularity: ``"day"``, ``"week"``, ``"month"`` or ``"year"``.
        rule: the rule that resolved it (``"weekday+dom"``, ``"weekday"``, ``"relative-day"``,
            ``"dateparser"``...).
        warning: a note when the expression is inconsistent, e.g. weekday and day-of-month disagree.
    """

    text: str
    start: int
    end: int
    value: str | None
    granularity: str
    rule: str
    warning: str | None = None


# ----------------------------------------------------------------------------------------------------------
# vocabulary

_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_MONTHS = tuple(
    "january february march april may june july august september october november december".split()
)
_MONTH_ABBR = {m[:3]: i + 1 for i, m in enumerate(_MONTHS) if m != "may"} | {"sept": 9}
_NUMBERS = {
    w: i + 1 for i, w in enumerate("one two three four five six seven eight nine ten eleven twelve".split())
}
_NUMBERS |= {"a": 1, "an": 1}
# Reporting verbs: a date right after one of these dates the report, not the reported event.
_REPORTING = frozenset(
    "said says say told tells announced announces reported reports stated states added adds confirmed "
    "confirms declared declares noted notes wrote writes tweeted posted claimed claims explained explains "
    "insisted revealed disclosed warned warns according briefed commented".split()
)

_WD = r"(?i:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
# Month names are matched case-sensitively (capitalised or all caps) so the modal "may" is never a month.
_MONTH_FULL = "|".join(m.capitalize() + "|" + m.upper() for m in _MONTHS)
_MON = rf"(?:{_MONTH_FULL})"
_MON_ANY = rf"(?:{_MONTH_FULL}|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?)"
_DOM = r"(?:[12]\d|3[01]|0?[1-9])"
_ORD = r"(?:st|nd|rd|th)"
_YEAR = r"(?:1[89]\d\d|20\d\d)"
_TOD = r"(?:\s+(?i:morning|afternoon|evening|night))"
_NUM = r"(?i:\d{1,2}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
_YEAR_PREP = r"(?i:in|since|by|during|until|till|before|after|from|through|throughout|between|circa)"
# a year followed by one of these is a count ("in 1500 troops"), not a year
_NOT_COUNT = (
    r"(?![,.]?\d)(?!\s*%)(?!\s+(?i:people|troops|soldiers|votes|dollars|euros|men|women|children|police|"
    r"residents|killed|dead|cases|members|fighters|refugees|metres|meters|km|kilometres|miles)\b)"
)


# ----------------------------------------------------------------------------------------------------------
# date arithmetic


def _month_of(name: str) -> int:
    key = name.lower().rstrip(".")
    if key in _MONTHS:
        return _MONTHS.index(key) + 1
    return _MONTH_ABBR[key]


def _monday(d: date) -> date:
    return d - timedelta(days=d.weekday())


def _add_months(year: int, month: int, n: int) -> tuple[int, int]:
    idx = year * 12 + (month - 1) + n
    return idx // 12, idx % 12 + 1


def _weekday_back(pub: date, wd: int, min_days: int) -> date:
    delta = (pub.weekday() - wd) % 7
    return pub - timedelta(days=delta + (7 if delta < min_days else 0))


def _weekday_forward(pub: date, wd: int, min_days: int) -> date:
    delta = (wd - pub.weekday()) % 7
    return pub + timedelta(days=delta + (7 if delta < min_days else 0))


def _nearest_dom(pub: date, day: int, future: bool) -> date | None:
    """Return the date with this day-of-month in pub's month or the month before/after, nearest to pub."""
    best: tuple[int, int, date] | None = None
    for shift in (0, -1, 1):
        y, m = _add_months(pub.year, pub.month, shift)
        try:
            cand = date(y, m, day)
        except ValueError:
            continue
        dist = abs((cand - pub).days)
        wrong_side = int(cand > pub) if not future else int(cand < pub)
        key = (dist, wrong_side, cand)
        if best is None or key[:2] < best[:2]:
            best = key
    return best[2] if best else None


def _infer_year(pub: date, month: int, day: int | None, future: bool) -> int:
    """Year for a month (and day) written without one: pub's year, shifted when > ~2 months off."""
    year = pub.year
    if day is None:
        diff = (year * 12 + month) - (pub.year * 12 + pub.month)
        if not future and diff > 2:
            return year - 1
        if future and diff < -2:
            return year + 1
        return year
    try:
        diff_days = (date(year, month, day) - pub).days
    except ValueError:  # 29 February outside a leap year: look at the neighbouring year
        return year - 1 if not future else year + 1
    if not future and diff_days > 62:
        return year - 1
    if future and diff_days < -62:
        return year + 1
    return year


def _iso(d: date) -> str:
    return d.isoformat()


# ----------------------------------------------------------------------------------------------------------
# rules: each handler gets the match, pub_date and future flag and returns (value, granularity, rule, warning)

_Result = tuple[str | None, str, str, str | None]
_Handler = Callable[[re.Match[str], date | None, bool], _Result]


def _h_weekday_dom(m: re.Match[str], pub: date | None, future: bool) -> _Result:
    wd = _WEEKDAYS.index(m["wd"].lower())
    if pub is None:
        return None, "day", "weekday+dom", None
    d = _nearest_dom(pub, int(m["dom"]), future)
    if d is None:
        return None, "day", "weekday+dom", f"no day {m['dom']} near {pub.isoformat()}"
    warning = None
    if d.weekday() != wd:
        warning = (
            f"weekday {_WEEKDAYS[wd].capitalize()} disagrees with day-of-month {int(m['dom'])} "
            f"({d.isoformat()} is a {_WEEKDAYS[d.weekday()].capitalize()}); trusted the day-of-month"
        )
    return _iso(d), "day", "weekday+dom", warning


def _h_weekday(m: re.Match[str], pub: date | None, future: bool) -> _Result:
    wd = _WEEKDAYS.index(m["wd"].lower())
    mod = " ".join((m["mod"] or "").lower().split())
    if mod in ("last", "this past", "past"):
        rule, fwd, min_days = "last-weekday", False, 1
    elif mod in ("next", "this coming", "coming"):
        rule, fwd, min_days = "next-weekday", True, 1
    else:
        rule, fwd, min_days = "weekday", future, (1 if future else 0)
    if pub is None:
        return None, "day", rule, None
    d = _weekday_forward(pub, wd, min_days) if fwd else _weekday_back(pub, wd, min_days)
    return _iso(d), "day", rule, None


_DAY_OFFSETS = (
    ("before yesterday", -2),
    ("after tomorrow", 2),
    ("yesterday", -1),
    ("last night", -1),
    ("tomorrow", 1),
)  # anything else (today, tonight, this morning) is the publication day


def _h_relative_day(m: re.Match[str], pub: date | None, future: bool) -> _Result:
    words = " ".join(m.group(0).lower().split())
    off = next((v for k, v in _DAY_OFFSETS if k in words), 0)
    return (_iso(pub + timedelta(days=off)) if pub else None), "day", "relative-day", None


def _h_ago(m: re.Match[str], pub: date | None, future: bool) -> _Result:
    n_txt = m["n"].lower()
    n = int(n_txt) if n_txt.isdigit() else _NUMBERS[n_txt]
    unit = m["unit"].lower().rstrip("s")
    gran = unit
    if pub is None:
        return None, gran, "ago", None
    if unit == "day":
        return _iso(pub - timedelta(days=n)), gran, "ago", None
    if unit == "week":
        return _iso(_monday(pub - timedelta(days=7 * n))), gran, "ago", None
    if unit == "month":
        y, mo = _add_months(pub.year, pub.month, -n)
        return f"{y:04d}-{mo:02d}", gran, "ago", None
    return f"{pub.year - n:04d}", gran, "ago", None


def _shift_of(mod: str) -> int:
    return {"last": -1, "past": -1, "previous": -1, "next": 1, "coming": 1}.get(mod.split()[-1], 0)


def _h_relative_period(m: re.Match[str], pub: date | None, future: bool) -> _Result:
    unit = m["unit"].lower()
    shift = _shift_of(m["mod"].lower())
    gran = "week" if unit == "week" else unit
    if pub is None:
        return None, gran, "relative-" + gran, None
    if unit == "week":
        return _iso(_monday(pub) + timedelta(days=7 * shift)), gran, "relative-week", None
    if unit == "month":
        y, mo = _add_months(pub.year, pub.month, shift)
        return f"{y:04d}-{mo:02d}", gran, "relative-month", None
    return f"{pub.year + shift:04d}", gran, "relative-year", None


def _h_weekend(m: re.Match[str], pub: date | None, future: bool) -> _Result:
    if pub is None:
        return None, "week", "weekend", None
    mod = (m["mod"] or "").lower()
    sat = 5
    if "next" in mod or "coming" in mod or (future and "last" not in mod):
        d = _weekday_forward(pub, sat, 1 if "next" in mod else 0)
    else:
        d = _weekday_back(pub, sat, 0)
        if "last" in mod and pub.weekday() >= sat:  # said on the weekend itself: the one before
            d -= timedelta(days=7)
    return _iso(_monday(d)), "week", "weekend", None


def _h_month_day(m: re.Match[str], pub: date | None, future: bool) -> _Result:
    month, day = _month_of(m["mon"]), int(m["dom"])
    rule = "month-day"
    year = int(m["year"]) if m["year"] else (_infer_year(pub, month, day, future) if pub else None)
    if year is None:
        return None, "day", rule, None
    try:
        d = date(year, month, day)
    except ValueError:
        return None, "day", rule, f"no such day: {year:04d}-{month:02d}-{day:02d}"
    warning = None
    if m["wd"]:
        rule = "weekday+date"
        wd = _WEEKDAYS.index(m["wd"].lower())
        if d.weekday() != wd:
            warning = (
                f"weekday {_WEEKDAYS[wd].capitalize()} disagrees with {d.isoformat()} "
                f"(a {_WEEKDAYS[d.weekday()].capitalize()}); trusted the date"
            )
    return _iso(d), "day", rule, warning


def _h_month(m: re.Match[str], pub: date | None, future: bool) -> _Result:
    g = m.groupdict()
    month = _month_of(m["mon"])
    mod = " ".join((g.get("mod") or "").lower().split())
    rule = "month-part" if g.get("part") else "month"
    if g.get("year"):
        return f"{int(m['year']):04d}-{month:02d}", "month", rule, None
    if pub is None:
        return None, "month", rule, None
    if mod in ("last", "this past", "past"):
        y = pub.year if month < pub.month else pub.year - 1
    elif mod in ("next", "this coming", "coming"):
        y = pub.year if month > pub.month else pub.year + 1
    else:
        y = _infer_year(pub, month, None, future)
    return f"{y:04d}-{month:02d}", "month", rule, None


def _h_year(m: re.Match[str], pub: date | None, future: bool) -> _Result:
    return m["year"], "year", "year", None


def _h_iso(m: re.Match[str], pub: date | None, future: bool) -> _Result:
    try:
        d = date(int(m["y"]), int(m["m"]), int(m["d"]))
    except ValueError:
        return None, "day", "iso", f"no such day: {m.group(0)}"
    return _iso(d), "day", "iso", None


def _h_dom_only(m: re.Match[str], pub: date | None, future: bool) -> _Result:
    if pub is None:
        return None, "day", "dom", None
    d = _nearest_dom(pub, int(m["dom"]), future)
    return (_iso(d) if d else None), "day", "dom", None


def _h_numeric(m: re.Match[str], pub: date | None, future: bool) -> _Result:
    return _dateparser_resolve(m["num"], pub, future)


_ON = r"(?:(?i:on)\s+)?"
_WD_MOD = r"(?P<mod>(?i:this\s+past|this\s+coming|this|last|next|past|coming)\s+)?"
_WD_MOD_REQ = r"(?P<mod>(?i:this\s+past|this\s+coming|this|last|next|past|coming)\s+)"
# fmt: off
_RULES: list[tuple[str, _Handler]] = [
    # "this Wednesday (4)", "On Sunday (1st)", "Monday (2)"
    (rf"(?<![\w'])(?:(?:(?i:on|this|last|next))\s+)?(?P<wd>{_WD}){_TOD}?\s*\((?P<dom>{_DOM}){_ORD}?\)",
     _h_weekday_dom),
    # "Tuesday, March 3, 2026", "on March 3", "March 3rd 2005", "Sept. 11, 2001"
    (rf"(?<![\w']){_ON}(?:(?P<wd>{_WD}),?\s+)?(?P<mon>{_MON_ANY})\s+(?P<dom>{_DOM}){_ORD}?\b"
     rf"(?:,?\s+(?P<year>{_YEAR})\b)?(?![,.]?\d)", _h_month_day),
    # "3 March 2005", "on the 12th of June", "Monday 12 June"
    (rf"(?<![\w']){_ON}(?:(?P<wd>{_WD}),?\s+)?(?:the\s+)?(?P<dom>{_DOM}){_ORD}?\s+(?:of\s+)?"
     rf"(?P<mon>{_MON_ANY})(?:,?\s+(?P<year>{_YEAR})\b)?(?![,.]?\d)", _h_month_day),
    # "2005-03-03" (not inside a URL)
    (r"(?:(?i:\bon)\s+)?(?<![\w/=:.-])(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})(?![\w/-])", _h_iso),
    # "3/4/2005" (numeric with a year): dateparser, English month-first order
    (r"(?:(?i:\bon)\s+)?(?<![\w/=:.-])(?P<num>\d{1,2}/\d{1,2}/(?:\d{4}|\d{2}))(?![\w/-])", _h_numeric),
    # "early February", "mid-March 2005", "the end of June", "last March"
    (rf"(?:(?P<part>(?i:\b(?:early|mid|late)[-\s]+|\b(?:the\s+)?(?:end|beginning|start|middle|"
     rf"first\s+(?:days|half|week)|last\s+(?:days|week)|second\s+half)\s+of\s+))|\b{_WD_MOD_REQ})"
     rf"(?P<mon>{_MON})\b(?:,?\s+(?P<year>{_YEAR})\b)?", _h_month),
    # "March 2005"; "in March" (the preposition is not part of the mention)
    (rf"\b(?P<mon>{_MON}),?\s+(?P<year>{_YEAR})\b", _h_month),
    (rf"\b{_YEAR_PREP}\s+(?P<x>(?P<mon>{_MON})\b)", _h_month),
    # "the day before yesterday", "yesterday morning", "last night", "tonight", "earlier today"
    (r"(?i:\b(?:the\s+day\s+(?:before\s+yesterday|after\s+tomorrow)|(?:earlier\s+|later\s+)?today|tonight|"
     r"(?:yesterday|tomorrow)(?:\s+(?:morning|afternoon|evening))?|last\s+night|"
     r"this\s+(?:morning|afternoon|evening))\b)", _h_relative_day),
    # "two days ago", "3 weeks ago"
    (rf"\b(?P<n>{_NUM})\s+(?P<unit>(?i:days?|weeks?|months?|years?))\s+(?i:ago)\b", _h_ago),
    # "last week", "earlier this month", "next year"
    (r"(?i:\b(?P<mod>(?:earlier\s+|later\s+)?this|last|next)\s+(?P<unit>week|month|year)\b)",
     _h_relative_period),
    (r"(?i:\b(?P<mod>this|last|next|over\s+the|at\s+the|(?:on|during)\s+the|the\s+coming|the\s+past)"
     r"\s+weekend\b)", _h_weekend),
    # "on Sunday", "Sunday night", "last Tuesday", "next Monday", "late on Sunday"
    # (not "on a Saturday", "every Sunday": those are no particular day)
    (rf"(?<![\w'])(?<!(?i:\ba)\s)(?<!(?i:every)\s)(?<!(?i:each)\s){_WD_MOD}"
     rf"(?:(?i:late|early)(?:\s+on)?\s+)?{_ON}(?P<wd>{_WD}){_TOD}?\b", _h_weekday),
    # "in 2005", "since 1999" (the preposition is not part of the mention), "mid-2005", "late 2005"
    (rf"\b{_YEAR_PREP}\s+(?P<x>(?P<year>{_YEAR}))\b{_NOT_COUNT}", _h_year),
    (rf"(?i:\b(?:early|late)\s+|\bmid-?)(?P<year>{_YEAR})\b{_NOT_COUNT}", _h_year),
    # "on the 4th" (not "the 25th anniversary": the ordinal must end the phrase)
    (rf"(?<![\w'])(?i:on)\s+the\s+(?P<dom>{_DOM}){_ORD}\b(?!\s+(?!of\b)[A-Za-z])", _h_dom_only),
]
# fmt: on
_COMPILED = [(re.compile(p), h) for p, h in _RULES]


# ----------------------------------------------------------------------------------------------------------
# dateparser fallback


def _dateparser_once(expr: str, base: datetime, future: bool) -> tuple[str | None, str]:
    from dateparser.date import DateDataParser

    settings = {"RELATIVE_BASE": base, "PREFER_DATES_FROM": "future" if future else "past"}
    data = DateDataParser(languages=["en"], settings=settings).get_date_data(expr)
    if data.date_obj is None:
        return None, "day"
    d = data.date_obj.date()
    period = data.period or "day"
    if period == "year":
        return f"{d.year:04d}", "year"
    if period == "month":
        return f"{d.year:04d}-{d.month:02d}", "month"
    if period == "week":
        return _iso(_monday(d)), "week"
    return _iso(d), "day"


def _dateparser_resolve(expr: str, pub: date | None, future: bool) -> _Result:
    """Resolve with dateparser anchored on pub; without pub, only when two distant anchors agree."""
    if pub is not None:
        value, gran = _dateparser_once(expr, datetime(pub.year, pub.month, pub.day), future)
        return value, gran, "dateparser", None
    a, gran = _dateparser_once(expr, datetime(2001, 3, 14), future)
    b, _ = _dateparser_once(expr, datetime(2017, 10, 29), future)
    return (a if a == b else None), gran, "dateparser", None


# ----------------------------------------------------------------------------------------------------------
# public API


def find_dates(text: str, pub_date: date | None, *, future: bool = False) -> list[DateMention]:
    """All date expressions in a sentence or paragraph, in text order, without overlaps.

    Args:
        text: the sentence or paragraph.
        pub_date: the publication date every relative expression is anchored on. None leaves relative
            expressions unresolved (``value=None``); absolute ones ("March 3, 2005") still resolve.
            The system clock is never used.
        future: resolve bare weekdays ("on Monday") and year-less dates to the next occurrence instead of
            the most recent one (for future-tense sentences).

    Returns:
        A list of :class:`DateMention` with ``text[m.start:m.end] == m.text``; [] if there is none.
        A longer match wins over a shorter one starting at the same place ("on Sunday (1st)" over
        "on Sunday"), and an earlier one over a later overlapping one.

    See: docs/dates.md
    """
    found: list[tuple[int, int, int, int, re.Match[str], _Handler]] = []
    for prio, (rx, handler) in enumerate(_COMPILED):
        for m in rx.finditer(text):
            start, end = m.span("x") if "x" in rx.groupindex else m.span()
            if end > start:
                found.append((start, start - end, prio, end, m, handler))
    found.sort(key=lambda t: t[:3])
    out: list[DateMention] = []
    last_end = -1
    for start, _neg_len, _prio, end, m, handler in found:
        if start < last_end:
            continue
        value, gran, rule, warning = handler(m, pub_date, future)
        out.append(
            DateMention(
                text=text[start:end],
                start=start,
                end=end,
                value=value,
                granularity=gran,
                rule=rule,
                warning=warning,
            )
        )
        last_end = end
    return out


_WORD = re.compile(r"[A-Za-z]+")
_DATE_VOCAB = frozenset(
    [*_WEEKDAYS, *_MONTHS, *_MONTH_ABBR, *_NUMBERS, *(d[:3] for d in _WEEKDAYS)]
    + "st nd rd th ago last next this past coming previous in on of the at from since until by before after "
    "early mid late end beginning start middle day days week weeks fortnight fortnights month months "
    "year years hour hours minute minutes yesterday today tomorrow tonight morning afternoon evening night "
    "noon midnight am pm and first second third fourth fifth half earlier later ad bc utc gmt".split()
)
_FILLER = re.compile(r"(?i:\s|[,.;:()]|\b(?:in|since|by|during|until|till|before|after|from|at|of)\b)*")


def resolve_date(expr: str, pub_date: date | None, *, future: bool = False) -> DateMention:
    """Resolve one date expression, e.g. ``"this Wednesday (4)"`` or ``"3 March 2005"``.

    The project's own rules are tried first; when they do not cover the expression (apart from
    prepositions and punctuation), ``dateparser`` resolves it (languages ``["en"]``, ``RELATIVE_BASE``
    = pub_date, ``PREFER_DATES_FROM="past"``, or ``"future"`` when ``future`` is set).

    Args:
        expr: the expression alone.
        pub_date: publication date; None leaves relative expressions unresolved.
        future: pick the next rather than the most recent occurrence (see :func:`find_dates`).

    Returns:
        A :class:`DateMention` whose offsets are within ``expr``.

    Raises:
        DateError: [P030] ``expr`` is not a date expression; [P031] it names a day that does not exist
            ("February 30, 2026").

    See: docs/dates.md
    """
    mentions = find_dates(expr, pub_date, future=future)
    if len(mentions) == 1:
        m = mentions[0]
        rest = expr[: m.start] + " " + expr[m.end :]
        if _FILLER.fullmatch(rest):
            if m.value is None and m.warning and m.warning.startswith("no such day"):
                raise DateError(f"[P031] {m.warning} in {expr!r}")
            return m
    stripped = expr.strip()
    words = {w.lower() for w in _WORD.findall(stripped)}
    if not re.search(r"[A-Za-z0-9]", stripped) or not words <= _DATE_VOCAB:
        # dateparser is lenient ("the cat sat" -> a Saturday): only date words go to it.
        raise DateError(f"[P030] not a date expression: {expr!r}")
    value, gran, rule, warning = _dateparser_resolve(stripped, pub_date, future)
    if value is None:
        # dateparser failed, or (without pub_date) the expression is relative: tell those apart.
        probe, _ = _dateparser_once(stripped, datetime(2001, 3, 14), future)
        if probe is None:
            raise DateError(f"[P030] not a date expression: {expr!r}")
    start = expr.index(stripped)
    return DateMention(
        text=stripped,
        start=start,
        end=start + len(stripped),
        value=value,
        granularity=gran,
        rule=rule,
        warning=warning,
    )


_CLAUSE_BREAK = re.compile(r"[;:\u2014\u2013]|\s--\s|[.!?](?:\s|$)")


# Words that may stand between a reporting verb and its date: "said in a statement on Tuesday".
_REPORT_FILLER = frozenset(
    "in a an the to on at its his her their him them it us reporters journalists statement interview "
    "conference press news briefing television radio broadcast agency telephone phone call late early "
    "earlier later publicly".split()
)


def _reporting_verb_span(sentence: str, m: DateMention) -> tuple[int, int] | None:
    """Return the reporting verb a date is attached to ("said on Tuesday", "on Tuesday said"), if any."""
    lo = max(0, m.start - 80)
    before = re.split(r"[,;:\u2014\"\u201c\u201d]", sentence[lo : m.start])[-1]  # stay in the clause
    base = m.start - len(before)
    for w in reversed(list(_WORD.finditer(before))):
        word = w.group(0).lower()
        if word in _REPORTING:
            return base + w.start(), base + w.end()
        if word not in _REPORT_FILLER:
            break
    after = re.match(r"\s*([A-Za-z]+)", sentence[m.end :])
    if after and after.group(1).lower() in _REPORTING:
        return m.end + after.start(1), m.end + after.end(1)
    return None


_GRAN_RANK = {"day": 0, "week": 1, "month": 2, "year": 3}


def event_date(
    sentence: str, pub_date: date | None, trigger_offset: int | None = None, *, future: bool = False
) -> DateMention | None:
    """Choose the date expression that dates the event whose trigger word starts at ``trigger_offset``.

    Dates attached to a reporting verb ("prosecutors said on Tuesday") are passed over when the sentence
    has another date, unless the trigger is that reporting verb itself. Among the rest, the one nearest
    to the trigger within the same clause wins (finer granularity breaks ties); without a trigger, the
    first one of the finest granularity.

    Args:
        sentence: one sentence.
        pub_date: publication date (None leaves relative dates unresolved, see :func:`find_dates`).
        trigger_offset: character offset of the event trigger in ``sentence``, or None.
        future: see :func:`find_dates`.

    Returns:
        The chosen :class:`DateMention`, or None when the sentence has no date expression (the caller
        then dates the event by the publication date).

    Example:
        ``event_date("Police held a reporter last Tuesday, aides said on Tuesday.", date(2025, 10, 14), 7)``
        gives the mention "last Tuesday" with value ``"2025-10-07"``.
    """
    mentions = find_dates(sentence, pub_date, future=future)
    if not mentions:
        return None
    spans = [_reporting_verb_span(sentence, m) for m in mentions]
    if trigger_offset is not None:
        for m, span in zip(mentions, spans, strict=True):
            if span and span[0] <= trigger_offset < span[1]:
                return m
    plain = [m for m, span in zip(mentions, spans, strict=True) if span is None]
    pool = plain or mentions
    if trigger_offset is None:
        return min(pool, key=lambda m: (_GRAN_RANK[m.granularity], m.start))

    t = trigger_offset

    def cost(m: DateMention) -> tuple[int, int, int]:
        lo, hi = (t, m.start) if m.start >= t else (m.end, t)
        crosses = 1 if _CLAUSE_BREAK.search(sentence, lo, hi) else 0
        return crosses, _GRAN_RANK[m.granularity] if crosses else 0, abs(hi - lo)

    return min(pool, key=cost)
