"""Tests for the 1979-1999 office holders in the packaged actor knowledge base (parley.actors.kb)."""

from __future__ import annotations

import csv
from collections import defaultdict
from datetime import date
from importlib import resources

import pytest

from parley.actors.kb import KBEntry, KnowledgeBase, normalize


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return KnowledgeBase.load()


def _people_rows() -> list[dict[str, str]]:
    text = resources.files("parley").joinpath("data", "actors", "people.csv").read_text("utf-8")
    lines = [ln for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]
    return list(csv.DictReader(lines))


def _holder(kb: KnowledgeBase, country: str, role_key: str, day: date) -> str | None:
    entry = kb.office_holder(country, role_key, day)
    return entry.name if entry else None


def _first_person(kb: KnowledgeBase, phrase: str, day: date) -> KBEntry:
    people = [e for e in kb.lookup(phrase, day) if e.kind == "person"]
    assert people, f"{phrase!r} resolves to no person on {day}"
    return people[0]


@pytest.mark.parametrize(
    ("country", "role_key", "day", "name"),
    [
        ("USA", "president", date(1985, 6, 1), "Ronald Reagan"),
        ("USA", "president", date(1991, 1, 17), "George H. W. Bush"),
        ("USA", "foreign_minister", date(1987, 10, 1), "George Shultz"),
        ("RUS", "general_secretary", date(1988, 1, 1), "Mikhail Gorbachev"),
        ("RUS", "general_secretary", date(1983, 6, 1), "Yuri Andropov"),
        ("RUS", "head_of_state", date(1987, 1, 1), "Andrei Gromyko"),
        ("RUS", "president", date(1995, 1, 1), "Boris Yeltsin"),
        ("RUS", "foreign_minister", date(1988, 1, 1), "Eduard Shevardnadze"),
        ("GBR", "prime_minister", date(1987, 1, 1), "Margaret Thatcher"),
        ("GBR", "prime_minister", date(1995, 1, 1), "John Major"),
        ("FRA", "president", date(1988, 1, 1), "François Mitterrand"),
        ("FRA", "prime_minister", date(1987, 1, 1), "Jacques Chirac"),
        ("DEU", "chancellor", date(1990, 6, 1), "Helmut Kohl"),
        ("DEU", "foreign_minister", date(1990, 6, 1), "Hans-Dietrich Genscher"),
        ("ISR", "prime_minister", date(1993, 6, 1), "Yitzhak Rabin"),
        ("ISR", "prime_minister", date(1990, 1, 1), "Yitzhak Shamir"),
        ("EGY", "president", date(1980, 1, 1), "Anwar Sadat"),
        ("IRN", "supreme_leader", date(1985, 1, 1), "Ruhollah Khomeini"),
        ("IRQ", "president", date(1990, 8, 2), "Saddam Hussein"),
        ("CHN", "supreme_leader", date(1985, 1, 1), "Deng Xiaoping"),
        ("JPN", "prime_minister", date(1985, 1, 1), "Yasuhiro Nakasone"),
        ("ZAF", "president", date(1996, 1, 1), "Nelson Mandela"),
        ("SRB", "president", date(1995, 1, 1), "Slobodan Milošević"),
        ("POL", "president", date(1993, 1, 1), "Lech Wałęsa"),
        ("CZE", "president", date(1990, 6, 1), "Václav Havel"),
        ("PHL", "president", date(1987, 1, 1), "Corazon Aquino"),
        ("IGO", "nato_secretary_general", date(1990, 1, 1), "Manfred Wörner"),
        ("IGO", "commission_president", date(1990, 1, 1), "Jacques Delors"),
        ("IGO", "iaea_director_general", date(1991, 1, 1), "Hans Blix"),
    ],
)
def test_kb_historical_office_holder(
    kb: KnowledgeBase, country: str, role_key: str, day: date, name: str
) -> None:
    assert _holder(kb, country, role_key, day) == name


def test_kb_historical_head_of_state_queries(kb: KnowledgeBase) -> None:
    # Iran's Supreme Leader outranks its president; China's paramount leader outranks the state president
    assert _holder(kb, "IRN", "head_of_state", date(1985, 1, 1)) == "Ruhollah Khomeini"
    assert _holder(kb, "CHN", "head_of_state", date(1985, 1, 1)) == "Deng Xiaoping"
    assert _holder(kb, "PSE", "head_of_state", date(1985, 1, 1)) == "Yasser Arafat"
    assert _holder(kb, "RUS", "head_of_government", date(1989, 1, 1)) == "Nikolai Ryzhkov"


def test_kb_historical_un_secretary_general(kb: KnowledgeBase) -> None:
    # "secretary_general" is shared with the Arab League and the OAU: pick the UN office by its role text
    def un_sg(day: date) -> str:
        terms = [
            e for e in kb.entries()
            if e.kind == "person" and e.role_key == "secretary_general"
            and e.role == "Secretary-General of the United Nations" and e.valid_on(day)
        ]
        assert len(terms) == 1
        return terms[0].name

    assert un_sg(date(1985, 1, 1)) == "Javier Pérez de Cuéllar"
    assert un_sg(date(1994, 6, 1)) == "Boutros Boutros-Ghali"
    assert un_sg(date(1999, 6, 1)) == "Kofi Annan"
    un = kb.office_holder("IGO", "secretary_general", date(1994, 6, 1), organisation=kb.names_of("UNO"))
    assert un is not None and un.name == "Boutros Boutros-Ghali"
    assert kb.office_holder("IGO", "secretary_general", date(1994, 6, 1)) is None  # UN, OAU or Arab League?


@pytest.mark.parametrize(
    ("phrase", "day", "name", "country", "sector"),
    [
        ("Gorbachev", date(1989, 5, 1), "Mikhail Gorbachev", "RUS", "GOV"),
        ("Reagan", date(1986, 3, 1), "Ronald Reagan", "USA", "GOV"),
        ("Thatcher", date(1982, 4, 10), "Margaret Thatcher", "GBR", "GOV"),
        ("Kohl", date(1990, 10, 3), "Helmut Kohl", "DEU", "GOV"),
        ("Mitterrand", date(1991, 1, 1), "François Mitterrand", "FRA", "GOV"),
        ("Yeltsin", date(1993, 10, 4), "Boris Yeltsin", "RUS", "GOV"),
        ("Shamir", date(1991, 10, 30), "Yitzhak Shamir", "ISR", "GOV"),
        ("Rabin", date(1993, 9, 13), "Yitzhak Rabin", "ISR", "GOV"),
        ("Mubarak", date(1990, 8, 10), "Hosni Mubarak", "EGY", "GOV"),
        ("Saddam", date(1990, 8, 2), "Saddam Hussein", "IRQ", "GOV"),
        ("Arafat", date(1988, 11, 15), "Yasser Arafat", "PSE", "GOV"),
        ("Deng Xiaoping", date(1989, 6, 4), "Deng Xiaoping", "CHN", "GOV"),
        ("Suharto", date(1990, 1, 1), "Suharto", "IDN", "GOV"),
        ("Mandela", date(1995, 1, 1), "Nelson Mandela", "ZAF", "GOV"),
        ("Milosevic", date(1995, 11, 21), "Slobodan Milošević", "SRB", "GOV"),
        ("Boutros-Ghali", date(1994, 1, 1), "Boutros Boutros-Ghali", "IGO", "IGO"),
        ("Perez de Cuellar", date(1988, 8, 20), "Javier Pérez de Cuéllar", "IGO", "IGO"),
        ("Khomeini", date(1980, 1, 1), "Ruhollah Khomeini", "IRN", "GOV"),
        ("George H. W. Bush", date(1990, 8, 8), "George H. W. Bush", "USA", "GOV"),
    ],
)
def test_kb_historical_name_resolves_on_date(
    kb: KnowledgeBase, phrase: str, day: date, name: str, country: str, sector: str
) -> None:
    entry = _first_person(kb, phrase, day)
    assert (entry.name, entry.country, entry.sector) == (name, country, sector)
    assert entry.valid_on(day)


def test_kb_historical_keeps_2000s_answers(kb: KnowledgeBase) -> None:
    assert _holder(kb, "RUS", "president", date(2009, 1, 1)) == "Dmitry Medvedev"
    assert _holder(kb, "USA", "president", date(2005, 1, 1)) == "George W. Bush"
    assert _holder(kb, "GBR", "prime_minister", date(2003, 3, 20)) == "Tony Blair"
    assert _holder(kb, "DEU", "chancellor", date(2010, 1, 1)) == "Angela Merkel"
    assert _holder(kb, "ISR", "prime_minister", date(2004, 1, 1)) == "Ariel Sharon"
    # "Bush" alone stays George W. Bush's alias; the father is found by his own forms
    assert _first_person(kb, "Bush", date(2005, 1, 1)).name == "George W. Bush"
    assert _first_person(kb, "Putin", date(2015, 1, 1)).country == "RUS"
    # people with terms in both periods keep one id: Netanyahu, Peres, Chirac
    assert _first_person(kb, "Peres", date(1985, 1, 1)).actor_id == "shimon-peres"
    assert _first_person(kb, "Peres", date(2010, 1, 1)).actor_id == "shimon-peres"
    assert _first_person(kb, "Chirac", date(1987, 1, 1)).role_key == "prime_minister"
    assert _first_person(kb, "Chirac", date(2000, 1, 1)).role_key == "president"


def test_kb_historical_people_rows_are_consistent() -> None:
    rows = _people_rows()
    # one name per person_id, and no alias shared by two different people
    names: dict[str, set[str]] = defaultdict(set)
    owners: dict[str, set[str]] = defaultdict(set)
    for row in rows:
        names[row["person_id"]].add(row["name"])
        for alias in [row["name"], *row["aliases"].split("|")]:
            if alias.strip():
                owners[normalize(alias)].add(row["person_id"])
    assert {pid: n for pid, n in names.items() if len(n) > 1} == {}
    assert {a: ids for a, ids in owners.items() if len(ids) > 1} == {}
    historical = [r for r in rows if r["start"] and r["start"] < "2000-01-01"]
    assert len(historical) >= 600
    assert all(r["source"].startswith("wikipedia:") for r in historical)
    assert {"USA", "RUS", "GBR", "FRA", "DEU", "CHN", "IGO", "PSE", "SRB", "CZE", "COD"} <= {
        r["country"] for r in historical
    }
