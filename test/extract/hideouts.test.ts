import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractClaims } from '../../src/extract/extract.js';

const all = (text: string) => extractClaims({ id: 'd_hideouts', text, published: '2015-10-04T12:00:00.000Z' }).map((c) => `${c.outcome} ${c.quantity?.value}`);

test('fighters hiding somewhere are there: a presence, and the hospital they hid in treats no one', () => {
  assert.deepEqual(all('The police spokesman said between 10 and 15 Taliban fighters had been hiding in the hospital.'), ['deployed 10']);
  assert.deepEqual(all('Afghan officials claimed up to 15 Taliban gunmen were holed up inside the hospital.'), ['deployed 15']);
  assert.deepEqual(all('Dozens of militants were sheltering in the school, the army said.'), ['deployed 24']);
});

test('civilians hiding are no deployment, and a hospital that treats is still one', () => {
  assert.deepEqual(all('Twelve civilians were hiding in the basement when the shell hit.'), []);
  assert.deepEqual(all('Four wounded soldiers were taken to hospital.'), ['wounded 4']);
  assert.deepEqual(all('Thirty people were in hospital after the blast, doctors said.'), ['wounded 30']);
});

test('fighters "holed up" somewhere, then what happened to them: that outcome is theirs', () => {
  assert.deepEqual(all('The ministry said 265 fighters holed up in the steelworks had laid down their arms and surrendered.'), ['surrendered 265']);
  assert.deepEqual(all('The last 531 fighters holed up in the plant\'s tunnels surrendered, the ministry said.'), ['surrendered 531']);
  assert.deepEqual(all('Some 40 gunmen hiding in the village were killed in the raid, police said.'), ['killed 40']);
});
