import type { Board, BoardClaim, Figure, Relation, Verdict } from '../contracts/board.js';
import {
  claimsOnFigure,
  dayWords,
  figureTitle,
  groupByOrigin,
  numberAsWritten,
  outletOf,
  relationsTouching,
  sortFigures,
  speakerWords,
  voiceClaim,
  voiceOf,
  type OriginGroup,
} from './board-view.js';
import { formatCount, plural } from './numbers.js';
import { sideName } from './side-names.js';

/**
 * The brief as a format-free document: blocks of inline pieces, each piece
 * either fixed template wording, text taken from a source (which every
 * renderer escapes), or citations to numbered documents. The Markdown and
 * HTML renderers only serialise it, so both say exactly the same.
 */
export type Inline = string | { source: string } | { cite: number[] };

export type Block =
  | { kind: 'heading'; level: 1 | 2 | 3 | 4; inlines: Inline[] }
  | { kind: 'paragraph'; inlines: Inline[] }
  | { kind: 'list'; items: Inline[][] }
  | { kind: 'sources'; entries: SourceEntry[] };

export interface SourceEntry {
  n: number;
  outlet: string | null;
  published: string | null;
  title: string | null;
  url: string | null;
  doc: string;
}

export interface BriefOptions {
  title?: string;
}

const METHOD =
  'Method: corroborate read each claim from a sentence a source published; claims counting the same group, outcome, place and period form one figure; reports of one statement share an origin and count once. ' +
  'Range: low is the most conservative number any origin states, high the largest (open when that is only a floor), best the latest origin’s number not contradicted by a numeric conflict.';

const RELATION_SECTIONS: ReadonlyArray<readonly [Verdict, string]> = [
  ['consistent', 'Where sources agree'],
  ['conflict', 'Where sources conflict'],
  ['drift', 'Copies that changed the claim'],
  ['update', 'Speakers who later gave another number'],
  ['not-comparable', 'Numbers that only look alike'],
];

/** Numbers documents in the order they are first cited; one number per document. */
class References {
  private readonly numbers = new Map<string, SourceEntry>();

  cite(claims: ReadonlyArray<BoardClaim | undefined>): Inline {
    const cited = new Set<number>();
    for (const claim of claims) if (claim) cited.add(this.numberOf(claim));
    return { cite: [...cited].sort((a, b) => a - b) };
  }

  entries(): SourceEntry[] {
    return [...this.numbers.values()];
  }

  private numberOf(claim: BoardClaim): number {
    let entry = this.numbers.get(claim.doc);
    if (!entry) {
      entry = { n: this.numbers.size + 1, outlet: claim.publisher, published: claim.published, title: claim.title, url: claim.url, doc: claim.doc };
      this.numbers.set(claim.doc, entry);
    }
    return entry.n;
  }
}

export function buildBrief(board: Board, options: BriefOptions = {}): Block[] {
  const refs = new References();
  const documents = new Set(Object.values(board.claims).map((claim) => claim.doc));
  const blocks: Block[] = [
    { kind: 'heading', level: 1, inlines: [{ source: options.title ?? 'Casualty and deployment claims' }] },
    { kind: 'paragraph', inlines: [`${asOfWords(board.as_of)}: ${plural(board.figures.length, 'figure')}, ${plural(Object.keys(board.claims).length, 'claim')}, ${plural(documents.size, 'document')}.`] },
    { kind: 'paragraph', inlines: [METHOD] },
  ];
  let side: string | null = null;
  for (const figure of sortFigures(board.figures)) {
    const figureSide = figure.subject.affiliation ? sideName(figure.subject.affiliation) : 'Side not stated';
    if (figureSide !== side) {
      side = figureSide;
      blocks.push({ kind: 'heading', level: 2, inlines: [{ source: figureSide }] });
    }
    blocks.push(...figureBlocks(board, figure, refs));
  }
  const sources = refs.entries();
  if (sources.length > 0) blocks.push({ kind: 'heading', level: 2, inlines: ['Sources'] }, { kind: 'sources', entries: sources });
  return blocks;
}

function asOfWords(asOf: string | null): string {
  return asOf ? `As of ${dayWords(asOf)} (the latest publication date among the documents considered)` : 'No publication dates among the documents considered';
}

function figureBlocks(board: Board, figure: Figure, refs: References): Block[] {
  const claims = claimsOnFigure(board, figure);
  const origins = groupByOrigin(claims);
  const touching = relationsTouching(board, new Set(figure.claims));
  const blocks: Block[] = [
    { kind: 'heading', level: 3, inlines: [{ source: figureTitle(figure) }] },
    { kind: 'paragraph', inlines: rangeInlines(figure, claims, refs) },
    { kind: 'heading', level: 4, inlines: ['Who claims what'] },
    { kind: 'list', items: origins.map((group) => originLine(group, refs)) },
  ];
  const copies = copyLines(board, touching, refs);
  if (copies.length > 0) blocks.push({ kind: 'heading', level: 4, inlines: ['Copies of one statement'] }, { kind: 'list', items: copies });
  for (const [verdict, heading] of RELATION_SECTIONS) {
    const lines = touching.filter((relation) => relation.verdict === verdict).map((relation) => whyLine(board, relation, refs));
    if (lines.length > 0) blocks.push({ kind: 'heading', level: 4, inlines: [heading] }, { kind: 'list', items: lines });
  }
  return blocks;
}

function rangeInlines(figure: Figure, claims: readonly BoardClaim[], refs: References): Inline[] {
  const identity = `Figure ${figure.id}: ${plural(figure.origins, 'independent origin')}. `;
  return [identity, ...rangeWords(figure, claims, refs), ' ', ...datesWords(figure, claims, refs)];
}

/** "Range: low 1,000 [1], best 3,000 [5], high open.": each number cited to a claim that states it. */
function rangeWords(figure: Figure, claims: readonly BoardClaim[], refs: References): Inline[] {
  if (figure.low === null) return ['Range: no number stated.'];
  const numbered = claims.filter((claim) => claim.quantity && claim.stance !== 'denied');
  const stating = (value: (claim: BoardClaim) => number, target: number | null) => numbered.filter((claim) => value(claim) === target);
  const low = stating((claim) => claim.quantity!.min ?? claim.quantity!.value, figure.low)[0];
  const best = stating((claim) => claim.quantity!.value, figure.best).at(-1);
  const high = stating((claim) => claim.quantity!.max ?? claim.quantity!.value, figure.high)[0];
  const words: Inline[] = [`Range: low ${formatCount(figure.low)} `, refs.cite([low])];
  words.push(figure.best === null ? ', best: none uncontradicted' : `, best ${formatCount(figure.best)} `);
  if (figure.best !== null) words.push(refs.cite([best]));
  words.push(figure.high === null ? ', high open.' : `, high ${formatCount(figure.high)} `);
  if (figure.high !== null) words.push(refs.cite([high]), '.');
  return words;
}

function datesWords(figure: Figure, claims: readonly BoardClaim[], refs: References): Inline[] {
  if (figure.first === null || figure.latest === null) return ['Reports without a publication date ', refs.cite(claims), '.'];
  const first = claims.find((claim) => claim.published === figure.first);
  const latest = [...claims].reverse().find((claim) => claim.published === figure.latest);
  return [`First reported ${dayWords(figure.first)} `, refs.cite([first]), `, latest ${dayWords(figure.latest)} `, refs.cite([latest]), '.'];
}

/** "Volodymyr Zelenskyy (asserted): “more than 3,000” — first reported by The Baltic Ledger, 23 Dec 2024 [4]; repeated by 4 others [2][5][6][15]. Evidence [4]: “…”" */
function originLine(group: OriginGroup, refs: References): Inline[] {
  const [first, ...repeats] = group.claims as [BoardClaim, ...BoardClaim[]];
  const line: Inline[] = [
    { source: voiceOf(group) },
    ` (${voiceClaim(group).stance}): `,
    ...(first.quantity ? ['“', { source: first.quantity.text }, '”'] : [numberAsWritten(first)]),
    ' — first reported by ',
    { source: outletOf(first) },
    `, ${dayWords(first.published)} `,
    refs.cite([first]),
  ];
  if (repeats.length > 0) line.push(`; repeated by ${plural(repeats.length, 'other')} `, refs.cite(repeats));
  line.push('. Evidence ', refs.cite([first]), ': “', { source: first.sentence.text }, '”');
  return line;
}

/** Same-origin relations, one line per first report: which reports repeat it. */
function copyLines(board: Board, relations: readonly Relation[], refs: References): Inline[][] {
  const repeatsOf = new Map<string, BoardClaim[]>();
  for (const relation of relations) {
    if (relation.verdict !== 'same-origin') continue;
    const copy = board.claims[relation.b];
    if (!copy) continue;
    const list = repeatsOf.get(relation.a) ?? [];
    list.push(copy);
    repeatsOf.set(relation.a, list);
  }
  return [...repeatsOf].map(([firstId, copies]) => {
    const first = board.claims[firstId];
    const line: Inline[] = [
      'The statement ',
      ...(first && speakerWords(first) ? ['of ', { source: speakerWords(first)! }, ' '] : []),
      'first reported by ',
      { source: outletOf(first) },
      `, ${dayWords(first?.published ?? null)} `,
      refs.cite([first]),
      ', is repeated, not independently confirmed, by: ',
    ];
    copies.forEach((copy, index) => {
      line.push(index === 0 ? '' : '; ', { source: outletOf(copy) }, `, ${dayWords(copy.published)} `, refs.cite([copy]));
    });
    line.push('.');
    return line;
  });
}

function whyLine(board: Board, relation: Relation, refs: References): Inline[] {
  return [{ source: relation.why }, ' ', refs.cite([board.claims[relation.a], board.claims[relation.b]])];
}
