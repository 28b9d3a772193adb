import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findAttribution } from '../../src/extract/attribution.js';
import { extractClaims } from '../../src/extract/extract.js';
import { isIdentifiableSource } from '../../src/extract/identifiable-sources.js';

function who(sentence: string): string {
  const found = findAttribution(sentence);
  return found ? `${found.speaker.text} | relay ${found.relay?.text ?? '-'}` : 'none';
}

test('an outlet citing a named source: the source speaks, the outlet relays', () => {
  assert.equal(who('About 300 North Korean soldiers have been killed in Kursk, Yonhap news agency reported, citing the National Intelligence Service.'), 'the National Intelligence Service | relay Yonhap news agency');
  assert.equal(who('Nine Azerbaijani servicemen were wounded near Lachin, the Turan agency said on Tuesday, quoting the defence ministry.'), 'the defence ministry | relay the Turan agency');
  assert.equal(who('The rebels killed 14 policemen in the raid, Reuters reported, quoting the regional governor as saying the attack began at dawn.'), 'the regional governor | relay Reuters');
});

test('a leading citing phrase, a lawmaker citing a service, "which cited"', () => {
  assert.equal(who('Citing the border guard service, Interfax said 12 Georgian soldiers were detained near the crossing.'), 'the border guard service | relay Interfax');
  assert.equal(who('Lawmaker Kim Byung-kee told reporters, citing the NIS, that 1,100 soldiers had been killed or wounded.'), 'the NIS | relay Lawmaker Kim Byung-kee');
  assert.equal(who('At least 40 fighters were killed in the raid, according to the Anadolu agency, which cited the Turkish defence ministry.'), 'the Turkish defence ministry | relay the Anadolu agency');
});

test('an anonymous source or a piece of evidence cited: the outlet stays the speaker, no relay', () => {
  assert.equal(who('Some 41 people were taken to hospital, the Al-Mayadeen broadcaster reported, citing a doctor at the hospital.'), 'the Al-Mayadeen broadcaster | relay -');
  assert.equal(who('More than 20,000 were killed in the siege, the State Department said on Monday, citing newly declassified U.S. intelligence.'), 'the State Department | relay -');
  assert.equal(who('Twelve soldiers died in the ambush, the ministry said, citing Ukrainian officials.'), 'the ministry | relay -');
  assert.equal(who('The UN said that more than 300 civilians were killed in the camp on Sunday, citing local sources.'), 'The UN | relay -');
});

test('"citing" without anyone speaking gives no speaker', () => {
  assert.equal(who('The army pulled back from 3 villages, citing the Geneva Conventions.'), 'none');
});

test('which sources can speak for themselves', () => {
  assert.equal(isIdentifiableSource('the NIS'), true);
  assert.equal(isIdentifiableSource('NIS officials'), true);
  assert.equal(isIdentifiableSource('the health ministry'), true);
  assert.equal(isIdentifiableSource('Ukrainian officials'), false);
  assert.equal(isIdentifiableSource('a head of the local hospital'), false);
  assert.equal(isIdentifiableSource("Russia's refusal"), false);
});

test('claims carry the cited source as speaker and the relay beside via', () => {
  const [claim] = extractClaims({ id: 'd_relay', text: 'About 300 North Korean soldiers have been killed in Kursk, Yonhap news agency reported, citing the National Intelligence Service.', published: '2025-01-14T12:00:00.000Z' });
  assert.equal(claim?.speaker?.text, 'the National Intelligence Service');
  assert.equal(claim?.relay?.text, 'Yonhap news agency');
  const [direct] = extractClaims({ id: 'd_direct', text: 'Officials said 12 soldiers were killed in the ambush.', published: null });
  assert.equal(direct?.relay, null);
});

test("a side's intelligence, named alone, is that side's services: the speaker, relayed by who cited it", () => {
  assert.equal(who('The president said on Monday that the enemy was preparing 10,000 soldiers to send to the front, citing Ukrainian intelligence.'), 'Ukrainian intelligence | relay The president');
  assert.equal(who('About 1,000 troops were killed in the offensive, the Yonhap agency reported, citing South Korean intelligence.'), 'South Korean intelligence | relay the Yonhap agency');
  assert.equal(who('The minister said 200 soldiers were killed, citing freshly declassified Ukrainian intelligence.'), 'The minister | relay -');
});
