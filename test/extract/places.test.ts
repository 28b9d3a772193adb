import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { buildGazetteer, defaultGazetteer, findPlaces, loadGazetteer, type PlaceMention } from '../../src/extract/places.js';
import { tempDir } from '../support/temp.js';

/** "text→name/country/level" for each mention, so a failure shows the whole reading. */
function read(sentence: string, mentions: PlaceMention[] = findPlaces(sentence)): string[] {
  return mentions.map((m) => `${m.text}→${m.name}/${m.country ?? '-'}/${m.level}`);
}

test('the shipped gazetteer holds the UN members and Ukraine’s oblasts, and every name matches as written', () => {
  const { entries } = defaultGazetteer();
  const countries = entries.filter((entry) => entry.level === 'country' && !['PS', 'VA', 'XK', 'TW', 'EH', 'HK'].includes(entry.country ?? ''));
  assert.equal(countries.length, 193);
  const oblasts = entries.filter((entry) => entry.country === 'UA' && entry.name.endsWith(' Oblast'));
  assert.equal(oblasts.length, 24);
  // "Kursk" the city is listed by name, but "Kursk" the alias of the oblast claims the bare word.
  const claimedByAnAlias = new Set(entries.flatMap((entry) => entry.aliases));
  for (const entry of entries) {
    if (claimedByAnAlias.has(entry.name) && !entry.aliases.includes(entry.name)) continue;
    const found = findPlaces(`Reports from ${entry.name} today.`);
    assert.equal(found[0]?.name, entry.name, `${entry.name} should be found as itself`);
  }
});

test('Ukrainian oblasts in their common spellings, bare centre names being the city', () => {
  assert.deepEqual(read('Strikes hit the Zaporozhye region and Zaporizhzhya oblast.'), ['Zaporozhye region→Zaporizhzhia Oblast/UA/region', 'Zaporizhzhya oblast→Zaporizhzhia Oblast/UA/region']);
  assert.deepEqual(read('Shelling in Kharkov province and in Kharkiv.'), ['Kharkov province→Kharkiv Oblast/UA/region', 'Kharkiv→Kharkiv/UA/city']);
  assert.deepEqual(read('Fighting in Lugansk Oblast, Mykolaiv region and the Nikolaev area.'), [
    'Lugansk Oblast→Luhansk Oblast/UA/region',
    'Mykolaiv region→Mykolaiv Oblast/UA/region',
    'Nikolaev area→Mykolaiv Oblast/UA/region',
  ]);
  assert.deepEqual(read('Drones over Odessa region, Dnipropetrovsk and Crimea.'), ['Odessa region→Odesa Oblast/UA/region', 'Dnipropetrovsk→Dnipropetrovsk Oblast/UA/region', 'Crimea→Crimea/UA/region']);
  assert.deepEqual(read('Troops near Bakhmut, Avdiivka and Pokrovsk.'), ['Bakhmut→Bakhmut/UA/city', 'Avdiivka→Avdiivka/UA/city', 'Pokrovsk→Pokrovsk/UA/city']);
});

test('a region with its suffix is one mention covering the suffix; bare "Kursk" is the oblast', () => {
  const expected = 'Kursk Oblast/RU/region';
  assert.deepEqual(read('fighting in Kursk'), [`Kursk→${expected}`]);
  assert.deepEqual(read('fighting in the Kursk region'), [`Kursk region→${expected}`]);
  assert.deepEqual(read('fighting in Kursk Oblast'), [`Kursk Oblast→${expected}`]);
  assert.deepEqual(read('fighting in Kursk oblast'), [`Kursk oblast→${expected}`]);
  assert.deepEqual(read('fighting in Kursk province'), [`Kursk province→${expected}`]);
  assert.deepEqual(read('fighting in the Kursk area'), [`Kursk area→${expected}`]);
  assert.deepEqual(read('fighting in the region of Kursk'), [`region of Kursk→${expected}`]);
  assert.deepEqual(read('the city of Kursk'), ['city of Kursk→Kursk/RU/city']);
});

test('a possessive ends the name without swallowing the "’s"', () => {
  assert.deepEqual(read("Kursk's border villages"), ['Kursk→Kursk Oblast/RU/region']);
  assert.deepEqual(read('in Ukraine’s Kursk region'), ['Ukraine→Ukraine/UA/country', 'Kursk region→Kursk Oblast/RU/region']);
});

test('the longest name wins', () => {
  assert.deepEqual(read('soldiers from North Korea'), ['North Korea→North Korea/KP/country']);
  assert.deepEqual(read("the Democratic People's Republic of Korea"), ["Democratic People's Republic of Korea→North Korea/KP/country"]);
  assert.deepEqual(read('the Democratic People’s Republic of Korea'), ['Democratic People’s Republic of Korea→North Korea/KP/country']);
  assert.deepEqual(read('fighting in South Sudan and Sudan'), ['South Sudan→South Sudan/SS/country', 'Sudan→Sudan/SD/country']);
  assert.deepEqual(read('the Democratic Republic of the Congo, DR Congo and the DRC'), [
    'Democratic Republic of the Congo→Democratic Republic of the Congo/CD/country',
    'DR Congo→Democratic Republic of the Congo/CD/country',
    'DRC→Democratic Republic of the Congo/CD/country',
  ]);
  assert.deepEqual(read('in the Gaza Strip and the occupied West Bank'), ['Gaza Strip→Gaza Strip/PS/region', 'occupied West Bank→West Bank/PS/region']);
  assert.deepEqual(read('North   Korea'), ['North   Korea→North Korea/KP/country']);
});

test('"US" only in capitals: "us" and "Us" are pronouns', () => {
  assert.deepEqual(read('US officials told us that the U.S. and the USA agree.'), ['US→United States/US/country', 'U.S.→United States/US/country', 'USA→United States/US/country']);
  assert.deepEqual(read('Let us know; Us too.'), []);
  assert.deepEqual(read('a chad of paper'), []);
});

test('demonyms are not places', () => {
  assert.deepEqual(read('Ukrainian and Russian soldiers, North Korean troops'), []);
  assert.deepEqual(read('the Turkish city of Diyarbakir and Egyptian state media'), ['city of Diyarbakir→Diyarbakir/TR/city']);
});

test('no match inside a word', () => {
  assert.deepEqual(read('Kurskaya, Ukrainians, Omani, Indiana, Malians, Somalia'), ['Somalia→Somalia/SO/country']);
  assert.deepEqual(read('UKRAINE KURSK'), ['UKRAINE→Ukraine/UA/country', 'KURSK→Kursk Oblast/RU/region']);
});

test('"the <town> area" is around the town: the place is the town the gazetteer knows, not a new area', () => {
  assert.deepEqual(read('losses in the Bakhmut area were running high'), ['Bakhmut area→Bakhmut/UA/city']);
  assert.deepEqual(read('fighting in the Pokrovsk area'), ['Pokrovsk area→Pokrovsk/UA/city']);
  assert.deepEqual(read('shelling in the Mosul area'), ['Mosul area→Mosul/IQ/city']);
  assert.deepEqual(read('clashes in the Zliten area'), ['Zliten area→Zliten area/-/area'], 'a town the gazetteer does not know stays an area');
});

test('"<Capitalised Name> district|province|…" is an area even when the gazetteer does not know it', () => {
  assert.deepEqual(read('A man was killed in Dimla upazila'), ['Dimla upazila→Dimla upazila/-/area']);
  assert.deepEqual(read('attacked in Khoda Afrin county and Wajid District'), ['Khoda Afrin county→Khoda Afrin county/-/area', 'Wajid District→Wajid District/-/area']);
  assert.deepEqual(read("a patrol in Shoket es Sufi's Shopian district on Saturday"), ['Shopian district→Shopian District/IN/region']);
  assert.deepEqual(read('in Zliten city and Ipi village'), ['Zliten city→Zliten city/-/area', 'Ipi village→Ipi village/-/area']);
  assert.deepEqual(read('near Dara\'a city'), ["Dara'a city→Dara'a city/SY/area"]);
  assert.deepEqual(read('Islamic State fighters; the Secretary of State; The province'), []);
});

test('offsets index the sentence, end exclusive', () => {
  const sentence = 'Over 3,000 North Korean soldiers died in the Kursk region, Zelenskyy said in Kyiv.';
  const mentions = findPlaces(sentence);
  assert.equal(mentions.length, 2);
  for (const mention of mentions) assert.equal(sentence.slice(mention.start, mention.end), mention.text);
  assert.deepEqual(
    mentions.map((m) => [m.start, m.end]),
    [
      [sentence.indexOf('Kursk'), sentence.indexOf('Kursk') + 'Kursk region'.length],
      [sentence.indexOf('Kyiv'), sentence.indexOf('Kyiv') + 4],
    ],
  );
});

test('a user file extends the gazetteer and overrides a shipped name', () => {
  const dir = tempDir();
  const file = join(dir, 'extra-places.json');
  writeFileSync(
    file,
    JSON.stringify([
      { name: 'Ambrosiivka', country: 'UA', level: 'city', aliases: ['Ambrosievka'] },
      { name: 'Kursk', country: 'RU', level: 'city', aliases: ['Kursk'] },
    ]),
  );
  const gazetteer = loadGazetteer([file]);
  assert.deepEqual(read('Shelling of Ambrosievka and Kursk', findPlaces('Shelling of Ambrosievka and Kursk', gazetteer)), [
    'Ambrosievka→Ambrosiivka/UA/city',
    'Kursk→Kursk/RU/city',
  ]);
  assert.deepEqual(read('Kursk region', findPlaces('Kursk region', gazetteer)), ['Kursk region→Kursk Oblast/RU/region']);
});

test('a malformed user file is rejected with its location', () => {
  const file = join(tempDir(), 'bad.json');
  writeFileSync(file, JSON.stringify([{ name: 'Nowhere', country: 'Narnia', level: 'city', aliases: [] }]));
  assert.throws(() => loadGazetteer([file]), /bad\.json\[0\]: "country"/);
});

test('an in-memory gazetteer needs no file', () => {
  const gazetteer = buildGazetteer([{ name: 'Atlantis', country: null, level: 'region', aliases: [] }]);
  assert.deepEqual(read('in the Atlantis region', findPlaces('in the Atlantis region', gazetteer)), ['Atlantis region→Atlantis/-/region']);
});

test('a long text is scanned in linear time', () => {
  const sentence = 'Over 1,000 North Korean soldiers were killed in the Kursk region near Sudzha, officials in Kyiv said. '.repeat(2000);
  const started = performance.now();
  const mentions = findPlaces(sentence);
  assert.equal(mentions.length, 6000);
  assert.ok(performance.now() - started < 1000);
});
