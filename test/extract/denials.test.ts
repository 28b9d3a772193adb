import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findDenials, findZeros } from '../../src/extract/denials.js';
import { extractClaims } from '../../src/extract/extract.js';

test('a denial by several parties is one denial per party', () => {
  const [denial] = findDenials('Both Russia and North Korea deny the deployment.');
  assert.equal(denial?.outcome, 'deployed');
  assert.deepEqual(denial?.parties.map((p) => p.text), ['Russia', 'North Korea']);
  const sentence = 'Both Russia and North Korea deny the deployment.';
  for (const party of denial?.parties ?? []) assert.equal(sentence.slice(party.start, party.end).endsWith(party.text), true);
});

test('denials of presence and of losses; other denials are not claims', () => {
  assert.equal(findDenials('The Kremlin has denied that any North Korean troops are in Russia.')[0]?.outcome, 'deployed');
  assert.equal(findDenials('Moscow dismissed reports of heavy losses.')[0]?.outcome, 'casualties');
  assert.deepEqual(findDenials('Taliban spokesman Zabiullah Mujahid denied his group was responsible for the attack.'), []);
  assert.deepEqual(findDenials('Nobody denied anything.'), []);
});

test('claims of zero', () => {
  assert.deepEqual(findZeros('The rocket attack caused no casualties or damage.').map((z) => [z.text, z.outcome]), [['no casualties', 'casualties']]);
  assert.deepEqual(findZeros('There were no reports of any casualty, said an official.').map((z) => z.outcome), ['casualties']);
  assert.deepEqual(findZeros('No one was killed in the blast.').map((z) => z.outcome), ['killed']);
  assert.deepEqual(findZeros('There is no doubt about it.'), []);
});

test('a rejection of figures on losses, with a titled speaker and a weekday before the verb', () => {
  const found = findDenials('Kremlin spokesman Dmitry Peskov on Tuesday rejected the US figures on Russian losses, saying Washington had no way of knowing them.');
  assert.equal(found.length, 1);
  assert.deepEqual(found[0]?.parties.map((p) => p.text), ['Kremlin spokesman Dmitry Peskov']);
  assert.equal(found[0]?.outcome, 'casualties');
  assert.equal(found[0]?.object.text, 'the US figures on Russian losses');
});

test('denying responsibility for casualties is no denial of them', () => {
  assert.deepEqual(findDenials('Kyiv has denied causing the casualties.'), []);
  assert.deepEqual(findDenials('The army denied inflicting civilian casualties in the raid.'), []);
  assert.deepEqual(findDenials('Moscow rejected responsibility for the deaths.'), []);
  assert.equal(findDenials('Moscow denied the casualties reported by Kyiv.').length, 1);
});

test('the party that denies is the noun phrase before the verb, never a dateline', () => {
  const partiesOf = (sentence: string) => findDenials(sentence).flatMap((d) => d.parties.map((p) => p.text));
  assert.deepEqual(partiesOf("BAMAKO, Jan 22 (Sahel Brief) — Mali's transitional government denied the presence of Wagner mercenaries in the country."), ["Mali's transitional government"]);
  assert.deepEqual(partiesOf('KYIV, Dec 12 (Harbour Wire) — The Russian defence ministry has denied the presence of its troops in the region.'), ['Russian defence ministry']);
  assert.deepEqual(partiesOf('MINSK — The Belarusian government denied any involvement of its troops.'), ['Belarusian government']);
  assert.deepEqual(partiesOf('Both Russia and North Korea deny the deployment.'), ['Russia', 'North Korea']);
});

test('a denied presence names whose troops it denies: "the presence of Wagner mercenaries"', () => {
  const objects = (sentence: string) => findDenials(sentence).map((d) => d.object.text);
  assert.deepEqual(objects("Mali's government denied the presence of Wagner mercenaries in the country."), ['the presence of Wagner mercenaries']);
  assert.deepEqual(objects('Minsk denied the deployment of Belarusian troops to the border.'), ['the deployment of Belarusian troops']);
  assert.deepEqual(objects('The Kremlin denied any involvement of North Korean soldiers.'), ['any involvement of North Korean soldiers']);
});

test('denying a number of soldiers taken or killed is no denial of their presence', () => {
  for (const sentence of [
    'The army denied reports that eleven of its soldiers had been taken prisoner near the river.',
    'The Israeli military denied reports that 17 of its soldiers had been killed near the border.',
    'The ministry denied claims that dozens of its troops had been captured.',
  ]) assert.deepEqual(findDenials(sentence), [], sentence);
  assert.equal(findDenials('The ministry denied that any of its troops were in the region.').length, 1);
});

const zeros = (text: string) => extractClaims({ id: 'd_zero', text, published: '2022-03-26T12:00:00Z' }).map((c) => [c.outcome, c.quantity?.value ?? null, c.stance, c.subject.kind]);

test('"not a single" and "not one" of a named group deny that group\'s toll: stance denied, no number', () => {
  assert.deepEqual(zeros('Not a single civilian died in the drama theatre, the channel said.'), [['killed', null, 'denied', 'civilian']]);
  assert.deepEqual(zeros('Not one soldier was wounded in the attack, the ministry said.'), [['wounded', null, 'denied', 'military']]);
  assert.deepEqual(zeros('Not a single serviceman was among the dead, police said.'), [['killed', null, 'denied', 'military']]);
  // Said by no one, it is still the outlet denying the toll.
  assert.deepEqual(zeros('Not a single civilian died in the theatre.'), [['killed', null, 'denied', 'civilian']]);
  assert.deepEqual(zeros('One soldier died, officials said.'), [['killed', 1, 'asserted', 'military']]);
});

test('"no civilians had died" denies; "no one was killed" and "no casualties" are counts of zero', () => {
  assert.deepEqual(zeros('The army said no civilians had been killed in the operation.'), [['killed', null, 'denied', 'civilian']]);
  assert.deepEqual(zeros('The spokesman said those killed were fighters and that no civilians had died.'), [['killed', null, 'denied', 'civilian']]);
  assert.deepEqual(zeros('No residents were hurt when the shell landed, the mayor said.'), [['wounded', null, 'denied', 'civilian']]);
  assert.deepEqual(zeros('There were no dead at the roundabout, the channel said.'), [['killed', 0, 'asserted', null]]);
  assert.deepEqual(zeros('No one was killed in the blast, the governor said.'), [['killed', 0, 'asserted', null]]);
  assert.deepEqual(zeros('The rocket attack caused no casualties, police said.'), [['casualties', 0, 'asserted', null]]);
});

test('"denied that any civilians had been killed": a denial of the toll of the group the clause names', () => {
  const denied = (text: string) => extractClaims({ id: 'd_clause', text, published: '2022-04-03T12:00:00Z' }).map((c) => [c.outcome, c.quantity, c.stance, c.subject.kind, c.location?.name ?? null]);
  assert.deepEqual(denied("Russia's defence ministry denied that any civilians in Bucha had been killed."), [['killed', null, 'denied', 'civilian', 'Bucha']]);
  assert.deepEqual(denied('The army rejected claims that civilians were killed in the raid.'), [['killed', null, 'denied', 'civilian', null]]);
  assert.deepEqual(denied('The Kremlin has dismissed reports that any residents of Kherson had died in the shelling.'), [['killed', null, 'denied', 'civilian', 'Kherson']]);
});

test('a presence denied in a "that" clause is a denial of the deployment; an act denied in one is no claim', () => {
  const outcomes = (text: string) => findDenials(text).map((d) => d.outcome);
  assert.deepEqual(outcomes('MSF categorically rejects the claim that armed fighters were sheltering in the hospital.'), ['deployed']);
  assert.deepEqual(outcomes('Kyiv denied that any of its soldiers were in the village.'), ['deployed']);
  assert.deepEqual(outcomes('Minsk denied reports that Belarusian troops were stationed near the border.'), ['deployed']);
  // "denied that its soldiers had fired on the crowd" denies a deed: responsibility, no number.
  assert.deepEqual(outcomes('The army denied that its soldiers had fired on the crowd.'), []);
  assert.deepEqual(outcomes('Moscow denied that Russian troops had shelled the town.'), []);
  assert.deepEqual(outcomes('The militia rejected claims that its fighters looted the market.'), []);
});

test('a body named by its common noun after a comma denies too: "…, the ministry denied …"', () => {
  const partiesOf = (sentence: string) => findDenials(sentence).flatMap((d) => d.parties.map((p) => p.text));
  assert.deepEqual(partiesOf('In a statement on its channel, the ministry denied that any civilians in Bucha had been killed.'), ['the ministry']);
  assert.deepEqual(partiesOf('Hours later, the army categorically rejected claims that civilians were killed in the raid.'), ['the army']);
  assert.deepEqual(partiesOf('Asked about the footage, the police denied that any residents had died in the crush.'), ['the police']);
  assert.deepEqual(partiesOf('In a statement, it denied the casualties.'), []);
});
