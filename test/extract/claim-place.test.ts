import assert from 'node:assert/strict';
import { test } from 'node:test';
import { choosePlace, placeCandidates } from '../../src/extract/claim-place.js';
import { extractClaims } from '../../src/extract/extract.js';

const PUBLISHED = '2024-12-28T12:00:00.000Z';
const claims = (text: string) => extractClaims({ id: 'd_test', text, published: PUBLISHED });
const placeOf = (text: string) => claims(text)[0]?.location?.name ?? null;

/** The place choosePlace gives a claim that spans the first occurrence of `claim` in the sentence. */
function chosen(sentence: string, claim: string): string | null {
  const start = sentence.indexOf(claim);
  return choosePlace({ text: sentence, places: placeCandidates(sentence), datelineEnd: 0 }, start, start + claim.length, null)?.name ?? null;
}

test('places after a locative preposition, from the gazetteer or a capitalised name', () => {
  assert.deepEqual(placeCandidates('Shelling in the Kharkiv region and near Ipi village killed four.').map((p) => p.place.text), ['Kharkiv region', 'Ipi village']);
  assert.deepEqual(placeCandidates('Rockets fell at Jameela fruit market on Monday.').map((p) => p.place.text), ['Jameela fruit market']);
  assert.deepEqual(placeCandidates('The Reuters report came in January.').map((p) => p.place.text), []);
});

test('the first place after the claim, else the one before; the specific place after its country', () => {
  assert.equal(chosen('Two soldiers were killed in Donetsk and three in Kherson.', 'Two soldiers were killed'), 'Donetsk');
  assert.equal(chosen("Nine miners died in Turkey's southeastern province of Sirnak.", 'Nine miners died'), 'Sirnak Province');
});

test('no location from a dateline or from where the statement was made', () => {
  const dateline = claims('SEOUL — Around 100 North Korean soldiers have been killed, lawmakers were told.');
  assert.equal(dateline[0]?.location, null);
  const spoken = claims('Around 100 North Korean soldiers have been killed, Lee told reporters in Seoul on Thursday.');
  assert.equal(spoken[0]?.location, null);
  const events = claims('Around 100 North Korean soldiers have been killed in Kursk, Lee told reporters in Seoul.');
  assert.equal(events[0]?.location?.name, 'Kursk Oblast');
});

test('a country or capital used as an actor is not the place', () => {
  assert.equal(placeOf('Seoul said 200 soldiers from units of the North Korean army were killed in the Kursk region.'), 'Kursk Oblast');
  assert.equal(placeOf("Since the start of Moscow's war, at least 11,000 civilians have been killed."), null);
  assert.equal(placeOf('The regime in Damascus said 14 soldiers were killed.'), null);
  assert.equal(placeOf('A roadside bomb planted by Ansar al-Sharia in the Sahel killed four soldiers near Gao.'), 'Gao');
  assert.equal(placeOf('Officials of the DPRK army confirmed that 30 soldiers died.'), null);
});

test("a deployment's destination is its place; no other claim's", () => {
  assert.equal(placeOf('North Korea sent 11,000 troops to Russia.'), 'Russia');
  assert.equal(placeOf('The Pentagon deployed about 1,500 soldiers to the Kharkiv region.'), 'Kharkiv Oblast');
  assert.equal(placeOf('Rwanda has sent some 4,000 soldiers into eastern Congo, UN experts said.'), 'Democratic Republic of the Congo');
  assert.equal(placeOf('The wounded were flown to Germany after 12 soldiers were injured.'), null);
});

test('a place named by its type: the village of X, the Ukrainian city of X, the northern region of X', () => {
  assert.equal(placeOf('Two soldiers were killed near the village of Novohrodivka.'), 'Novohrodivka');
  assert.equal(placeOf('Nine civilians died when a missile struck the Ukrainian city of Sumy.'), 'Sumy');
  assert.equal(placeOf('Six Malian soldiers were killed in the northern region of Ménaka, the army said.'), 'Ménaka');
  assert.equal(placeOf('At least 12 people died in the Somali capital, Mogadishu, on Sunday.'), 'Mogadishu');
});

test('of a run of places, the most specific: X in Y, Y\'s X, the state of X', () => {
  assert.equal(claims("Four fighters were killed in Tal Tamr in Syria's Hasakah province.")[0]?.location?.text, 'Tal Tamr');
  assert.equal(claims("Five people were wounded in Kherson region's Beryslav.")[0]?.location?.text, 'Beryslav');
  assert.equal(claims("Gunmen killed eight men in Nigeria's northwestern state of Zamfara.")[0]?.location?.text, 'Zamfara');
  assert.equal(claims('Seven civilians died after shelling in southern Marinka, officials said.')[0]?.location?.text, 'Marinka');
});

test('two claims of one sentence share the place after both', () => {
  const found = claims('One militiaman was killed and nine others were injured when a roadside bomb planted by unknown gunmen on a road used by aid convoys exploded under their truck in Wadi Hadramawt district.');
  assert.deepEqual(found.map((c) => c.location?.text ?? null), ['Wadi Hadramawt district', 'Wadi Hadramawt district']);
});

test('the target of a strike or an attack is its place; an office of a place is not', () => {
  assert.equal(placeOf('The drone strike on Nova Kakhovka killed two civilians.'), 'Nova Kakhovka');
  assert.equal(placeOf('At least 14 people died in the overnight attack on Chasiv Yar.'), 'Chasiv Yar');
  assert.equal(placeOf('A rocket assault on Sderot wounded five people.'), 'Sderot');
  assert.equal(placeOf('The governor of Kherson said 12 civilians were killed.'), null);
});

test('the specific place after its country in the same clause, not one in another country', () => {
  assert.equal(claims('Nine workers died in Pakistan on Monday when a gas cylinder exploded in the Kurram district.')[0]?.location?.text, 'Kurram district');
  assert.equal(claims('Twenty miners were killed in China after a shaft collapsed in the northern Shanxi province.')[0]?.location?.text, 'Shanxi province');
  assert.equal(claims('Six soldiers were killed in Mali, and a convoy was hit near Gao.')[0]?.location?.text, 'Mali');
});

test('a place written in lower case after a direction word', () => {
  assert.equal(placeOf('At least 10 people died in northern nigeria after eating contaminated food.'), 'Nigeria');
  assert.equal(placeOf('Eight civilians were injured in south senegal on Monday.'), 'Senegal');
  assert.equal(placeOf('Five soldiers were killed in eastern ukraine.'), 'Ukraine');
  assert.equal(placeOf('Four were wounded in central park.'), null);
});

test('who holds or runs a place is no part of its name, and a possessive names whose attack it was, not where', () => {
  assert.equal(placeOf('At least 40 prisoners of war were killed in a strike on a prison in Russian-controlled Olenivka, the ministry said.'), 'Olenivka');
  assert.equal(placeOf('Three civilians were killed in Kurdish-held Kobani on Friday, the monitor said.'), 'Kobani');
  assert.equal(placeOf('Six people were killed in Hamas-run Gaza, the army said.'), 'Gaza Strip');
  assert.equal(placeOf('Fifty-three prisoners were killed at the Russian-held prison, the ministry said.'), null);
  assert.equal(placeOf('Five people were killed in Israeli-occupied territory, officials said.'), null);
  assert.equal(placeOf("At least 10 civilians were killed in the Rapid Support Forces' attack, aid workers said."), null);
  assert.equal(placeOf("Twelve people died in the rebels' assault on Goma, officials said."), 'Goma');
});

test('a month written short before its day is a date, not a place; a place of the same letters stays one', () => {
  assert.equal(placeOf('At least 1,189 people were killed in the Oct. 7 attack, officials said.'), null);
  assert.equal(placeOf('Nearly 3,000 people died in the Sept 11 attacks, the commission said.'), null);
  assert.equal(placeOf('Police said 12 people were killed in the Aug. 5 bombing in Quetta.'), 'Quetta');
  assert.equal(placeOf('Shelling killed 4 people in Mar Elias, residents said.'), 'Mar Elias');
});

test('the place an attack verb names is where its toll is; a place in an apposition only says where that place lies', () => {
  assert.equal(placeOf('The militia shelled Abu Shouk, another camp on the northern edge of El Fasher, killing at least 15 civilians, aid workers said.'), 'Abu Shouk');
  assert.equal(placeOf('Militants raided Kaya, a town in the north of the country, killing 12 villagers, officials said.'), 'Kaya');
  assert.equal(placeOf('Russian artillery struck Zaliztsi, a village near Kharkiv, killing two people, the governor said.'), 'Zaliztsi');
  assert.equal(placeOf('Gunmen stormed Ipi village overnight, killing 12 residents, police said.'), 'Ipi village');
});

test('an attack verb’s object that is a group of people or things is no place', () => {
  assert.equal(placeOf('Ukrainian drones struck Russian positions, killing 20 soldiers, the army said.'), null);
  assert.equal(placeOf('Fighters attacked Wagner mercenaries, killing 30, officials said.'), null);
  assert.equal(placeOf('Jets bombed Hamas fighters in Rafah, killing 14, the army said.'), 'Rafah');
});

test('a place in a clause about some of the counted is not where they were counted', () => {
  assert.equal(chosen('The attack killed 1,189 people, among them hostages whose deaths in Gaza were confirmed later.', '1,189 people'), null);
  assert.equal(chosen('The strike killed 14 soldiers, among them a commander who had served in Bakhmut.', '14 soldiers'), null);
  assert.equal(chosen('At least 20 people died, including two aid workers who had worked in Kharkiv for years.', '20 people'), null);
  // The counted themselves, where they were: still the place.
  assert.equal(chosen('The strike killed 12 people, most of whom were sheltering in a school in Kherson.', '12 people'), 'Kherson');
  assert.equal(chosen('At least 20 people died in Kharkiv, including two aid workers who had arrived that day.', '20 people'), 'Kharkiv');
});

test('a site named at the head of the sentence, "At the …", "Near …", is the place of the count after it', () => {
  assert.equal(chosen('At the Supernova music festival near kibbutz Reim, rescue workers have recovered more than 260 bodies.', 'more than 260'), 'Supernova');
  assert.equal(chosen('At Jameela fruit market, 12 people were killed, witnesses said.', '12 people'), 'Jameela fruit market');
  assert.equal(chosen('Near Ipi village, 14 soldiers died in the ambush.', '14 soldiers'), 'Ipi village');
  // "In Washington, …" is as often where the statement was made as where the count is: an unknown name after it is left alone.
  assert.equal(chosen('In Washington, the Pentagon said 40 soldiers were killed.', '40 soldiers'), null);
});

test('"the Tigray village of Togoga": a region before a town type says where the named town is, and the claim is the town\'s', () => {
  const placeOf = (text: string) => extractClaims({ id: 'd_typed', text, published: '2021-06-23T12:00:00Z' }).map((c) => c.location?.name ?? null);
  assert.deepEqual(placeOf('At least 43 people were killed when an air strike hit a busy market in the Tigray village of Togoga, medical staff said.'), ['Togoga']);
  assert.deepEqual(placeOf('Shelling killed five people in the Donetsk village of Hrodivka, the governor said.'), ['Hrodivka']);
  assert.deepEqual(placeOf('Twelve civilians died in the Darfur town of Kutum, the UN said.'), ['Kutum']);
});
