import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findAttribution } from '../../src/extract/attribution.js';
import { hasSpeakerHead, trimOpening, trimQuotes } from '../../src/extract/speaker-head.js';

test('noun phrases headed by someone who can speak', () => {
  for (const text of [
    'the regional governor',
    "Ukraine's air force",
    'aid workers',
    'Defence Minister Maria Santos',
    'he',
    'JCS',
    'officials in the south',
    'a source close to the investigation',
    'Jan Egeland, the head of the Norwegian Refugee Council',
    'the local health department',
    'A militia allied to the government and led by former general Ali Hassan',
    'medical sources',
    'the civil defence',
    'Hamas-run health ministry',
    'state news agency KCNA',
    'a doctor at the hospital',
  ]) assert.ok(hasSpeakerHead(text), text);
});

test('never a speaker: datelines, sentence adverbs, fronted phrases', () => {
  for (const text of ['KYIV —', 'BEIRUT, May 4 (Wire) –', 'Separately', 'Meanwhile', 'However', 'reportedly', 'Since early March', 'By one', 'As of Sunday', 'which the ministry', 'Yesterday'])
    assert.ok(!hasSpeakerHead(text), text);
});

test('never a speaker: fragments headed by a thing', () => {
  for (const text of ['The number', 'Of these', 'The figure', 'The latest casualty', 'The clashes broke out shortly after midnight', 'the toll', 'This number', 'Preliminary reports', 'Initial estimates', 'the figures'])
    assert.ok(!hasSpeakerHead(text), text);
});

test('never a speaker: an abbreviated title cut from its name, or a phrase holding the verb', () => {
  for (const text of ['Reps.', 'Lt. Gen.', 'Gov.', 'Sen', 'Dr.', 'the army said', 'officials told reporters'])
    assert.ok(!hasSpeakerHead(text), text);
  assert.ok(hasSpeakerHead('Lt. Gen. Oleksandr Pivnenko'));
  assert.ok(hasSpeakerHead('Gov. Maria Lopez'));
});

test('stray quote marks are trimmed from a speaker text', () => {
  assert.equal(trimQuotes('" he'), 'he');
  assert.equal(trimQuotes('“the mayor”'), 'the mayor');
  assert.equal(trimQuotes("' officials"), 'officials');
  assert.equal(trimQuotes('the army'), 'the army');
});

test('a count, tally or figures speak for whoever the phrase names as their maker', () => {
  assert.ok(hasSpeakerHead('a count by Reuters'));
  assert.ok(hasSpeakerHead('an updated OCHA tally'));
  assert.ok(hasSpeakerHead("the army's latest figures"));
  assert.ok(hasSpeakerHead('preliminary figures from local sources'));
  assert.ok(!hasSpeakerHead('Preliminary reports'));
  assert.ok(!hasSpeakerHead('the latest figures'));
});

test('an opening no comma closes is cut from the subject', () => {
  assert.equal(trimOpening('Later in the evening the ministry'), 'the ministry');
  assert.equal(trimOpening('where the health ministry'), 'the health ministry');
  assert.equal(trimOpening('On Monday the head of the agency'), 'the head of the agency');
  assert.equal(trimOpening('since Kenya and Somalia'), 'Kenya and Somalia');
  assert.equal(trimOpening('Early on Sunday police'), 'police');
  assert.equal(trimOpening('the regional governor'), 'the regional governor');
  assert.ok(hasSpeakerHead('Sunni militant group Jaish ul-Adl'));
});

const who = (sentence: string): string => findAttribution(sentence)?.speaker.text ?? 'none';

test('in sentences: datelines, adverbs, fragments and cut titles are never the speaker', () => {
  assert.equal(who('Reps. said 20 soldiers had been killed.'), 'none');
  assert.equal(who('Lt. Gen. said at least 40 fighters had been captured.'), 'none');
  assert.equal(who('By one estimate, 12,000 civilians have died since the siege began.'), 'none');
  assert.equal(who('The latest casualty estimate puts the number of dead soldiers at 5,000.'), 'none');
  assert.equal(who('The figure, which the ministry said includes 120 children, rose to 800.'), 'the ministry');
  assert.equal(who('" At least 40 civilians were killed," he said.'), 'he');
  assert.equal(who('Since early March, Ukraine estimates that 4,000 enemy troops have been killed near the town.'), 'Ukraine');
  assert.equal(who('Late on Sunday the interior ministry said 19 police officers were wounded.'), 'the interior ministry');
  assert.equal(who('KHARTOUM, May 2 (Wire) - At least 15 people were killed in shelling on a market, medics said.'), 'medics');
});

test('an adverb after the head does not hide it', () => {
  assert.ok(hasSpeakerHead('regional officials first'));
  assert.ok(hasSpeakerHead('the navy initially'));
  assert.ok(!hasSpeakerHead('the figure initially'));
  assert.ok(hasSpeakerHead('a tally by the Sudanese army'));
  assert.ok(hasSpeakerHead('a US ally'));
});

test('an acronym written in capitals is a name, never the pronoun or preposition of the same letters', () => {
  for (const text of ['WHO', 'The WHO', "the UN's WHO", 'IAEA', 'Officials at the IAEA']) assert.equal(hasSpeakerHead(text), true, text);
  for (const text of ['Who', 'who', 'It', 'In the end']) assert.equal(hasSpeakerHead(text), false, text);
  assert.equal(findAttribution('WHO says more than 460 killed at a hospital in El Fasher')?.speaker.text, 'WHO');
  assert.equal(findAttribution('The WHO said 12 health workers were killed in the strike.')?.speaker.text, 'The WHO');
  assert.equal(findAttribution('Who said 30 were killed?'), null);
});

test("a common noun a side's name qualifies is a body of that side: an inquiry, a network, a panel", () => {
  for (const text of ['Syrian inquiry', "Sudanese doctors' network", 'a Ukrainian rights panel', 'the Israeli inquiry']) assert.equal(hasSpeakerHead(text), true, text);
  // A thing of the side, or a noun no side qualifies.
  for (const text of ['Russian missile', 'the Ukrainian city', 'Preliminary inquiry', 'the inquiry', 'Russian losses']) assert.equal(hasSpeakerHead(text), false, text);
  assert.equal(findAttribution('Syrian inquiry says 1,426 killed in coastal violence')?.speaker.text, 'Syrian inquiry');
});

test("a reckoning a side's name qualifies speaks for that side: Israeli tallies, Syrian figures", () => {
  for (const text of ['Israeli tallies', 'Syrian government figures', 'Russian figures']) assert.equal(hasSpeakerHead(text), true, text);
  for (const text of ['preliminary figures', 'Preliminary reports', 'the tallies']) assert.equal(hasSpeakerHead(text), false, text);
  assert.equal(findAttribution('Militants attacked on Oct. 7, killing about 1,200 people, according to Israeli tallies.')?.speaker.text, 'Israeli tallies');
});

test("a side's name before a verb does not make the words after it a body or a reckoning", () => {
  for (const text of ['The Sudanese army denied', 'Russian forces captured positions', 'Ukrainian troops repelled attacks']) assert.equal(hasSpeakerHead(text), false, text);
  assert.equal(findAttribution('The Sudanese army denied reports that 4 of its soldiers had been taken prisoner near Nyala.'), null);
});

test('speaking nouns in "-man" take their plural in "-men": "according to spokesmen for the army"', () => {
  assert.equal(hasSpeakerHead('spokesmen for the southern battle group'), true);
  assert.equal(hasSpeakerHead('two congressmen'), true);
  assert.equal(findAttribution('Ninety soldiers were killed in the assault, according to spokesmen for the eastern battle group.')?.speaker.text, 'spokesmen for the eastern battle group');
  assert.equal(findAttribution('Twenty guards were wounded, according to statements from spokesmen for the prison service.')?.speaker.text, 'spokesmen for the prison service');
});
