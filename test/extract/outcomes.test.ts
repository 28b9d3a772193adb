import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findOutcomeCues, mayHoldClaim } from '../../src/extract/outcomes.js';

const cues = (s: string) => findOutcomeCues(s).map((c) => `${c.text}:${c.outcome}/${c.role}${c.manner ? `/${c.manner}` : ''}`);

test('"killed or wounded" and its variants are one casualties cue, not two', () => {
  assert.deepEqual(cues('have either died or been injured'), ['either died or been injured:casualties/either']);
  assert.deepEqual(cues('killed or wounded'), ['killed or wounded:casualties/either']);
  assert.deepEqual(cues('killed and wounded scores'), ['killed and wounded:casualties/either']);
  assert.deepEqual(cues('killing and wounding several'), ['killing and wounding:casualties/either']);
  assert.deepEqual(cues('left dead or wounded'), ['dead or wounded:casualties/either']);
  assert.deepEqual(cues('1,500 casualties daily'), ['casualties:casualties/subject']);
});

test('each outcome of the lattice has its cues, with the side its victims stand on', () => {
  assert.deepEqual(cues('killing 77 and wounding 40'), ['killing:killed/object', 'wounding:wounded/object']);
  assert.deepEqual(cues('six died; eight are missing'), ['died:killed/subject', 'missing:missing/subject']);
  assert.deepEqual(cues('the death of a soldier'), ['death of:killed/object']);
  assert.deepEqual(cues('the death toll rose to 66'), ['death toll:killed/toll']);
  assert.deepEqual(cues('ten rebels surrendered'), ['surrendered:surrendered/subject']);
  assert.deepEqual(cues('abducted 25 civilians'), ['abducted:captured/either']);
  assert.deepEqual(cues('taken prisoner'), ['taken prisoner:captured/subject']);
  assert.deepEqual(cues('is deploying 11,000'), ['deploying:deployed/object']);
  assert.deepEqual(cues('four people in hospital'), ['hospital:wounded/subject']);
});

test('suicide and execution are killings with a manner', () => {
  assert.deepEqual(cues('some soldiers have taken their own lives'), ['have taken their own lives:killed/subject/suicide']);
  assert.deepEqual(cues('two bombers blew themselves up'), ['blew themselves up:killed/subject/suicide']);
  assert.deepEqual(cues('they were executed'), ['were executed:killed/subject/execution']);
});

test('cues are whole words only', () => {
  assert.deepEqual(cues('skilled workers and a deadline, a diet and studies'), []);
});

test('the gate passes sentences that may hold a claim and stops the rest', () => {
  assert.equal(mayHoldClaim('At least 30 soldiers were killed.'), true);
  assert.equal(mayHoldClaim('Russia and North Korea deny the deployment.'), true);
  assert.equal(mayHoldClaim('The pact was signed in June and took effect this month.'), false);
});

test('victims named by what was found or done to them are killed', () => {
  assert.deepEqual(cues('25 martyrs were brought in'), ['martyrs:killed/subject']);
  assert.deepEqual(cues('it verified 148 killings'), ['killings:killed/subject']);
  assert.deepEqual(cues('37 bodies were retrieved'), ['bodies:killed/subject']);
  assert.deepEqual(cues('twelve citizens were martyred'), ['martyred:killed/either']);
  // "bodies" alone is a body of people only after a count: not "two UN bodies said".
  assert.deepEqual(cues('two UN bodies said'), []);
});
