"""THE stage order. One :class:`~parley.records.Document` flows through the stages once.

    RawDoc -clean-> Document(text without boilerplate, dateline)
           -nlp.pipe-> doc.spacy (sentences, POS, parse, NER)
           -actors + events (per sentence, in reading order, one coreference memory per document)
           -dates / geo-> event.date, event.location
           -quotes-> doc.quotes
           -drop doc.spacy-> ready for the store

``Context`` holds what is loaded once per process (pipeline, knowledge base, lexicon, gazetteer).
"""

from __future__ import annotations

import bisect
import functools
import logging
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from parley.actors.coref import DocMemory
from parley.actors.kb import KnowledgeBase
from parley.actors.resolve import ActorResolver, is_actor
from parley.dates import event_date, find_dates
from parley.events.coder import EventCoder
from parley.events.lexicon import Lexicon
from parley.ingest.clean import clean_text
from parley.records import TRANSNATIONAL, Actor, Document, Event, Quote, RawDoc, Sentence

log = logging.getLogger(__name__)

#: Longest document coded, in characters (spaCy's own limit is 1,000,000; parsing time grows with length,
#: and a news article is rarely over 50,000).
MAX_CHARS = 500_000
#: Modalities kept by default; the rest need ``all_modalities=True``.
DEFAULT_MODALITIES = frozenset({"asserted"})
_HAS_LETTER = re.compile(r"[A-Za-z]")


@dataclass
class CoderOptions:
    """Options for one coding run.

    Attributes:
        all_modalities: keep negated/future/hypothetical/reported events too (default: asserted only).
        actors: extra actor dictionaries (project CSV or PETRARCH/TABARI format) loaded over the packaged KB.
        lexicon: lexicon reference (``parley:events/lexicon.yaml`` or a path).
        locate: resolve event locations with the gazetteer.
        quotes: attribute direct quotes.
        batch_size: documents per ``nlp.pipe`` batch.
    """

    all_modalities: bool = False
    actors: tuple[str, ...] = ()
    lexicon: str = "parley:events/lexicon.yaml"
    locate: bool = True
    quotes: bool = True
    batch_size: int = 32


@dataclass
class Context:
    """Everything loaded once per process or Dask worker."""

    nlp: Any
    kb: KnowledgeBase
    lexicon: Lexicon
    resolver: ActorResolver
    coder: EventCoder
    gazetteer: Any = None
    options: CoderOptions = field(default_factory=CoderOptions)

    @classmethod
    def create(cls, options: CoderOptions | None = None, *, nlp: Any = None) -> Context:
        """Load the spaCy pipeline, knowledge base, lexicon and gazetteer (cached per process).

        Args:
            options: coding options.
            nlp: an already loaded spaCy pipeline to use instead of loading one (the spaCy component
                passes its own, so the model is not loaded twice).
        """
        options = options or CoderOptions()
        ctx = _context(options.actors, options.lexicon, options.locate, options.all_modalities,
                       options.quotes, options.batch_size, nlp is None)
        if nlp is not None:
            ctx = Context(nlp=nlp, kb=ctx.kb, lexicon=ctx.lexicon, resolver=ctx.resolver, coder=ctx.coder,
                          gazetteer=ctx.gazetteer, options=ctx.options)
        return ctx


@functools.lru_cache(maxsize=4)
def _context(actors: tuple[str, ...], lexicon: str, locate: bool, all_modalities: bool, quotes: bool,
             batch_size: int, load_nlp: bool = True) -> Context:
    from parley.nlp import load_pipeline

    nlp = load_pipeline() if load_nlp else None
    kb = KnowledgeBase.load(extra=actors)
    lex = Lexicon.load(lexicon)
    gaz = None
    if locate:
        from parley.geo import Gazetteer

        gaz = Gazetteer.load()
    resolver = ActorResolver(kb, gaz)
    opts = CoderOptions(all_modalities=all_modalities, actors=actors, lexicon=lexicon, locate=locate,
                        quotes=quotes, batch_size=batch_size)
    return Context(nlp=nlp, kb=kb, lexicon=lex, resolver=resolver, coder=EventCoder(lex, resolver),
                   gazetteer=gaz, options=opts)


def prepare(raw: RawDoc) -> Document:
    """Stage 1: clean the text (boilerplate, dateline) and make the Document."""
    cleaned = clean_text(raw.text)
    doc = Document(doc_id=raw.doc_id, text=cleaned.text, pub_date=raw.pub_date, title=raw.title, url=raw.url,
                   outlet=raw.outlet, origin=raw.origin, dateline=cleaned.dateline)
    for cap in cleaned.captions:
        start = doc.text.find(cap)
        if start >= 0:
            doc.skip_spans.append((start, start + len(cap)))
    if raw.pub_date is None:
        doc.warnings.append("no publication date: relative dates left unresolved")
    return doc


def code_docs(raws: Iterable[RawDoc], *, options: CoderOptions | None = None, ctx: Context | None = None,
              progress: Callable[[Document], None] | None = None) -> Iterator[Document]:
    """Code documents in batches; yields each coded Document (``spacy`` dropped) in input order.

    Args:
        raws: the input documents.
        options: coding options (ignored when ``ctx`` is given).
        ctx: a ready Context (built once per process when omitted).
        progress: called with each finished Document.
    """
    ctx = ctx or Context.create(options)
    docs = (prepare(r) for r in raws)
    limit = min(MAX_CHARS, ctx.nlp.max_length)

    def texts() -> Iterator[tuple[str, Document]]:
        for d in docs:
            if len(d.text) > limit:
                d.warnings.append(f"[P016] {d.origin or d.doc_id}: text of {len(d.text):,} characters exceeds the "
                                  f"limit of {limit:,}; not coded (split it into articles)")
                yield "", d
            else:
                yield d.text, d

    for sdoc, doc in ctx.nlp.pipe(texts(), as_tuples=True, batch_size=ctx.options.batch_size):
        doc.spacy = sdoc
        if len(sdoc.text) == len(doc.text):
            try:
                annotate(doc, ctx)
            except Exception as exc:  # noqa: BLE001 - one article's fault must not stop a corpus run
                # a coder fault on one article: keep the article, drop its partial results, say so and go on
                doc.events, doc.mentions, doc.quotes, doc.date_mentions = [], [], [], []
                doc.warnings.append(f"[P019] {doc.origin or doc.doc_id}: coding failed with an internal error "
                                    f"({type(exc).__name__}: {str(exc)[:200]}); stored without events, please report it")
                log.warning("coding %s failed: %r", doc.doc_id, exc)
        doc.spacy = None
        if progress is not None:
            progress(doc)
        yield doc


def code_text(text: str, *, pub_date: date | None, doc_id: str | None = None,
              options: CoderOptions | None = None) -> list[Event]:
    """Code one article.

    Args:
        text: the article body.
        pub_date: publication date; None leaves relative dates unresolved (never "today").
        doc_id: id to give the document (default: hash of the text).

    Returns:
        Events in sentence order, [] if none.
    """
    from parley.records import text_id

    raw = RawDoc(doc_id=doc_id or text_id(text), text=text, pub_date=pub_date)
    return next(iter(code_docs([raw], options=options))).events


def annotate(doc: Document, ctx: Context) -> None:
    """Run the per-document stages on a Document that has ``doc.spacy`` set."""
    sdoc = doc.spacy
    mem = DocMemory(pub_date=doc.pub_date)
    keep = None if ctx.options.all_modalities else DEFAULT_MODALITIES
    narrative: str | None = None  # the last day-level date the story has named
    sents = list(sdoc.sents)
    ents_of: list[list[Any]] = [[] for _ in sents]  # entities per sentence, built once (Span.ents is O(doc))
    starts = [s.start for s in sents]
    k = 0
    for ent in sdoc.ents:
        while k + 1 < len(starts) and starts[k + 1] <= ent.start:
            k += 1
        ents_of[k].append(ent)
    for i, sent in enumerate(sents):
        stext = sent.text.rstrip()
        doc.sentences.append(Sentence(index=i, text=stext, start=sent.start_char, end=sent.start_char + len(stext)))
        if not _codable(sent) or any(a <= sent.start_char < b for a, b in doc.skip_spans):
            continue
        doc.mentions.extend(_mentions(sent, ctx, mem, ents_of[i]))
        for ev in ctx.coder.code_sentence(sent, mem):
            if keep is not None and ev.modality not in keep:
                continue
            ev.doc_id = doc.doc_id
            ev.sentence_index = i
            _date_event(ev, sent, doc, narrative)
            if ev.modality == "asserted" and _long_before(ev.date, doc.pub_date):
                # "Betancourt, kidnapped in February 2002, ..." in a 2008 story: history recalled, not news
                ev.modality = "background"
                if keep is not None:
                    continue
            doc.events.append(ev)
        found = find_dates(sent.text, doc.pub_date)
        doc.date_mentions.extend((m.text, m.value) for m in found)
        pub = doc.pub_date.isoformat() if doc.pub_date else "9999"
        days = [m.value for m in found if m.granularity == "day" and m.value and m.value <= pub]
        if days:
            narrative = days[-1]
    doc.events = _drop_anaphoric(doc.events, sents)
    if ctx.gazetteer is not None:
        _locate(doc, ctx, sents)
    _fill_countries(doc, ctx, sents)
    _sovereign_then(doc)
    # an event with no country and no known doer ("the court's ruling, published on Friday") fits no
    # dyad or country series and is noise more often than news
    # (kept when a known kind of actor did it: "police freed the hostages" is news even without a country)
    doc.events = [ev for ev in doc.events if any(a.country for a in ev.source + ev.target)
                  or any(a.sector for a in ev.source)]
    if ctx.options.quotes:
        doc.quotes = _quotes(doc, ctx)
    for ev in doc.events:
        ev.event_id = ev.make_id()


#: Days before publication after which a dated event is background, not news (about a year).
BACKGROUND_DAYS = 366


def _long_before(day: str | None, pub: date | None) -> bool:
    """Whether an event's ISO date (day, month or year) lies more than :data:`BACKGROUND_DAYS` before the
    publication date; False when either is unknown."""
    if not day or pub is None:
        return False
    try:
        parts = [int(p) for p in day.split("-")]
        end = date(parts[0], parts[1] if len(parts) > 1 else 12, parts[2] if len(parts) > 2 else 28)
    except (ValueError, IndexError):
        return False
    return (pub - end).days > BACKGROUND_DAYS


def _codable(sent: Any) -> bool:
    """Sentences worth coding: some letters, at least one verb or noun trigger candidate, not a bare heading."""
    if len(sent) < 3 or not _HAS_LETTER.search(sent.text):
        return False
    return any(t.pos_ in ("VERB", "AUX", "NOUN") for t in sent)


_LOCATIVE = {"in", "at", "near", "outside", "inside", "into", "across", "through", "around", "throughout"}


def _mentions(sent: Any, ctx: Context, mem: DocMemory, ents: list[Any] | None = None) -> list[Actor]:
    """Resolve named and role mentions of a sentence in reading order (feeds coreference)."""
    out: list[Actor] = []
    seen: set[int] = set()
    for ent in sent.ents if ents is None else ents:
        if ent.label_ not in ("PERSON", "ORG", "GPE", "NORP", "FAC"):
            continue
        head = ent.root
        if head.dep_ == "compound" and head.head.pos_ == "PROPN" and head.head.ent_type_ == "":
            head = head.head  # "Maria Corina" + "Machado": the phrase's head
        if ent.label_ in ("GPE", "FAC") and head.dep_ == "pobj" and head.head.lower_ in _LOCATIVE:
            continue  # "in Oslo" is where, not who
        if head.i in seen:
            continue
        seen.add(head.i)
        out.extend(a for a in ctx.resolver.resolve(head, mem, distribute=False) if is_actor(a))
    for tok in sent:
        if tok.i in seen or tok.pos_ not in ("NOUN", "PROPN") or tok.ent_type_ or tok.dep_ not in (
                "nsubj", "nsubjpass", "dobj", "pobj", "appos"):
            continue
        if ctx.kb.role(tok.lemma_.lower()) is None and ctx.kb.role(tok.lower_) is None and tok.pos_ != "PROPN":
            continue
        seen.add(tok.i)
        out.extend(a for a in ctx.resolver.resolve(tok, mem, distribute=False) if is_actor(a))
    for a in out:
        if a.country and a.country not in mem.countries:
            mem.countries.append(a.country)
    return out


def _date_event(ev: Event, sent: Any, doc: Document, narrative: str | None) -> None:
    """Date an event: its own sentence's date expression; else the last day the story named
    (a sentence that goes on about a meeting keeps that meeting's day); else the publication date."""
    trig = sent[ev.trigger_index] if 0 <= ev.trigger_index < len(sent) else None
    offset = trig.idx - sent.start_char if trig is not None else None
    m = event_date(sent.text, doc.pub_date, offset)
    if m is not None and _names_a_thing(sent, m):
        m = None  # "the September 11 attacks", "the 1994 genocide": the date belongs to a noun, not this act
    if m is not None and trig is not None and _dates_other_clause(sent, m, trig):
        m = None  # "the senator, who was kidnapped in 2002, thanked the army": the date is the kidnapping's
    if m is not None and m.value and doc.pub_date is not None and m.value[:10] > doc.pub_date.isoformat()[:len(
            m.value[:10])]:
        # a date after publication belongs to a planned act ("will meet next Monday"); the coded event
        # (the announcement, the promise) happened by the publication date
        m = None
    if m is not None and m.value:
        ev.date, ev.date_text = m.value, m.text
    elif narrative is not None:
        ev.date = narrative
    elif doc.pub_date is not None:
        ev.date = doc.pub_date.isoformat()
    else:
        ev.date = None


def _clause_head(tok: Any) -> Any:
    """The verb heading the clause a token sits in (the token itself when it is a verb)."""
    cur = tok
    for _ in range(12):
        if cur.pos_ in ("VERB", "AUX") or cur.head.i == cur.i:
            return cur
        cur = cur.head
    return cur


def _dates_other_clause(sent: Any, m: Any, trig: Any) -> bool:
    """Whether a date expression sits in a relative, participial or adverbial clause that does not hold
    the trigger: then it dates that clause's act, not this event."""
    span = sent.doc.char_span(sent.start_char + m.start, sent.start_char + m.end, alignment_mode="expand")
    if span is None:
        return False
    clause = _clause_head(span.root)
    if clause.dep_ not in ("relcl", "acl", "advcl"):
        return False
    return not any(t.i == trig.i for t in clause.subtree)


def _names_a_thing(sent: Any, m: Any) -> bool:
    """Whether a date expression modifies a noun ("the September 11 attacks") rather than dating a clause."""
    span = sent.doc.char_span(sent.start_char + m.start, sent.start_char + m.end, alignment_mode="expand")
    if span is None:
        return False
    root = span.root
    return root.dep_ in ("compound", "nmod", "amod", "poss") and root.head.pos_ in ("NOUN", "PROPN")


def _locate(doc: Document, ctx: Context, sents: list[Any]) -> None:
    from parley.geo import locate_event

    dateline = None
    if doc.dateline:
        dateline = ctx.gazetteer.resolve(doc.dateline)
    countries: list[str] = [dateline.country] if dateline is not None and dateline.country else []
    for m in doc.mentions:
        if m.country and len(m.country) == 3 and m.country not in TRANSNATIONAL and m.country not in countries:
            countries.append(m.country)
    for ev in doc.events:
        sent = sents[ev.sentence_index]
        trig = sent[ev.trigger_index]
        try:
            ev.location = locate_event(sent, trig, ctx.gazetteer, countries, dateline,
                                       physical=ev.quad_class in (2, 4) or ev.event_type in _PHYSICAL)
        except Exception as exc:  # a geocoding fault must never lose the event
            log.warning("locating event in %s failed: %s", doc.doc_id, exc)


def _drop_anaphoric(events: list[Event], sents: list[Any]) -> list[Event]:
    """Drop an event told by a definite event noun ("the conversation between the presidents") when the
    document already coded that type for those countries: it refers back to the same event."""
    kept: list[Event] = []
    for ev in events:
        tok = sents[ev.sentence_index][ev.trigger_index]
        definite = tok.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ in ("the", "this", "that")
                                              for c in tok.children)
        countries = {a.country for a in ev.source + ev.target if a.country}
        if definite and any(k.event_type == ev.event_type and countries & {a.country for a in k.source + k.target}
                            for k in kept):
            continue
        kept.append(ev)
    return kept


#: Sectors of the people a state agent usually acts on at home.
_DOMESTIC_SECTORS = {"CVL", "OPP", "JRN", "EDU", "LAB", "LEG", "PTY", "CRM", "REF", "MED", "REL", "BUS", "AGR", "SOC",
                     "REB", "UAF", "ELI", "JUD"}
#: Words that place an actor in a region or abroad, not in one country: no country is filled for them.
_REGIONAL = {"european", "african", "asian", "arab", "western", "latin", "nordic", "scandinavian", "balkan",
             "caribbean", "foreign", "international", "regional", "gulf"}
#: Words after "foreign"/"international" that make an office, not an origin ("Foreign Minister").
_OFFICE_AFTER = {"minister", "ministry", "ministers", "office", "affairs", "secretary", "policy", "service",
                 "relations", "trade", "development", "cooperation", "intelligence"}


def _regional(text: str) -> bool:
    """Whether an actor's words place it in a region or abroad ("European diplomats", "foreign governments")
    rather than in one country; "Foreign Minister" is an office, not an origin."""
    words = text.lower().replace("-", " ").split()
    return any(w in _REGIONAL and not (i + 1 < len(words) and words[i + 1] in _OFFICE_AFTER)
               for i, w in enumerate(words))
#: Sectors of state agents whose acts are usually domestic: their target shares their country.
_STATE_SECTORS = {"GOV", "COP", "MIL", "JUD", "LEG", "SPY", "PRM"}
#: Triggers of going somewhere: the event's place is the destination.
_TRAVEL_WORDS = {"visit", "visited", "visiting", "visits", "travel", "travelled", "traveled", "travels", "arrive",
                 "arrived", "arrives", "trip", "tour", "toured", "deploy", "deployed", "sent", "send", "dispatched"}


#: Verbal-category types that still happen somewhere physical (a meeting, a rally).
_PHYSICAL = {"CONSULT", "PROTEST"}


def _country_name(ctx: Context, iso: str | None) -> str | None:
    """The knowledge base's name of a country code ("CIV" -> "Ivory Coast"), else the code."""
    if not iso:
        return None
    entry = ctx.resolver.kb.country(iso)
    return entry.name if entry is not None else iso


#: Prepositions that put something in a place ("police in Istanbul", "near the town of Samarra").
_LOCATIVE_PREPS = {"in", "at", "near", "outside", "inside", "across", "throughout", "around", "within", "off", "into"}


def _sentence_country(sent: Any, ctx: Context) -> str | None:
    """The one country of the places a sentence names ("the curfew in Abidjan": CIV), or None when it names
    none or places in several countries. Places after a locative preposition ("kidnappers in Iraq", "near the
    town of Samarra") decide when there are any; otherwise every place name counts ("The U.S. said ...")."""
    if ctx.gazetteer is None or sent is None:
        return None
    placed: set[str] = set()
    named: set[str] = set()
    for ent in sent.ents:
        if ent.label_ in ("GPE", "LOC", "FAC"):
            loc = ctx.gazetteer.resolve(ent.text)
            if loc is None or not loc.country:
                continue
            named.add(loc.country)
            root = ent.root
            if root.dep_ == "appos" and root.head.dep_ == "pobj":
                root = root.head  # "into Jalal-Abad, Kyrgyzstan"
            prep = root.head if root.dep_ == "pobj" else None
            if prep is not None and prep.lower_ == "of" and prep.head.dep_ == "pobj":
                prep = prep.head.head  # "in the city of Bukavu"
            if prep is not None and prep.lower_ in _LOCATIVE_PREPS:
                placed.add(loc.country)
    found = placed or named
    return next(iter(found)) if len(found) == 1 else None


def _placed_country(sent: Any, ctx: Context) -> str | None:
    """The one country of the places a sentence puts something in or near ("near the town of Samarra", "in
    eastern Beirut"): names that head a prepositional phrase, not nationality words ("a U.S. soldier")."""
    if ctx.gazetteer is None:
        return None
    found = set()
    for ent in sent.ents:
        if ent.label_ not in ("GPE", "LOC", "FAC", "NORP") or ent.root.dep_ != "pobj":
            continue
        if ent.label_ == "NORP" and ctx.kb.adjective(ent.text):
            continue  # "of Iraqi origin": a nationality, not a place
        iso = ctx.kb.country_code(ent.text)
        loc = None if iso else ctx.gazetteer.resolve(ent.text)
        if iso or loc is not None and loc.country:
            found.add(iso or loc.country)
    return next(iter(found)) if len(found) == 1 else None


def _in_relative_clause(sents: list[Any] | None, ev: Event) -> bool:
    """Whether an event's trigger sits in a relative clause ("..., where 24 people were killed last March",
    "raids in which 20 people were killed"): told as background to another act."""
    if sents is None or not 0 <= ev.trigger_index < len(sents[ev.sentence_index]):
        return False
    tok = sents[ev.sentence_index][ev.trigger_index]
    return any(t.dep_ == "relcl" for t in [tok, *tok.ancestors])


#: States that seceded from another, with the day of independence: before it, their places and people belong to
#: the state they left, as event data for that time codes them (facts: each state's English Wikipedia article).
SUCCESSIONS = {"SSD": ("SDN", date(2011, 7, 9)), "XKX": ("SRB", date(2008, 2, 17)), "ERI": ("ETH", date(1993, 5, 24))}


def _sovereign_then(doc: Document) -> None:
    """Recode actors of a state that did not exist yet on the story's day to the state it was part of
    ("Juba" in 1992 is in Sudan). Needs the publication date; without one nothing changes."""
    if doc.pub_date is None:
        return
    for actor in [a for ev in doc.events for a in ev.source + ev.target] + list(doc.mentions):
        was = SUCCESSIONS.get(actor.country or "")
        if was is not None and doc.pub_date < was[1]:
            actor.country = was[0]


def _fill_countries(doc: Document, ctx: Context, sents: list[Any] | None = None) -> None:
    """Give a country to actors that have only a sector ("police", "protesters", "an opposition lawmaker").

    In order: the event's location (police in Istanbul are Turkish police); the other side's country when that
    side is a state agent acting at home (Bolivian police arrest a lawmaker: a Bolivian lawmaker); the dateline.
    The actor's ``how`` records the inference (``+country:location``, ``+country:dyad``, ``+country:dateline``).
    """
    dateline_country = None
    if doc.dateline and ctx.gazetteer is not None:
        loc = ctx.gazetteer.resolve(doc.dateline)
        dateline_country = loc.country if loc else None
    dateline_country = dateline_country or _main_country(doc)
    by_sentence: dict[int, str | None] = {}

    def sentence_country(i: int) -> str | None:  # once per sentence, however many actors need it
        if sents is None:
            return None
        if i not in by_sentence:
            by_sentence[i] = _sentence_country(sents[i], ctx)
        return by_sentence[i]

    for ev in doc.events:
        for a in ev.target:
            if a.how == "domestic" and a.country is None:
                # "the government lifted the curfew": the people where it happened, else the state's own
                c = ev.location.country if ev.location is not None and ev.location.country else next(
                    (s.country for s in ev.source if s.country), None)
                if c is None and sents is not None:
                    c = sentence_country(ev.sentence_index) or dateline_country
                for s in ev.source:
                    if s.country is None and c:  # a state acting at home: "President X extended the curfew"
                        s.country, s.how = c, f"{s.how or ''}+country:domestic"
                a.country = c
                a.name = a.text = ev.location.name if ev.location is not None and c == ev.location.country else (
                    next((m.name for m in doc.mentions if m.country == c and m.how == "kb:country"), None)
                    or _country_name(ctx, c) or "")
        if not ev.source and ev.event_type == "ASSAULT":
            # "a roadside bomb near Samarra killed a soldier", "a journalist was killed in Beirut": no one named
            # did it; as ICEWS codes such acts, the attackers are unidentified armed forces (CAMEO sector UAF)
            # of the country where it happened, when the sentence names the place
            c = ev.location.country if ev.location is not None and ev.location.country else (
                _placed_country(sents[ev.sentence_index], ctx) if sents is not None else None)
            if c and c not in TRANSNATIONAL and not _in_relative_clause(sents, ev):
                ev.source.append(Actor(text="", name="Unidentified attackers", country=c, sector="UAF",
                                       how="unidentified+country:location"))
        for side, other in ((ev.source, ev.target), (ev.target, ev.source)):
            for a in side:
                if a.country or not a.sector or a.sector in TRANSNATIONAL or "ounterpart" in (a.role or ""):
                    continue  # a counterpart is by definition from the other side: never the actor's own
                if _regional(f"{a.text} {a.name or ''}"):
                    continue  # "European diplomats", "foreign journalists": from no one country, and not from here
                known = {o.country for o in other if o.country and o.country not in TRANSNATIONAL}
                # only a state agent's *target* is taken to be domestic ("Bolivian police arrested an opposition
                # lawmaker"); a source is never given its target's country, nor one official another's
                state = side is ev.target and a.sector in _DOMESTIC_SECTORS and any(
                    o.sector in _STATE_SECTORS for o in other if o.country)
                here = ev.location or next((o.location for o in doc.events if o.location is not None
                                            and o.sentence_index == ev.sentence_index), None)
                going = side is ev.source and (ev.mode == "visit" or ev.trigger.lower() in _TRAVEL_WORDS)
                if going:
                    here = None  # "a secretary will travel to Washington": where one goes is not where one is from
                if here is not None and here.country:
                    a.country, why = here.country, "location"
                elif len(known) == 1 and state:
                    a.country, why = next(iter(known)), "dyad"
                elif sentence_country(ev.sentence_index) and not going:
                    a.country, why = sentence_country(ev.sentence_index), "sentence-place"
                elif dateline_country:
                    a.country, why = dateline_country, "dateline" if doc.dateline else "document"
                else:
                    continue
                a.how = f"{a.how or ''}+country:{why}"


def _main_country(doc: Document) -> str | None:
    """The country a story is about: the one that accounts for at least half of its country mentions."""
    counts: dict[str, int] = {}
    for m in doc.mentions:
        if m.country and m.country not in TRANSNATIONAL:
            counts[m.country] = counts.get(m.country, 0) + 1
    if not counts:
        return None
    best = max(counts, key=lambda c: counts[c])
    return best if counts[best] * 2 >= sum(counts.values()) else None


def _quotes(doc: Document, ctx: Context) -> list[Quote]:
    from parley.quotes import find_quotes

    sdoc = doc.spacy
    mem = DocMemory(pub_date=doc.pub_date)
    people = [p for p in doc.mentions if p.name and p.how and ("person" in p.how or "role" in p.how
                                                               or "coref" in p.how)]
    out: list[Quote] = []
    sent_starts = [s.start_char for s in sdoc.sents]
    main_country: list[str | None] = []  # computed on first need
    for q in find_quotes(sdoc):
        speaker = None
        if q.speaker_start is not None and q.speaker_end is not None:
            span = sdoc.char_span(q.speaker_start, q.speaker_end, alignment_mode="expand")
            if span is not None:
                mem.persons = [p for p in people if p.start < q.speaker_start]  # antecedents before the quote
                actors = ctx.resolver.resolve(span.root, mem, distribute=False)
                speaker = actors[0] if actors else Actor(text=q.speaker_text or span.text, name=q.speaker_text)
        elif q.speaker_text:
            speaker = Actor(text=q.speaker_text, name=q.speaker_text)
        idx = max(0, bisect.bisect_right(sent_starts, q.start) - 1)
        if speaker is not None:
            if q.speaker_text:
                speaker.text = q.speaker_text  # the whole attribution phrase, as written
            if speaker.sector and not speaker.country:
                # "the city's governor": where the story is, else what it is about
                near = [e for e in doc.events if e.sentence_index <= idx and e.location is not None]
                if not near and not main_country:
                    main_country.append(_main_country(doc))
                speaker.country = near[-1].location.country if near else main_country[0]
        out.append(Quote(text=q.text, speaker=speaker, doc_id=doc.doc_id, sentence_index=idx, start=q.start,
                         end=q.end, verb=q.verb, rule=q.rule))
    return out


def date_mentions(doc: Document) -> list[tuple[str, str | None]]:
    """All date expressions of a document as ``(expression, ISO value)`` pairs (for the scorer)."""
    return [(m.text, m.value) for m in find_dates(doc.text, doc.pub_date)]


def read_paths(paths: Sequence[str | Path], *, pub_date: date | None = None) -> Iterator[RawDoc]:
    """Read input files (txt, JSONL, HTML, feeds, WARC, ``-``) as RawDocs; see ``parley.ingest``."""
    from parley.ingest import read_any

    return read_any([str(p) for p in paths], pub_date=pub_date)
