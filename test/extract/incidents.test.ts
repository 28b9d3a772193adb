/**
 * The incident a number is the toll of (src/extract/incidents.ts): one event named beside the count,
 * in every way a report ties them, and never a kind of violence over time.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractClaims } from '../../src/extract/extract.js';
import { headlineIncident } from '../../src/extract/headline-incidents.js';

function incidents(text: string): Array<[number | null, string | null]> {
  return extractClaims({ id: 'd_test', text, published: '2025-03-10T09:00:00Z' }).map((c) => [c.quantity?.value ?? null, c.incident?.text ?? null]);
}

test('a count followed by the event it died in: "killed in", "died as a result of", "injured during"', () => {
  assert.deepEqual(incidents('At least 28 people were killed in Saturday’s strike on the market in Kabkabiya, the health ministry said.'), [[28, 'Saturday’s strike on the market in Kabkabiya']]);
  assert.deepEqual(incidents('Officials said 19 miners died as a result of the explosion at the depot.'), [[19, 'the explosion at the depot']]);
  assert.deepEqual(incidents('Police said 7 people were injured during the shooting at the bus station.'), [[7, 'the shooting at the bus station']]);
});

test('the event as the subject of the count, or of its toll: "the blast killed", "the toll from the raid rose to"', () => {
  assert.deepEqual(incidents('The drone attack on the hospital killed 12 patients, the governor said.'), [[12, 'The drone attack on the hospital']]);
  assert.deepEqual(incidents('The death toll from the bombing of the wedding party has risen to 47, medics said.'), [[47, 'the bombing of the wedding party']]);
  assert.deepEqual(incidents('Kyiv blamed Moscow for the missile strike, which officials say killed 31 civilians.'), [[31, 'the missile strike']]);
});

test('a clause saying what happened, and a toll beside the one event its sentence names', () => {
  assert.deepEqual(incidents('Five aid workers were killed when their convoy was hit near the border, the agency said.'), [[5, 'when their convoy was hit near the border']]);
  assert.deepEqual(
    incidents('One of those hurt in the attack on the theatre died overnight, bringing the death toll to 23, the mayor said.'),
    [[1, 'the attack on the theatre'], [23, 'the attack on the theatre']],
  );
  assert.deepEqual(incidents('The blast killed 9 people and wounded 40, rescuers said.'), [[9, 'The blast'], [40, 'The blast']], 'claims of one sentence share its one event');
});

test('an abbreviated month in the event, "resulted in the deaths of", "in which … killed", and an attack told as a verb', () => {
  assert.deepEqual(incidents('The Oct. 7 attack resulted in the deaths of 1,205 people, according to a tally.'), [[1205, 'The Oct. 7 attack']]);
  assert.deepEqual(incidents('A new count puts the number of people killed in the Dec. 25 strike at 31.'), [[31, 'the Dec. 25 strike']]);
  assert.deepEqual(incidents('It was the worst day since the Sept. 3 massacre, in which gunmen killed 60 villagers.'), [[60, 'the Sept. 3 massacre']]);
  assert.deepEqual(incidents('Militants stormed the village on Sunday, killing 14 people, officials said.'), [[14, 'stormed the village on Sunday']]);
  assert.deepEqual(incidents('The army shelled the market, leaving 9 dead.'), [[9, 'shelled the market']]);
  assert.deepEqual(incidents('Drones struck a wedding party near the border, killing at least 22 guests.'), [[22, 'struck a wedding party near the border']]);
});

test('violence over time or a kind of attack is no incident', () => {
  for (const text of [
    'Russian strikes killed 20 civilians in Kharkiv region over the past day, the governor said.',
    'More than 1,000 North Korean soldiers were killed or wounded in the last week, officials said.',
    'At least 300 people have been killed in air strikes since October, the ministry said.',
    'About 20,000 Wagner fighters were killed in the battle for Bakhmut, Prigozhin said.',
  ]) {
    for (const [value, incident] of incidents(text)) assert.equal(incident, null, `${text} → ${value}`);
  }
});

test('a headline names one incident with its event in the singular', () => {
  assert.ok(headlineIncident('Moscow concert hall attack: death toll rises to 93'));
  assert.ok(headlineIncident('Kramatorsk station strike kills dozens'));
  assert.equal(headlineIncident('Russian strikes kill 20 across Kharkiv region'), null);
  assert.equal(headlineIncident('Ukraine says 1,000 North Korean soldiers hit in a week'), null);
});

test('a headline that tells its event as a verb names one incident', () => {
  for (const title of [
    'Gunmen open fire at wedding in Zamfara; police say 12 dead',
    'Russian missile hits apartment block in Dnipro',
    'Militants storm army post near Tillaberi',
    'Israeli jets bombed a school in Khan Younis, civil defence says',
  ]) assert.ok(headlineIncident(title), title);
  // Plural nouns, a passive participle and a missile that hit nothing name no event.
  for (const title of ['Shells kill five in Donetsk market', 'Storms kill 12 across the region', 'Bombs found near border', 'Missile hit in the night, officials say']) {
    assert.equal(headlineIncident(title), null, title);
  }
});

test('an event named by a day without a year is on or before the report: chrono’s nearest year is not always the past one', () => {
  const dateOf = (text: string, published: string) => extractClaims({ id: 'd_test', text, published }).map((c) => [c.quantity?.value ?? null, c.incident?.date ?? null]);
  assert.deepEqual(dateOf('Officials say 1,180 people died in the Oct. 7 attack, most of them civilians.', '2024-05-28T10:00:00Z'), [[1180, '2023-10-07']]);
  assert.deepEqual(dateOf('The Dec. 25 strike on the church killed 31 people, officials said on Thursday.', '2025-07-03T10:00:00Z'), [[31, '2024-12-25']]);
  assert.deepEqual(dateOf('Rescuers said 14 people died in the August 30 shelling of the camp.', '2026-02-11T10:00:00Z'), [[14, '2025-08-30']]);
  assert.deepEqual(dateOf('The March 2 raid on the village left 9 dead, the mayor said.', '2025-03-10T10:00:00Z'), [[9, '2025-03-02']], 'a day earlier in the same year stays in it');
});

test('a day followed by a "when" clause telling the event dates the event', () => {
  const dateOf = (text: string) => extractClaims({ id: 'd_test', text, published: '2022-01-21T12:00:00Z' }).map((c) => [c.quantity?.value ?? null, c.incident?.date ?? null]);
  assert.deepEqual(dateOf('The coalition has stepped up its raids since Monday, when rebels claimed a drone attack on the port that killed three people.'), [[3, '2022-01-17']]);
  assert.deepEqual(dateOf('The town has been quiet since 14 January, when an air strike on the market killed 30 people.'), [[30, '2022-01-14']]);
  assert.deepEqual(dateOf('The army has been on alert since Tuesday, when militants stormed a checkpoint, killing five soldiers.'), [[5, '2022-01-18']]);
});

test('a headline dates its event, put back by the time it says has passed since', () => {
  const cases: Array<[string, string, string | null]> = [
    ['Israel marks a year since the Oct. 7 attack', '2024-10-07', '2023-10-07'],
    ['Two years after the March 22 attack, families still wait', '2026-03-22', '2024-03-22'],
    ['On the first anniversary of the July 29 explosion, no one has been charged', '2023-07-29', '2022-07-29'],
    ['Six months since the April 8 strike, the station reopens', '2022-10-08', '2022-04-08'],
    ['Toll of the Oct. 7 attack rises to 1,400', '2023-10-15', '2023-10-07'],
    ['Death toll from market strike rises', '2025-03-09', null],
  ];
  for (const [title, published, day] of cases) assert.equal(headlineIncident(title, new Date(`${published}T12:00:00Z`))?.date ?? null, day, title);
});

test('an attack told as a verb keeps its toll past an apposition that says what its target is', () => {
  assert.deepEqual(incidents('The militia shelled Abu Shouk, another camp on the edge of the city, killing at least 15 civilians.'), [[15, 'shelled Abu Shouk']]);
  assert.deepEqual(incidents('Militants raided Kaya, a town in the north, killing 12 villagers.'), [[12, 'raided Kaya']]);
  assert.deepEqual(incidents('Russian artillery struck Zaliztsi, a village near the border, leaving two people dead.'), [[2, 'struck Zaliztsi']]);
});

test('an event with a restrictive relative clause is the toll’s event: "the blast that killed 30"', () => {
  assert.deepEqual(incidents('The explosion that killed at least 51 prisoners at the camp was not caused by a rocket, the office said.'), [[51, 'The explosion']]);
  assert.deepEqual(incidents('The strike that killed 12 people at the market was carried out by drones, officials said.'), [[12, 'The strike']]);
  assert.deepEqual(incidents('Investigators said the blast which killed 30 workers at the plant was an accident.'), [[30, 'the blast']]);
});

test('an event dated by a day of the week is dated to the last such day on or before the report', () => {
  const dated = (text: string, published: string) => {
    const claim = extractClaims({ id: 'd_test', text, published }).find((c) => c.incident);
    return claim?.incident?.date ?? null;
  };
  // 10 March 2025 was a Monday.
  assert.equal(dated('The toll from Saturday’s strike on the market rose to 46, officials said.', '2025-03-10T09:00:00Z'), '2025-03-08');
  assert.equal(dated('Twelve people were killed in Monday’s attack on the station, police said.', '2025-03-10T09:00:00Z'), '2025-03-10');
  assert.equal(dated('The death toll from Tuesday’s blast has risen to 19, the governor said.', '2025-03-10T09:00:00Z'), '2025-03-04');
});

test('an event that opens the sentence is the toll’s event: "In a separate strike on Saturday, nine people were killed"', () => {
  assert.deepEqual(incidents('In a separate strike on Saturday, nine people were killed in Jabalia, officials said.'), [[9, 'a separate strike on Saturday']]);
  assert.deepEqual(incidents('During the raid, 12 soldiers were wounded, the army said.'), [[12, 'the raid']]);
  assert.deepEqual(incidents('After the blast at the depot, at least 30 people were taken to hospital.'), [[30, 'the blast at the depot']]);
  assert.deepEqual(incidents('In Kharkiv, 5 people were killed.'), [[5, null]]);
});

test('an event named with its target, its town and its month before the verb is still the subject of the count', () => {
  assert.deepEqual(incidents('KYIV — The Russian air strike on the drama theatre in Mariupol in March killed close to 600 people, the AP found.'), [[600, 'The Russian air strike on the drama theatre in Mariupol in March']]);
  assert.deepEqual(incidents('The missile attack on the railway station in Kramatorsk in April killed 61 civilians, prosecutors said.'), [[61, 'The missile attack on the railway station in Kramatorsk in April']]);
  assert.deepEqual(incidents('The shelling of the bread queue in Lysychansk last week killed 12 people.'), [[12, 'The shelling of the bread queue in Lysychansk last week']]);
});

test('an event told with "when" before its toll, and the words of the event after a determiner only', () => {
  assert.deepEqual(incidents('The date commemorates the bombing of Hawzen in 1988, when aircraft of the Derg military government struck the town’s crowded market and killed an estimated 1,800 people.'), [[1800, 'the bombing of Hawzen in 1988']]);
  assert.deepEqual(incidents('Residents remember the shelling of the market in 2015, when rebel gunners fired from the hills and killed 40 people.'), [[40, 'the shelling of the market in 2015']]);
  assert.deepEqual(incidents('Officials recalled the Sept. 3 massacre, when gunmen stormed the village and killed 60 people.'), [[60, 'the Sept. 3 massacre']]);
});
