/**
 * Six more stories from other wars (test/fixtures/stories), written for the project on public facts by
 * people who did not read the extractor, each with the conclusions a careful analyst draws: they found the
 * classes of error mended in the tenth session. Seen now, they are no held-out measure; the suite holds the
 * board to no false accusation on them and to the scores it reached, so that no change draws less.
 */
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { test } from 'node:test';
import { evaluateScenarios } from '../../src/eval/scenario.js';

const STORIES = fileURLToPath(new URL('../fixtures/stories', import.meta.url));
// Eleventh session: the zero-denials ("not a single civilian died", "no civilians had died") are found now and answer
// the tolls (verdicts 0.28 → 0.31); the figures floor went 0.70 → 0.68 because two of them name no place or event
// ("no civilians had been killed in the operation") and are not yet placed on the Togoga strike's figure.
// Twelfth session: totals and surrenders in other words, burials, "By X's count", a speaker's plain total read into its
// own running series, and "the Tigray village of Togoga" read as Togoga: found 0.86, figures 0.79, verdicts 0.41.
const FLOORS = { found: 0.85, speakers: 0.86, origins: 0.77, figures: 0.78, verdicts: 0.4 };

test('six probe stories: no false accusation, and the board draws no less than it did', async () => {
  const report = await evaluateScenarios(STORIES);
  assert.equal(report.scenarios.length, 6);
  const accusations = report.scenarios.flatMap((s) => s.board.falseAccusations.map((f) => `${s.scenario}: ${f.a} ${f.verdict} ${f.b}: ${f.why}`));
  assert.deepEqual(accusations, []);
  assert.ok(report.found / report.named >= FLOORS.found, `found ${report.found}/${report.named}`);
  assert.ok(report.speakersRight / report.speakersScored >= FLOORS.speakers, `speakers ${report.speakersRight}/${report.speakersScored}`);
  assert.ok((report.origins.f1 ?? 0) >= FLOORS.origins, `origins F1 ${report.origins.f1}`);
  assert.ok((report.figures.f1 ?? 0) >= FLOORS.figures, `figures F1 ${report.figures.f1}`);
  assert.ok(report.verdictsRight / report.verdictsExpected >= FLOORS.verdicts, `verdicts ${report.verdictsRight}/${report.verdictsExpected}`);
});

/**
 * Three more stories (test/fixtures/stories-new: Bucha 2022, the Kunduz MSF hospital 2015, the Saada prison
 * 2022), written at the tenth session's end and not looked at for rules until its last hour. The board made 3 false
 * accusations on them until the twelfth session (a statement its reports place in a region and in a town, against
 * the town's lower toll; an attack in another city told in passing as "since Monday, when …"): now none.
 */
test('three newer stories: no false accusation', async () => {
  const report = await evaluateScenarios(fileURLToPath(new URL('../fixtures/stories-new', import.meta.url)));
  assert.equal(report.scenarios.length, 3);
  const accusations = report.scenarios.flatMap((s) => s.board.falseAccusations.map((f) => `${s.scenario}: ${f.a} ${f.verdict} ${f.b}: ${f.why}`));
  assert.deepEqual(accusations, []);
  assert.ok(report.found / report.named >= 0.84, `found ${report.found}/${report.named}`);
});

/**
 * Four fresh stories (test/fixtures/stories-fresh: Khan Sheikhoun 2017, Houla 2012, Ghouta 2013, the Kabul airport
 * bombing 2021), written in the twelfth session by helpers who read only the specs and one example folder. Measured
 * before any rule looked at them: found 0.85, speakers 0.88, origins F1 0.73, figures F1 0.45, verdicts 0.32 and 12
 * false accusations. The session then mended the classes those accusations showed (two sides' people in one incident,
 * a count of those one cause killed, a count over a whole war, one incident's toll against another's, counts placed in two countries): 2 remain
 * (a resident's count "in the shelling" beside a town's toll, twice). The fourteenth session read "died in the shelling"
 * as one cause among others, as "by shelling" is: none remains, and the suite holds the board to none.
 */
test('four fresh stories: no false accusation', async () => {
  const report = await evaluateScenarios(fileURLToPath(new URL('../fixtures/stories-fresh', import.meta.url)));
  assert.equal(report.scenarios.length, 4);
  const accusations = report.scenarios.flatMap((s) => s.board.falseAccusations.map((f) => `${s.scenario}: ${f.a} ${f.verdict} ${f.b}: ${f.why}`));
  assert.deepEqual(accusations, []);
  assert.ok(report.found / report.named >= 0.85, `found ${report.found}/${report.named}`);
});

/**
 * Five more fresh stories (test/fixtures/stories-fresh2: Kramatorsk station 2022, Mosul al-Jadida 2017, the Dahyan
 * school bus 2018, Pazigyi 2023, the Rann camp 2017), written in the thirteenth session by helpers who read only the
 * specs and one example folder. Measured on the main of that session's start, before any rule looked at them: found
 * 0.91, speakers 0.73, origins F1 0.56, figures F1 0.69, verdicts 0.37 and 4 false accusations. The session mended
 * the classes those showed (a count inside a clause set days apart, the dead at one site of an incident, the day a
 * running count stands at read as its period, a lower count told as given earlier, a place beside its noun read as a
 * speaker's name): none remains. The suite holds the board to none.
 */
test('five more fresh stories: no false accusation', async () => {
  const report = await evaluateScenarios(fileURLToPath(new URL('../fixtures/stories-fresh2', import.meta.url)));
  assert.equal(report.scenarios.length, 5);
  const accusations = report.scenarios.flatMap((s) => s.board.falseAccusations.map((f) => `${s.scenario}: ${f.a} ${f.verdict} ${f.b}: ${f.why}`));
  assert.deepEqual(accusations, []);
  assert.ok(report.found / report.named >= 0.9, `found ${report.found}/${report.named}`);
});

/**
 * A third fresh sample (test/fixtures/stories-fresh3: Dedebit camp 2022, the Zobe bombing 2017, Chasiv Yar 2022,
 * al-Quds hospital 2016), written late in the thirteenth session by helpers who read only the specs and one example
 * folder, and measured before any rule looked at it: found 0.86, speakers 0.82, origins F1 0.56, figures F1 0.61,
 * verdicts 0.33 and 4 false accusations. Three were mended (a channel post joined to another event's incident, the
 * dead of one age read as the whole, "the charity" left unresolved); the one left is a tabloid's "more than 300
 * killed" that the board calls a drift of the minister's 300 injured where the analyst names his 276 killed. In the
 * fourteenth session the minister's figures came to be read as a record his ministry gave ("the Information Ministry's
 * statement … gave 276 dead"), and that drift is no longer drawn: the suite holds the board to none.
 */
test('a third fresh sample: no false accusation', async () => {
  const report = await evaluateScenarios(fileURLToPath(new URL('../fixtures/stories-fresh3', import.meta.url)));
  assert.equal(report.scenarios.length, 4);
  const accusations = report.scenarios.flatMap((s) => s.board.falseAccusations.map((f) => `${s.scenario}: ${f.a} ${f.verdict} ${f.b}: ${f.why}`));
  assert.deepEqual(accusations, []);
  assert.ok(report.found / report.named >= 0.85, `found ${report.found}/${report.named}`);
});

/**
 * Three more fresh samples, written in the fourteenth session by helpers who read only the specs and one example
 * folder, each measured on the session's starting main before any rule looked at it:
 * - stories-fresh4 (Dnipro 2023, Khasham 2018, Sanaa funeral hall 2016, Mai Kadra 2020): found 0.77, speakers 0.82,
 *   origins F1 0.62, figures F1 0.52, verdicts 0.23, 3 false accusations; its classes were then mended: none remains.
 * - stories-fresh5 (Makiivka 2023, Qana 2006, Jenin 2002, El Geneina 2023): found 0.86, speakers 0.66, origins F1
 *   0.56, figures F1 0.37, verdicts 0.33, 3 false accusations; after its classes, one remains (a West Bank count over
 *   two months against a Palestinian official's Jenin toll).
 * - stories-fresh6 (Uman 2023, Tudun Biri 2023, the Kabul drone strike 2021, the Mariupol maternity hospital 2022):
 *   found 0.89, speakers 0.79, origins F1 0.59, figures F1 0.59, verdicts 0.37, 2 false accusations; kept unseen
 *   but for one class a later change had made (a copy adding "at least" to the same number read as drift).
 */
const LATER_SAMPLES: Array<[string, number, number, number]> = [
  ['stories-fresh4', 4, 0, 0.85],
  ['stories-fresh5', 4, 1, 0.85],
  ['stories-fresh6', 4, 1, 0.88],
];
for (const [folder, scenarios, allowed, found] of LATER_SAMPLES) {
  test(`${folder}: no more false accusations than the ${allowed} the board still makes`, async () => {
    const report = await evaluateScenarios(fileURLToPath(new URL(`../fixtures/${folder}`, import.meta.url)));
    assert.equal(report.scenarios.length, scenarios);
    const accusations = report.scenarios.flatMap((s) => s.board.falseAccusations.map((f) => `${s.scenario}: ${f.a} ${f.verdict} ${f.b}: ${f.why}`));
    assert.ok(accusations.length <= allowed, `false accusations:\n${accusations.join('\n')}`);
    assert.ok(report.found / report.named >= found, `found ${report.found}/${report.named}`);
  });
}
