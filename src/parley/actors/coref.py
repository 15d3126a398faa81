"""In-document coreference memory for actors.

A :class:`DocMemory` lives for one document. The resolver records every person and every
group of actors it resolves, in reading order; later short or role-only mentions look back:

* a surname or partial name (``Putin`` after ``Vladimir Putin``);
* a role with a country (``the Russian president``) or without (``the minister``, ``the chancellor``:
  in translated text "chancellor" often renders Portuguese/Spanish *chanceler*, the foreign minister);
* pronouns (``he``/``she`` the last person of that gender or of unknown gender; ``they`` the last group of two
  or more actors);
* ``both sides``, ``the two countries``: the last two countries seen together.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from parley.records import Actor

#: Role words that may stand for another office in translated news (source: Portuguese "chanceler",
#: Spanish "canciller" = foreign minister; German "Kanzler" = head of government).
ROLE_SYNONYMS = {
    "chancellor": ("chancellor", "foreign_minister"),
    "minister": ("foreign_minister", "defence_minister", "interior_minister", "finance_minister", "minister",
                 "prime_minister"),
    "foreign minister": ("foreign_minister",),
    "president": ("president", "head_of_state"),
    "leader": ("president", "head_of_state", "prime_minister", "head_of_government", "king", "chancellor"),
    "prime minister": ("prime_minister", "head_of_government"),
    "premier": ("prime_minister", "head_of_government"),
}


@dataclass
class DocMemory:
    """What one document has said about actors so far.

    Attributes:
        pub_date: the document's publication date (for dated offices), or None.
        persons: resolved people in reading order.
        groups: sets of two or more actors that acted together (``[RUS, CHN]``), in reading order.
    """

    pub_date: date | None = None
    persons: list[Actor] = field(default_factory=list)
    groups: list[list[Actor]] = field(default_factory=list)
    countries: list[str] = field(default_factory=list)
    things: list[Actor] = field(default_factory=list)
    #: armed or police units named with their country ("British soldiers"), antecedents of "the troops"
    forces: list[Actor] = field(default_factory=list)
    subjects: list[Actor] = field(default_factory=list)
    #: ``"f"``/``"m"`` by lower-cased person name, where the knowledge base, a title ("Mrs", "Sir") or a
    #: gendered role word ("spokeswoman") says it
    genders: dict[str, str] = field(default_factory=dict)
    _thing_keys: set[tuple[int, str | None]] = field(default_factory=set, repr=False)

    def add_thing(self, actor: Actor) -> None:
        """Record a country, organisation or group mention (antecedents of "it"/"its")."""
        key = (actor.start, actor.country)
        if actor.country and key not in self._thing_keys:
            self._thing_keys.add(key)
            self.things.append(actor)

    def last_forces(self, sector: str, before: int, within: int = 1500) -> list[Actor]:
        """The last units of ``sector`` (MIL, COP, ...) named with a country before character offset ``before`` and
        no more than ``within`` characters earlier (a few sentences); all of one coordination ("American and
        British troops"), else ``[]``."""
        last = next((a for a in reversed(self.forces)
                     if a.start < before and a.sector == sector and a.country and before - a.start <= within), None)
        if last is None:
            return []
        return [a for a in self.forces if a.sector == sector and a.country and abs(a.start - last.start) <= 40
                and a.start < before]

    def last_thing(self, before: int = 10**9) -> Actor | None:
        """The last country/organisation mentioned before character offset ``before``."""
        for a in reversed(self.things):
            if a.start < before:
                return a
        return None

    def add_person(self, actor: Actor, *, subject: bool = False, gender: str | None = None) -> None:
        """Record a resolved person; ``subject``: the mention was a clause's subject (more salient);
        ``gender``: ``"f"``/``"m"`` when known."""
        if gender and actor.name:
            self.genders[actor.name.lower()] = gender
        if actor.name and (actor.country or actor.sector or actor.role):
            self.persons.append(actor)
            if subject:
                self.subjects.append(actor)
        if actor.country and actor.country not in self.countries:
            self.countries.append(actor.country)

    def add_group(self, actors: list[Actor]) -> None:
        if len({(a.country, a.name) for a in actors}) >= 2:
            self.groups.append(list(actors))
        for a in actors:
            if a.country and a.country not in self.countries:
                self.countries.append(a.country)

    def person_by_name(self, name: str) -> Actor | None:
        """The last person whose name contains ``name``'s last word (``Putin`` -> ``Vladimir Putin``)."""
        words = name.split()
        if not words:
            return None
        last = words[-1].lower()
        first = words[0].lower()
        for a in reversed(self.persons):
            if not a.name:
                continue
            pw = a.name.lower().split()
            if last in pw or (len(words) == 1 and first in pw):
                return a
        return None

    def person_in_office(self, country: str | None, role_key: str, phrase: str | None = None,
                         organisation: list[str] | None = None) -> Actor | None:
        """The last person named in an office ("the minister" after "Foreign Minister Wang Yi"); for an
        international organisation (``country="IGO"``) only a holder whose role names ``organisation``."""
        keys = set(ROLE_SYNONYMS.get(phrase or "", ())) | {role_key}
        for a in reversed(self.persons):
            if country and a.country != country:
                continue
            if country == "IGO" and not any(n.lower() in (a.role or "").lower() for n in organisation or ()):
                continue
            if a.role and _role_matches(a.role, keys):
                return a
        return None

    def person_by_role(self, role_key: str | None, phrase: str | None) -> Actor | None:
        keys = set(ROLE_SYNONYMS.get(phrase or "", ())) | ({role_key} if role_key else set())
        for a in reversed(self.persons):
            if a.role and _role_matches(a.role, keys):
                return a
        return None

    def last_person(self, before: int = 10**9, gender: str | None = None) -> Actor | None:
        """The antecedent of "he"/"she": the last person who was a subject before ``before`` (subjects are
        what a story is about), else the last person mentioned; with ``gender`` (``"f"`` for she/her, ``"m"``
        for he/him/his) people known to be of the other gender are passed over."""
        def fits(a: Actor, strict: bool = False) -> bool:
            known = self.genders.get((a.name or "").lower())
            return gender is None or known == gender or (known is None and not strict)

        # "she": few women are named in political news, so a woman the story has named wins over people of
        # unknown gender; "he" only skips known women
        for strict in ((True, False) if gender == "f" else (False,)):
            for pool in (self.subjects, self.persons):
                for a in reversed(pool):
                    if a.start < before and fits(a, strict):
                        return a
        return next((a for a in reversed(self.persons) if fits(a)), None)

    def last_group(self, before: int = 10**9) -> list[Actor]:
        for g in reversed(self.groups):
            if g and g[0].start < before:
                return g
        return self.groups[-1] if self.groups else []

    def pair(self) -> list[Actor]:
        """The two countries last seen together, as country-level actors."""
        for g in reversed(self.groups):
            cs: list[str] = []
            for a in g:
                if a.country and a.country not in cs:
                    cs.append(a.country)
            if len(cs) >= 2:
                return [Actor(text=c, name=self._country_name(c), country=c, how="coref:group") for c in cs[:2]]
        if len(self.countries) >= 2:
            return [Actor(text=c, name=self._country_name(c), country=c, how="coref:group")
                    for c in self.countries[:2]]
        return []

    def _country_name(self, iso3: str) -> str:
        """The name the document used for a country ("China"), else its code."""
        for t in reversed(self.things):
            if t.country == iso3 and t.how == "kb:country" and t.name:
                return t.name
        return iso3


def _role_matches(role: str, keys: set[str]) -> bool:
    r = role.lower().replace(" ", "_")
    for k in keys:
        k2 = k.lower()
        if k2 in r or k2.replace("_", " ") in role.lower():
            return True
        if k2 == "foreign_minister" and ("foreign affairs" in role.lower() or "foreign minister" in role.lower()):
            return True
        if k2 == "head_of_state" and ("head of state" in role.lower() or "president" in role.lower()):
            return True
    return False
