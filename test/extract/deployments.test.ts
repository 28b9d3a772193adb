import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractClaims } from '../../src/extract/extract.js';
import { findOutcomeCues, mayHoldClaim } from '../../src/extract/outcomes.js';

function deployments(text: string): Array<{ value: number | null; kind: string | null }> {
  return extractClaims({ id: 'd', text, published: '2025-01-10T12:00:00Z' })
    .filter((c) => c.outcome === 'deployed')
    .map((c) => ({ value: c.quantity?.value ?? null, kind: c.subject.kind }));
}

function values(text: string): Array<number | null> {
  return deployments(text).map((d) => d.value);
}

test('a deployment announced or decided: "will send", "decided to dispatch", "plans to deploy"', () => {
  assert.deepEqual(values('Minsk will send 800 paratroopers to the border next month, the defence minister said.'), [800]);
  assert.deepEqual(values('The junta has decided to dispatch 2,500 soldiers to the northern front, state television reported.'), [2500]);
  assert.deepEqual(values('Washington sends 3,000 more marines to the Gulf, the Pentagon said on Tuesday.'), [3000]);
});

test('"more", "additional", "fresh" before the troops: the troops are the group', () => {
  assert.deepEqual(deployments('About 4,000 more Chadian troops were deployed to the capital, officials said.'), [{ value: 4000, kind: 'military' }]);
  assert.deepEqual(values('Another 1,200 more Wagner fighters were sent to Mali in the spring, according to the report.'), [1200]);
  assert.deepEqual(values('Kyiv said 500 more soldiers had been transferred to the eastern front.'), [500]);
});

test('arrival and presence: "have arrived in", "are now in", "were inside"', () => {
  assert.deepEqual(values('Some 6,000 Belarusian troops have arrived in Gomel, the ministry said.'), [6000]);
  assert.deepEqual(values('Between 10,000 and 12,000 foreign soldiers are now in the Kursk region, the official said.'), [10000]);
  assert.deepEqual(values('By then 900 Turkish troops were inside Afrin, the monitor said.'), [900]);
});

test('people a country sends who are not named soldiers count when they are sent: advisers, builders, instructors', () => {
  assert.deepEqual(deployments('Tehran has dispatched hundreds of advisers to Damascus, the monitoring group said.').map((d) => d.kind), ['military']);
  assert.deepEqual(values('Moscow will send 5,000 military builders and 1,000 sappers to the region, the council secretary said.'), [5000, 1000]);
  assert.deepEqual(values('The company deployed 300 instructors to Bangui in 2018, the UN panel said.'), [300]);
});

test('being sent home, back or to hospital is no deployment; nor are things or bystanders', () => {
  assert.deepEqual(values('Twelve soldiers were sent to hospital after the blast, the army said.'), []);
  assert.deepEqual(values('About 2,000 reservists were sent home on Friday, the ministry said.'), []);
  assert.deepEqual(values('The country has sent 40 tanks and 300 drones to the front.'), []);
  assert.deepEqual(values('More than 500 families were moved to shelters in the city, the mayor said.'), []);
  assert.deepEqual(values('Twenty wounded soldiers are in critical condition, the hospital said.'), []);
});

test('the gate lets deployment sentences through, and presence needs a capitalised place', () => {
  assert.ok(mayHoldClaim('Russia will send 1,000 sappers.'));
  assert.ok(mayHoldClaim('Nearly 11,000 soldiers are in Russia.'));
  assert.deepEqual(findOutcomeCues('12 troops were in good spirits').filter((c) => c.outcome === 'deployed'), []);
  assert.equal(findOutcomeCues('12 troops were in Kherson').filter((c) => c.outcome === 'deployed').length, 1);
});

test('a headline without a verb puts soldiers in a named place: a deployment', () => {
  const read = (text: string) => extractClaims({ id: 'd', text, published: '2025-01-10T12:00:00Z' }).map((c) => `${c.outcome} ${c.quantity?.value} ${c.speaker?.text ?? '-'} @${c.location?.text ?? '-'}`);
  assert.deepEqual(read('Zelensky says 11,000 North Korean troops now in Kursk region'), ['deployed 11000 Zelensky @Kursk region']);
  assert.deepEqual(read('Pentagon: 10,000 North Korean soldiers in eastern Russia'), ['deployed 10000 Pentagon @Russia']);
  assert.deepEqual(read('US says 3,000 Russian troops in Belarus for drills'), ['deployed 3000 US @Belarus']);
  // A verb of its own, or a full sentence: not a verbless presence.
  assert.deepEqual(read('Ukraine says 30 North Korean soldiers in Kursk killed'), ['killed 30 Ukraine @Kursk']);
  assert.deepEqual(read('The 3,000 troops in Belarus took part in the drills, the ministry said.'), []);
});

test('the number of troops somewhere reaching a figure is a deployment; a clause between them is not', () => {
  assert.deepEqual(values('The number of North Korean soldiers in the border region had grown to 11,000, Zelensky said.'), [11000]);
  assert.deepEqual(values('The number of Russian troops in Belarus has risen to 30,000, NATO said.'), [30000]);
  assert.deepEqual(values('The number of foreign servicemen has reached 2,500, the ministry said.'), [2500]);
  assert.deepEqual(values('The number of soldiers who deserted rose to 50.'), []);
  assert.deepEqual(values('A number of soldiers in the unit had grown to resent the order.'), []);
});
