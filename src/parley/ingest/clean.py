"""Boilerplate removal for article text: credits, share/follow prompts, bylines and datelines.

``clean_text`` works line by line and keeps paragraph breaks (one blank line between paragraphs).
A line is dropped only when all of it is boilerplate; a credit or prompt trailing a paragraph after
its last sentence (``"... countries. Photo: Reproduction"``) is cut from that line. Sentences that
merely mention a source, a photo or cookies are kept. See ``docs/ingest.md#cleaning``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

_CREDIT = r"(?:photo(?:graph)?s?|images?|pictures?|fotos?|pic|video)(?:\s+credits?)?"

# Whole lines that are boilerplate (matched against the stripped line, case-insensitive).
_LINE_PATTERNS = [
    rf"\(?\s*{_CREDIT}\s*[:/|-]\s*[^.!?]{{0,80}}[.]?\s*\)?",  # Photo: Reproduction / (Image: AFP)
    r"(?:credits?|reproduction)\s*:\s*[^.!?]{0,60}",
    r"sources?\s*:\s*[^\s!?:]+(?:\s+[^\s!?:]+){0,4}",  # Source: Example News / Source: outlet.com.br (<= 5 words)
    r"leave\s+a\s+(?:reply|comment)\.?",
    r"share\s+(?:this|on)\b.{0,60}",
    r"(?:read|see)\s+(?:more|also)\b.{0,120}",
    r"related(?:\s+(?:articles?|stories|news|coverage|content|posts?))?\s*:.{0,120}",
    r"related\s+(?:articles?|stories|news|coverage|posts?)",
    r"click\s+here\b.{0,150}",
    r"(?:advertisement|advertising|sponsored(?:\s+content)?|ad)",
    r"follow\s+(?:us|@\w+)\b.{0,100}",
    r".{0,80}\ball\s+rights\s+reserved\b.{0,40}",
    r"(?:©|\(c\)|copyright\s*(?:©|\(c\))?)\s*(?:\d{4}\b.{0,80})?",
    r"(?:subscribe|sign\s+up)\s+(?:to|for|now)\b.{0,100}",
    r"(?:print|email|tweet|whatsapp|facebook|twitter|linkedin)(?:\s*[|/·•,]\s*(?:print|email|tweet|"
    r"whatsapp|facebook|twitter|linkedin|x|telegram))+",
    r"(?:tags?|topics?|filed\s+under)\s*:.{0,120}",
    r"(?:you\s+may\s+also\s+like|more\s+from\s+\w+|most\s+read|trending\s+now)\s*:?",
]
_LINE_RE = re.compile(r"^(?:" + "|".join(_LINE_PATTERNS) + r")$", re.IGNORECASE)

# Lines about cookies are boilerplate only when they talk to the reader about the website.
_COOKIE_RE = re.compile(r"\bcookies?\b", re.IGNORECASE)
_COOKIE_CONTEXT_RE = re.compile(
    r"\b(?:we\s+use|this\s+(?:site|website)|our\s+(?:site|website)|accept|consent|cookie\s+(?:policy|settings)|"
    r"you\s+agree|browsing)\b",
    re.IGNORECASE,
)

# Boilerplate trailing a paragraph after its last sentence (or after a closing quote/bracket).
_TRAILING_RE = re.compile(
    r"(?<=[.!?\"”’)])\s+("
    rf"\(?\s*{_CREDIT}\s*:\s*[^.!?()]{{1,80}}\)?\.?"
    r"|\(\s*(?:photo|image|foto|picture)[^()]{0,80}\)"
    r"|read\s+more\b.{0,80}"
    r"|share\s+this\s*:?"
    r"|advertisement"
    r"|(?:©|copyright)\s*\d{4}\b.{0,60}"
    r"|all\s+rights\s+reserved\.?"
    r")\s*$",
    re.IGNORECASE,
)

# "By Jane Doe", "By Jane Doe and John Roe, Reuters", "By JANE DOE | Staff writer" (first lines only).
_NAME = r"[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|de|da|van|von|al|bin|el|la|le|di|du))*"
_BYLINE_RE = re.compile(
    rf"^by\s+{_NAME}(?:\s*(?:,|and|&)\s*{_NAME})*(?:\s*[|,·•—–-]\s*[^.!?]{{0,60}})?\.?$",
    re.IGNORECASE,
)

# Datelines: "BAGHDAD (AFP) - ", "KYIV, Ukraine (Reuters) — ", "WASHINGTON — ", "LONDON, Feb 4 (Reuters) - ".
_DASH = r"(?:--|[-—–:])"
_AGENCY = r"\((?:[A-Z][\w.&' ]{0,30}|[A-Z]{2,}(?:/[A-Z]{2,})*)\)"
_DAY = r"(?:,\s*(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8}\.?)(?:,\s*\d{4})?)"
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d"
_REGION = rf"(?:,\s*(?!{_MONTH})[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){{0,3}})"
_CAPS_PLACE = r"[A-Z][A-Z.'’-]+(?:\s+[A-Z][A-Z.'’-]+){0,3}"
_TITLE_PLACE = r"[A-Z][a-z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}"
_DATELINE_RE = re.compile(
    rf"^(?P<caps>{_CAPS_PLACE}{_REGION}?){_DAY}?\s*(?:{_AGENCY})?\s*{_DASH}\s+(?=\S)"
    rf"|^(?P<title>{_TITLE_PLACE}{_REGION}?){_DAY}?\s*{_AGENCY}\s*{_DASH}\s+(?=\S)"
)


@dataclass(slots=True)
class CleanResult:
    """The cleaned text, the dateline place (``"KYIV, Ukraine"``) or None, and the removed pieces.

    ``captions`` holds paragraphs that were closed by a photo credit ("... Photo: Reproduction"): they
    stay in ``text`` but are photo captions, which restate the story; the coder does not code them.
    """

    text: str
    dateline: str | None = None
    removed: list[str] = field(default_factory=list)
    captions: list[str] = field(default_factory=list)


def is_boilerplate(line: str) -> bool:
    """Whether a whole (stripped) line is boilerplate: a credit, prompt, cookie notice or copyright."""
    s = line.strip()
    if not s:
        return False
    if _LINE_RE.match(s):
        return True
    return len(s) < 300 and bool(_COOKIE_RE.search(s)) and bool(_COOKIE_CONTEXT_RE.search(s))


_WIKI_TAIL_RE = re.compile(
    r"\s*==+\s*(?:Related(?: news| stories| articles)?|Sources?|External links|See also|References|Notes)\s*==+.*\Z",
    re.IGNORECASE | re.DOTALL,
)
_WIKI_HEADING_RE = re.compile(r"\s*==+\s*[^=\n]{1,80}?\s*==+\s*")
_CAPTION_CREDIT_RE = re.compile(rf"\(?\s*{_CREDIT}\s*[:/|-]", re.IGNORECASE)


def _strip_trailing(line: str, removed: list[str]) -> str:
    while True:
        m = _TRAILING_RE.search(line)
        if not m:
            return line
        removed.append(m.group(1).strip())
        line = line[: m.start()].rstrip()


def split_dateline(text: str) -> tuple[str | None, str]:
    """Split a dateline off the start of ``text``.

    Returns:
        ``(place, rest)``: ``("BAGHDAD", "Officials said ...")`` for ``"BAGHDAD (AFP) - Officials said ..."``,
        or ``(None, text)`` when the text does not start with a dateline.
    """
    m = _DATELINE_RE.match(text)
    if not m:
        return None, text
    place = (m.group("caps") or m.group("title")).strip()
    caps_only = m.group("caps") is not None
    # A single all-caps word needs an agency or a real dash, not a colon ("NOTE: ...").
    if caps_only and text[m.start() : m.end()].rstrip().endswith(":") and "(" not in m.group(0):
        return None, text
    if caps_only and len(place.split(",")[0].replace(".", "")) < 2:
        return None, text
    return place, text[m.end() :]


def clean_text(text: str) -> CleanResult:
    """Remove boilerplate and the leading byline and dateline from an article body.

    Args:
        text: the article text, paragraphs separated by newlines (blank lines or single newlines).

    Returns:
        CleanResult: ``text`` with boilerplate lines dropped, trailing credits cut, runs of blank lines
        collapsed to one and the ends stripped; ``dateline`` the place of a dateline found at the start
        (``"KYIV, Ukraine"``), else None; ``removed`` the removed pieces in order of appearance.

    Example:
        >>> r = clean_text("By Ana Lima\\n\\nBRASILIA (AFP) - Talks ended. Photo: Reproduction\\nShare this:")
        >>> (r.text, r.dateline)
        ('Talks ended.', 'BRASILIA')
        >>> r.removed
        ['By Ana Lima', 'Photo: Reproduction', 'BRASILIA (AFP) -', 'Share this:']
    """
    removed: list[str] = []
    captions: list[str] = []
    tail = _WIKI_TAIL_RE.search(text)
    if tail:
        # "== Related news == * ..." and the other end sections of wiki news: link lists, not the story
        removed.append(text[tail.start():].strip())
        text = text[: tail.start()]
    text = _WIKI_HEADING_RE.sub("\n\n", text)  # "== Background ==" inside a flattened article: a break
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    kept: list[str] = []
    seen_body = False
    dateline: str | None = None
    for raw in lines:
        line = raw.rstrip()
        s = line.strip()
        if not s:
            kept.append("")
            continue
        if not seen_body and _BYLINE_RE.match(s) and len(s) <= 100:
            removed.append(s)
            continue
        if is_boilerplate(s):
            removed.append(s)
            continue
        n_removed = len(removed)
        line = _strip_trailing(line, removed)
        if len(removed) > n_removed and len(line) < 400 and _CAPTION_CREDIT_RE.match(removed[n_removed]):
            # a short paragraph closed by a photo credit is a photo caption: it restates the story
            captions.append(line.strip())
        if not seen_body:
            indent = line[: len(line) - len(line.lstrip())]
            place, rest = split_dateline(line.lstrip())
            if place is not None:
                dateline = place
                removed.append(line.lstrip()[: len(line.lstrip()) - len(rest)].strip())
                line = indent + rest
            seen_body = True
        kept.append(line)
    out: list[str] = []
    for line in kept:
        if line == "" and (not out or out[-1] == ""):
            continue
        out.append(line)
    while out and out[-1] == "":
        out.pop()
    return CleanResult(text="\n".join(out), dateline=dateline, removed=removed, captions=captions)


__all__ = ["CleanResult", "clean_text", "is_boilerplate", "split_dateline"]
