import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import type { Claim } from '../../src/contracts/claim.js';
import { extractClaims } from '../../src/extract/extract.js';

const PUBLISHED = '2024-12-28T12:00:00.000Z';
const claims = (text: string, published: string | null = PUBLISHED) => extractClaims({ id: 'd_test', text, published });
const brief = (c: Claim) => `${c.outcome} ${c.quantity ? c.quantity.value : '-'} ${c.quantity?.bound ?? '-'}`;

/** The claims.md invariants every record must keep, whatever the input. */
function assertValid(text: string, found: readonly Claim[]): void {
  for (const claim of found) {
    assert.ok(claim.sentence.start >= 0 && claim.sentence.end <= text.length && claim.sentence.start < claim.sentence.end);
    assert.equal(text.slice(claim.sentence.start, claim.sentence.end), claim.sentence.text);
    if (claim.quantity) {
      assert.ok(Number.isFinite(claim.quantity.value));
      if (claim.quantity.min !== null && claim.quantity.max !== null) assert.ok(claim.quantity.min <= claim.quantity.max);
    }
    assert.match(claim.id, /^c_[0-9a-f]{16}$/);
    assert.ok(claim.confidence > 0 && claim.confidence <= 1);
  }
}

test('one sentence, two claims: "killing 77 and wounding 40 soldiers over three days"', () => {
  const text = 'Footage from Ukrainian special operations on Telegram showed drone attacks on North Korean positions in Kursk, with claims of killing 77 and wounding 40 soldiers over three days.';
  const found = claims(text);
  assert.deepEqual(found.map(brief), ['killed 77 exact', 'wounded 40 exact']);
  for (const claim of found) {
    assert.equal(claim.subject.affiliation, 'KP');
    assert.equal(claim.subject.kind, 'military');
    assert.equal(claim.stance, 'alleged');
    assert.equal(claim.via, 'telegram');
    assert.equal(claim.manner, 'drone strike');
    assert.deepEqual(claim.period, { text: 'over three days', start: '2024-12-26', end: '2024-12-28' });
    assert.match(claim.speaker?.text ?? '', /special operations/);
  }
  assertValid(text, found);
});

test('"killed or wounded" is casualties with its bound, speaker, place and channel', () => {
  const text = 'Ukrainian President Volodymyr Zelenskyy, via a Telegram post, said that over 3,000 North Korean soldiers have either died or been injured in the Kursk region.';
  const [claim] = claims(text);
  assert.equal(claim?.outcome, 'casualties');
  assert.deepEqual(claim?.quantity, { text: 'over 3,000', value: 3000, min: 3000, max: null, bound: 'lower' });
  assert.equal(claim?.speaker?.name, 'Volodymyr Zelenskyy');
  assert.equal(claim?.speaker?.country, 'UA');
  assert.equal(claim?.location?.name, 'Kursk Oblast');
  assert.equal(claim?.via, 'telegram');
  assert.equal(claim?.period, null);
});

test('a last name refers back to the speaker named earlier; a week before publication is resolved', () => {
  const text = 'White House National Security Council spokesperson John Kirby spoke on Friday. Despite these claims, Kirby suggested a lower casualty figure, noting that over 1,000 North Korean soldiers were killed in the last week alone.';
  const [claim] = claims(text);
  assert.equal(brief(claim as Claim), 'killed 1000 lower');
  assert.equal(claim?.speaker?.text, 'Kirby');
  assert.equal(claim?.speaker?.name, 'John Kirby');
  assert.equal(claim?.speaker?.org, 'White House National Security Council');
  assert.deepEqual(claim?.period, { text: 'in the last week', start: '2024-12-22', end: '2024-12-28' });
});

test('"a captured soldier" is one; a rate is a rate; an estimate is an estimate', () => {
  const confirmed = claims("South Korea's National Intelligence Service confirmed the death of a captured North Korean soldier.");
  assert.deepEqual(confirmed.map(brief), ['killed 1 exact']);
  assert.equal(confirmed[0]?.stance, 'confirmed');
  const daily = claims('Russia faces heavy losses, exceeding 1,500 casualties daily according to British estimates.');
  assert.deepEqual(daily.map(brief), ['casualties 1500 lower']);
  assert.equal(daily[0]?.rate, 'day');
  assert.equal(daily[0]?.stance, 'estimated');
  assert.equal(daily[0]?.speaker?.text, 'British');
});

test('denials: one claim per denying party, with no number', () => {
  const text = 'The U.S. alleges that Russia is deploying approximately 11,000 North Korean soldiers in Kursk. Both Russia and North Korea deny the deployment.';
  const found = claims(text);
  assert.deepEqual(found.map(brief), ['deployed 11000 approx', 'deployed - -', 'deployed - -']);
  assert.deepEqual(found.slice(1).map((c) => [c.speaker?.text, c.stance, c.subject.affiliation]), [
    ['Russia', 'denied', 'KP'],
    ['North Korea', 'denied', 'KP'],
  ]);
});

test('the agent of an active verb is not its victim; coordinated groups and outcomes are each claims', () => {
  assert.deepEqual(claims('Two suicide bombers killed at least 10 people outside a mosque.').map(brief), ['killed 10 lower']);
  assert.deepEqual(claims('At least eight civilians were abducted and shot dead in Saladin province.').map(brief), ['captured 8 lower', 'killed 8 lower']);
  assert.deepEqual(claims('Two civilians and two fighters were hospitalized, she reported.').map(brief), ['wounded 2 exact', 'wounded 2 exact']);
  assert.deepEqual(claims('At least 16 people were killed and another 38 wounded on Tuesday.').map(brief), ['killed 16 lower', 'wounded 38 exact']);
  assert.deepEqual(claims('The death toll climbed to 66 and several still reported missing.').map(brief), ['killed 66 exact', 'missing 3 vague']);
});

test('numbers that are not claims yield nothing', () => {
  for (const text of [
    'The pact was signed in 2024 and took effect on December 4.',
    'Militants fired dozens of rockets towards the town, 30 km from the border.',
    'The United States announced $2.5 billion in aid for 155mm shells.',
    'Police seized 500 live bullets and eight guns in the raid.',
    'The 22nd amendment limits a president to two terms.',
    'A 20-year-old student was among 45 migrants rescued at sea.',
  ]) {
    assert.deepEqual(claims(text).map(brief), [], text);
  }
});

test('bad input never throws and never breaks a record', () => {
  const inputs = [
    '',
    ' \n\n ',
    'killed '.repeat(150_000),
    '1,000 2,000 3,000 killed 4 5 6 wounded '.repeat(2000),
    'Более 3000 солдат были убиты. 🇰🇵 Over 3,000 killed 💥 and ١٢ wounded.',
    'قتل أكثر من 3000 جندي. Over 3,000 soldiers were killed.',
    'At least 30\u0000 soldiers\u0007 were killed\u001b[31m in Kursk.',
    '(((((('.repeat(20_000) + ' 5 killed',
  ];
  for (const text of inputs) {
    const started = Date.now();
    const found = claims(text);
    assert.ok(Date.now() - started < 20_000, `${text.slice(0, 20)}… took too long`);
    assertValid(text, found);
  }
});

test('property: any text gives valid records', () => {
  const words = fc.constantFrom('killed', 'wounded', 'at least', '3,000', 'seventy-seven', 'soldiers', 'said', 'Kirby', 'in', 'Kursk', ',', '.', 'and', 'a', 'civilian', 'over', 'dozens of', 'deny', 'the deployment', '\n\n', 'ü', '👍');
  fc.assert(
    fc.property(fc.oneof(fc.string({ maxLength: 300 }), fc.array(words, { maxLength: 60 }).map((w) => w.join(' '))), (text) => {
      assertValid(text, claims(text, null));
    }),
    { numRuns: 400 },
  );
});

test('ids are stable: the same document gives the same claims and ids', () => {
  const text = 'At least 12 people were killed and two others were injured in Kaya, an official said.';
  assert.deepEqual(claims(text).map((c) => c.id), claims(text).map((c) => c.id));
  assert.notEqual(extractClaims({ id: 'd_other', text, published: null })[0]?.id, claims(text)[0]?.id);
});

test('a contrasting clause with its own speaker gives its claims to that speaker', () => {
  const text =
    "Ukraine's Special Operations Forces said on Sunday they had killed 50 North Korean soldiers and wounded 47 over three days, while South Korean lawmaker Lee Seong-kweun, briefed by the National Intelligence Service on Thursday, said around 100 had been killed and nearly 1,000 wounded.";
  const found = claims(text);
  assert.deepEqual(
    found.map((c) => `${brief(c)} ${c.speaker?.name ?? c.speaker?.org}`),
    ["killed 50 exact Ukraine's Special Operations Forces", "wounded 47 exact Ukraine's Special Operations Forces", 'killed 100 approx Lee Seong-kweun', 'wounded 1000 approx Lee Seong-kweun'],
  );
  const single = claims('Officials said 12 people were killed, while 30 were wounded.');
  assert.ok(single.every((c) => c.speaker?.text === 'Officials'), 'a contrasting clause without a speaker keeps the sentence’s');
});
