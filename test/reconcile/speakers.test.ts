import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { loadSpeakerTable, normaliseName, resolveSpeakers } from '../../src/reconcile/speakers.js';
import { personNameOf } from '../../src/reconcile/person-names.js';
import { tempDir } from '../support/temp.js';
import { sourced, type ClaimSpec } from './build.js';

test('names are compared without case, diacritics, possessives or a leading "the"', () => {
  assert.equal(normaliseName('The Pentagon’s'), 'pentagon');
  assert.equal(normaliseName('  Volodymyr  Zelenskyy '), 'volodymyr zelenskyy');
  assert.equal(normaliseName('Zelenskýy'), 'zelenskyy');
  assert.equal(normaliseName('U.S. Department of Defense'), 'us department of defense');
});

test('spellings, titles and a surname of one person resolve to one speaker', () => {
  const resolved = resolveSpeakers([
    sourced({ id: 'a', published: '2024-12-23', speaker: 'Volodymyr Zelenskyy' }),
    sourced({ id: 'b', published: '2024-12-23', speaker: 'Zelensky' }),
    sourced({ id: 'c', published: '2024-12-24', speakerOrg: 'Ukrainian President' }),
    sourced({ id: 'd', published: '2024-12-24', speaker: 'Lee Seong-kweun' }),
    sourced({ id: 'e', published: '2024-12-24', speaker: 'Lee', doc: 'd_other' }),
    sourced({ id: 'f', published: '2024-12-24', speakerOrg: 'NIS in Seoul' }),
    sourced({ id: 'g', published: '2024-12-24', speakerOrg: "South Korea's National Intelligence Service" }),
  ]);
  const id = (claim: string) => resolved.get(claim)?.id;
  assert.equal(id('a'), 'volodymyr-zelenskyy');
  assert.equal(id('b'), 'volodymyr-zelenskyy');
  assert.equal(id('c'), 'volodymyr-zelenskyy');
  assert.equal(id('d'), 'lee-seong-kweun');
  assert.equal(id('e'), 'lee-seong-kweun');
  assert.equal(id('f'), 'kr-nis');
  assert.equal(id('g'), 'kr-nis');
});

test('an unknown person is matched by surname within the corpus; the White House is Kirby where he spoke for it', () => {
  const resolved = resolveSpeakers([
    sourced({ id: 'a', doc: 'd_1', published: '2024-12-27', speaker: 'Jane Q. Doe' }),
    sourced({ id: 'b', doc: 'd_2', published: '2024-12-28', speaker: 'Doe' }),
    sourced({ id: 'c', doc: 'd_3', published: '2024-12-27', speaker: 'John Kirby' }),
    sourced({ id: 'd', doc: 'd_3', published: '2024-12-27', speakerOrg: 'White House' }),
    sourced({ id: 'e', doc: 'd_4', published: '2024-12-27', speakerOrg: 'White House' }),
  ]);
  const withOrg = resolveSpeakers([
    (() => {
      const item = sourced({ id: 'c', doc: 'd_3', published: '2024-12-27', speaker: 'John Kirby' });
      item.claim.speaker = { text: 'White House spokesperson John Kirby', name: 'John Kirby', org: 'White House', country: 'US' };
      return item;
    })(),
    sourced({ id: 'd', doc: 'd_3', published: '2024-12-27', speakerOrg: 'White House' }),
  ]);
  assert.equal(resolved.get('a')?.id, resolved.get('b')?.id);
  assert.equal(resolved.get('a')?.label, 'Jane Q. Doe');
  assert.equal(withOrg.get('d')?.id, 'john-kirby');
  assert.equal(resolved.get('e')?.id, 'org:white house', 'in a document where no spokesperson is named, the White House stays itself');
});

test('a generic speaker ("the agency") is the one organisation its document quotes, else no one', () => {
  const resolved = resolveSpeakers([
    sourced({ id: 'a', doc: 'd_1', published: '2025-01-13', speakerOrg: 'National Intelligence Service' }),
    sourced({ id: 'b', doc: 'd_1', published: '2025-01-13', speakerOrg: 'agency' }),
    sourced({ id: 'c', doc: 'd_2', published: '2025-01-13', speakerOrg: 'agency' }),
  ]);
  assert.equal(resolved.get('b')?.id, 'kr-nis');
  assert.equal(resolved.get('c'), null);
});

test('a role known only by a possessive pronoun ("his spokesman", "her office") is a generic speaker, never a speaker named "his"', () => {
  for (const role of ['his spokesman', 'her office', 'its press service', 'their spokeswoman']) {
    const resolved = resolveSpeakers([
      sourced({ id: 'named', doc: 'd_1', published: '2024-03-01', speakerOrg: 'United Nations' }),
      sourced({ id: 'same-story', doc: 'd_1', published: '2024-03-01', speakerOrg: role }),
      sourced({ id: 'alone', doc: 'd_2', published: '2024-03-01', speakerOrg: role }),
    ]);
    assert.equal(resolved.get('alone'), null, role);
    assert.ok(!/^org:(?:his|her|its|their)\b/.test(resolved.get('same-story')?.id ?? ''), role);
  }
});

test('a generic noun of a kind of body is the one organisation of its document of that kind ("the agency" among a government and a ministry)', () => {
  const cases: Array<[string, string, string[], string | null]> = [
    ['agency', 'Agence France-Presse', ["Israel's government", 'Gaza health ministry'], 'Agence France-Presse'],
    ['ministry', 'Moldovan interior ministry', ['United Nations', 'Ukrainian army'], 'Moldovan interior ministry'],
    ['army', 'Sudanese army', ['Rapid Support Forces', 'World Health Organization'], 'Sudanese army'],
    // Two of the kind: no one.
    ['ministry', 'Gaza health ministry', ['Israeli foreign ministry', 'United Nations'], null],
  ];
  for (const [noun, kind, others, expected] of cases) {
    const resolved = resolveSpeakers([
      sourced({ id: 'kind', doc: 'd_1', published: '2024-03-01', speakerOrg: kind }),
      ...others.map((org, i) => sourced({ id: `other${i}`, doc: 'd_1', published: '2024-03-01', speakerOrg: org, sentenceStart: 100 * (i + 1) })),
      sourced({ id: 'generic', doc: 'd_1', published: '2024-03-01', speakerOrg: noun, speakerText: `the ${noun}`, sentenceStart: 900 }),
    ]);
    assert.equal(resolved.get('generic')?.label ?? null, expected, `${noun} among ${kind}, ${others.join(', ')}`);
  }
});

test('user alias files extend the table and bad files are refused with the reason', () => {
  const dir = tempDir();
  const good = join(dir, 'mine.json');
  writeFileSync(good, JSON.stringify([{ id: 'ua-army', name: null, org: 'Armed Forces of Ukraine', country: 'UA', aliases: ['ZSU', 'Ukrainian army'] }]));
  const table = loadSpeakerTable([good]);
  const resolved = resolveSpeakers([sourced({ id: 'a', published: '2024-12-01', speakerOrg: 'ZSU' })], table);
  assert.equal(resolved.get('a')?.id, 'ua-army');
  const bad = join(dir, 'bad.json');
  writeFileSync(bad, JSON.stringify([{ id: 'Bad Id', org: 'x' }]));
  assert.throws(() => loadSpeakerTable([bad]), /bad\.json\[0\]: "id" must be a lower-case slug/);
});

test('an organisation named by its acronym is the one the corpus names in full: by its initials, without a leading "UN", or written out', () => {
  const cases: Array<[string, string, string]> = [
    ['the International Committee of the Red Cross', 'the ICRC', 'initials'],
    ['the UN Office for the Coordination of Humanitarian Affairs', 'OCHA', 'initials without the leading UN'],
    ['the Rapid Support Forces (RSF)', 'the RSF', 'written out in brackets'],
  ];
  for (const [full, acronym, how] of cases) {
    const items = [
      sourced({ id: 'full', published: '2025-04-12', speakerOrg: full }),
      sourced({ id: 'short', published: '2025-04-13', speakerOrg: acronym }),
    ];
    const speakers = resolveSpeakers(items);
    assert.equal(speakers.get('short')?.id, speakers.get('full')?.id, `${acronym} is ${full} (${how})`);
  }
  // Two full names giving one acronym: which one "the MSF" is cannot be told.
  const ambiguous = resolveSpeakers([
    sourced({ id: 'a', published: '2025-04-12', speakerOrg: 'Médecins Sans Frontières' }),
    sourced({ id: 'b', published: '2025-04-12', speakerOrg: 'the Malian Security Forces' }),
    sourced({ id: 'c', published: '2025-04-13', speakerOrg: 'MSF' }),
  ]);
  assert.notEqual(ambiguous.get('c')?.id, ambiguous.get('a')?.id);
  assert.notEqual(ambiguous.get('c')?.id, ambiguous.get('b')?.id);
});

test('an organisation’s name read as a person’s is that organisation when the corpus names it by its initials', () => {
  const cases: Array<[string, string]> = [
    ['Agence France-Presse', 'AFP'],
    ['Human Rights Watch', 'HRW'],
    ['Médecins Sans Frontières', 'MSF'],
  ];
  for (const [full, acronym] of cases) {
    const speakers = resolveSpeakers([
      sourced({ id: 'full', published: '2025-04-12', speaker: full }),
      sourced({ id: 'short', published: '2025-04-13', speakerOrg: acronym }),
    ]);
    assert.equal(speakers.get('full')?.isOrg, true, full);
    assert.equal(speakers.get('short')?.id, speakers.get('full')?.id, `${acronym} is ${full}`);
  }
  // Two initials are too many people's: Ian Stubbs is not the Islamic State group.
  const people = resolveSpeakers([sourced({ id: 'p', published: '2025-04-12', speaker: 'Ian Stubbs' }), sourced({ id: 'o', published: '2025-04-12', speakerOrg: 'IS' })]);
  assert.equal(people.get('p')?.isOrg, false);
});

test('"the army" or "the ministry" is the document’s one speaker only when that speaker is one; "the agency" and "officials" need not say what it is', () => {
  const resolve = (only: ClaimSpec, generic: string) =>
    resolveSpeakers([sourced(only), sourced({ id: 'g', doc: only.doc, published: only.published, speakerOrg: generic })]).get('g')?.id ?? null;
  const agency: ClaimSpec = { id: 'a', doc: 'd_1', published: '2024-05-28', speakerOrg: 'AFP' };
  const ministry: ClaimSpec = { id: 'a', doc: 'd_2', published: '2023-10-17', speakerOrg: 'Gaza health ministry' };
  assert.equal(resolve(agency, 'army'), null);
  assert.equal(resolve(agency, 'military'), null);
  assert.notEqual(resolve(agency, 'agency'), null);
  assert.notEqual(resolve(ministry, 'ministry'), null);
  assert.notEqual(resolve(ministry, 'officials'), null);
  assert.equal(resolve(ministry, 'army'), null);
});

test('capitalised words after a role that end on a body’s noun name a body, not a person', () => {
  const name = (text: string) => personNameOf({ text, name: null, org: text, country: null });
  assert.equal(name('the opposition National Unity Government'), null);
  assert.equal(name('the rebel Arakan Army'), null);
  assert.equal(name('the independent Syrian Observatory'), null);
  assert.equal(name('regional governor Oleh Syniehubov'), 'Oleh Syniehubov');
});

test('"the rights group", "the charity", "the aid group" are the one organisation outside the state their document quotes', async () => {
  const { reconcile } = await import('../../src/reconcile/board.js');
  const cases: Array<[string, string, boolean]> = [
    ['Amnesty International', 'rights group', true],
    ['Médecins Sans Frontières', 'medical charity', true],
    ['Norwegian Refugee Council', 'aid group', true],
    ["Russia's defence ministry", 'rights group', false],
  ];
  for (const [named, generic, same] of cases) {
    const board = reconcile(
      [
        { id: 'named', doc: 'd_one', published: '2022-06-30', speakerOrg: named, value: 12, outcome: 'killed', affiliation: null, kind: 'civilian', group: 'people' },
        { id: 'generic', doc: 'd_one', published: '2022-06-30', speakerOrg: generic, speakerText: `the ${generic}`, value: 14, outcome: 'wounded', affiliation: null, kind: 'civilian', group: 'people', sentenceStart: 200 },
      ].map((spec) => sourced(spec as ClaimSpec)),
    );
    assert.equal(board.claims.generic?.speaker_id === board.claims.named?.speaker_id, same, `${generic} beside ${named}`);
  }
});
