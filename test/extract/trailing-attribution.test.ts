import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findAttribution } from '../../src/extract/attribution.js';
import { trailingAttribution } from '../../src/extract/trailing-attribution.js';

function who(sentence: string): string {
  const found = findAttribution(sentence);
  return found ? `${found.speaker.text} | ${found.stance}` : 'none';
}

test('a speaker at the end, or inverted after the verb', () => {
  assert.equal(who("Two protesters were killed in the capital's Tayaran Square, officials said"), 'officials | asserted');
  assert.equal(who('At least 16 people were killed and another 38 wounded on Tuesday, an official source told EFE'), 'an official source | asserted');
  assert.equal(who('Three points were set up in Idlib province, said the Syrian Observatory for Human Rights.'), 'the Syrian Observatory for Human Rights | asserted');
});

test('a speaker at the end of a long sentence, with more circumstances after it', () => {
  assert.equal(who("At least 23 people were killed and 40 injured when a missile struck an apartment block in the southern port overnight, the region's governor said on Telegram on Sunday, adding that rescuers were still searching the rubble."), "the region's governor | asserted");
  assert.equal(who('Nine soldiers died after their convoy hit a roadside bomb near the border town late on Tuesday, the army told reporters in a statement on Wednesday while a search continued.'), 'the army | asserted');
  assert.equal(who('More than 60 bodies have been recovered from the flooded mine since the collapse, the provincial disaster agency said on Wednesday after divers reached the lower galleries.'), 'the provincial disaster agency | asserted');
  assert.equal(who('Around 300 fighters have been captured since the offensive began in early May, Defence Minister Maria Santos told lawmakers on Thursday as the parliament debated the budget.'), 'Defence Minister Maria Santos | asserted');
});

test('a clause after the verb that holds a claim of its own is no circumstance of it', () => {
  assert.equal(who('A second device was found near the port and defused, a navy spokesman says after a series of blasts killed 90 people across the city.'), 'none');
});

test('"X, ⟨role⟩, said" keeps name and role; "X, who …, said" gives X; "…, said X, a Y" gives X', () => {
  const egeland = findAttribution('Fourteen aid workers were killed in the convoy attack, Jan Egeland, the head of the Norwegian Refugee Council, said.');
  assert.equal(egeland?.speaker.text, 'Jan Egeland, the head of the Norwegian Refugee Council');
  assert.equal(egeland?.speaker.name, 'Jan Egeland');
  assert.equal(egeland?.speaker.org, 'Norwegian Refugee Council');
  assert.equal(who('Two medics were wounded, Olena Marchenko, a nurse at the district hospital, told reporters.'), 'Olena Marchenko, a nurse at the district hospital | asserted');
  assert.equal(who('Thirty-one fighters were killed in the clashes, the Syrian Observatory for Human Rights, which relies on a network of sources inside the country, said.'), 'the Syrian Observatory for Human Rights | asserted');
  assert.equal(who('Seven police officers were wounded in the ambush, said Ahmed Khalil, a provincial spokesman.'), 'Ahmed Khalil | asserted');
  assert.equal(who('“We have buried 14 so far,” said Father Tomas, adding that more bodies were expected.'), 'Father Tomas | asserted');
  assert.equal(who('Eleven sailors are missing, wrote the coast guard, citing the ship’s owner.'), 'the coast guard | asserted');
});

test('"⟨role⟩, X, said" and "X, ⟨role⟩, said" after an opening keep name and role', () => {
  const milley = findAttribution('In March, Admiral Rosa Vidal, the commander of the southern fleet, said 40 sailors were missing after the storm.');
  assert.equal(milley?.speaker.text, 'Admiral Rosa Vidal, the commander of the southern fleet');
  const petrenko = findAttribution('The head of the Kharkiv regional administration, Ivan Petrenko, said 12 people died.');
  assert.equal(petrenko?.speaker.name, 'Ivan Petrenko');
  assert.equal(petrenko?.speaker.org, 'Kharkiv regional administration');
  assert.equal(who('Twenty miners were trapped, the head of the rescue service, Amara Diallo, told reporters.'), 'the head of the rescue service, Amara Diallo | asserted');
});

test('"locals and media reports said": a plural noun of speech before the verb is part of the speaker', () => {
  assert.equal(trailingAttribution('A drone strike on a wedding killed nine guests, villagers and media reports said on Friday.')?.speaker.text, 'villagers and media reports');
  assert.equal(trailingAttribution('Eleven miners were trapped underground, relatives and local media reports said.')?.speaker.text, 'relatives and local media reports');
  assert.equal(trailingAttribution('At least 30 fighters died in the clashes, residents and news reports said late on Sunday.')?.speaker.text, 'residents and news reports');
});

test('where the speaker was is no speaker: "X, speaking in Granada, Spain, said"', () => {
  assert.equal(who('President Volodymyr Zelensky, speaking on the sidelines of a summit in Granada, Spain, said more than 50 people had been killed.'), 'President Volodymyr Zelensky | asserted');
  assert.equal(who("Ukraine's defence minister, speaking in Brussels, Belgium, said 40 soldiers were killed."), "Ukraine's defence minister | asserted");
  assert.equal(who('Guterres, addressing reporters in New York, said 12 aid workers were killed.'), 'Guterres | asserted');
  assert.equal(who('Jan Egeland, the head of the Norwegian Refugee Council, said 40 people were killed.'), 'Jan Egeland, the head of the Norwegian Refugee Council | asserted');
});
