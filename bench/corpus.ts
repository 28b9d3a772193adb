/**
 * A seeded, reproducible generator of a news-like corpus for the extraction
 * benchmark. Documents are built from sentence templates and word lists:
 * a headline, a dateline lead, attributed background, quotes, sentences with
 * distractor numbers (years, money, distances, percentages, ages, times,
 * weapons counted as things) and, about one sentence in eight, a casualty or
 * deployment figure ("At least 14 people were killed and 30 wounded in the
 * attack, police said.").
 *
 * Everything comes from one mulberry32 stream, so the same seed gives the same
 * text byte for byte on every machine; nothing here calls Math.random or the
 * clock. Documents are yielded one at a time: the corpus is never held in memory.
 */

export interface CorpusDocument {
  id: string;
  text: string;
  published: string;
}

/** Running totals a caller may pass in to see what was generated. */
export interface CorpusStats {
  documents: number;
  /** UTF-8 bytes of all document texts. */
  bytes: number;
  words: number;
  /** Sentences generated, headlines included. */
  sentences: number;
  /** Sentences generated from a casualty or deployment template. */
  claimSentences: number;
  /** Sentences generated from a distractor-number template. */
  distractorSentences: number;
}

export function emptyStats(): CorpusStats {
  return { documents: 0, bytes: 0, words: 0, sentences: 0, claimSentences: 0, distractorSentences: 0 };
}

// ------------------------------------------------------------------ PRNG

/** mulberry32: a tiny 32-bit PRNG, uniform in [0, 1). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

class Rng {
  readonly next: () => number;
  constructor(seed: number) {
    this.next = mulberry32(seed);
  }
  /** Integer in [lo, hi], both included. */
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)] as T;
  }
}

// ------------------------------------------------------------------ word lists

interface Theatre {
  /** Datelines, upper case as agencies print them. */
  datelines: readonly string[];
  capital: string;
  country: string;
  places: readonly string[];
  regions: readonly string[];
  /** Armed actors, plural ("Russian forces"). */
  actors: readonly string[];
  /** Who a claim counts ("civilians", "Ukrainian soldiers"). */
  victims: readonly string[];
  /** Fighters only, for deployments, captures and surrenders. */
  fighters: readonly string[];
  /** Sources that publish figures ("the health ministry"). */
  authorities: readonly string[];
  /** Name pools: first names, family names. */
  firstNames: readonly string[];
  lastNames: readonly string[];
  currency: string;
}

const THEATRES: readonly Theatre[] = [
  {
    datelines: ['KYIV', 'KHARKIV', 'ZAPORIZHZHIA', 'ODESA', 'MOSCOW'],
    capital: 'Kyiv',
    country: 'Ukraine',
    places: ['Kharkiv', 'Kupiansk', 'Pokrovsk', 'Kramatorsk', 'Sloviansk', 'Zaporizhzhia', 'Kherson', 'Odesa', 'Dnipro', 'Sumy', 'Chernihiv', 'Toretsk', 'Nikopol', 'Kryvyi Rih', 'Mykolaiv', 'Izium', 'Lyman', 'Vovchansk', 'Kostiantynivka', 'Huliaipole'],
    regions: ['the Kharkiv region', 'the Donetsk region', 'the Zaporizhzhia region', 'the Kherson region', 'the Sumy region', 'the Dnipropetrovsk region', 'Russia\'s Belgorod region', 'Russia\'s Kursk region'],
    actors: ['Russian forces', 'Ukrainian forces', 'Russian troops', 'Ukrainian troops', 'Moscow\'s forces', 'Kyiv\'s forces'],
    victims: ['civilians', 'people', 'Ukrainian soldiers', 'Russian soldiers', 'residents', 'rescue workers', 'servicemen', 'children'],
    fighters: ['Russian soldiers', 'Ukrainian soldiers', 'North Korean troops', 'servicemen', 'marines', 'paratroopers'],
    authorities: ['the regional governor', 'Ukraine\'s interior ministry', 'the Russian Defence Ministry', 'Ukraine\'s General Staff', 'the State Emergency Service', 'the prosecutor general\'s office', 'the U.N. human rights monitoring mission', 'the regional military administration'],
    firstNames: ['Oleh', 'Serhiy', 'Vadym', 'Andriy', 'Olena', 'Iryna', 'Yulia', 'Dmytro', 'Sergei', 'Alexei', 'Yelena', 'Igor'],
    lastNames: ['Kovalenko', 'Shevchuk', 'Bondarenko', 'Tkachenko', 'Melnyk', 'Kravets', 'Savchenko', 'Lysenko', 'Volkov', 'Sokolov', 'Morozov', 'Hrytsenko'],
    currency: 'hryvnias',
  },
  {
    datelines: ['GAZA CITY', 'JERUSALEM', 'CAIRO', 'DEIR AL-BALAH', 'TEL AVIV'],
    capital: 'Jerusalem',
    country: 'Israel',
    places: ['Gaza City', 'Khan Younis', 'Rafah', 'Jabalia', 'Deir al-Balah', 'Nuseirat', 'Beit Lahia', 'Beit Hanoun', 'Bureij', 'Maghazi', 'Jenin', 'Tulkarm', 'Nablus', 'al-Mawasi'],
    regions: ['northern Gaza', 'central Gaza', 'southern Gaza', 'the occupied West Bank', 'the Gaza Strip', 'southern Lebanon'],
    actors: ['Israeli forces', 'Hamas fighters', 'Israeli troops', 'Palestinian militants', 'Hezbollah fighters'],
    victims: ['Palestinians', 'people', 'civilians', 'Israeli soldiers', 'aid workers', 'children', 'women', 'journalists'],
    fighters: ['Israeli soldiers', 'Hamas fighters', 'militants', 'reservists', 'gunmen'],
    authorities: ['the Gaza health ministry', 'the Israeli military', 'Gaza\'s civil defence agency', 'the U.N. agency for Palestinian refugees', 'the Palestinian Red Crescent', 'the Israel Defense Forces', 'the World Health Organization'],
    firstNames: ['Ahmed', 'Mohammed', 'Khalil', 'Yousef', 'Fatima', 'Mahmoud', 'Omar', 'Rania', 'Avi', 'Daniel', 'Yoav', 'Noa'],
    lastNames: ['al-Masri', 'Haddad', 'Abu Salem', 'Nasser', 'Khatib', 'Odeh', 'Barakat', 'Hamdan', 'Cohen', 'Levi', 'Mizrahi', 'Peretz'],
    currency: 'shekels',
  },
  {
    datelines: ['PORT SUDAN', 'CAIRO', 'NAIROBI', 'KHARTOUM'],
    capital: 'Port Sudan',
    country: 'Sudan',
    places: ['El Fasher', 'Khartoum', 'Omdurman', 'Wad Madani', 'Nyala', 'El Geneina', 'the Zamzam camp', 'Kadugli', 'El Obeid', 'Sennar', 'Bahri', 'Tawila'],
    regions: ['North Darfur', 'West Darfur', 'Gezira state', 'North Kordofan', 'Blue Nile state', 'the Darfur region'],
    actors: ['the Rapid Support Forces', 'the Sudanese army', 'RSF fighters', 'army troops', 'allied militias'],
    victims: ['civilians', 'people', 'displaced people', 'farmers', 'children', 'soldiers', 'RSF fighters', 'volunteers'],
    fighters: ['soldiers', 'RSF fighters', 'militiamen', 'army troops', 'fighters'],
    authorities: ['the Sudan Doctors Network', 'local resistance committees', 'the U.N. migration agency', 'Doctors Without Borders', 'the Sudanese army', 'the state health ministry', 'the Emergency Lawyers group'],
    firstNames: ['Ahmed', 'Osman', 'Hassan', 'Amira', 'Mohamed', 'Salah', 'Mariam', 'Ibrahim'],
    lastNames: ['Abdelrahman', 'Osman', 'el-Tayeb', 'Hamid', 'Mustafa', 'Idris', 'Babiker', 'Suleiman'],
    currency: 'Sudanese pounds',
  },
  {
    datelines: ['DAMASCUS', 'BEIRUT', 'ALEPPO', 'BAGHDAD'],
    capital: 'Damascus',
    country: 'Syria',
    places: ['Aleppo', 'Idlib', 'Homs', 'Hama', 'Deir el-Zour', 'Raqqa', 'Qamishli', 'Latakia', 'Daraa', 'Manbij', 'Kobani', 'Tartus'],
    regions: ['northwest Syria', 'the Idlib province', 'the coastal region', 'northeast Syria', 'the Syrian desert', 'the Hama countryside'],
    actors: ['government forces', 'Turkish-backed factions', 'Kurdish-led forces', 'Islamic State militants', 'armed groups'],
    victims: ['civilians', 'people', 'soldiers', 'fighters', 'children', 'members of the security forces', 'militants'],
    fighters: ['soldiers', 'fighters', 'militants', 'gunmen', 'members of the security forces'],
    authorities: ['the Syrian Observatory for Human Rights', 'the interior ministry', 'the state news agency SANA', 'the White Helmets', 'the Kurdish-led administration', 'the U.N. children\'s agency'],
    firstNames: ['Rami', 'Fadi', 'Hussein', 'Layla', 'Samir', 'Nour', 'Bashir', 'Ziad'],
    lastNames: ['Abdel Rahman', 'Khoury', 'Saleh', 'Haddad', 'Darwish', 'Kassem', 'Mansour', 'Shami'],
    currency: 'Syrian pounds',
  },
  {
    datelines: ['BAMAKO', 'OUAGADOUGOU', 'NIAMEY', 'DAKAR'],
    capital: 'Bamako',
    country: 'Mali',
    places: ['Gao', 'Timbuktu', 'Mopti', 'Kidal', 'Ménaka', 'Ségou', 'Djibo', 'Kaya', 'Barsalogho', 'Tillabéri', 'Boni', 'Douentza'],
    regions: ['central Mali', 'the Liptako-Gourma area', 'northern Burkina Faso', 'the tri-border area', 'western Niger', 'the Mopti region'],
    actors: ['jihadist fighters', 'the Malian army', 'Russian mercenaries', 'al-Qaida-linked militants', 'Islamic State Sahel Province fighters'],
    victims: ['civilians', 'villagers', 'soldiers', 'people', 'herders', 'volunteers', 'gendarmes', 'militants'],
    fighters: ['soldiers', 'militants', 'mercenaries', 'gendarmes', 'fighters'],
    authorities: ['the army', 'the transitional government', 'a local elected official', 'Human Rights Watch', 'the U.N. mission', 'security sources', 'the governor\'s office'],
    firstNames: ['Moussa', 'Amadou', 'Ibrahim', 'Aminata', 'Oumar', 'Fatoumata', 'Boubacar', 'Issa'],
    lastNames: ['Traoré', 'Diallo', 'Coulibaly', 'Keïta', 'Maïga', 'Sangaré', 'Ouédraogo', 'Cissé'],
    currency: 'CFA francs',
  },
  {
    datelines: ['GOMA', 'KINSHASA', 'BUKAVU', 'KIGALI'],
    capital: 'Kinshasa',
    country: 'Congo',
    places: ['Goma', 'Bukavu', 'Beni', 'Butembo', 'Sake', 'Rutshuru', 'Masisi', 'Bunia', 'Uvira', 'Minova', 'Kiwanja', 'Djugu'],
    regions: ['North Kivu province', 'South Kivu province', 'Ituri province', 'eastern Congo', 'the Masisi territory', 'the Rutshuru territory'],
    actors: ['M23 rebels', 'Congolese troops', 'ADF militants', 'CODECO militiamen', 'Rwandan-backed rebels', 'Wazalendo fighters'],
    victims: ['civilians', 'people', 'displaced people', 'peacekeepers', 'villagers', 'soldiers', 'rebels', 'children'],
    fighters: ['soldiers', 'rebels', 'peacekeepers', 'militiamen', 'Rwandan troops'],
    authorities: ['the provincial government', 'the U.N. peacekeeping mission', 'civil society groups', 'the army spokesman', 'the International Committee of the Red Cross', 'local hospital officials'],
    firstNames: ['Jean-Pierre', 'Patrick', 'Grace', 'Espoir', 'Joseph', 'Sylvie', 'Guillaume', 'Esther'],
    lastNames: ['Mbuyi', 'Ilunga', 'Kasongo', 'Tshibangu', 'Mutombo', 'Kalala', 'Lukusa', 'Nzuzi'],
    currency: 'Congolese francs',
  },
  {
    datelines: ['YANGON', 'BANGKOK', 'NAYPYITAW', 'MANDALAY'],
    capital: 'Naypyitaw',
    country: 'Myanmar',
    places: ['Lashio', 'Myawaddy', 'Sittwe', 'Hpakant', 'Loikaw', 'Kyaukphyu', 'Sagaing', 'Mandalay', 'Bhamo', 'Demoso', 'Pauktaw', 'Laukkai'],
    regions: ['Rakhine state', 'Shan state', 'Kachin state', 'the Sagaing region', 'Karenni state', 'the Magway region'],
    actors: ['the military', 'resistance forces', 'the Arakan Army', 'ethnic armed groups', 'People\'s Defence Force units', 'junta troops'],
    victims: ['civilians', 'villagers', 'people', 'soldiers', 'resistance fighters', 'children', 'monks', 'students'],
    fighters: ['soldiers', 'junta troops', 'resistance fighters', 'police officers', 'conscripts'],
    authorities: ['the National Unity Government', 'the military government', 'a local rescue group', 'the U.N. human rights office', 'the Assistance Association for Political Prisoners', 'independent media'],
    firstNames: ['Aung', 'Kyaw', 'Thandar', 'Min', 'Zaw', 'Nandar', 'Htet', 'Su'],
    lastNames: ['Naing', 'Htun', 'Win', 'Oo', 'Myint', 'Lwin', 'Thein', 'Aye'],
    currency: 'kyats',
  },
  {
    datelines: ['MOGADISHU', 'NAIROBI', 'ADDIS ABABA', 'SANAA', 'ADEN'],
    capital: 'Mogadishu',
    country: 'Somalia',
    places: ['Mogadishu', 'Kismayo', 'Baidoa', 'Beledweyne', 'Galkayo', 'Jowhar', 'Afgooye', 'Marib', 'Hodeidah', 'Taiz', 'Aden', 'Bosaso'],
    regions: ['the Lower Shabelle region', 'the Hiraan region', 'the Middle Shabelle region', 'Yemen\'s Marib province', 'the Red Sea coast', 'the Gedo region'],
    actors: ['al-Shabab militants', 'Somali troops', 'African Union troops', 'Houthi forces', 'government-allied clan militias'],
    victims: ['civilians', 'people', 'soldiers', 'militants', 'worshippers', 'shoppers', 'children', 'lawmakers'],
    fighters: ['soldiers', 'militants', 'African Union troops', 'fighters', 'special forces'],
    authorities: ['police', 'the government', 'the Aamin ambulance service', 'a local elder', 'the information ministry', 'hospital sources', 'the U.S. Africa Command'],
    firstNames: ['Abdi', 'Hassan', 'Farah', 'Amina', 'Abdullahi', 'Hodan', 'Mohamed', 'Ali'],
    lastNames: ['Warsame', 'Mohamud', 'Hirsi', 'Abdullahi', 'Yusuf', 'Nur', 'Aden', 'Hussein'],
    currency: 'shillings',
  },
];

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MONTH_ABBR = ['Jan.', 'Feb.', 'March', 'April', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

const WORD_NUMBERS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty'];
const HEDGES = ['at least', 'more than', 'about', 'nearly', 'some', 'over', 'around', 'up to', 'almost', 'fewer than'];
const ORDINALS = ['1st', '2nd', '3rd', '4th', '5th', '10th', '24th', '47th', '53rd', '72nd', '93rd', '110th', '155th'];

const ATTACKS = ['the attack', 'the strike', 'the shelling', 'the air strike', 'the drone attack', 'the ambush', 'the bombing', 'the raid', 'the assault', 'the missile strike'];
const ATTACK_NOUNS = ['strike', 'attack', 'shelling', 'bombardment', 'air raid', 'drone strike', 'explosion', 'raid'];
const WEAPONS = ['a missile', 'a glide bomb', 'an artillery shell', 'a drone', 'a car bomb', 'a rocket', 'a barrel bomb', 'a mortar round', 'cluster munitions'];
const BUILDINGS = ['a residential building', 'a crowded market', 'a school used as a shelter', 'a hospital compound', 'a bus station', 'a mosque', 'a power plant', 'an apartment block', 'a fuel depot', 'a camp for displaced people', 'a bakery', 'a railway station', 'a military checkpoint'];
const ROLES = ['the head of the regional administration', 'a spokesperson for the health ministry', 'a military spokesman', 'the town\'s mayor', 'a local council member', 'a doctor at the main hospital', 'an aid worker with the Red Cross', 'a resident', 'a senior police officer', 'the deputy governor', 'a spokesman for the army', 'a U.N. official'];
const TITLES = ['Gov.', 'Col.', 'Gen.', 'Lt. Col.', 'Dr.', 'Mayor', 'Minister', 'Maj.'];
const ORGS = ['the International Committee of the Red Cross', 'the United Nations', 'Amnesty International', 'the World Food Programme', 'UNICEF', 'the European Union', 'the African Union', 'the U.S. State Department', 'Human Rights Watch', 'the World Health Organization'];
const NEUTRAL_CITIES = ['Geneva', 'Doha', 'Istanbul', 'Jeddah', 'Vienna', 'Cairo', 'Riyadh', 'Oslo', 'Addis Ababa', 'New York'];
const THINGS = ['drones', 'missiles', 'rockets', 'shells', 'tanks', 'armoured vehicles', 'trucks', 'buses', 'generators', 'tonnes of flour'];
const WHEN = ['overnight', 'on {weekday}', 'early on {weekday}', 'late on {weekday}', 'on {weekday} morning', 'on {weekday} evening', 'this week', 'on {date}', 'in the early hours of {weekday}'];

const QUOTES = [
  'We heard a huge explosion and then everything went dark',
  'There is nowhere safe left in this city',
  'The situation is catastrophic and getting worse every day',
  'We are running out of medicine, fuel and clean water',
  'Our teams are working around the clock, but the needs are enormous',
  'We will respond to any aggression with full force',
  'Children are paying the highest price in this war',
  'I don\'t know if my brother is alive',
  'Nobody warned us before the bombs fell',
  'We buried them in the yard because the cemetery is too dangerous to reach',
  'The world has forgotten us',
  'Our positions are holding, and the enemy has suffered heavy losses',
  'We want this war to end, that is all',
  'The roads are cut and the ambulances cannot get through',
];

// ------------------------------------------------------------------ templates

/** A document's fixed facts, so that its sentences agree with each other. */
interface DocContext {
  theatre: Theatre;
  place: string;
  place2: string;
  region: string;
  /** Day the document was published (UTC). */
  day: Date;
  people: { full: string; last: string; role: string; mentioned: boolean }[];
  /** Templates already used, so that a document rarely repeats a sentence. */
  used: Set<string>;
}

type Slot = (r: Rng, c: DocContext) => string;

function withCommas(n: number): string {
  const s = String(n);
  if (n < 1000) return s;
  let out = '';
  for (let i = 0; i < s.length; i++) {
    if (i > 0 && (s.length - i) % 3 === 0) out += ',';
    out += s[i];
  }
  return out;
}

/** A casualty number as reporters write it: "14", "at least 30", "seven", "dozens of", "between 20 and 25". */
function casualtyNumber(r: Rng): string {
  const x = r.next();
  if (x < 0.25) return WORD_NUMBERS[r.int(2, 20)] as string;
  if (x < 0.3) return r.pick(['dozens of', 'a dozen', 'two dozen', 'scores of', 'hundreds of']);
  if (x < 0.35) {
    const lo = r.int(3, 40);
    return r.chance(0.5) ? `between ${lo} and ${lo + r.int(2, 15)}` : `${lo} to ${lo + r.int(2, 15)}`;
  }
  const value = r.chance(0.8) ? r.int(2, 60) : r.int(61, 2500);
  const hedge = r.chance(0.5) ? `${r.pick(HEDGES)} ` : '';
  return hedge + withCommas(value);
}

/** A larger figure: tolls over weeks, deployments, the missing. */
function bigNumber(r: Rng): string {
  const magnitude = r.pick([100, 1000, 10000]);
  const value = Math.round((r.int(magnitude, magnitude * 9) / magnitude) * 10) * (magnitude / 10);
  const hedge = r.chance(0.6) ? `${r.pick(HEDGES)} ` : '';
  return hedge + withCommas(value);
}

function smallNumber(r: Rng): string {
  const n = r.int(2, 12);
  return r.chance(0.5) ? (WORD_NUMBERS[n] as string) : String(n);
}

function dayOffset(c: DocContext, daysBack: number): Date {
  return new Date(c.day.getTime() - daysBack * 86_400_000);
}

function personSlot(r: Rng, c: DocContext): string {
  const person = r.pick(c.people);
  if (person.mentioned) return r.chance(0.15) ? 'he' : person.last;
  person.mentioned = true;
  return `${person.full}, ${person.role},`;
}

const SLOTS: Record<string, Slot> = {
  place: (_r, c) => c.place,
  place2: (_r, c) => c.place2,
  anyplace: (r, c) => r.pick(c.theatre.places),
  region: (_r, c) => c.region,
  country: (_r, c) => c.theatre.country,
  capital: (_r, c) => c.theatre.capital,
  actor: (r, c) => r.pick(c.theatre.actors),
  pair: (r, c) => {
    const actors = c.theatre.actors;
    const i = r.int(0, actors.length - 1);
    return `${actors[i] as string} and ${actors[(i + r.int(1, actors.length - 1)) % actors.length] as string}`;
  },
  victims: (r, c) => r.pick(c.theatre.victims),
  fighters: (r, c) => r.pick(c.theatre.fighters),
  authority: (r, c) => r.pick(c.theatre.authorities),
  org: (r) => r.pick(ORGS),
  currency: (_r, c) => c.theatre.currency,
  person: personSlot,
  last: (r, c) => r.pick(c.people).last,
  titled: (r, c) => `${r.pick(TITLES)} ${r.pick(c.theatre.firstNames)} ${r.pick(c.theatre.lastNames)}`,
  fullname: (r, c) => `${r.pick(c.theatre.firstNames)} ${r.pick(c.theatre.lastNames)}`,
  source: (r, c) => expand(r.pick(SOURCES), r, c),
  weekday: (r, c) => WEEKDAYS[dayOffset(c, r.int(0, 5)).getUTCDay()] as string,
  date: (r, c) => {
    const d = dayOffset(c, r.int(0, 40));
    return `${r.chance(0.5) ? MONTHS[d.getUTCMonth()] : MONTH_ABBR[d.getUTCMonth()]} ${d.getUTCDate()}`;
  },
  month: (r, c) => MONTHS[dayOffset(c, r.int(30, 300)).getUTCMonth()] as string,
  year: (r, c) => String(c.day.getUTCFullYear() - r.int(0, 30)),
  when: (r, c) => expand(r.pick(WHEN), r, c),
  attack: (r) => r.pick(ATTACKS),
  attacknoun: (r) => r.pick(ATTACK_NOUNS),
  weapon: (r) => r.pick(WEAPONS),
  building: (r) => r.pick(BUILDINGS),
  n: casualtyNumber,
  m: casualtyNumber,
  k: (r) => (WORD_NUMBERS[r.int(2, 9)] as string),
  big: bigNumber,
  small: smallNumber,
  things: (r) => r.pick(THINGS),
  ordinal: (r) => r.pick(ORDINALS),
  quote: (r, c) => fresh(r, c, QUOTES),
  neutral: (r) => r.pick(NEUTRAL_CITIES),
  // distractor numbers
  pct: (r) => (r.chance(0.3) ? `${r.int(1, 99)}.${r.int(1, 9)}` : String(r.int(2, 95))),
  money: (r) => (r.chance(0.5) ? `${r.int(1, 9)}.${r.int(1, 9)}` : String(r.int(10, 900))),
  km: (r) => String(r.int(2, 120)),
  age: (r) => String(r.int(9, 84)),
  adultage: (r) => String(r.int(38, 66)),
  thisyear: (_r, c) => String(c.day.getUTCFullYear()),
  bignum: (r) => withCommas(r.int(2, 90) * 100),
  count: (r) => (r.chance(0.4) ? (WORD_NUMBERS[r.int(3, 20)] as string) : String(r.int(3, 120))),
  pop: (r) => withCommas(r.int(2, 900) * 1000),
  time: (r) => `${r.int(1, 12)}:${String(r.int(0, 11) * 5).padStart(2, '0')} ${r.pick(['a.m.', 'p.m.'])}`,
  price: (r) => `${r.int(1, 30)}.${String(r.int(0, 99)).padStart(2, '0')}`,
  resno: (r) => String(r.int(1990, 2760)),
  hundreds: (r) => String(r.int(1, 9) * 100 + r.int(0, 99)),
};

const SOURCES = [
  'officials said', 'police said', 'medics said', 'witnesses said', 'residents said', '{authority} said', 'according to {authority}',
  '{authority} said in a statement', '{authority} said on {weekday}', '{person} said', '{person} told reporters', '{person} told the {wire}',
  'a security source said', 'local media reported', 'state media reported', 'the military said', 'the ministry said', 'a hospital official said',
  '{person} said on Telegram', 'according to a tally by {authority}',
];

/** Casualty and deployment sentences: the ones a claim extractor is for. */
const CLAIMS = [
  'At least {count} people were killed and {m} wounded in {attack} on {place}, {source}.',
  '{Attack} on {building} in {place} killed {n} people and injured {m} others, {source}.',
  'The death toll from {weekday}\'s {attacknoun} on {place} has risen to {n}, {source}.',
  '{N} {victims} were killed {when} when {weapon} hit {building} in {place}.',
  '{Authority} said {n} {victims} had been killed and {m} wounded since the start of the month.',
  'According to {authority}, {big} {victims} have died in {region} since {month}.',
  '{N} {fighters} were captured during fighting near {place}, {source}.',
  'The army has deployed {big} troops along the front near {place}, {source}.',
  'Rescuers pulled {n} bodies from the rubble of {building} in {place} {when}.',
  '{Big} people remain missing after the fighting in {region}, {source}.',
  '{N} people, including {k} children, were taken to hospital with injuries, {source}.',
  '“We have counted {n} dead so far,” said {person}, adding that the search was continuing.',
  'The strike killed {n} people, among them {k} women, and wounded {m}, {source}.',
  'According to {authority}, {n} {victims} were wounded in the shelling of {place} {when}.',
  '{Country} has sent {big} additional soldiers to {region}, {source}.',
  'Since {month} {year}, {big} civilians have been killed in {region}, according to {authority}.',
  '{Person} said {n} {victims} had died overnight and {m} were still missing.',
  'The ambush left {n} soldiers dead and {m} wounded, the army said in a statement.',
  'Some {bignum} fighters have surrendered to {actor} near {place}, {source}.',
  '{Actor} said they had killed {n} militants in an operation in {region}.',
  'Hospital officials in {place} said they had received {n} bodies and treated {m} wounded people.',
  'The number of dead in {region} has reached {big}, {source}.',
  '{N} aid workers were abducted on the road between {place} and {place2}, {source}.',
  'Dozens of people were killed in {place} {when}, {source}.',
  '{Authority} denied reports that {n} of its soldiers had been taken prisoner near {place}.',
  'Of the {count} people killed, {k} were children, {source}.',
  'About {bignum} troops are now stationed at the base outside {place2}, {source}.',
  'A drone strike on a minibus near {place} killed {n} civilians, {source}.',
  '{N} {fighters} died and {m} were injured when their convoy hit a roadside bomb, {source}.',
  'In all, {big} people have been killed and {big} injured since the war began, {source}.',
];

/** Sentences with numbers that are not casualty figures. */
const DISTRACTORS = [
  'The city, home to about {pop} people before the war, lies {km} km from the front line.',
  '{Country} pledged ${money} million in emergency aid on {weekday}, {source}.',
  'Bread prices in {place} have risen by {pct} percent since {month}, traders said.',
  '{Fullname}, {age}, said the family had fled their home in {place2} in {year} and had not been back.',
  'A convoy of {small} trucks carrying food and medicine reached {place} on {date}.',
  '{Actor} launched {hundreds} drones and {small} missiles overnight, of which {hundreds} were shot down, the air force said.',
  'Power was cut to about {pop} households, the energy ministry said.',
  'The {ordinal} Brigade said it had pushed {actor} back by {small} km near {place}.',
  'The U.N. appeal for {thisyear} is only {pct}% funded, with ${money} billion still needed.',
  'Temperatures fell to minus {small} degrees Celsius on {weekday} night.',
  'The talks, first held in {year}, are due to resume on {date} in {neutral}.',
  'At {time}, air raid sirens sounded across {region} for the {ordinal} time this month.',
  'The bridge, built in {year}, was about {hundreds} metres long.',
  'Fuel now costs ${price} a litre on the black market, up from ${price} a year ago.',
  'Security Council resolution {resno}, adopted in {year}, called for an immediate ceasefire.',
  'A {age}-year-old teacher, {fullname}, said the school had {hundreds} pupils before the war.',
  'The regional hospital has {hundreds} beds but only {small} surgeons, {source}.',
  'About {pct} percent of buildings in {place} have been damaged or destroyed, according to satellite analysis.',
  'The currency has lost {pct}% of its value since {year}, trading at {hundreds} {currency} to the dollar.',
  '{Titled}, {adultage}, took command of the {ordinal} Division in {month} {year}.',
  'The {km}-km road between {place} and {place2} has been closed since {date}.',
  'The government said it would spend {money} billion {currency} on reconstruction in {thisyear}.',
  'Wheat exports fell by {pct} percent to {pop} tonnes in the first quarter.',
  'The camp, set up in {year}, now shelters {pop} people, nearly {small} times its capacity.',
  'Flights resumed at {place2} airport on {date} after a pause of {small} weeks.',
  '{Org} said {pct} percent of households in {region} were skipping meals.',
];

/** Background and attribution without numbers. */
const BACKGROUND = [
  '{Pair} accused each other of violating the ceasefire.',
  'Residents said the shelling had continued through the night.',
  'The claims could not be independently verified.',
  '{Actor} did not immediately respond to a request for comment.',
  'Aid agencies have warned of a worsening humanitarian crisis in {region}.',
  'Electricity and water supplies have been cut in much of {place}.',
  'Diplomats said negotiations on a truce had stalled over the sequencing of a prisoner exchange.',
  'Journalists are largely barred from the area, making independent verification difficult.',
  '{Org} called on all parties to protect civilians and allow humanitarian access.',
  'Many families have fled to {place2}, where shelters are already overcrowded.',
  'Satellite images showed plumes of smoke rising over the industrial district.',
  'The government in {capital} has described the offensive as a counter-terrorism operation.',
  'Mr. {last} told reporters that the situation remained tense.',
  'Long queues formed outside bakeries as flour ran short.',
  'The U.S. said it was monitoring the situation closely and urged restraint.',
  'Critics say official figures are likely an undercount, since many bodies remain under the rubble.',
  'Footage posted on social media appeared to show a column of armoured vehicles moving toward {place}.',
  'Local officials appealed for blood donations.',
  'Schools in {region} have switched to online classes.',
  'It was not clear who was behind {attack}.',
  'The military said it was investigating the incident.',
  'Witnesses described scenes of panic as people ran for shelter.',
  '{Person} said the attack was a deliberate assault on civilians.',
  '{Actor} said they had targeted a command post and an ammunition depot.',
  'The front line has barely moved in recent weeks despite heavy fighting.',
  'Humanitarian convoys have repeatedly been blocked at checkpoints, {source}.',
  'Neighbouring countries have reinforced their borders.',
  '{Person} described the operation as a success.',
  'Analysts said the offensive was aimed at cutting supply routes to {place2}.',
  'The ministry did not say how the figures were compiled.',
  'Rescue teams were still searching for survivors on {weekday}, {source}.',
  'Dr. {last}, who runs the only functioning clinic in the district, said medical supplies were nearly exhausted.',
  '{Org} condemned the attack and called for an investigation.',
  'The U.N. Security Council is expected to discuss the situation later this week.',
];

const QUOTE_FORMS = [
  '“{quote},” said {person}',
  '“{quote},” {person} said',
  '"{quote}," {last} told the {wire}',
  '{Person} said: “{quote}.”',
  '“{quote},” said {fullname}, a {age}-year-old resident of {place}',
];

const HEADLINES = [
  'Heavy fighting reported around {place} as talks stall',
  '{Actor} press offensive in {region}',
  'Aid groups warn of famine in {region}',
  '{Attacknoun} hits {place}, officials report casualties',
  'Thousands flee {place} as front line moves closer',
  '{Country}: what we know about the attack on {place}',
  'Ceasefire talks resume in {neutral}',
  'Residents of {place} count the cost of another night of shelling',
];

const WIRES = ['News Wire', 'Global Press', 'Wire Service', 'Press Agency'];
SLOTS['wire'] = (r) => r.pick(WIRES);

const TEMPLATE_SLOT = /\{(\w+)\}/g;

/** Fills `{slot}` (lower-case value) and `{Slot}` (value with a capital first letter). */
function expand(template: string, r: Rng, c: DocContext): string {
  return template.replace(TEMPLATE_SLOT, (_whole, name: string) => {
    const lower = name.charAt(0).toLowerCase() + name.slice(1);
    const slot = SLOTS[lower];
    if (!slot) throw new Error(`corpus: unknown template slot {${name}}`);
    const value = slot(r, c);
    return lower === name ? value : capitalise(value);
  });
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** Punctuation fixes after slot filling: a person slot ends in a comma ("X, a resident,") that must not double up. */
function tidy(sentence: string): string {
  return capitalise(sentence.replace(/,([,.:])/g, '$1'));
}

// ------------------------------------------------------------------ documents

const FIRST_DAY = Date.UTC(2022, 1, 24);
const SPAN_DAYS = 1200;

type Kind = 'claim' | 'distractor' | 'background';

/** A template not yet used in this document, if three tries find one. */
function fresh(r: Rng, c: DocContext, templates: readonly string[]): string {
  let template = r.pick(templates);
  for (let tries = 0; tries < 3 && c.used.has(template); tries++) template = r.pick(templates);
  c.used.add(template);
  return template;
}

/** One body sentence: a claim one time in eight, a distractor number a bit more than one in five. */
function sentence(r: Rng, c: DocContext): { text: string; kind: Kind } {
  const x = r.next();
  if (x < 0.125) return { text: tidy(expand(fresh(r, c, CLAIMS), r, c)), kind: 'claim' };
  if (x < 0.345) return { text: tidy(expand(fresh(r, c, DISTRACTORS), r, c)), kind: 'distractor' };
  if (x < 0.445) {
    const quoted = expand(r.pick(QUOTE_FORMS), r, c);
    return { text: tidy(/[.”]$/.test(quoted) ? quoted : `${quoted}.`), kind: 'background' };
  }
  return { text: tidy(expand(fresh(r, c, BACKGROUND), r, c)), kind: 'background' };
}

function countWords(s: string): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < s.length; i++) {
    const space = s.charCodeAt(i) <= 32;
    if (!space && !inWord) words++;
    inWord = !space;
  }
  return words;
}

function makeDocument(r: Rng, seed: number, index: number, stats: CorpusStats | undefined): { doc: CorpusDocument; bytes: number } {
  const theatre = r.pick(THEATRES);
  const place = r.pick(theatre.places);
  let place2 = r.pick(theatre.places);
  if (place2 === place) place2 = theatre.places[(theatre.places.indexOf(place) + 1) % theatre.places.length] as string;
  const day = new Date(FIRST_DAY + r.int(0, SPAN_DAYS) * 86_400_000 + r.int(0, 86_399) * 1000);
  const people = [0, 1, 2].map(() => {
    const first = r.pick(theatre.firstNames);
    const last = r.pick(theatre.lastNames);
    return { full: `${first} ${last}`, last, role: r.pick(ROLES), mentioned: false };
  });
  const c: DocContext = { theatre, place, place2, region: r.pick(theatre.regions), day, people, used: new Set() };

  const targetWords = r.int(300, 1500);
  const paragraphs: string[] = [];
  let words = 0;
  let sentences = 0;
  let claims = 0;
  let distractors = 0;
  const count = (s: { text: string; kind: Kind }) => {
    sentences++;
    if (s.kind === 'claim') claims++;
    else if (s.kind === 'distractor') distractors++;
    words += countWords(s.text);
    return s.text;
  };

  paragraphs.push(count({ text: capitalise(expand(r.pick(HEADLINES), r, c)), kind: 'background' }));

  const dateline = `${r.pick(theatre.datelines)}, ${MONTH_ABBR[day.getUTCMonth()]} ${day.getUTCDate()} (${r.pick(WIRES)}) — `;
  const lead = sentence(r, c);
  paragraphs.push(dateline + count(lead));

  while (words < targetWords) {
    const size = r.int(1, 4);
    const paragraph: string[] = [];
    for (let i = 0; i < size && words < targetWords; i++) paragraph.push(count(sentence(r, c)));
    paragraphs.push(paragraph.join(' '));
  }
  const text = paragraphs.join('\n\n');
  const bytes = Buffer.byteLength(text, 'utf8');

  if (stats) {
    stats.documents++;
    stats.bytes += bytes;
    stats.words += words;
    stats.sentences += sentences;
    stats.claimSentences += claims;
    stats.distractorSentences += distractors;
  }
  return { doc: { id: `bench-${seed}-${String(index).padStart(6, '0')}`, text, published: day.toISOString() }, bytes };
}

/**
 * Documents of 300–1,500 words, until their UTF-8 sizes add up to at least
 * `totalBytes` (the last one may overshoot by one document, about 10 KB at most).
 * Same seed, same documents.
 */
export function* generateDocuments(seed: number, totalBytes: number, stats?: CorpusStats): Generator<CorpusDocument> {
  const r = new Rng(seed);
  let bytes = 0;
  for (let index = 0; bytes < totalBytes; index++) {
    const made = makeDocument(r, seed, index, stats);
    bytes += made.bytes;
    yield made.doc;
  }
}

/** One NDJSON line per generated document, in the shape `ingest` reads. */
export function ndjsonLine(doc: CorpusDocument): string {
  return `${JSON.stringify({ url: `https://news.example/${doc.id}`, publisher: `Outlet ${doc.id.slice(-2)}`, published: doc.published, lang: 'en', text: doc.text })}\n`;
}
