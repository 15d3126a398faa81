"""The trigger lexicon: which words signal which PLOVER event, and where the target is found.

The packaged lexicon is ``parley/data/events/lexicon.yaml`` (its header documents every field); users can
load their own file of the same shape with ``Lexicon.load("/path/to/mine.yaml")``. Every entry is checked
against the PLOVER type/mode table and the CAMEO crosswalk (``parley.events.cameo``) when it is loaded.

Example:
    >>> lex = Lexicon.load()
    >>> [e.event_type for e in lex.verb_entries("meet")][:1]
    ['CONSULT']
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from parley.errors import KnowledgeBaseError
from parley.events.cameo import PLOVER_CONTEXTS, cameo_info, plover_modes, plover_types

PACKAGED = "parley:events/lexicon.yaml"

_REQUIRED = ("id", "lemma", "pos", "event_type", "cameo", "target", "example", "source")
_OPTIONAL = ("mode", "context", "particle", "prep", "object", "reverse")
_ID_RE = re.compile(r"^[a-z]+\.[a-z0-9_\-]+(\.[a-z0-9_\-]+)*$")
_TARGET_RE = re.compile(r"^(dobj|dative|prep:[a-z]+(\|[a-z]+)*)$")


@dataclass(frozen=True, slots=True)
class TriggerEntry:
    """One trigger frame of the lexicon.

    Attributes:
        id: unique id ``"<type>.<lemma>[.<variant>]"``, e.g. ``"consult.meet.with"``.
        lemma: the trigger's lemma as spaCy en_core_web_sm gives it, lower-case; two or more words for
            multiword nominal triggers (``"phone call"``: compound + head).
        head: last word of ``lemma`` (the syntactic head to look up).
        words: all words of ``lemma``.
        pos: ``"verb"`` or ``"noun"``.
        event_type: PLOVER 2.0 type.
        mode: PLOVER 2.0 mode of that type, or None.
        cameo: CAMEO code whose crosswalk type is ``event_type``.
        context: PLOVER contexts the trigger implies (may be empty).
        particle: required particle (``prt`` dependent), e.g. ``"down"``, or None.
        prep: required preposition dependent, e.g. ``"for"`` in "call for", or None.
        object: for verbs, object lemmas of which one must be present (the object is then not the target),
            or None.
        target: where to find the target, in order of preference: ``"dobj"``, ``"dative"``, ``"prep:<p>"`` or ``"prep:<p>|<q>"`` (any of several).
        reverse: True when the grammatical subject is the target (e.g. "receive" + a visit).
        example: a sentence of our own showing the frame.
        source: where the mapping comes from.
    """

    id: str
    lemma: str
    head: str
    words: tuple[str, ...]
    pos: str
    event_type: str
    mode: str | None
    cameo: str
    context: tuple[str, ...]
    particle: str | None
    prep: str | None
    object: tuple[str, ...] | None
    target: tuple[str, ...]
    reverse: bool
    example: str
    source: str


class Lexicon:
    """A validated set of :class:`TriggerEntry`, indexed by head lemma and part of speech."""

    def __init__(self, entries: list[TriggerEntry], *, source: str = "<memory>") -> None:
        """Index ``entries``; ``source`` names the file in messages. Use :meth:`load` to read a file."""
        self.source = source
        self._entries = list(entries)
        self._by_id = {e.id: e for e in self._entries}
        self._index: dict[tuple[str, str], list[TriggerEntry]] = {}
        for e in self._entries:
            self._index.setdefault((e.pos, e.head), []).append(e)

    @classmethod
    def load(cls, ref: str = PACKAGED) -> Lexicon:
        """Read and validate a lexicon file.

        Args:
            ref: ``"parley:<path>"`` for packaged data under ``parley/data`` (cached per process), or a path
                to the user's own YAML file of the same shape.

        Returns:
            The lexicon.

        Raises:
            KnowledgeBaseError: [P024] the file is missing or not YAML; [P025] an entry is malformed (the
                message names the file, the entry id and its line).
        """
        if ref.startswith("parley:"):
            return _load_packaged(ref)
        path = Path(ref)
        try:
            text = path.read_text("utf-8")
        except OSError as exc:
            raise KnowledgeBaseError(f"[P024] cannot read lexicon {ref}: {exc}") from exc
        return cls.from_yaml(text, source=ref)

    @classmethod
    def from_yaml(cls, text: str, *, source: str = "<string>") -> Lexicon:
        """Parse and validate lexicon YAML text (a list of entry mappings); see :meth:`load` for errors."""
        try:
            node = yaml.compose(text, Loader=yaml.SafeLoader)
            data = yaml.safe_load(text)
        except yaml.YAMLError as exc:
            raise KnowledgeBaseError(f"[P024] {source}: not valid YAML: {exc}") from exc
        if data is None:
            data = []
        if not isinstance(data, list) or not isinstance(node, yaml.SequenceNode):
            raise KnowledgeBaseError(f"[P024] {source}: expected a YAML list of entries")
        entries: list[TriggerEntry] = []
        seen: dict[str, int] = {}
        for item, item_node in zip(data, node.value, strict=True):
            line = item_node.start_mark.line + 1
            entry = _parse_entry(item, f"{source}:{line}")
            if entry.id in seen:
                first = seen[entry.id]
                raise KnowledgeBaseError(
                    f"[P025] {source}:{line}: entry {entry.id!r}: duplicate id (first at line {first})"
                )
            seen[entry.id] = line
            entries.append(entry)
        return cls(entries, source=source)

    def verb_entries(self, lemma: str) -> list[TriggerEntry]:
        """Verb entries whose head lemma is ``lemma`` (lower-case), in file order; [] if none."""
        return list(self._index.get(("verb", lemma), ()))

    def noun_entries(self, lemma: str) -> list[TriggerEntry]:
        """Noun entries whose head lemma is ``lemma`` (e.g. ``"call"`` finds "phone call"), in file order."""
        return list(self._index.get(("noun", lemma), ()))

    def get(self, entry_id: str) -> TriggerEntry:
        """The entry with this id. Raises: KeyError when there is none."""
        return self._by_id[entry_id]

    def __len__(self) -> int:
        return len(self._entries)

    def __iter__(self) -> Iterator[TriggerEntry]:
        return iter(self._entries)

    def __repr__(self) -> str:
        return f"Lexicon({self.source!r}, {len(self)} entries)"


@lru_cache(maxsize=4)
def _load_packaged(ref: str) -> Lexicon:
    name = ref.removeprefix("parley:")
    try:
        text = resources.files("parley.data").joinpath(name).read_text("utf-8")
    except OSError as exc:
        raise KnowledgeBaseError(f"[P024] cannot read packaged lexicon {ref}: {exc}") from exc
    return Lexicon.from_yaml(text, source=ref)


def _parse_entry(item: Any, where: str) -> TriggerEntry:
    """Validate one YAML mapping and build its entry; ``where`` is ``"file:line"``."""
    if not isinstance(item, dict):
        raise KnowledgeBaseError(f"[P025] {where}: entry is not a mapping: {item!r}")
    eid = item.get("id")

    def fail(msg: str) -> KnowledgeBaseError:
        return KnowledgeBaseError(f"[P025] {where}: entry {eid!r}: {msg}")

    missing = [k for k in _REQUIRED if item.get(k) in (None, "")]
    if missing:
        raise fail(f"missing field(s) {', '.join(missing)}")
    unknown = sorted(set(item) - set(_REQUIRED) - set(_OPTIONAL))
    if unknown:
        raise fail(f"unknown field(s) {', '.join(unknown)}")
    if not isinstance(eid, str) or not _ID_RE.match(eid):
        raise fail("id must look like '<type>.<lemma>[.<variant>]' in lower case")
    etype = item["event_type"]
    if etype not in plover_types():
        raise fail(f"unknown event_type {etype!r}")
    if not eid.startswith(etype.lower() + "."):
        raise fail(f"id must start with {etype.lower()!r}.")
    mode = item.get("mode")
    if mode is not None and mode not in plover_modes(etype):
        raise fail(f"{etype} has no mode {mode!r} (modes: {', '.join(plover_modes(etype)) or 'none'})")
    code = item["cameo"]
    if not isinstance(code, str):
        raise fail(f"cameo must be a quoted string, got {code!r}")
    try:
        info = cameo_info(code)
    except KnowledgeBaseError:
        raise fail(f"CAMEO code {code!r} is not in cameo_plover.csv") from None
    if info.event_type != etype:
        raise fail(f"CAMEO {code} is {info.event_type or 'no PLOVER type'} in the crosswalk, not {etype}")
    lemma = item["lemma"]
    if not isinstance(lemma, str) or lemma != lemma.lower() or lemma.split() != lemma.split(" "):
        raise fail(f"lemma must be lower-case words separated by single spaces, got {lemma!r}")
    pos = item["pos"]
    if pos not in ("verb", "noun"):
        raise fail(f"pos must be 'verb' or 'noun', got {pos!r}")
    context = _str_tuple(item.get("context") or [], "context", fail)
    bad = [c for c in context if c not in PLOVER_CONTEXTS]
    if bad:
        raise fail(f"unknown context(s) {bad}")
    target = _str_tuple(item["target"], "target", fail)
    bad = [t for t in target if not _TARGET_RE.match(t)]
    if bad:
        raise fail(f"target items must be dobj, dative or prep:<p>, got {bad}")
    obj = item.get("object")
    objects = None if obj is None else _str_tuple(obj, "object", fail)
    reverse = item.get("reverse", False)
    if not isinstance(reverse, bool):
        raise fail(f"reverse must be true or false, got {reverse!r}")
    for key in ("particle", "prep", "example", "source"):
        if item.get(key) is not None and not isinstance(item[key], str):
            raise fail(f"{key} must be a string, got {item[key]!r}")
    words = tuple(lemma.split())
    return TriggerEntry(
        id=eid,
        lemma=lemma,
        head=words[-1],
        words=words,
        pos=pos,
        event_type=etype,
        mode=mode,
        cameo=code,
        context=context,
        particle=item.get("particle"),
        prep=item.get("prep"),
        object=objects,
        target=target,
        reverse=reverse,
        example=item["example"],
        source=item["source"],
    )


def _str_tuple(value: Any, key: str, fail: Any) -> tuple[str, ...]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
        raise fail(f"{key} must be a list of strings, got {value!r}")
    return tuple(value)
