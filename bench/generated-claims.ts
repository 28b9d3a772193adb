/**
 * Seeded, generated claims (what extraction stores) for the reconcile
 * benchmark and its output-equivalence check.
 *
 * The claims imitate a multi-year archive of conflict news: 24 sides, 60
 * places, 2,000 named speakers and 300 organisations, publication dates over
 * two years, three to eight claims per document, a quarter of documents
 * syndicated copies of an earlier one, one claim in four over a dated
 * period, one in fifty a rate, one in a hundred a denial, and speech dates
 * ("said on Friday") in a third of the sentences so that the occasion
 * recogniser does real work. Each figure has a true count that grows over
 * time and sources scatter around it by ±20 %, as real reporting does.
 */
import type { SourcedClaim } from '../src/contracts/board.js';
import type { Bound, Claim, Outcome, Stance } from '../src/contracts/claim.js';
import { mulberry32 } from './corpus.js';

const SIDES = ['UA', 'RU', 'KP', 'IL', 'PS', 'LB', 'SY', 'YE', 'SD', 'SS', 'ET', 'SO', 'ML', 'BF', 'NE', 'NG', 'CD', 'MM', 'AF', 'IQ', 'IR', 'AM', 'AZ', 'CO'];
const OUTCOMES: Outcome[] = ['killed', 'killed', 'killed', 'wounded', 'wounded', 'casualties', 'captured', 'missing', 'deployed'];
const BOUNDS: Bound[] = ['exact', 'exact', 'exact', 'approx', 'lower', 'lower', 'upper', 'range', 'vague'];
const STANCES: Stance[] = ['asserted', 'asserted', 'asserted', 'reported', 'estimated', 'alleged', 'confirmed'];
const OUTCOME_SCALE: Record<Outcome, number> = { killed: 1, wounded: 3, casualties: 4.5, captured: 0.2, missing: 0.3, surrendered: 0.1, deployed: 60 };
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const DAY_MS = 86_400_000;
const START = Date.UTC(2023, 0, 1);

export function* generateClaims(seed: number, count: number): Generator<SourcedClaim> {
  const random = mulberry32(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const places = Array.from({ length: 60 }, (_, i) => ({ name: `Region ${i}`, country: pick(SIDES) }));
  const people = Array.from({ length: 2000 }, (_, i) => `Official${i} Surname${i % 1700}`);
  const orgs = Array.from({ length: 300 }, (_, i) => `Ministry ${i}`);
  const recent: Array<{ id: string; day: number; claims: Claim[] }> = [];
  const scales = new Map<string, number>();
  let made = 0;
  let docNumber = 0;
  while (made < count) {
    const id = `d_${(docNumber++).toString(16).padStart(16, '0')}`;
    const copyOf = recent.length > 0 && random() < 0.25 ? pick(recent) : null;
    const day = copyOf ? copyOf.day + Math.floor(random() * 3) : Math.floor(random() * 730);
    const publisher = `Outlet ${Math.floor(random() * 400)}`;
    const published = new Date(START + day * DAY_MS + 43_200_000).toISOString();
    const source = { id, url: `https://news.example/${id}`, title: `Story ${docNumber}`, publisher, published, retrieved: published, origin: copyOf?.id ?? id };
    const claims: Claim[] = [];
    const perDocument = copyOf ? copyOf.claims.length : 3 + Math.floor(random() * 6);
    for (let i = 0; i < perDocument && made < count; i++, made++) {
      const template = copyOf?.claims[i];
      const claim = template ? { ...template, id: `c_${made.toString(16).padStart(16, '0')}`, doc: id } : newClaim(made, id, day);
      claims.push(claim);
      yield { claim, source };
    }
    recent.push({ id, day, claims });
    if (recent.length > 50) recent.shift();
  }

  function newClaim(n: number, doc: string, day: number): Claim {
    const side = pick(SIDES);
    const outcome = pick(OUTCOMES);
    const denial = random() < 0.01;
    const bound = pick(BOUNDS);
    const place = random() < 0.7 ? pick(places) : null;
    const dated = random() < 0.25;
    // Each side has a true scale of losses per place (ten times that for the whole war), in proportion across
    // outcomes, growing over time; sources scatter around it.
    const scaleKey = `${side}|${place?.name ?? ''}`;
    let scale = scales.get(scaleKey);
    if (scale === undefined) {
      scale = 10 ** (1 + 2 * random()) * (place ? 1 : 10);
      scales.set(scaleKey, scale);
    }
    const base = scale * OUTCOME_SCALE[outcome];
    const value = Math.max(1, Math.round((dated ? base / 30 : base * (1 + day / 365)) * (0.8 + 0.4 * random())));
    const periodEnd = day - Math.floor(random() * 5);
    const named = random() < 0.5;
    const speaker = random() < 0.8 ? (named ? pick(people) : pick(orgs)) : null;
    const when = random() < 0.33 ? ` on ${pick(WEEKDAYS)}` : '';
    const text = `${speaker ?? 'Officials'} said${when} that ${value} soldiers were ${outcome} in ${place?.name ?? 'the region'}.`;
    return {
      id: `c_${n.toString(16).padStart(16, '0')}`,
      doc,
      sentence: { start: 0, end: text.length, text },
      outcome: denial ? 'deployed' : outcome,
      manner: null,
      subject: { text: 'soldiers', affiliation: side, kind: random() < 0.7 ? 'military' : 'civilian' },
      quantity: denial
        ? null
        : {
            text: String(value),
            value,
            min: bound === 'exact' || bound === 'lower' || bound === 'range' ? value : null,
            max: bound === 'exact' || bound === 'upper' ? value : bound === 'range' ? value * 2 : null,
            bound,
          },
      rate: random() < 0.02 ? 'day' : null,
      period: dated ? { text: 'in the last week', start: iso(periodEnd - 6), end: iso(periodEnd) } : null,
      location: place ? { text: place.name, name: place.name, country: place.country } : null,
      speaker: speaker ? { text: speaker, name: named ? speaker : null, org: named ? null : speaker, country: null } : null,
      via: null,
      relay: null,
      stance: denial ? 'denied' : speaker ? pick(STANCES) : 'reported',
      confidence: 0.8,
    };
  }
}

function iso(day: number): string {
  return new Date(START + day * DAY_MS).toISOString().slice(0, 10);
}
