"""The actor knowledge base: countries, capitals, metonyms, institutions, IGOs, groups and dated offices.

The packaged data lives in ``parley/data/actors/*.csv`` (see the ``#`` header of each file for its columns
and sources). :meth:`KnowledgeBase.load` reads it once per process and can add a user's own files: CSVs in
the same formats (detected by their header row) or PETRARCH/TABARI actor and agent dictionaries (detected by
their content, read by :mod:`parley.actors.petrarch`).

Lookups are exact matches on a normalised form of the phrase (see :func:`normalize`): case, diacritics,
curly apostrophes, a leading "the", dots in abbreviations and hyphens are ignored, so ``"the U.S."``,
``"US"`` and ``"U.S"`` are the same key.

Example:
    >>> kb = KnowledgeBase.load()
    >>> kb.office_holder("RUS", "president", date(2009, 1, 1)).name
    'Dmitry Medvedev'
"""

from __future__ import annotations

import csv
import functools
import re
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from importlib import resources
from pathlib import Path

from parley.errors import KnowledgeBaseError

#: PLOVER 2.0 sector codes (PLOVER manual, "Actors" section), plus the CAMEO transnational IGO and NGO.
SECTORS: frozenset[str] = frozenset(
    "COP GOV JUD LEG MIL PRM PTY REB SPY UAF UNK AGR BUS CRM CVL EDU ELI JRN LAB MED REF OPP PRE REL SOC "
    "IGO NGO".split()
)

#: Kinds of :class:`KBEntry`, in the order lookups rank them when nothing else decides.
KINDS: tuple[str, ...] = ("country", "igo", "institution", "metonym", "group", "person", "capital")

#: Role keys that answer a ``head_of_state`` query, best first (Iran's Supreme Leader outranks its president).
HEAD_OF_STATE_KEYS: tuple[str, ...] = (
    "head_of_state",
    "supreme_leader",
    "king",
    "emperor",
    "emir",
    "president",
)
#: IGO role keys held in several organisations at once: without the organisation they name no one.
_SHARED_IGO_KEYS = {"secretary_general", "president", "director_general", "chairman", "chair", "head"}
#: Role keys that answer a ``leader`` query ("the Soviet leader", "the Chinese leader"), best first: where a
#: ruling party's general secretary holds power, they lead, whoever is the formal head of state.
LEADER_KEYS: tuple[str, ...] = (
    "supreme_leader",
    "general_secretary",
    "head_of_state",
    "king",
    "emperor",
    "emir",
    "president",
)
#: Role keys that answer a ``head_of_government`` query, best first (presidential systems fall to president).
HEAD_OF_GOVERNMENT_KEYS: tuple[str, ...] = (
    "head_of_government",
    "prime_minister",
    "chancellor",
    "premier",
    "president",
)

_PACKAGE_FILES = ("countries.csv", "igos.csv", "institutions.csv", "groups.csv", "people.csv", "roles.csv",
                  "people_gender.csv")

_HEADERS: dict[str, tuple[str, ...]] = {
    "countries": ("iso3", "name", "aliases", "adjectives", "capital", "metonyms", "source"),
    "institutions": ("name", "aliases", "country", "sector", "role", "source"),
    "igos": ("code", "name", "aliases", "country", "sector", "source"),
    "groups": ("name", "aliases", "country", "sector", "source"),
    "people": (
        "person_id", "name", "aliases", "country", "sector", "role_key", "role", "start", "end", "wikidata",
        "source",
    ),
    "roles": ("phrase", "sector", "role_key", "role", "source"),
    "genders": ("person_id", "gender", "source"),
}

_QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u02bc": "'", "`": "'", "\u2013": "-", "\u2014": "-"})
_THE = re.compile(r"^the\s+")
_DOTS = re.compile(r"\.")
_SPACE = re.compile(r"[\s_\-]+")
_COUNTRY_CODE = re.compile(r"^[A-Z]{3}$")


def _one_edit(a: str, b: str) -> bool:
    """True when ``a`` and ``b`` differ by exactly one inserted, deleted or changed letter, or one swap of
    neighbouring letters (optimal string alignment distance 1)."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        return len(diff) == 1 or (len(diff) == 2 and diff[1] == diff[0] + 1
                                  and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]])
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    i = 0
    while i < len(short) and short[i] == long_[i]:
        i += 1
    return short[i:] == long_[i + 1 :]


def normalize(phrase: str) -> str:
    """The lookup key of a phrase.

    Args:
        phrase: any surface form (``"The U.S."``, ``"Élysée"``, ``"al-Qaeda"``).

    Returns:
        Lower-case ASCII-folded text with straight apostrophes, no leading "the", no dots, and hyphens,
        underscores and runs of whitespace turned into one space (``"us"``, ``"elysee"``, ``"al qaeda"``).
    """
    s = unicodedata.normalize("NFKD", phrase.translate(_QUOTES))
    s = "".join(c for c in s if not unicodedata.combining(c)).lower().strip()
    s = _THE.sub("", s)
    s = _DOTS.sub("", s)
    return _SPACE.sub(" ", s).strip()


@dataclass(frozen=True, slots=True)
class KBEntry:
    """One thing a name can refer to.

    Attributes:
        actor_id: stable id: ISO3 for countries, IGO code, ``"RUS:state-duma"``, a person id; the same for
            every term of office of one person.
        name: canonical name (``"Vladimir Putin"``, ``"Russia"``, ``"Kremlin"``).
        country: ISO 3166-1 alpha-3, ``"IGO"``/``"NGO"``, ``"IMG"`` (CAMEO: international militarized group,
            e.g. al-Qaeda) or None.
        sector: PLOVER sector code (``"GOV"``...), or None for a country, capital or unknown.
        role: human-readable office (``"Minister of Foreign Affairs"``), or None.
        role_key: normalised office key (``"foreign_minister"``; set listed in ``people.csv``), or None.
        kind: ``"country"``, ``"capital"``, ``"metonym"``, ``"institution"``, ``"igo"``, ``"group"`` or
            ``"person"``.
        wikidata: Wikidata Q-id or None.
        start, end: first and last day of a term of office (``end`` None = still in office), or None.
        source: where the fact comes from (the data row's ``source`` cell, or ``"file:line"``).
        code: the original dictionary code for entries read from a PETRARCH dictionary
            (``"PSEREBHMS"``), else None.
    """

    actor_id: str
    name: str
    country: str | None
    sector: str | None
    role: str | None
    role_key: str | None
    kind: str
    wikidata: str | None
    start: date | None
    end: date | None
    source: str
    code: str | None = None

    def valid_on(self, day: date | None) -> bool:
        """Whether the entry holds on ``day`` (start and end inclusive); always True for ``day=None``."""
        if day is None:
            return True
        if self.start is not None and day < self.start:
            return False
        return not (self.end is not None and day > self.end)


@dataclass(frozen=True, slots=True)
class RoleInfo:
    """What a role noun or phrase says about an actor (``"foreign minister"`` -> GOV, foreign_minister).

    ``code`` keeps the original PETRARCH agent code (``"~GOVFRM"`` gives ``"GOVFRM"``) when read from one.
    """

    phrase: str
    sector: str | None
    role_key: str | None
    role: str | None
    code: str | None = None


def _split(cell: str) -> list[str]:
    return [p.strip() for p in cell.split("|") if p.strip()]


def _rows(text: str, origin: str) -> Iterator[tuple[int, dict[str, str]]]:
    """Yield ``(line number, row dict)`` of a ``#``-commented CSV, checking the column count."""
    header: list[str] | None = None
    for lineno, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        try:
            cells = next(csv.reader([line]))
        except csv.Error as exc:
            raise KnowledgeBaseError(f"[P021] {origin}:{lineno}: unreadable CSV row ({exc})") from exc
        if header is None:
            header = [c.strip() for c in cells]
            continue
        if len(cells) != len(header):
            raise KnowledgeBaseError(
                f"[P022] {origin}:{lineno}: expected {len(header)} columns ({','.join(header)}), "
                f"got {len(cells)}"
            )
        yield lineno, {k: v.strip() for k, v in zip(header, cells, strict=True)}


def _header(text: str) -> tuple[str, ...] | None:
    for line in text.splitlines():
        if line.strip() and not line.lstrip().startswith("#"):
            try:
                return tuple(c.strip() for c in next(csv.reader([line])))
            except csv.Error:
                return None
    return None


def _date(cell: str, origin: str, lineno: int) -> date | None:
    if not cell:
        return None
    try:
        return date.fromisoformat(cell)
    except ValueError as exc:
        raise KnowledgeBaseError(f"[P023] {origin}:{lineno}: bad ISO date {cell!r}") from exc


def _sector(cell: str, origin: str, lineno: int) -> str | None:
    if not cell:
        return None
    if cell not in SECTORS:
        raise KnowledgeBaseError(f"[P024] {origin}:{lineno}: unknown PLOVER sector {cell!r}")
    return cell


def _country(cell: str, origin: str, lineno: int) -> str | None:
    if not cell:
        return None
    if not _COUNTRY_CODE.match(cell):
        raise KnowledgeBaseError(f"[P025] {origin}:{lineno}: country must be a 3-letter code, got {cell!r}")
    return cell


def _need(row: dict[str, str], key: str, origin: str, lineno: int) -> str:
    if not row[key]:
        raise KnowledgeBaseError(f"[P026] {origin}:{lineno}: empty {key!r}")
    return row[key]


def _slug(name: str) -> str:
    return normalize(name).replace(" ", "-").replace("'", "")


@dataclass(slots=True)
class _Parsed:
    """What one data file contributes."""

    entries: list[tuple[KBEntry, list[str]]] = field(default_factory=list)  # entry, surface aliases
    adjectives: list[tuple[str, str]] = field(default_factory=list)  # word, iso3
    roles: list[RoleInfo] = field(default_factory=list)
    genders: list[tuple[str, str]] = field(default_factory=list)  # person_id, "f"/"m"


def parse_csv(text: str, origin: str) -> _Parsed:
    """Parse one project-format actor CSV, choosing the format by its header row.

    Args:
        text: the file's text.
        origin: file name used in error messages.

    Returns:
        The file's entries (each with its surface aliases), adjectives and role phrases.

    Raises:
        KnowledgeBaseError: unknown header, wrong column count, bad date, sector or country code
            ([P021]-[P027]); the message names ``origin`` and the line.
    """
    header = _header(text)
    kind = next((k for k, h in _HEADERS.items() if h == header), None)
    if kind is None:
        raise KnowledgeBaseError(f"[P027] {origin}:1: unrecognised actor CSV header {header!r}")
    out = _Parsed()
    for lineno, row in _rows(text, origin):
        where = f"{origin}:{lineno}"
        src = row["source"] or where
        if kind == "countries":
            iso3 = _country(_need(row, "iso3", origin, lineno), origin, lineno) or ""
            name = _need(row, "name", origin, lineno)
            ent = KBEntry(iso3, name, iso3, None, None, None, "country", None, None, None, src)
            out.entries.append((ent, [name, iso3, *_split(row["aliases"])]))
            out.adjectives.extend((a, iso3) for a in _split(row["adjectives"]))
            caps = _split(row["capital"])
            if caps:
                out.entries.append(
                    (KBEntry(f"{iso3}:capital", caps[0], iso3, None, "capital", None, "capital", None, None,
                             None, src), caps)
                )
            mets: dict[str, list[str]] = {}
            for met in _split(row["metonyms"]):
                mets.setdefault(_slug(met), []).append(met)
            for slug, names in mets.items():
                out.entries.append(
                    (KBEntry(f"{iso3}:{slug}", names[0], iso3, "GOV", "seat of government (metonym)", None,
                             "metonym", None, None, None, src), names)
                )
        elif kind in ("institutions", "groups"):
            name = _need(row, "name", origin, lineno)
            country = _country(row["country"], origin, lineno)
            sector = _sector(row["sector"], origin, lineno)
            role = row.get("role") or None
            ent = KBEntry(f"{country or 'XXX'}:{_slug(name)}", name, country, sector, role, None,
                          "institution" if kind == "institutions" else "group", None, None, None, src)
            out.entries.append((ent, [name, *_split(row["aliases"])]))
        elif kind == "igos":
            code = _need(row, "code", origin, lineno)
            name = _need(row, "name", origin, lineno)
            country = row["country"] or "IGO"
            if country not in ("IGO", "NGO"):
                raise KnowledgeBaseError(f"[P025] {where}: igo country must be IGO or NGO, got {country!r}")
            sector = _sector(row["sector"], origin, lineno) or country
            ent = KBEntry(code, name, country, sector, "international organization" if country == "IGO"
                          else "non-governmental organization", None, "igo", None, None, None, src)
            out.entries.append((ent, [name, code, *_split(row["aliases"])]))
        elif kind == "people":
            pid = _need(row, "person_id", origin, lineno)
            name = _need(row, "name", origin, lineno)
            start, end = _date(row["start"], origin, lineno), _date(row["end"], origin, lineno)
            if start and end and end < start:
                raise KnowledgeBaseError(f"[P023] {where}: end {end} is before start {start}")
            wd = row["wikidata"] or None
            if wd is not None and not re.fullmatch(r"Q\d+", wd):
                raise KnowledgeBaseError(f"[P028] {where}: bad Wikidata id {wd!r}")
            ent = KBEntry(pid, name, _country(row["country"], origin, lineno),
                          _sector(row["sector"], origin, lineno), row["role"] or None,
                          row["role_key"] or None, "person", wd, start, end, src)
            out.entries.append((ent, [name, *_split(row["aliases"])]))
        elif kind == "genders":
            pid = _need(row, "person_id", origin, lineno)
            gender = _need(row, "gender", origin, lineno)
            if gender not in ("f", "m"):
                raise KnowledgeBaseError(f"[P026] {where}: gender must be f or m, got {gender!r}")
            out.genders.append((pid, gender))
        else:  # roles
            phrase = _need(row, "phrase", origin, lineno)
            out.roles.append(RoleInfo(phrase, _sector(row["sector"], origin, lineno),
                                      row["role_key"] or None, row["role"] or None))
    return out


def _singulars(key: str) -> list[str]:
    """Candidate singular forms of a normalised phrase (last word only): officials -> official."""
    head, _, last = key.rpartition(" ")
    pre = f"{head} " if head else ""
    cands: list[str] = []
    if last.endswith("men"):
        cands.append(last[:-3] + "man")
    if last.endswith("ies"):
        cands.append(last[:-3] + "y")
    if last.endswith(("ses", "xes", "ches", "shes")):
        cands.append(last[:-2])
    if last.endswith("s") and not last.endswith("ss"):
        cands.append(last[:-1])
    if last.endswith("'s") or last.endswith("s'"):
        cands.append(last[:-2] if last.endswith("'s") else last[:-1])
    return [pre + c for c in cands]


#: Which of a person's concurrent offices speaks for them first: state, then legislature, then party.
_SECTOR_PRIORITY = {"GOV": 0, "MIL": 1, "LEG": 2, "JUD": 3, "IGO": 0, "PTY": 4}


class KnowledgeBase:
    """Actors, offices and role phrases, indexed by normalised alias.

    Build it with :meth:`load`; instances are read-only after construction.
    """

    def __init__(self) -> None:
        self._entries: list[KBEntry] = []
        self._surface: list[tuple[str, KBEntry]] = []
        self._by_key: dict[str, list[int]] = {}
        self._rank: dict[int, tuple[int, int]] = {}
        self._adjectives: dict[str, str] = {}
        self._adj_surface: list[tuple[str, str]] = []
        self._roles: dict[str, RoleInfo] = {}
        self._countries: dict[str, KBEntry] = {}
        self._genders: dict[str, str] = {}
        self._near_index: dict[int, set[str]] | None = None  # one-word aliases by length, for country_near
        # aliases written in capitals only ("CAR", "US", "UN"): they match capitals only, never "car"/"us"
        self._caps: dict[str, set[int]] = {}

    # -- building ---------------------------------------------------------------------------------
    def _add(self, parsed: _Parsed, layer: int) -> None:
        self._near_index = None
        replaced = {e.actor_id for e, _ in parsed.entries} if layer > 0 else set()
        if replaced:  # a user file overrides packaged entries with the same id: rebuild the index
            old_entries, old_surface, old_rank = self._entries, self._surface, self._rank
            surf_by_entry: dict[int, list[str]] = {}
            for alias, e in old_surface:
                surf_by_entry.setdefault(id(e), []).append(alias)
            self._entries, self._surface, self._by_key, self._rank = [], [], {}, {}
            for i, e in enumerate(old_entries):
                if e.actor_id not in replaced:
                    self._insert(e, surf_by_entry.get(id(e), []), old_rank[i][0])
        for entry, aliases in parsed.entries:
            self._insert(entry, aliases, layer)
        for word, iso3 in parsed.adjectives:
            self._adjectives[normalize(word)] = iso3
            self._adj_surface.append((word, iso3))
        for info in parsed.roles:
            self._roles[normalize(info.phrase)] = info
        self._genders.update(parsed.genders)

    def _insert(self, entry: KBEntry, aliases: Iterable[str], layer: int) -> None:
        idx = len(self._entries)
        self._entries.append(entry)
        self._rank[idx] = (layer, idx)
        if entry.kind == "country" and entry.country:
            self._countries.setdefault(entry.country, entry)
        seen: set[str] = set()
        for alias in aliases:
            key = normalize(alias)
            if not key or key in seen:
                continue
            seen.add(key)
            self._surface.append((alias, entry))
            self._by_key.setdefault(key, []).append(idx)
            if _is_caps(alias):
                self._caps.setdefault(key, set()).add(idx)

    @classmethod
    def load(cls, extra: Sequence[str | Path] = ()) -> KnowledgeBase:
        """Load the packaged knowledge base, plus optional user files.

        Args:
            extra: paths of user files, applied in order after the packaged data. Each is a project-format
                CSV (countries/institutions/igos/groups/people/roles, recognised by its header row) or a
                PETRARCH/TABARI actor or agent dictionary (recognised by its content). An entry whose
                ``actor_id`` equals a packaged one replaces it; user entries rank before packaged ones.

        Returns:
            A :class:`KnowledgeBase`. Without ``extra`` the same cached instance is returned every time.

        Raises:
            KnowledgeBaseError: a file is malformed or missing; the message names the file and line.
        """
        if not extra:
            return _packaged()
        kb = cls()
        base = _packaged()
        kb._entries, kb._surface = list(base._entries), list(base._surface)
        kb._by_key = {k: list(v) for k, v in base._by_key.items()}
        kb._rank = dict(base._rank)
        kb._adjectives, kb._adj_surface = dict(base._adjectives), list(base._adj_surface)
        kb._roles, kb._countries = dict(base._roles), dict(base._countries)
        kb._genders = dict(base._genders)
        kb._caps = {k: set(v) for k, v in base._caps.items()}
        from parley.actors.userfiles import read_user_file  # local: userfiles builds on this module

        for layer, path in enumerate(extra, start=1):
            kb._add(read_user_file(Path(path)), layer)
        return kb

    # -- queries ----------------------------------------------------------------------------------
    def lookup(self, phrase: str, on: date | None = None) -> list[KBEntry]:
        """Entries whose alias equals ``phrase`` after :func:`normalize`, best first.

        Args:
            phrase: the words to look up (``"the Kremlin"``, ``"U.S"``, ``"Putin"``).
            on: the day the text speaks about. Person terms valid that day are kept; when a person has
                none, their term nearest before ``on`` (else their first) is kept. None keeps all terms,
                current ones first.

        Returns:
            Matching entries ranked by: user files before packaged data, then kind (country, igo,
            institution, metonym, group, person, capital), then file order. ``[]`` when nothing matches.
        """
        key = normalize(phrase)
        idxs = self._by_key.get(key, [])
        caps = self._caps.get(key)
        if caps and not _is_caps(phrase):
            idxs = [i for i in idxs if i not in caps]
        people = [i for i in idxs if self._entries[i].kind == "person"]
        others = [i for i in idxs if self._entries[i].kind != "person"]
        chosen = others + self._pick_terms(people, on)
        ents = self._entries
        chosen.sort(key=lambda i: (-self._rank[i][0], KINDS.index(ents[i].kind),
                                   0 if ents[i].start or ents[i].end else 1,  # dated codes before defaults
                                   # terms that hold on the day (without a day: still running) first
                                   0 if (ents[i].valid_on(on) if on else ents[i].end is None) else 1,
                                   -(ents[i].start.toordinal() if ents[i].start and not on else 0),
                                   # concurrent offices in the packaged KB: state office first; user
                                   # dictionaries keep their own order (PETRARCH: first restriction wins)
                                   _SECTOR_PRIORITY.get(ents[i].sector or "", 5)
                                   if ents[i].kind == "person" and self._rank[i][0] == 0 else 0,
                                   self._rank[i][1]))
        return [self._entries[i] for i in chosen]

    def _pick_terms(self, idxs: list[int], on: date | None) -> list[int]:
        if not idxs:
            return []
        ents = self._entries
        if on is None:
            return sorted(
                idxs, key=lambda i: (ents[i].end is not None, date.max - (ents[i].start or date.min))
            )
        valid = [i for i in idxs if ents[i].valid_on(on)]
        dated_ids = {ents[i].actor_id for i in valid if ents[i].start or ents[i].end}
        valid = [i for i in valid if ents[i].start or ents[i].end or ents[i].actor_id not in dated_ids]
        if valid:  # a dated term that holds beats the same actor's undated default code
            # concurrent offices (Xi Jinping: party leader and state president): the state office first
            return sorted(valid, key=lambda i: _SECTOR_PRIORITY.get(ents[i].sector or "", 5))
        out: list[int] = []
        by_person: dict[str, list[int]] = {}
        for i in idxs:
            by_person.setdefault(ents[i].actor_id, []).append(i)
        for terms in by_person.values():
            before = [i for i in terms if ents[i].end is not None and ents[i].end < on]
            if before:
                out.append(max(before, key=lambda i: ents[i].end or date.min))
            else:
                out.append(min(terms, key=lambda i: ents[i].start or date.min))
        return out

    def gender(self, person_id: str) -> str | None:
        """``"f"`` or ``"m"`` for a person id of ``people.csv`` (from ``people_gender.csv``: the pronouns of the
        person's English Wikipedia article), or None when not recorded. Used to resolve "he"/"she"."""
        return self._genders.get(person_id)

    def adjective(self, word: str) -> str | None:
        """ISO3 code for a demonym, adjective or combining form (``"Sino"`` -> ``"CHN"``), or None."""
        key = normalize(word)
        iso = self._adjectives.get(key)
        if iso is None and key.endswith("s"):
            iso = self._adjectives.get(key[:-1])
        return iso

    def country(self, iso3: str) -> KBEntry | None:
        """The country entry for an ISO 3166-1 alpha-3 code, or None."""
        return self._countries.get(iso3.upper())

    def country_code(self, name: str) -> str | None:
        """ISO3 for a country name, alias or code (``"the United States"`` -> ``"USA"``), or None."""
        for entry in self.lookup(name):
            if entry.kind == "country":
                return entry.country
        return None

    def country_near(self, name: str) -> KBEntry | None:
        """The country whose name ``name`` misspells by one letter ("Ethopia", "Afganistan", "Quatar"), or None.

        Only single capitalised words of six letters or more that are no alias, nationality word or plural of
        one ("Kenyan", "Germans") are tried, and only
        an answer that is unique: one edit (a letter added, dropped, changed, or two neighbours swapped, never
        the first letter) away from exactly one country's names and from no other one-word alias of five
        letters or more ("Gambia"/"Zambia"
        are both countries, so "Sambia" gets no answer). Newswire copy misspells country names often enough
        that an unresolved country would lose the event's actor.
        """
        if len(name) < 6 or not name.isalpha() or not name[:1].isupper() or self.lookup(name) or self.adjective(name):
            return None
        if name.endswith("s") and (self.lookup(name[:-1]) or self.adjective(name[:-1])):
            return None  # "Germans", "Jordans": a people or a plural, not a misspelt country
        key = normalize(name)
        if self._near_index is None:
            self._near_index = {}
            for alias, _e in self._surface:
                k = normalize(alias)
                if len(k) >= 5 and " " not in k:
                    self._near_index.setdefault(len(k), set()).add(k)
        found: set[str] = set()
        for n in (len(key) - 1, len(key), len(key) + 1):
            for k in self._near_index.get(n, ()):
                if k[:1] == key[:1] and _one_edit(key, k):  # typos rarely hit the first letter ("Roland" is no Poland)
                    found.add(k)
        codes: set[str] = set()
        for k in found:
            countries = {e.country for e in (self._entries[i] for i in self._by_key.get(k, [])) if e.kind == "country"}
            if not countries:
                return None  # also one letter from a name that is no country's
            codes |= countries
        return self.country(codes.pop()) if len(codes) == 1 else None

    def names_of(self, actor_id: str) -> list[str]:
        """Every name and alias the knowledge base knows for an actor id (``"NATO"`` -> ``["North Atlantic
        Treaty Organization", "NATO", ...]``), canonical name first; ``[]`` for an unknown id."""
        out = [e.name for e in self._entries if e.actor_id == actor_id][:1]
        out += [alias for alias, e in self._surface if e.actor_id == actor_id and alias not in out]
        return out

    def office_holder(self, country: str, role_key: str, on: date | None,
                      organisation: Sequence[str] = ()) -> KBEntry | None:
        """Who held an office on a day.

        Args:
            country: ISO3 code (``"RUS"``) or ``"IGO"``.
            role_key: a role key from ``people.csv`` (``"foreign_minister"``); ``"head_of_state"`` and
                ``"head_of_government"`` resolve through :data:`HEAD_OF_STATE_KEYS` and
                :data:`HEAD_OF_GOVERNMENT_KEYS`, ``"leader"`` through :data:`LEADER_KEYS`.
            on: the day; None means the current holder (open-ended term), else the latest one.
            organisation: for ``country="IGO"``, the names of the organisation (:meth:`names_of`); only
                terms whose office names it count ("Secretary-General of the United Nations" is not the Arab
                League's), and keys such as ``nato_secretary_general`` count for ``secretary_general``.
                Without it, an IGO office held in several organisations (secretary-general) is ambiguous
                and the answer is None.

        Returns:
            The term-of-office entry, or None when the knowledge base does not know.
        """
        keys: tuple[str, ...] = (role_key,)
        if role_key == "head_of_state":
            keys = HEAD_OF_STATE_KEYS
        elif role_key == "head_of_government":
            keys = HEAD_OF_GOVERNMENT_KEYS
        elif role_key == "leader":
            keys = LEADER_KEYS
        terms = [e for e in self._entries if e.kind == "person" and e.country == country]
        if country == "IGO":
            if not organisation and role_key in _SHARED_IGO_KEYS:
                offices = {re.sub(r"\s*\(.*\)$", "", e.role or "") for e in terms if e.role_key in keys}
                return None if len(offices) > 1 else self._holder(terms, keys, on)
            pats = [re.compile(r"\b" + re.escape(n.lower()) + r"\b") for n in organisation if len(n) >= 2]
            if pats:
                terms = [e for e in terms if e.role and any(p.search(e.role.lower()) for p in pats)]
            keys = keys + tuple(sorted({e.role_key for e in terms if e.role_key and e.role_key.endswith(
                "_" + role_key)}))
        return self._holder(terms, keys, on)

    @staticmethod
    def _holder(terms: list[KBEntry], keys: tuple[str, ...], on: date | None) -> KBEntry | None:
        by_key = [[e for e in terms if e.role_key == key] for key in keys]
        if on is None:  # current holder under the best key, else the latest holder under any key
            for cands in by_key:
                current = [e for e in cands if e.end is None]
                if current:
                    return max(current, key=lambda e: e.start or date.min)
            every = [e for cands in by_key for e in cands]
            return max(every, key=lambda e: e.end or date.max) if every else None
        for cands in by_key:
            valid = [e for e in cands if e.valid_on(on)]
            if valid:  # a handover day has two valid terms: prefer the one that started
                return max(valid, key=lambda e: e.start or date.min)
        return None

    def role(self, phrase: str) -> RoleInfo | None:
        """Sector and office for a role noun or phrase, tolerant of plurals (``"officials"``).

        Returns:
            The :class:`RoleInfo` from ``roles.csv`` (or a user agent dictionary), or None.
        """
        key = normalize(phrase)
        if key in self._roles:
            return self._roles[key]
        for cand in _singulars(key):
            if cand in self._roles:
                return self._roles[cand]
        return None

    def aliases(self) -> Iterator[tuple[str, KBEntry]]:
        """Every ``(surface alias, entry)`` pair, as written in the data, for building a PhraseMatcher.

        Short all-capital aliases (``"US"``, ``"UN"``) collide with common words when lower-cased; match
        them on ``ORTH`` rather than ``LOWER``.
        """
        yield from self._surface

    def adjectives(self) -> Iterator[tuple[str, str]]:
        """Every ``(adjective or demonym, iso3)`` pair as written in ``countries.csv``."""
        yield from self._adj_surface

    def role_phrases(self) -> Iterator[str]:
        """Every role phrase as written in ``roles.csv`` (and user agent dictionaries)."""
        for info in self._roles.values():
            yield info.phrase

    def entries(self) -> Iterator[KBEntry]:
        """Every entry (one per country, capital, metonym, institution, IGO, group and term of office)."""
        yield from self._entries

    def __len__(self) -> int:
        return len(self._entries)


def _is_caps(text: str) -> bool:
    """A short all-capitals form ("CAR", "U.S.", "UN"): such aliases are matched case-sensitively."""
    letters = [c for c in text if c.isalpha()]
    return 0 < len(letters) <= 5 and all(c.isupper() for c in letters)


def _data_text(name: str) -> tuple[str, str]:
    """Text and display name of a packaged data file."""
    try:
        res = resources.files("parley").joinpath("data", "actors", name)
        return res.read_text("utf-8"), f"parley/data/actors/{name}"
    except (FileNotFoundError, ModuleNotFoundError, TypeError, OSError):
        path = Path(__file__).resolve().parents[1] / "data" / "actors" / name
        try:
            return path.read_text("utf-8"), str(path)
        except OSError as exc:
            raise KnowledgeBaseError(f"[P020] {path}: packaged actor file missing ({exc})") from exc


@functools.lru_cache(maxsize=1)
def _packaged() -> KnowledgeBase:
    kb = KnowledgeBase()
    for name in _PACKAGE_FILES:
        text, origin = _data_text(name)
        kb._add(parse_csv(text, origin), 0)
    return kb


__all__ = [
    "HEAD_OF_GOVERNMENT_KEYS",
    "HEAD_OF_STATE_KEYS",
    "LEADER_KEYS",
    "KINDS",
    "SECTORS",
    "KBEntry",
    "KnowledgeBase",
    "RoleInfo",
    "normalize",
    "parse_csv",
]
