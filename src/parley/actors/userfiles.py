"""Users' own actor files for ``--actors``: Parley CSV, Parley YAML, PETRARCH/TABARI dictionaries.

See ``docs/actors.md#your-own-dictionaries---actors`` for the formats.
"""

from __future__ import annotations

from pathlib import Path

from parley.actors import petrarch
from parley.actors.kb import _HEADERS, _header, _Parsed, _slug, parse_csv
from parley.errors import KnowledgeBaseError


def read_user_file(path: Path) -> _Parsed:
    """A user's actor file: Parley CSV (any packaged header), Parley YAML, or PETRARCH/TABARI dictionaries."""
    text = petrarch.read_text(path, "actor file")
    if path.suffix.lower() in (".yaml", ".yml"):
        return parse_csv(_yaml_to_csv(text, path), str(path))
    if _header(text) in _HEADERS.values():
        return parse_csv(text, str(path))
    parsed = _Parsed()
    if petrarch.looks_like_agents(text):
        parsed.roles.extend(petrarch.parse_agents(text, str(path)))
    else:
        parsed.entries.extend(petrarch.parse_actors_with_aliases(text, str(path)))
    return parsed


def _yaml_to_csv(text: str, path: Path) -> str:
    """Parley's YAML actor format -> the people CSV format (one mapping per actor or term of office).

    Each item: ``name`` (required), ``aliases`` (list or "a|b"), ``country``, ``sector``, ``role``, ``role_key``,
    ``start``/``end`` (ISO dates), ``wikidata``, ``source``; ``id`` groups several terms of one person.
    """
    import csv
    import io

    import yaml

    try:
        items = yaml.safe_load(text) or []
    except yaml.YAMLError as exc:
        raise KnowledgeBaseError(f"[P028] {path}: not valid YAML: {exc}") from None
    if not isinstance(items, list):
        raise KnowledgeBaseError(f"[P028] {path}: expected a list of actors, got {type(items).__name__}")
    buf = io.StringIO()
    w = csv.writer(buf)
    w.writerow(_HEADERS["people"])
    for n, item in enumerate(items, start=1):
        if not isinstance(item, dict) or not item.get("name"):
            raise KnowledgeBaseError(f"[P028] {path}: item {n} needs at least a name: {item!r}")
        aliases = item.get("aliases") or []
        if isinstance(aliases, list):
            aliases = "|".join(str(a) for a in aliases)
        w.writerow([item.get("id") or _slug(str(item["name"])), item["name"], aliases, item.get("country") or "",
                    item.get("sector") or "", item.get("role_key") or "", item.get("role") or "",
                    item.get("start") or "", item.get("end") or "", item.get("wikidata") or "",
                    item.get("source") or f"user:{path.name}"])
    return buf.getvalue()
