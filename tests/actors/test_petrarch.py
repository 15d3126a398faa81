"""Tests for the PETRARCH/TABARI dictionary reader (parley.actors.petrarch)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from parley.actors import petrarch
from parley.actors.kb import KnowledgeBase
from parley.errors import KnowledgeBaseError

SHARED = Path(__file__).resolve().parents[2] / ".." / "shared"
PETR = SHARED / "gold" / "dev" / "petr_validate"

ACTORS = """<!-- a tiny actor dictionary written for these tests -->
NORTHLAND [NTH]
+NORTHLANDERS
+NORTH_LAND_  # trailing underscore marks a whole word
NORTHLAND_ARMY [NTHMIL]
RIVER_FRONT [---REB]
<!-- a block comment
   over two lines -->
OLD_DUKE
+THE_DUKE
    [NTHGOV 19900101-19991231]
    [NTHELI >19991231]
    [NTH]
TWIN_TOWNS [AAA/BBB]
COUNCIL_OF_THINGS [IGOXYZ] # an IGO code
"""

AGENTS = """!PERSON! = MAN, MEN, WOMAN, WOMEN
HARBOUR_MASTER [~GOV]
CONSTABLE {CONSTABLES CONSTABULARY} [~COP]
FLEET {} [~MILNAV]
GUILD!PERSON! [~LAB]
RELIEF_SOCIETY [NGO~]
"""


def test_petrarch_actors_codes_split_into_country_and_sector() -> None:
    entries = {e.code: e for e in petrarch.parse_actors(ACTORS, "inline.txt")}
    assert entries["NTH"].country == "NTH" and entries["NTH"].sector is None
    assert entries["NTHMIL"].country == "NTH" and entries["NTHMIL"].sector == "MIL"
    assert entries["---REB"].country is None and entries["---REB"].sector == "REB"
    assert entries["IGOXYZ"].kind == "igo"
    assert {"AAA", "BBB"} <= set(entries)


def test_petrarch_actors_synonyms_and_underscores() -> None:
    pairs = petrarch.parse_actors_with_aliases(ACTORS, "inline.txt")
    aliases = next(a for e, a in pairs if e.code == "NTH" and e.name == "Northland")
    assert aliases == ["NORTHLAND", "NORTHLANDERS", "NORTH LAND"]


def test_petrarch_actors_date_restrictions() -> None:
    duke = [e for e in petrarch.parse_actors(ACTORS, "inline.txt") if e.name == "Old Duke"]
    by_code = {e.code: e for e in duke}
    assert by_code["NTHGOV"].start == date(1990, 1, 1) and by_code["NTHGOV"].end == date(1999, 12, 31)
    assert by_code["NTHELI"].start == date(2000, 1, 1) and by_code["NTHELI"].end is None


def test_petrarch_parse_code_tabari_six_digit_and_before() -> None:
    assert petrarch.parse_code("RHO <790606", "f", 1) == [("RHO", None, date(1979, 6, 5))]
    assert petrarch.parse_code("HOBGOV 19950601 - 19990815", "f", 1) == [
        ("HOBGOV", date(1995, 6, 1), date(1999, 8, 15))
    ]


def test_petrarch_agents_plurals_and_substitutions() -> None:
    roles = {r.phrase: r for r in petrarch.parse_agents(AGENTS, "agents.txt")}
    assert roles["harbour master"].sector == "GOV"
    assert "harbour masters" in roles  # regular plural added
    assert roles["constabulary"].sector == "COP"  # explicit plural list
    assert "fleets" not in roles and roles["fleet"].code == "MILNAV"  # {} = no plural
    assert roles["guildwomen"].sector == "LAB" and "guildmens" not in roles
    assert roles["relief society"].sector == "NGO"


def test_petrarch_errors_name_file_and_line() -> None:
    with pytest.raises(KnowledgeBaseError, match=r"bad\.txt:2: .*before any actor"):
        petrarch.parse_actors("# header\n+ORPHAN_SYNONYM\n", "bad.txt")
    with pytest.raises(KnowledgeBaseError, match=r"bad\.txt:1: .*no \[CODE\]"):
        petrarch.parse_actors("NAMELESS_THING\n", "bad.txt")
    with pytest.raises(KnowledgeBaseError, match=r"bad\.txt:1: bad date"):
        petrarch.parse_actors("X [ABC 2001-13-45]\n", "bad.txt")
    with pytest.raises(KnowledgeBaseError, match=r"ag\.txt:1: undefined substitution"):
        petrarch.parse_agents("SHIP!CREW! [~MIL]\n", "ag.txt")


def test_petrarch_user_dictionaries_extend_knowledge_base(tmp_path: Path) -> None:
    actors = tmp_path / "actors.txt"
    actors.write_text(ACTORS, "utf-8")
    agents = tmp_path / "agents.txt"
    agents.write_text(AGENTS, "utf-8")
    kb = KnowledgeBase.load([actors, agents])
    assert [e.code for e in kb.lookup("the duke", date(1995, 5, 5))] == ["NTHGOV"]
    assert [e.code for e in kb.lookup("Old Duke", date(2005, 5, 5))] == ["NTHELI"]
    assert kb.lookup("Northlanders")[0].country == "NTH"
    role = kb.role("harbour masters")
    assert role is not None and role.sector == "GOV"
    assert kb.lookup("Russia")[0].country == "RUS"  # packaged data still there


def _petr_dir() -> Path:
    if not PETR.is_dir():
        pytest.skip(f"../shared not found: no PETRARCH validation dictionaries at {PETR}")
    return PETR


def test_petrarch_validate_actor_dictionary_reads() -> None:
    entries = petrarch.read_actors(_petr_dir() / "PETR.Validate.actors.txt")
    codes = {e.code for e in entries}
    assert {"PSEREBHMS", "IGOCOPITP", "UNO", "USA", "ELR", "GAL"} <= codes
    hamas = next(e for e in entries if e.code == "PSEREBHMS")
    assert (hamas.country, hamas.sector) == ("PSE", "REB")
    gollum = {e.code: e for e in entries if e.name == "Gollum"}
    assert gollum["HOBGOV"].start == date(1995, 6, 1) and gollum["HOB"].end == date(1995, 5, 31)


def test_petrarch_validate_date_restrictions_resolve() -> None:
    kb = KnowledgeBase.load([_petr_dir() / "PETR.Validate.actors.txt"])
    assert kb.lookup("Sam Gamgee", date(2007, 1, 1))[0].code == "HOBCIV"
    assert kb.lookup("Sam Gamgee", date(2010, 1, 10))[0].code == "ORCHOB"
    assert kb.lookup("Sam Gamgee", date(2013, 1, 1))[0].code == "HOBGOV"
    assert kb.lookup("Sam Gamgee", date(2014, 1, 1))[0].code == "HOBELI"
    assert kb.lookup("Smeagol", date(1997, 1, 1))[0].code == "HOBGOV"
    assert [e.code for e in kb.lookup("Zimbabwe", date(1985, 1, 1)) if e.code] == ["ZBW"]


def test_petrarch_validate_agent_dictionary_reads() -> None:
    roles = {r.phrase: r for r in petrarch.read_agents(_petr_dir() / "PETR.Validate.agents.txt")}
    assert roles["police"].sector == "COP" and "polices" not in roles
    assert roles["foreign minister"].code == "GOVFRM"
    assert roles["congresswoman"].sector == "LEG"
    assert roles["minister of silly walks"].sector == "GOV"
    assert roles["golden geese"].code == "GGS"
    assert roles["msf"].sector == "NGO"
    assert petrarch.looks_like_agents((_petr_dir() / "PETR.Validate.agents.txt").read_text("utf-8"))
