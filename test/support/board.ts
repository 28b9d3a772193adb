import type { Board, BoardClaim, Figure, Relation } from '../../src/contracts/board.js';

/** A board claim for hand-built boards: a plausible record, with the fields a test cares about overridden. */
export function boardClaim(id: string, fields: Partial<BoardClaim> = {}): BoardClaim {
  return {
    id,
    doc: `d_${id}`,
    sentence: { start: 0, end: 40, text: 'Over 1,000 North Korean soldiers were killed, Kirby said.' },
    outcome: 'killed',
    manner: null,
    subject: { text: 'North Korean soldiers', affiliation: 'KP', kind: 'military' },
    quantity: { text: 'over 1,000', value: 1000, min: 1000, max: null, bound: 'lower' },
    rate: null,
    period: null,
    location: { text: 'Kursk region', name: 'Kursk Oblast', country: 'RU' },
    speaker: { text: 'John Kirby', name: 'John Kirby', org: null, country: 'US' },
    via: null,
    relay: null,
    stance: 'asserted',
    confidence: 0.9,
    url: `https://news.example/${id}`,
    published: '2024-12-27',
    publisher: 'Daily Example',
    origin: `o_${id}`,
    figure: 'f_test',
    speaker_id: 'john-kirby',
    speaker_label: 'John Kirby',
    speaker_kind: 'person',
    stated: '2024-12-27',
    title: `Report ${id}`,
    ...fields,
  };
}

/** A board whose figures are the claims' `figure` fields, ranges taken simply from the stated values. */
export function boardOf(claims: readonly BoardClaim[], relations: readonly Relation[] = []): Board {
  const figures = new Map<string, Figure>();
  for (const claim of claims) {
    const figure = figures.get(claim.figure) ?? newFigure(claim);
    figure.claims.push(claim.id);
    const value = claim.quantity?.value;
    if (value !== undefined) {
      figure.low = Math.min(figure.low ?? value, value);
      figure.high = Math.max(figure.high ?? value, value);
      figure.best = value;
    }
    figure.origins = new Set(claims.filter((c) => c.figure === claim.figure).map((c) => c.origin)).size;
    figure.latest = claim.published ?? figure.latest;
    figures.set(claim.figure, figure);
  }
  const dates = claims.map((claim) => claim.published).filter((date): date is string => date !== null).sort();
  return {
    as_of: dates.at(-1) ?? null,
    figures: [...figures.values()],
    relations: [...relations],
    claims: Object.fromEntries(claims.map((claim) => [claim.id, claim])),
  };
}

function newFigure(claim: BoardClaim): Figure {
  return {
    id: claim.figure,
    subject: { affiliation: claim.subject.affiliation, kind: claim.subject.kind },
    outcome: claim.outcome,
    location: claim.location?.name ?? null,
    period: claim.period ? { start: claim.period.start, end: claim.period.end } : null,
    rate: claim.rate,
    claims: [],
    origins: 0,
    low: null,
    best: null,
    high: null,
    first: claim.published,
    latest: claim.published,
    conflicts: 0,
    denied: false,
  };
}
