import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseSpeaker } from '../../src/extract/speaker-parse.js';

test('speaker phrases are split into person, organisation and country', () => {
  assert.deepEqual(parseSpeaker('White House National Security Council spokesperson John Kirby'), {
    text: 'White House National Security Council spokesperson John Kirby',
    name: 'John Kirby',
    org: 'White House National Security Council',
    country: 'US',
  });
  assert.deepEqual(parseSpeaker('Ukrainian President Volodymyr Zelenskyy'), { text: 'Ukrainian President Volodymyr Zelenskyy', name: 'Volodymyr Zelenskyy', org: 'Ukrainian', country: 'UA' });
  assert.equal(parseSpeaker('South Korea’s National Intelligence Service').country, 'KR');
  assert.equal(parseSpeaker('Kirby').name, 'Kirby');
  assert.equal(parseSpeaker('the military').org, 'military');
});

test('a title written in lower case before a name still names the person', () => {
  assert.equal(parseSpeaker('regional governor Oleh Marchenko').name, 'Oleh Marchenko');
  assert.equal(parseSpeaker('defence minister Andriy Kovalenko').name, 'Andriy Kovalenko');
  assert.equal(parseSpeaker('Kharkiv city mayor Ivan Fedorov').name, 'Ivan Fedorov');
  assert.equal(parseSpeaker('the district commander Col. Amara Diallo').name, 'Amara Diallo');
  // No name after the title: the whole phrase stays the organisation.
  assert.deepEqual(parseSpeaker('the regional governor'), { text: 'the regional governor', name: null, org: 'regional governor', country: null });
});

test('a word in capitals alone is an organisation’s initials, not a person', () => {
  for (const acronym of ['AFP', 'HRW', 'ICRC', 'OCHA']) assert.deepEqual([parseSpeaker(acronym).name, parseSpeaker(acronym).org], [null, acronym]);
  assert.equal(parseSpeaker('Kirby').name, 'Kirby');
});

test('a role before a comma and a ranked name after it: the name without its rank, the organisation of the role', () => {
  const read = (text: string) => {
    const speaker = parseSpeaker(text);
    return `${speaker.name} | ${speaker.org}`;
  };
  assert.equal(read("Israel's military spokesman, Rear Admiral Daniel Hagari"), "Daniel Hagari | Israel's military spokesman");
  assert.equal(read("The chief of Peru's national police, General Luis Vera"), "Luis Vera | Peru's national police");
  assert.equal(read('The commander of the Southern Command, Lt. Gen. Ana Ruiz'), 'Ana Ruiz | Southern Command');
});

test('organisations whose names end on a word of their kind are no people', () => {
  for (const text of ['Amnesty International', 'Human Rights Watch', 'Doctors Without Borders', 'Médecins Sans Frontières', 'the Ukrainian Red Cross']) {
    const speaker = parseSpeaker(text);
    assert.equal(speaker.name, null, text);
    assert.ok(speaker.org, text);
  }
  assert.equal(parseSpeaker('Mark Cross').name, 'Mark Cross', 'a surname that is also a word stays a name');
  assert.equal(parseSpeaker('Denise Brown').name, 'Denise Brown');
});

test('a country or a city named as the speaker is its government, of that country', () => {
  assert.deepEqual(parseSpeaker('Israel'), { text: 'Israel', name: null, org: 'Israel', country: 'IL' });
  assert.deepEqual(parseSpeaker('Ukraine'), { text: 'Ukraine', name: null, org: 'Ukraine', country: 'UA' });
  assert.equal(parseSpeaker('Kyiv').name, null);
  assert.equal(parseSpeaker('Kirby').name, 'Kirby');
});

test('a title of an office, then its holder: the name is the last two name words, the office the title holds', () => {
  const cases: Array<[string, string, string]> = [
    ['Minister of Public Health Dr. Taha al-Mutawakkil', 'Taha al-Mutawakkil', 'Ministry of Public Health'],
    ['Minister of Health Ali Ahmed', 'Ali Ahmed', 'Ministry of Health'],
    ['Head of the Red Crescent Ali Hassan', 'Ali Hassan', 'Red Crescent'],
    ['Minister of Defence Sergei Shoigu', 'Sergei Shoigu', 'Ministry of Defence'],
  ];
  for (const [text, name, org] of cases) {
    const speaker = parseSpeaker(text);
    assert.equal(speaker.name, name, text);
    assert.equal(speaker.org, org, text);
  }
  // An office with no holder named is the office.
  assert.equal(parseSpeaker('Head of the Kharkiv Regional Military Administration').name, null);
  assert.equal(parseSpeaker('Governor of Kherson Region').name, null);
});

test('a name with a particle after a title is a name: "al-", "bin"', () => {
  assert.equal(parseSpeaker('Houthi health minister Taha al-Motawakel').name, 'Taha al-Motawakel');
  assert.equal(parseSpeaker('spokesman Yahya al-Saree').name, 'Yahya al-Saree');
  assert.equal(parseSpeaker('Defence Minister Maria Santos').name, 'Maria Santos');
});
