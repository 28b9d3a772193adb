/**
 * Forms found on fresh stories of other wars: a count of those one cause killed ("by shelling"),
 * a count over a whole war told looking back, "Another 18" after a toll, a longer group inside
 * "the number of … killed in <event>", and an event told by "was shot down" or "crashed".
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Claim } from '../../src/contracts/claim.js';
import { extractClaims } from '../../src/extract/extract.js';

const claimsOf = (text: string): Claim[] => extractClaims({ id: 'd_forms', text, published: '2021-08-27T12:00:00.000Z' });

test('a count of those one cause killed carries the cause as its manner; a weapon of the whole attack does not narrow it', () => {
  assert.deepEqual(claimsOf('The rights office said fewer than 20 were killed by shelling.').map((c) => c.manner), ['by shelling']);
  assert.deepEqual(claimsOf('The spokesman said 20 victims were killed by tank and artillery fire.').map((c) => c.manner), ['by tank and artillery fire']);
  assert.deepEqual(claimsOf('Two soldiers were wounded by sniper fire.').map((c) => c.manner), ['by sniper fire']);
  assert.deepEqual(claimsOf('The chemical attack killed 86 people.').map((c) => c.manner), ['chemical attack']);
});

test('a count over a whole war told looking back has the whole war as its period', () => {
  const periods = (text: string) => claimsOf(text).map((c) => c.period?.text ?? null);
  assert.deepEqual(periods('The last troops left on Monday night, ending a war in which 2,461 U.S. service members were killed.'), ['over the whole war']);
  assert.deepEqual(periods('The 20-year war killed more than 2,400 American troops.'), ['over the whole war']);
  assert.deepEqual(periods('Over two decades of war, 2,400 U.S. troops died.'), ['over the whole war']);
  assert.deepEqual(periods('Russia has lost 300,000 soldiers in the war, officials said.'), [null]);
});

test("a country's war named after the count is the whole war: \"in Yemen's war\", \"in the war in Sudan\"", () => {
  const periods = (text: string) => claimsOf(text).map((c) => c.period?.text ?? null);
  assert.deepEqual(periods("The United Nations estimates that at least 10,000 people have been killed in Yemen's war."), ['over the whole war']);
  assert.deepEqual(periods('At least 10,000 people have been killed in the war in Yemen, the UN says.'), ['over the whole war']);
  assert.deepEqual(periods("More than 500,000 people have died in Syria's civil war, the monitor said."), ['over the whole war']);
  // A strike in a country at war is one strike.
  assert.deepEqual(periods('Five people were killed in the strike in Gaza.'), [null]);
});

test('"Another 18", "a further 40" after a count are more of the people counted before', () => {
  const groups = (text: string) => claimsOf(text).map((c) => `${c.quantity?.value} ${c.subject.text}`);
  assert.deepEqual(groups('The number of US service members killed in the attack has risen to 13. Another 18 were wounded.'), ['13 US service members', '18 US service members']);
  assert.deepEqual(groups('Twelve soldiers were killed on Monday. A further 40 were wounded.'), ['12 soldiers', '40 soldiers']);
  assert.deepEqual(groups('Twelve soldiers were killed on Monday. 40 were wounded.'), ['12 soldiers', '40 ']);
});

test('"U.S. service members" is one group, of the military, and "US" before it is no place', () => {
  const read = (text: string) => claimsOf(text).map((c) => `${c.subject.text}|${c.subject.kind}|${c.location?.name ?? '-'}`);
  assert.deepEqual(read('A US official said 12 U.S. service members had been killed and 15 wounded.'), ['U.S. service members|military|-', 'U.S. service members|military|-']);
  assert.deepEqual(read('Twelve US marines were killed.'), ['US marines|military|-']);
  assert.deepEqual(read('Five people were killed in the US on Monday.'), ['people|null|United States']);
});

test('the event a toll is of, when a longer group stands in "the number of … killed in", or the event is a crash', () => {
  const incidents = (text: string) => claimsOf(text).map((c) => c.incident?.text ?? null);
  assert.deepEqual(incidents('The number of US service members killed in the Kabul airport attack has risen to 13.'), ['the Kabul airport attack']);
  assert.deepEqual(incidents('The number of civilians wounded in the shelling of the station reached 60.'), ['the shelling of the station']);
  assert.deepEqual(incidents('In 2011, 30 U.S. service members were killed when their Chinook helicopter was shot down.'), ['when their Chinook helicopter was shot down']);
  assert.deepEqual(incidents('Twelve people were killed when a helicopter crashed into a market.'), ['when a helicopter crashed into a market']);
});

test('"died in the shelling", "killed in the crossfire": one cause among others, told with "in the"; "the shelling of the market" is the event', () => {
  const manners = (text: string) => claimsOf(text).map((c) => c.manner ?? null);
  assert.deepEqual(manners('A local activist said that 12 people had died in the shelling and that 106 more were killed after militiamen stormed the village.'), ['by shelling', null]);
  assert.deepEqual(manners('Two soldiers were killed in the crossfire.'), ['by crossfire']);
  assert.deepEqual(manners('Nine civilians were wounded in artillery shelling overnight, the mayor said.'), ['by artillery shelling']);
  assert.deepEqual(manners('Five people were killed in the shelling of the market.'), [null]);
});

test('"said by Skype", "told by phone": the means something was said by is no agent', () => {
  const speakers = (text: string) => claimsOf(text).map((c) => c.speaker?.text ?? null);
  assert.deepEqual(speakers('A local activist who gave his name as Abu Yazan said by Skype that 12 people had died.'), ['A local activist who gave his name as Abu Yazan']);
  assert.deepEqual(speakers('A resident told by phone that 12 people had died.'), ['A resident']);
  assert.deepEqual(speakers('A doctor said by satellite phone that 30 wounded had arrived at the clinic.'), ['A doctor']);
  // A figure released by someone is theirs.
  assert.deepEqual(speakers('The figures released by the ministry said 40 people died.'), ['the ministry']);
});

test('a war told looking back as what killed them is the whole war; a war that "has killed" so far is a running total', () => {
  const periods = (text: string) => claimsOf(text).map((c) => c.period?.text ?? null);
  assert.deepEqual(periods('Human Rights Watch concluded that the war of July and August 2006 caused at least 1,109 Lebanese deaths.'), ['over the whole war']);
  assert.deepEqual(periods('The war in the region claimed the lives of 20,000 soldiers.'), ['over the whole war']);
  assert.deepEqual(periods('The 34-day war killed about 1,200 Lebanese.'), ['over the whole war']);
  assert.deepEqual(periods('The UN says the war has killed more than 24,000 people.'), [null]);
});
