import assert from 'node:assert/strict';
import { test } from 'node:test';
import { namesDisaster } from '../../src/extract/claim-subject.js';
import { extractClaims } from '../../src/extract/extract.js';

const claims = (text: string) => extractClaims({ id: 'd_test', text, published: '2024-12-28T12:00:00.000Z' });
const subjects = (text: string) => claims(text).map((c) => `${c.subject.kind ?? '-'} ${c.subject.affiliation ?? '-'}`);

test('the counted group gives the kind and side', () => {
  assert.deepEqual(subjects('At least 30 Ethiopian soldiers were killed.'), ['military ET']);
  assert.deepEqual(subjects('Twelve Sudanese civilians were wounded.'), ['civilian SD']);
});

test('a group without a noun borrows from its sibling claim', () => {
  assert.deepEqual(subjects('Four Israeli soldiers were killed and nine wounded.'), ['military IL', 'military IL']);
});

test('people in a disaster are civilians; a deployment counts soldiers', () => {
  assert.ok(namesDisaster('The flood swept away the village.'));
  assert.ok(!namesDisaster('The brigade advanced on the village.'));
  assert.deepEqual(subjects('Floods killed 40 people in the valley.'), ['civilian -']);
});

test('the side that fired is not the side of those it hit', () => {
  assert.deepEqual(subjects('Israeli airstrikes killed 30 Palestinian children in Rafah.'), ['civilian PS']);
  assert.deepEqual(subjects('Russian missile strikes killed 11 people in Kryvyi Rih.').map((s) => s.split(' ')[1]), ['-']);
  assert.deepEqual(subjects('Ukrainian drones wounded four people in Belgorod.').map((s) => s.split(' ')[1]), ['-']);
});

test('people and others killed in a strike, shelling or a bombing are civilians', () => {
  assert.deepEqual(subjects('Russian shelling of Kherson killed seven people and wounded 12 others.'), ['civilian -', 'civilian -']);
  assert.deepEqual(subjects('An airstrike on a market in Idlib killed 23 people, rescuers said.'), ['civilian -']);
  assert.deepEqual(subjects('At least 40 persons were injured when a car bomb went off near a bus station in Mogadishu.'), ['civilian -']);
  assert.deepEqual(subjects('A drone hit an apartment block in Odesa overnight, killing three people.'), ['civilian -']);
});

test('people whose words say what they were keep it', () => {
  assert.deepEqual(subjects('Two displaced people died overnight and 57 were still missing.'), ['civilian -', 'civilian -']);
  assert.deepEqual(subjects('Soldiers fired on the crowd, killing 11 unarmed people.'), ['civilian -']);
});

test('unless the text says combatants were among them, or the fighting was a battle', () => {
  assert.deepEqual(subjects('The airstrike killed 14 people, including six fighters, in Idlib.'), ['mixed -', 'military -']);
  assert.deepEqual(subjects('Clashes between the army and rebels near Goma killed 30 people.'), ['- -']);
  assert.deepEqual(subjects('A suicide bomber struck an army checkpoint, killing nine people.'), ['- -']);
  assert.deepEqual(subjects('Twelve people died in a gunfight between two militias in Tripoli.'), ['- -']);
});

test('"casualties among X" counts X', () => {
  assert.deepEqual(subjects('The regiment reported 120 casualties among its conscripts.'), ['military -']);
  assert.deepEqual(subjects('There were 40 deaths among civilians in Kharkiv last month.'), ['civilian -']);
  assert.deepEqual(subjects('Officials counted 75 casualties among Ethiopian troops.'), ['military ET']);
});

test('members of an armed body are military; a party\'s members are not', () => {
  assert.deepEqual(subjects('Ten members of the security forces were killed in the ambush.'), ['military -']);
  assert.deepEqual(subjects('A member of the Wagner group was killed in Mali.'), ['military -']);
  assert.deepEqual(subjects('Two members of the opposition party were wounded by police.'), ['civilian -']);
});

test('who suffered a loss, named before its verb, is who the losses count', () => {
  const full = (text: string) => claims(text).map((c) => `${c.subject.text} ${c.subject.kind ?? '-'} ${c.subject.affiliation ?? '-'}`);
  assert.deepEqual(full('North Korean troops sent to Russia have suffered about 1,100 casualties, the military said.'), ['North Korean troops military KP']);
  assert.deepEqual(full('Russian forces have sustained more than 2,000 casualties in the battle, analysts said.'), ['Russian forces military RU']);
  assert.deepEqual(full('The hospital said civilians had suffered 30 casualties.'), ['civilians civilian -']);
  // No people named before the verb: nothing is borrowed from it.
  assert.deepEqual(full('Officials said the town suffered 12 casualties.'), [' - -']);
});

test('a side that attacked, or acts and speaks, is not the side of the people counted', () => {
  const side = (text: string) => claims(text)[0]?.subject.affiliation ?? null;
  assert.equal(side('The toll of the Israeli massacre at the hospital has reached 471 martyrs, the ministry said.'), null);
  assert.equal(side('The Israeli military denied that it had struck the hospital, where the health ministry says 471 people were killed.'), null);
  assert.equal(side('The Syrian army killed and wounded scores of terrorists in Hama province.'), null);
  assert.equal(side('The death toll from the Russian invasion has reached 500 civilians in the region, officials said.'), null);
  // The side of the people themselves still counts.
  assert.equal(side('Russian forces said 30 Ukrainian soldiers were killed.'), 'UA');
  assert.equal(side('Ukraine said 1,200 Russian soldiers were killed in a day.'), 'RU');
});

test('people taken hostage or abducted are civilians; people captured in fighting are not said to be', () => {
  assert.deepEqual(subjects('Militants abducted 25 people from the village, police said.'), ['civilian -']);
  assert.deepEqual(subjects('The army said 97 people were being held hostage in the tunnels.'), ['civilian -']);
  assert.deepEqual(subjects('Gunmen kidnapped 14 people on the highway, the governor said.'), ['civilian -']);
  assert.deepEqual(subjects('The ministry said 12 people were captured near the front.'), ['- -']);
});

test('"the enemy" that lost or was killed is a military', () => {
  assert.deepEqual(subjects('Over the past day in the Bakhmut direction the enemy lost 221 killed and 314 wounded, the spokesman said.'), ['military -', 'military -']);
  assert.deepEqual(subjects('The brigade said it had killed 30 of the enemy near the river.'), ['military -']);
  assert.deepEqual(subjects('The commander said the enemy lost 45 killed in the assault.'), ['military -']);
});

test('a side that withdrew, entered or found is the actor, not the side of the people counted', () => {
  assert.deepEqual(subjects('Investigators have found 458 bodies in the town since Russian troops withdrew, including 12 children, the mayor said.'), ['- -', 'civilian -']);
  assert.deepEqual(subjects('After Russian forces withdrew from the town, 30 civilians were found dead.'), ['civilian -']);
  assert.deepEqual(subjects('Ukrainian troops entered the village and found 12 bodies, officials said.'), ['- -']);
});

test('a group "from" a side or a country is that side’s', () => {
  assert.deepEqual(subjects('About 1,000 fighters from the Russian private military company Wagner have been deployed in Mali, officials said.'), ['military RU']);
  assert.deepEqual(subjects('Some 11,000 troops from North Korea have arrived in Russia, officials said.'), ['military KP']);
  assert.deepEqual(subjects('Some 400 soldiers from Chad were killed, the army said.'), ['military TD']);
});

test('who the counted fought or fought beside, after the outcome word, is not who they were', () => {
  assert.deepEqual(subjects('About 300 North Korean soldiers have been killed and 2,700 wounded fighting Ukrainian forces in Kursk.'), ['military KP', 'military KP']);
  assert.deepEqual(subjects('Four Wagner fighters were killed and 11 wounded battling Ukrainian troops near Bakhmut.'), ['military RU', 'military RU']);
  assert.deepEqual(subjects('Three Syrian mercenaries were killed and 12 wounded alongside Russian soldiers, the monitor said.'), ['military SY', 'military SY']);
});

test('the side of the troops who killed, however they are described, is not the side of those they killed', () => {
  assert.deepEqual(subjects("Eritrean troops fighting in Ethiopia's Tigray region killed hundreds of civilians in Axum in November."), ['civilian -']);
  assert.deepEqual(subjects('Eritrean soldiers killed more than 100 civilians in Axum.'), ['civilian -']);
  assert.deepEqual(subjects('Russian troops based in Belarus killed 12 civilians near the border, officials said.'), ['civilian -']);
  assert.deepEqual(subjects('Ukrainian soldiers lost 40 killed, the Russian army said.'), ['military UA'], 'a side that suffered stays the side');
});

test('"its", "our" or "their own" people are the speaker’s side, unless another party is named between', () => {
  assert.deepEqual(subjects("Azerbaijan's defence ministry said on Thursday that 2,783 of its servicemen had been killed."), ['military AZ']);
  assert.deepEqual(subjects("Ukraine's army said 40 of its soldiers were killed."), ['military UA']);
  assert.deepEqual(subjects("Israel's military said 12 of our soldiers were killed on Monday."), ['military IL']);
  assert.deepEqual(subjects("Ukraine's General Staff said Russia lost 1,000 of its soldiers."), ['military RU']);
});

test('"twelve of the dead were members of MSF staff": the group after "were" is whom the number counts', () => {
  const groups = (text: string) => claims(text).map((c) => `${c.quantity?.value} ${c.subject.text} ${c.subject.kind ?? '-'}`);
  assert.deepEqual(groups('Twelve of the dead were members of MSF staff and the rest were patients.'), ['12 MSF staff civilian']);
  assert.deepEqual(groups('Five of the dead were children.'), ['5 children civilian']);
  assert.deepEqual(groups('Nine of the wounded were soldiers, the army said.'), ['9 soldiers military']);
});

test('a part of the dead described after "were" is that part: "15 of the dead children were disabled", "… of the children who died were disabled"', () => {
  const subjects = (text: string) => extractClaims({ id: 'd_described', text, published: '2006-07-30T12:00:00.000Z' }).map((c) => c.subject?.text ?? null);
  assert.deepEqual(subjects('MP Bahia Hariri says 15 of the dead children were disabled.'), ['disabled children']);
  assert.deepEqual(subjects('She says 15 of the children who died were disabled.'), ['disabled children']);
  assert.deepEqual(subjects('Three of the dead civilians were elderly.'), ['elderly civilians']);
  // A plural noun after "were" names another group, and the plain breakdown stays as it was.
  assert.deepEqual(subjects('Twelve of the wounded soldiers were officers.'), ['the wounded soldiers']);
  assert.deepEqual(subjects('Five of the dead were women.'), ['women']);
});
