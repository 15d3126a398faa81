"""Tests for the packaged actor knowledge base and its loader (parley.actors.kb)."""

from __future__ import annotations

import csv
from datetime import date
from importlib import resources
from pathlib import Path

import pycountry
import pytest

from parley.actors.kb import SECTORS, KnowledgeBase, normalize
from parley.errors import KnowledgeBaseError
from parley.records import TRANSNATIONAL

NON_ISO = {"XKX"}  # Kosovo: user-assigned code in common use
UN_OBSERVERS = {"VAT", "PSE"}


def _data(name: str) -> list[dict[str, str]]:
    text = resources.files("parley").joinpath("data", "actors", name).read_text("utf-8")
    lines = [ln for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]
    return list(csv.DictReader(lines))


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return KnowledgeBase.load()


def test_kb_files_load_and_are_cached(kb: KnowledgeBase) -> None:
    assert KnowledgeBase.load() is kb
    assert len(_data("people.csv")) >= 500
    assert len(_data("institutions.csv")) >= 150
    assert len({r["country"] for r in _data("institutions.csv")}) >= 40
    assert len(_data("groups.csv")) >= 60
    assert len(_data("roles.csv")) >= 120


def test_kb_every_country_code_is_valid() -> None:
    for name in ("countries.csv", "institutions.csv", "groups.csv", "people.csv"):
        for row in _data(name):
            code = row.get("iso3") or row.get("country")
            if not code or code in TRANSNATIONAL or code in NON_ISO:
                continue
            assert pycountry.countries.get(alpha_3=code) is not None, (name, code)


def test_kb_every_sector_is_plover() -> None:
    for name in ("institutions.csv", "groups.csv", "people.csv", "roles.csv", "igos.csv"):
        for row in _data(name):
            assert row["sector"] in SECTORS, (name, row)


def test_kb_all_un_members_and_observers_present(kb: KnowledgeBase) -> None:
    rows = _data("countries.csv")
    codes = {r["iso3"] for r in rows}
    assert len(codes) == len(rows) == 198  # 193 members + 2 observers + TWN, XKX, ESH
    assert UN_OBSERVERS | {"TWN", "XKX", "ESH"} <= codes
    for code in ("USA", "RUS", "CHN", "SSD", "TLS", "MNE", "TUV"):
        entry = kb.country(code)
        assert entry is not None and entry.kind == "country"


def test_kb_dated_offices(kb: KnowledgeBase) -> None:
    def holder(country: str, key: str, day: date | None) -> str | None:
        entry = kb.office_holder(country, key, day)
        return entry.name if entry else None

    assert holder("RUS", "president", date(2005, 6, 1)) == "Vladimir Putin"
    assert holder("RUS", "president", date(2009, 1, 1)) == "Dmitry Medvedev"
    assert holder("RUS", "president", date(2020, 1, 1)) == "Vladimir Putin"
    assert holder("RUS", "prime_minister", date(2009, 1, 1)) == "Vladimir Putin"
    assert holder("USA", "president", date(2010, 1, 1)) == "Barack Obama"
    assert holder("CHN", "foreign_minister", date(2026, 2, 5)) == "Wang Yi"
    assert holder("CHN", "foreign_minister", date(2023, 3, 1)) == "Qin Gang"
    assert holder("RUS", "defence_minister", date(2020, 1, 1)) == "Sergei Shoigu"
    assert holder("RUS", "security_council_secretary", date(2025, 1, 1)) == "Sergei Shoigu"
    un = kb.names_of("UNO")
    assert kb.office_holder("IGO", "secretary_general", date(2010, 1, 1), organisation=un).name == "Ban Ki-moon"


def test_kb_head_of_state_and_government_keys(kb: KnowledgeBase) -> None:
    def holder(country: str, key: str, day: date | None) -> str | None:
        entry = kb.office_holder(country, key, day)
        return entry.name if entry else None

    assert holder("IRN", "head_of_state", date(2010, 1, 1)) == "Ali Khamenei"
    assert holder("IRN", "head_of_government", date(2010, 1, 1)) == "Mahmoud Ahmadinejad"
    assert holder("DEU", "head_of_government", date(2010, 1, 1)) == "Angela Merkel"
    assert holder("DEU", "head_of_state", date(2010, 1, 1)) == "Horst Köhler"
    assert holder("USA", "head_of_government", date(2010, 1, 1)) == "Barack Obama"
    assert holder("TUR", "head_of_government", date(2010, 1, 1)) == "Recep Tayyip Erdoğan"
    assert holder("TUR", "head_of_government", date(2020, 1, 1)) == "Recep Tayyip Erdoğan"
    assert holder("GBR", "head_of_state", date(2010, 1, 1)) == "Elizabeth II"
    assert holder("XKX", "president", date(2010, 1, 1)) is None


def test_kb_lookup_metonyms_capitals_adjectives(kb: KnowledgeBase) -> None:
    kremlin = kb.lookup("the Kremlin")[0]
    assert (kremlin.country, kremlin.sector, kremlin.kind) == ("RUS", "GOV", "metonym")
    beijing = kb.lookup("Beijing")[0]
    assert (beijing.country, beijing.kind) == ("CHN", "capital")
    assert kb.adjective("Sino") == "CHN"
    assert kb.adjective("Chinese") == "CHN"
    assert kb.adjective("Georgians") == "GEO"
    assert kb.adjective("Iraqi") == "IRQ"
    assert kb.adjective("Emirati") == "ARE"
    assert kb.adjective("Klingon") is None
    assert kb.lookup("Élysée")[0].country == "FRA"


def test_kb_country_code_tolerates_dots_and_the(kb: KnowledgeBase) -> None:
    for name in ("U.S", "U.S.", "US", "the United States", "America"):
        assert kb.country_code(name) == "USA", name
    assert kb.country_code("Russia") == "RUS"
    assert kb.country_code("Ivory Coast") == "CIV"
    assert kb.country_code("Côte d’Ivoire") == "CIV"  # curly apostrophe
    assert kb.country_code("Burma") == "MMR"
    assert kb.country_code("Atlantis") is None


def test_kb_lookup_igo_and_groups(kb: KnowledgeBase) -> None:
    un = kb.lookup("the United Nations")[0]
    assert (un.country, un.sector, un.kind) == ("IGO", "IGO", "igo")
    assert kb.lookup("Amnesty International")[0].country == "NGO"
    hamas = kb.lookup("Hamas")[0]
    assert (hamas.country, hamas.sector) == ("PSE", "REB")
    assert kb.lookup("al Qaeda")[0].country == "IMG"  # CAMEO: international militarized group
    assert kb.lookup("Pentagon")[0].sector == "MIL"


def test_kb_lookup_people_by_date(kb: KnowledgeBase) -> None:
    wang = kb.lookup("Wang Yi", date(2026, 2, 5))
    assert len(wang) == 1
    assert (wang[0].country, wang[0].sector, wang[0].role_key) == ("CHN", "GOV", "foreign_minister")
    shoigu = kb.lookup("Sergey Shoygu", date(2026, 2, 5))[0]
    assert shoigu.role_key == "security_council_secretary" and shoigu.name == "Sergei Shoigu"
    assert kb.lookup("Putin", date(2009, 1, 1))[0].role_key == "prime_minister"
    slutsky = kb.lookup("Leonid Slutsky", date(2026, 2, 5))[0]
    assert (slutsky.country, slutsky.sector) == ("RUS", "LEG")
    assert kb.lookup("Wang Huning", date(2026, 2, 5))[0].sector == "GOV"
    assert kb.lookup("Lin Jian", date(2026, 2, 5))[0].role_key == "fm_spokesperson"
    assert kb.lookup("Xi Jinping")[0].wikidata == "Q15031"
    # no term valid that day: the nearest earlier term comes back
    medvedev = kb.lookup("Medvedev", date(2024, 1, 1))[0]
    assert medvedev.role_key == "prime_minister" and medvedev.end == date(2020, 1, 16)


def test_kb_role_phrases_plural_tolerant(kb: KnowledgeBase) -> None:
    official = kb.role("officials")
    assert official is not None and official.sector == "GOV"
    assert kb.role("Foreign Minister").role_key == "foreign_minister"  # type: ignore[union-attr]
    assert kb.role("defense ministries").sector == "MIL"  # type: ignore[union-attr]
    assert kb.role("journalists").sector == "JRN"  # type: ignore[union-attr]
    assert kb.role("gunmen").sector == "UAF"  # type: ignore[union-attr]
    assert kb.role("students").sector == "EDU"  # type: ignore[union-attr]
    assert kb.role("unicorns") is None
    assert "security council secretary" in set(kb.role_phrases())


def test_kb_aliases_cover_every_entry_kind(kb: KnowledgeBase) -> None:
    kinds = {entry.kind for _, entry in kb.aliases()}
    assert kinds == {"country", "capital", "metonym", "institution", "igo", "group", "person"}
    surfaces = {alias for alias, _ in kb.aliases()}
    assert {"Kremlin", "U.S.", "Wang Yi", "Hezbollah"} <= surfaces


def test_kb_normalize() -> None:
    assert normalize("The U.S.") == normalize("US") == "us"
    assert normalize("Quai d’Orsay") == "quai d'orsay"
    assert normalize("al-Qaeda") == normalize("Al Qaeda")


def test_kb_malformed_csv_names_file_and_line(tmp_path: Path) -> None:
    bad = tmp_path / "people_extra.csv"
    bad.write_text(
        "# my people\n"
        "person_id,name,aliases,country,sector,role_key,role,start,end,wikidata,source\n"
        "ok-person,Ok Person,,RUS,GOV,president,President,2000-01-01,,,me\n"
        "broken,Broken Person,,RUS,GOV\n",
        "utf-8",
    )
    with pytest.raises(KnowledgeBaseError, match=r"people_extra\.csv:4: expected 11 columns"):
        KnowledgeBase.load([bad])
    bad.write_text(
        "person_id,name,aliases,country,sector,role_key,role,start,end,wikidata,source\n"
        "x,X,,RUS,WIZ,president,President,2000-01-01,,,me\n",
        "utf-8",
    )
    with pytest.raises(KnowledgeBaseError, match=r"people_extra\.csv:2: unknown PLOVER sector 'WIZ'"):
        KnowledgeBase.load([bad])
    bad.write_text(
        "person_id,name,aliases,country,sector,role_key,role,start,end,wikidata,source\n"
        "x,X,,RUS,GOV,president,President,2000-02-30,,,me\n",
        "utf-8",
    )
    with pytest.raises(KnowledgeBaseError, match=r"people_extra\.csv:2: bad ISO date"):
        KnowledgeBase.load([bad])


def test_kb_user_csv_overrides_packaged_entry(tmp_path: Path) -> None:
    extra = tmp_path / "people.csv"
    extra.write_text(
        "person_id,name,aliases,country,sector,role_key,role,start,end,wikidata,source\n"
        "lin-jian,Lin Jian,,CHN,GOV,fm_spokesperson,Spokesperson,2024-03-01,,,my notes\n"
        "new-envoy,Ann Example,Example,NOR,GOV,envoy,Special Envoy,2025-01-01,,,my notes\n",
        "utf-8",
    )
    kb = KnowledgeBase.load([extra])
    lin = kb.lookup("Lin Jian")
    assert len(lin) == 1 and lin[0].source == "my notes"
    assert kb.lookup("Example")[0].country == "NOR"
    assert KnowledgeBase.load().lookup("Example") == []  # the cached packaged base is untouched


def test_kb_igo_office_needs_its_organisation(kb: KnowledgeBase) -> None:
    day = date(2005, 6, 1)
    un = kb.office_holder("IGO", "secretary_general", day, organisation=kb.names_of("UNO"))
    arab = kb.office_holder("IGO", "secretary_general", day, organisation=kb.names_of("ARL"))
    nato = kb.office_holder("IGO", "secretary_general", day, organisation=kb.names_of("NATO"))
    assert (un.name, arab.name, nato.name) == ("Kofi Annan", "Amr Moussa", "Jaap de Hoop Scheffer")
    assert kb.office_holder("IGO", "secretary_general", day) is None  # which organisation? not guessed
    assert kb.names_of("NATO")[0] == "North Atlantic Treaty Organization" and "NATO" in kb.names_of("NATO")


def test_kb_gender_file_covers_known_people(kb: KnowledgeBase) -> None:
    ids = {r["person_id"] for r in _data("people.csv")}
    rows = _data("people_gender.csv")
    assert {r["person_id"] for r in rows} <= ids  # no gender for an unknown person
    assert len(rows) == len({r["person_id"] for r in rows})
    assert {r["gender"] for r in rows} == {"f", "m"}
    assert kb.gender("angela-merkel") == "f" and kb.gender("vladimir-putin") == "m"
    assert kb.gender("no-such-person") is None


def test_kb_gender_bad_value_names_file_and_line(tmp_path: Path) -> None:
    bad = tmp_path / "genders.csv"
    bad.write_text("person_id,gender,source\nvladimir-putin,x,editor\n", encoding="utf-8")
    with pytest.raises(KnowledgeBaseError, match=r"\[P026\].*genders.csv:2.*gender must be f or m"):
        KnowledgeBase.load([bad])


@pytest.mark.parametrize(("name", "iso"), [
    ("Ethopia", "ETH"), ("Afganistan", "AFG"), ("Quatar", "QAT"), ("Isreal", "ISR"), ("Phillippines", "PHL"),
    ("Ethiopia", None),  # spelt right: lookup's business, not a near miss
    ("Kenyan", None), ("Germans", None), ("Jordans", None),  # nationality words and plurals are no typos
    ("Sambia", None),  # one letter from both Gambia and Zambia
    ("Chad", None),  # too short to guess
])
def test_kb_country_near_takes_one_letter_misspellings_only(kb: KnowledgeBase, name: str, iso: str | None) -> None:
    entry = kb.country_near(name)
    assert (entry.country if entry else None) == iso
