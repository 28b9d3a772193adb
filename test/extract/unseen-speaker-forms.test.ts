/**
 * Speakers missed on the second fresh sample of stories, each class with sentences of our own:
 * "tell" in the plural present, a counting verb after a subject with an apposition or an adverb,
 * "which he said had killed" in a sentence that names him, "authorities there", and a verb with
 * its object read as a speaker.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractClaims } from '../../src/extract/extract.js';

const read = (text: string) => extractClaims({ id: 'd_unseen_speakers', text, published: '2024-03-01T12:00:00.000Z' });
const speakers = (text: string) => read(text).map((c) => c.speaker?.text ?? null);

test('"tell" in the plural present is a verb of speech', () => {
  assert.deepEqual(speakers('Tribal elders tell local journalists that at least 20 people were killed.'), ['Tribal elders']);
  assert.deepEqual(speakers('Survivors tell the agency 14 people died in the shelling.'), ['Survivors']);
  assert.deepEqual(speakers('Medics tell us that 9 soldiers were wounded overnight.'), ['Medics']);
});

test('a counting verb after a subject with an apposition, or after an adverb, names its subject', () => {
  assert.deepEqual(speakers('The head of the provincial health office, Ali Hassan, had put the toll at 43 dead earlier in the day.'), ['The head of the provincial health office, Ali Hassan']);
  assert.deepEqual(speakers('The monitoring group had provisionally put the toll at between 130 and 230.'), ['The monitoring group']);
  assert.deepEqual(speakers('Regional governor Oleh Syniehubov, speaking on television, has now put the number of dead at 19.'), ['Regional governor Oleh Syniehubov']);
  // A fronted place is still no part of the subject.
  assert.deepEqual(speakers('At the market near the station, rescuers have recovered 31 bodies.'), ['rescuers']);
});

test('"which he said had killed" is said by the subject that opens the sentence', () => {
  assert.deepEqual(speakers('UN human rights chief Volker Türk said he was horrified by the strikes, which he said had killed dozens of people.'), ['UN human rights chief Volker Türk']);
  assert.deepEqual(speakers('The governor said he was shocked by the attack, which he said had killed 12 people.'), ['The governor']);
  assert.deepEqual(speakers('Residents said they fled the raid, which they said left 9 dead.'), ['Residents']);
});

test('"authorities there", "officials here": the adverb of place is no part of the speaker', () => {
  assert.deepEqual(speakers('The Russian-backed authorities there said 23 people were killed and blamed Ukraine.'), ['The Russian-backed authorities']);
  assert.deepEqual(speakers('Officials there told reporters that 12 soldiers died.'), ['Officials']);
  assert.deepEqual(speakers('Doctors here reported 40 wounded after the blast.'), ['Doctors']);
});

test('a verb and its object after the claim are no speaker, and leave the speaker who opens the sentence', () => {
  assert.deepEqual(
    speakers('Amnesty International said at least 150 people were killed in the strike, and accused the coalition of failing to take precautions in a city where the government had told residents to stay home.'),
    ['Amnesty International'],
  );
  assert.deepEqual(speakers('The ministry said 12 soldiers were killed and accused the rebels of shelling a town where the council had told families to shelter.'), ['The ministry']);
  assert.deepEqual(speakers('The charity said 8 aid workers were wounded, and urged the army to open a corridor the mayor had told residents to use.'), ['The charity']);
});

test('the day someone put a count at a number is when they said it, not the period it covers', () => {
  const periods = (text: string) => read(text).map((c) => c.period?.text ?? null);
  assert.deepEqual(periods('The governor put the number of civilians killed by the strikes on the neighbourhood at upwards of 130 on Saturday.'), [null]);
  assert.deepEqual(periods('The regional health department put the number of people killed in the raid on the village market at 27 on Monday.'), [null]);
  assert.deepEqual(periods('Officials placed the number of wounded at 210 on Thursday.'), [null]);
  // A day the count covers stays its period.
  assert.deepEqual(periods('Shelling killed 12 people on Friday, officials said.'), ['on Friday']);
});

test('figures someone gives before a colon are theirs', () => {
  assert.deepEqual(speakers('Kyrylenko gives the first detailed figures: 39 people dead, four of them children, and 87 wounded.'), ['Kyrylenko', 'Kyrylenko', 'Kyrylenko']);
  assert.deepEqual(speakers('Governor Syniehubov gave an update on Telegram: 14 killed, 40 injured.'), ['Governor Syniehubov', 'Governor Syniehubov']);
  assert.deepEqual(speakers('The ministry has provided its final toll: 51 dead and 79 wounded.'), ['The ministry', 'The ministry']);
  // Giving something else is no giving of figures.
  assert.deepEqual(speakers('The hospital gave 12 patients blood transfusions: 3 died.'), [null]);
});

test('what is left of an opening phrase before the subject is no part of it, and never a speaker by itself', async () => {
  const { leadingCandidate } = await import('../../src/extract/leading-attribution.js');
  const { speakerAttribution } = await import('../../src/extract/speaker-phrase.js');
  const subjectOf = (before: string) => leadingCandidate({ before: before.split(' '), verb: 'said', offset: 0, frame: false })?.text ?? null;
  assert.equal(subjectOf('about the rainy season cutting off Rann, MSF'), 'MSF');
  assert.equal(subjectOf('after the strike on the market in Kabkabiya, the UN office'), 'the UN office');
  assert.equal(subjectOf('during a visit to Kherson on Monday, Governor Prokudin'), 'Governor Prokudin');
  for (const phrase of ['about the rainy season cutting off Rann', 'after the strike on Kabkabiya', 'during talks in Geneva']) {
    assert.equal(speakerAttribution(`${phrase} said 12 were killed.`, phrase, 'said'), null, phrase);
  }
});

test('a name with a particle ("al-", "bin") keeps its role beside it', () => {
  assert.deepEqual(speakers('Abdul-Ghani al-Nayeb, head of the provincial health office, said 43 people were killed.'), ['Abdul-Ghani al-Nayeb, head of the provincial health office']);
  assert.deepEqual(speakers('Ahmed bin Saleh, the governor of the province, said 12 soldiers died.'), ['Ahmed bin Saleh, the governor of the province']);
  assert.deepEqual(speakers('Yousef al-Hadhri, a spokesman for the ministry, said 50 people were killed.'), ['Yousef al-Hadhri, a spokesman for the ministry']);
});

test('a place named beside its noun in a speaker’s role is neither the speaker nor a break in the role', () => {
  assert.deepEqual(speakers('Yousef al-Hadhri, spokesman for the health ministry in the Houthi-controlled capital, Sanaa, says 39 people were killed.'), ['Yousef al-Hadhri, spokesman for the health ministry in the Houthi-controlled capital']);
  assert.deepEqual(speakers('Ali Ahmed, a doctor at the main hospital in the regional capital, Maiduguri, said 12 people died.'), ['Ali Ahmed, a doctor at the main hospital in the regional capital']);
  assert.deepEqual(speakers('Maria Ivanova, head of the city council in the port city, Odesa, told reporters that 14 people were killed.'), ['Maria Ivanova, head of the city council in the port city']);
  // Two words the gazetteer does not know, after "the city,", are a person's name.
  assert.deepEqual(speakers('Its correspondent in the city, Hevidar Ahmed, said 130 people had died.'), ['Hevidar Ahmed']);
});

test('"the charity said", "the agency said": the organisation its sentence named before it', () => {
  const orgs = (text: string) => read(text).map((c) => c.speaker?.org ?? null);
  assert.deepEqual(orgs('An air strike destroyed a hospital backed by the medical charity Médecins Sans Frontières in Aleppo, killing at least 14 patients and staff, the charity said.'), ['Médecins Sans Frontières']);
  assert.deepEqual(orgs('Shelling hit a clinic run by the aid group Save the Children in the north, killing 6 people, the group said.'), ['Save the Children']);
  assert.deepEqual(orgs('A strike near a school run by the UN agency UNRWA killed 12 people, the agency said.'), ['UNRWA']);
  // Nothing named before it: the reference stays as written.
  assert.deepEqual(orgs('A blast killed 4 people, the charity said.'), ['charity']);
});

test('a fact-check’s field, or a post’s word on its own sourcing, before a colon is no speaker', () => {
  assert.deepEqual(speakers('Claim: A Facebook post claimed on April 12 that 300 people had been killed.'), [null]);
  assert.deepEqual(speakers('Unconfirmed reports: more than 200 dead under the rubble in the district.'), [null]);
  assert.deepEqual(speakers('Early reports: at least 12 killed in the market strike.'), [null]);
  assert.deepEqual(speakers('Verdict: the post’s figure of 500 killed has no source.'), [null]);
  // A speaker's label stays one.
  assert.deepEqual(speakers('HUR: at least 30 North Korean soldiers killed in Kursk'), ['HUR']);
});
