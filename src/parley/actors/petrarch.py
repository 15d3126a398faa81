"""Reader for PETRARCH/TABARI actor and agent dictionaries.

Format (after the PETRARCH2 dictionary documentation,
``petrarch2.readthedocs.io/en/latest/dictionaries.html``, and the TABARI 0.8 manual):

* Comments: ``#`` to the end of the line, and ``<!-- ... -->`` blocks, which may span lines.
* Underscores join the words of a phrase (``UNITED_STATES``); a trailing underscore only marks a whole word.
* Actor dictionaries: ``NAME [CODE]`` on one line, or ``NAME`` followed by indented ``[CODE]`` lines.
  ``+ALIAS`` lines add synonyms to the entry above. A code may carry a date restriction:
  ``[USAGOV <19900101]`` (before), ``[USAGOV >19900101]`` (after), ``[IRQGOV 19790716-20030409]`` (between,
  inclusive). TABARI's six-digit ``yymmdd`` dates are read with years 30-99 as 19xx and 00-29 as 20xx.
  Several codes separated by ``/`` (``[ELR/GAL]``) give one entry per code.
* Agent dictionaries: ``NOUN {PLURALS} [~CODE]``: the agent code follows the actor's (``~GOV``) or precedes
  it (``NGO~``). ``{}`` means no plural; without braces regular English plurals are added. ``!SET! = A, B``
  defines a substitution set used inside nouns (``CONGRESS!PERSON!``).

Actor codes map to a country (first three characters, None for ``---``/``+++``/``###``) and a sector (the
next three characters, when present); the full code is kept in :attr:`KBEntry.code`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

from parley.actors.kb import KBEntry, RoleInfo
from parley.errors import KnowledgeBaseError

_CODE_BLOCK = re.compile(r"\[([^\]]*)\]")
_SUBST_DEF = re.compile(r"^\s*!([A-Za-z0-9_]+)!\s*=\s*(.+)$")
_SUBST_USE = re.compile(r"!([A-Za-z0-9_]+)!")
_PLURALS = re.compile(r"\{([^}]*)\}")
_DATE8 = re.compile(r"^\d{8}$")
_DATE6 = re.compile(r"^\d{6}$")


def _clean_lines(text: str) -> Iterator[tuple[int, str]]:
    """Yield ``(line number, content)`` with comments removed and blank lines skipped."""
    in_block = False
    for lineno, raw in enumerate(text.splitlines(), start=1):
        line = raw
        out = ""
        while line:
            if in_block:
                end = line.find("-->")
                if end < 0:
                    line = ""
                    break
                line = line[end + 3 :]
                in_block = False
            else:
                start = line.find("<!")
                if start < 0:
                    out += line
                    break
                out += line[:start]
                line = line[start + 2 :]
                in_block = True
        out = out.split("#", 1)[0]
        if out.strip():
            yield lineno, out.rstrip()


def _phrase(token: str) -> str:
    """``UNITED_STATES_`` -> ``United States`` (underscores to spaces, trailing marker dropped)."""
    words = token.strip().strip("_").replace("_", " ").split()
    return " ".join(words)


def _tabari_date(text: str, origin: str, lineno: int) -> date:
    try:
        if _DATE8.match(text):
            return date(int(text[:4]), int(text[4:6]), int(text[6:]))
        if _DATE6.match(text):
            yy = int(text[:2])
            return date((1900 if yy >= 30 else 2000) + yy, int(text[2:4]), int(text[4:]))
    except ValueError:
        pass
    raise KnowledgeBaseError(f"[P029] {origin}:{lineno}: bad date {text!r} in code restriction")


def parse_code(block: str, origin: str, lineno: int) -> list[tuple[str, date | None, date | None]]:
    """Read the inside of one ``[...]`` code block.

    Args:
        block: e.g. ``"HOBGOV 19950601 - 19990815"``, ``"USAGOV <19900101"``, ``"ELR/GAL"``.
        origin, lineno: for error messages.

    Returns:
        ``[(code, start, end)]``, one per ``/``-separated code; dates inclusive, None when open.

    Raises:
        KnowledgeBaseError: empty block or unreadable date [P029].
    """
    parts = block.strip().split(None, 1)
    if not parts:
        raise KnowledgeBaseError(f"[P029] {origin}:{lineno}: empty code block []")
    codes = [c for c in parts[0].upper().split("/") if c]
    start: date | None = None
    end: date | None = None
    if len(parts) > 1:
        restr = parts[1].replace(" ", "")
        if restr.startswith("<"):
            end = _tabari_date(restr[1:], origin, lineno) - timedelta(days=1)
        elif restr.startswith(">"):
            start = _tabari_date(restr[1:], origin, lineno) + timedelta(days=1)
        elif "-" in restr:
            a, _, b = restr.partition("-")
            start, end = _tabari_date(a, origin, lineno), _tabari_date(b, origin, lineno)
        else:
            raise KnowledgeBaseError(f"[P029] {origin}:{lineno}: unreadable restriction {parts[1]!r}")
    return [(c, start, end) for c in codes]


def split_code(code: str) -> tuple[str | None, str | None]:
    """Country and sector of an actor code.

    ``"PSEREBHMS"`` -> ``("PSE", "REB")``; ``"---GOV"`` -> ``(None, "GOV")``; ``"RUS"`` -> ``("RUS", None)``.
    """
    country = code[:3] if len(code) >= 3 and code[:3].isalpha() else None
    sector = code[3:6] if len(code) >= 6 and code[3:6].isalpha() else None
    return country, sector


def parse_actors_with_aliases(text: str, origin: str) -> list[tuple[KBEntry, list[str]]]:
    """Parse a PETRARCH actor dictionary into entries and their aliases.

    Args:
        text: the dictionary's text.
        origin: file name for error messages and the entries' ``source`` (``"file:line"``).

    Returns:
        ``[(entry, [name, alias, ...])]``: one entry per code (and per dated restriction) of each actor.
        Entries with date restrictions have ``kind="person"`` (so lookups filter them by date); bare
        three-letter codes give ``kind="country"``, ``IGO``/``NGO`` codes ``"igo"``, others ``"group"``.

    Raises:
        KnowledgeBaseError: a synonym or code line before any actor, an unclosed ``[``, an actor with no
            code, or a bad date; the message names ``origin`` and the line.
    """
    blocks: list[dict[str, object]] = []
    cur: dict[str, object] | None = None
    for lineno, line in _clean_lines(text):
        stripped = line.strip()
        if stripped.count("[") != stripped.count("]"):
            raise KnowledgeBaseError(f"[P029] {origin}:{lineno}: unbalanced [ ] in {stripped!r}")
        head = _CODE_BLOCK.sub("", stripped).strip()
        codes = [parse_code(m, origin, lineno) for m in _CODE_BLOCK.findall(stripped)]
        if head.startswith("+"):
            if cur is None:
                raise KnowledgeBaseError(f"[P029] {origin}:{lineno}: synonym {head!r} before any actor")
            alias = _phrase(head[1:])
            if alias:
                cur["aliases"].append(alias)  # type: ignore[attr-defined]
        elif head:
            cur = {"name": _phrase(head), "aliases": [], "codes": [], "line": lineno}
            blocks.append(cur)
        elif cur is None:
            raise KnowledgeBaseError(f"[P029] {origin}:{lineno}: code {stripped!r} before any actor")
        for group in codes:
            cur["codes"].extend(group)  # type: ignore[index,union-attr]
    out: list[tuple[KBEntry, list[str]]] = []
    for b in blocks:
        name, line = str(b["name"]), int(b["line"])  # type: ignore[call-overload]
        codes_ = b["codes"]
        assert isinstance(codes_, list)
        if not codes_:
            raise KnowledgeBaseError(f"[P029] {origin}:{line}: actor {name!r} has no [CODE]")
        aliases = [name, *b["aliases"]]  # type: ignore[misc]
        dated = any(s or e for _, s, e in codes_)
        multi = len({c for c, _, _ in codes_}) > 1 and not dated
        for code, start, end in codes_:
            country, sector = split_code(code)
            if dated:
                kind = "person"
            elif country in ("IGO", "NGO"):
                kind = "igo"
            elif len(code) == 3 and country:
                kind = "country"
            else:
                kind = "group"
            actor_id = f"petrarch:{name.upper()}" + (f"/{code}" if multi else "")
            ent = KBEntry(actor_id, name.title(), country, sector, None, None, kind, None, start, end,
                          f"{origin}:{line}", code)
            out.append((ent, aliases))
    return out


def parse_actors(text: str, origin: str) -> list[KBEntry]:
    """Parse a PETRARCH actor dictionary: the entries of :func:`parse_actors_with_aliases`."""
    return [e for e, _ in parse_actors_with_aliases(text, origin)]


def _regular_plural(word: str) -> str:
    low = word.lower()
    if low.endswith(("s", "x", "z", "ch", "sh")):
        return word + "ES"
    if low.endswith("y") and len(low) > 1 and low[-2] not in "aeiou":
        return word[:-1] + "IES"
    if low.endswith("man"):
        return word[:-3] + "MEN"
    return word + "S"


def _expand(form: str, sets: dict[str, list[str]], origin: str, lineno: int) -> list[str]:
    variants = [form]
    for nm in _SUBST_USE.findall(form):
        if nm.upper() not in sets:
            raise KnowledgeBaseError(f"[P029] {origin}:{lineno}: undefined substitution !{nm}!")
        variants = [v.replace(f"!{nm}!", w) for v in variants for w in sets[nm.upper()]]
    return variants


def looks_like_agents(text: str) -> bool:
    """True when the text reads as an agent dictionary (codes with ``~``), not an actor dictionary."""
    codes = [c for _, line in _clean_lines(text) for c in _CODE_BLOCK.findall(line)]
    return bool(codes) and sum("~" in c for c in codes) * 2 >= len(codes)


def parse_agents(text: str, origin: str) -> list[RoleInfo]:
    """Parse a PETRARCH agent dictionary into role phrases.

    Args:
        text: the dictionary's text.
        origin: file name for error messages.

    Returns:
        One :class:`RoleInfo` per surface form (singular, plurals, substitution expansions), phrase in lower
        case with spaces; ``sector`` is the first three letters of the code without ``~`` and ``code`` the
        whole code (``"~GOVFRM"`` -> sector ``"GOV"``, code ``"GOVFRM"``).

    Raises:
        KnowledgeBaseError: a line without one ``[CODE]``, an undefined ``!SET!``, or unbalanced braces;
            the message names ``origin`` and the line.
    """
    sets: dict[str, list[str]] = {}
    out: list[RoleInfo] = []
    for lineno, line in _clean_lines(text):
        m = _SUBST_DEF.match(line)
        if m:
            sets[m.group(1).upper()] = [w.strip() for w in m.group(2).split(",") if w.strip()]
            continue
        blocks = _CODE_BLOCK.findall(line)
        if len(blocks) != 1 or line.count("{") != line.count("}"):
            raise KnowledgeBaseError(
                f"[P029] {origin}:{lineno}: expected 'NOUN {{PLURALS}} [~CODE]': {line!r}"
            )
        code = blocks[0].replace(" ", "").upper()
        bare = code.replace("~", "")
        rest = _CODE_BLOCK.sub("", line)
        pm = _PLURALS.search(rest)
        noun = _PLURALS.sub("", rest).strip()
        if not noun:
            raise KnowledgeBaseError(f"[P029] {origin}:{lineno}: agent code without a noun")
        expanded: list[str] = []
        substituted = bool(_SUBST_USE.search(noun))
        for base in _expand(noun, sets, origin, lineno):
            expanded.append(base)
            if pm is None and not substituted:  # a !SET! already lists its plural forms
                expanded.append(_regular_plural(base.rstrip("_")))
        if pm is not None:
            for form in pm.group(1).split():
                expanded.extend(_expand(form, sets, origin, lineno))
        seen: set[str] = set()
        for form in expanded:
            phrase = _phrase(form).lower()
            if phrase and phrase not in seen:
                seen.add(phrase)
                out.append(RoleInfo(phrase, bare[:3] or None, None, None, bare))
    return out


def read_actors(path: str | Path) -> list[KBEntry]:
    """Read a PETRARCH actor dictionary file (UTF-8 or Latin-1). Raises KnowledgeBaseError."""
    return parse_actors(read_text(Path(path)), str(path))


def read_agents(path: str | Path) -> list[RoleInfo]:
    """Read a PETRARCH agent dictionary file (UTF-8 or Latin-1). Raises KnowledgeBaseError."""
    return parse_agents(read_text(Path(path)), str(path))


def read_text(path: Path, what: str = "dictionary") -> str:
    """The text of a user's dictionary or actor file: UTF-8, else Latin-1 (old TABARI/PETRARCH files often are).

    Raises:
        KnowledgeBaseError: [P020] the file cannot be read; the message names the file and ``what`` it is.
    """
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise KnowledgeBaseError(f"[P020] {path}: cannot read {what} ({exc})") from exc
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("latin-1")


__all__ = [
    "looks_like_agents",
    "parse_actors",
    "parse_actors_with_aliases",
    "parse_agents",
    "parse_code",
    "read_actors",
    "read_agents",
    "read_text",
    "split_code",
]
