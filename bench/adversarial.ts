/**
 * Seeded word salad for the extractor's output-equivalence check
 * (bench/extract-equivalence.ts): documents stitched from fragments chosen
 * to reach every recogniser's edge — numbers in every shape, cue words with
 * and without numbers, speakers, pronouns and surnames referring back,
 * denials, zeros, dates, places, datelines, URLs, abbreviations, quotes,
 * line breaks, non-ASCII letters and over-long sentences. It is not meant to
 * read like news; it is meant to make any change in behaviour show.
 */
import { mulberry32, type CorpusDocument } from './corpus.js';

const NUMBERS = [
  '14', '1,200', '3,000', '2.5 million', 'twenty-three', 'seventy seven', 'dozens', 'hundreds', 'a dozen', 'scores',
  'at least 40', 'more than 1,000', 'up to 300', 'nearly 60', 'about 25', '10-15', 'between 12 and 20', 'over 3,000',
  'one', 'two', 'a', 'no', 'zero', 'none', '2024', '1999', '$5 million', '40%', '40 per cent', '30 km', '155mm',
  '10:30', '7 p.m.', 'Dec. 15', '14/12/2024', '22nd', 'third', 'Su-34', 'F-16', 'Resolution 2231', '192.168.1.2',
  '5,000-strong', '1.5m', '12,000 to 15,000', 'several', 'many', 'some', 'eleven', 'a hundred', 'thousands of',
];
const GROUPS = [
  'people', 'civilians', 'soldiers', 'troops', 'Russian soldiers', 'Ukrainian troops', 'North Korean troops', 'militants',
  'fighters', 'Hamas fighters', 'Israeli soldiers', 'children', 'women', 'police officers', 'servicemen', 'others', 'of them',
  'workers', 'passengers', 'rebels', 'jihadists', 'Palestinians', 'villagers', 'jawans', 'security forces', 'drones', 'missiles',
];
const CUES = [
  'were killed', 'killed', 'died', 'were wounded', 'wounded', 'injured', 'are missing', 'were captured', 'surrendered',
  'were deployed', 'deployed', 'sent', 'killing', 'wounding', 'killed or wounded', 'dead', 'casualties', 'losses',
  'the death toll rose to', 'the number of injured reached', 'bodies of', 'taken prisoner', 'were executed',
  'took their own lives', 'were hospitalised', 'in critical condition', 'fighting alongside', 'shot dead', 'gunned down',
  'the deaths of', 'deployment of', 'kidnapping of', 'suffered injuries', 'lost their lives', 'perished', 'were treated',
];
const SPEAKERS = [
  'officials said', 'police said', 'the ministry said', 'he said', 'she said', 'they said', 'Kirby said',
  'spokesperson John Kirby said', 'according to the health ministry', 'Zelensky told reporters in Kyiv',
  'the Russian Defence Ministry said in a statement', 'said Col. Anna Petrova', 'the spokesman said', 'Mr. Smith said',
  'Gen. Valerii Zaluzhnyi said', 'reported Reuters', 'citing local officials', 'Hamas denied', 'Moscow denied',
  'the Pentagon denied that any', 'Ukraine\'s General Staff said on Monday', 'Defence Minister Rustem Umerov said',
];
const PLACES = [
  'in Kyiv', 'near Bakhmut', 'in the Kursk region', 'in Gaza', 'at Jameela fruit market', 'in Kaya', 'outside Kharkiv',
  'in Shopian district', 'across the Donetsk region', 'in the U.S.', 'in São Paulo', 'near Ipi village',
  'in Turkey\'s southeastern province of Sirnak', 'in Indonesia\'s Sunda Strait', 'on the front line', 'in Seoul',
];
const PERIODS = [
  'on Monday', 'last week', 'over the past 24 hours', 'since February 2022', 'yesterday', 'on March 3', 'in 2023',
  'during the weekend', 'since October 7', 'in the last three days', 'overnight', 'on Dec. 27', 'per day', 'a day',
  'every week', 'between January and March', 'this year', 'on 2024-12-27',
];
const FILLERS = [
  'the', 'a', 'and', 'but', 'while', 'whereas', 'after', 'in a drone strike', 'in an earthquake', 'in a flood',
  'in a chemical attack', 'with', 'by', 'that', 'no one was', 'nobody', 'there were no', 'reports of', 'denied that',
  'claims that', 'U.S.', 'Dr.', 'e.g.', 'approx.', '—', '–', '-', ';', ',', ',', ',', ':', '(', ')', '“', '”', '"', '\'s',
  'https://example.org/2024/12/27/55-killed', 'www.news.example/12/3', 'Islamic State', 'al-Shabaab', 'Wagner',
  'Café', 'naïve', 'Ελλάδα', 'Київ', '…', '\u00a0', 'ISIS', 'the UN', 'NATO', 'Telegram',
  'Russia has lost', 'Ukraine has suffered', 'North Korea\'s army lost', 'Israel has already sustained', 'Russia said',
  'a kamikaze drone', 'UAVs', 'chlorine gas', 'sarin', 'Shahed drones', 'killed in Russia', 'SOLDIERS', 'Drone',
]
const ENDS = ['.', '.', '.', '!', '?', '…', '."', '.”', ').', ''];
const DATELINES = ['KYIV, March 3 (News Wire) — ', 'SEOUL — ', 'GAZA CITY - ', 'Seoul - the ', ''];

type Pick = <T>(items: readonly T[]) => T;

function sentence(pick: Pick, chance: (p: number) => boolean, words: number): string {
  const parts: string[] = [];
  for (let i = 0; i < words; i++) {
    const bag = pick([NUMBERS, GROUPS, CUES, SPEAKERS, PLACES, PERIODS, FILLERS, FILLERS, FILLERS]);
    let part = pick(bag);
    if (chance(0.1)) part = part.toUpperCase();
    else if (chance(0.1)) part = part.charAt(0).toUpperCase() + part.slice(1);
    parts.push(part);
  }
  return parts.join(chance(0.05) ? '\n' : ' ') + pick(ENDS);
}

/** `count` documents from `seed`; the same seed gives the same documents. */
export function* adversarialDocuments(seed: number, count: number): Generator<CorpusDocument> {
  const next = mulberry32(seed);
  const pick: Pick = (items) => items[Math.floor(next() * items.length)] as (typeof items)[number];
  const chance = (p: number) => next() < p;
  const int = (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1));
  for (let d = 0; d < count; d++) {
    const sentences: string[] = [pick(DATELINES) + sentence(pick, chance, int(3, 20))];
    const length = int(1, 30);
    for (let s = 0; s < length; s++) {
      // Now and then one sentence longer than MAX_SENTENCE, to reach the cut.
      const words = chance(0.01) ? int(300, 600) : int(1, 40);
      sentences.push(sentence(pick, chance, words));
    }
    const separator = () => pick([' ', ' ', ' ', '\n', '\n\n', '  ']);
    let text = '';
    for (const s of sentences) text += s + separator();
    const month = String(int(1, 12)).padStart(2, '0');
    yield { id: `adv-${seed}-${d}`, text, published: chance(0.2) ? 'not a date' : `2024-${month}-15T12:00:00.000Z` };
  }
}
