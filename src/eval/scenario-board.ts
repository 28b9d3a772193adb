/**
 * The board half of a scenario (../shared/spec/scenarios.md): the folder
 * ingested into a fresh store exactly as `ingest` stores it, reconciled as
 * `board` reconciles it, and scored against expect.json: origins F1 and
 * figures F1 over pairs of found named claims, the share of expected verdicts
 * the board gives, and every false accusation (a conflict or drift that no
 * analyst would draw).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import type { Board, BoardClaim, Verdict } from '../contracts/board.js';
import { expandInputs, type InputRef } from '../ingest/inputs.js';
import { ingestRefs } from '../ingest/pipeline.js';
import { loadBoard } from '../reconcile/from-store.js';
import { openStore } from '../store/open.js';
import { covers, speakerMatches } from './score.js';
import type { NamedClaim, NoClaimSentence } from './scenario.js';

export interface ExpectedRelation {
  a: string;
  b: string;
  verdict: Verdict | 'update';
}

/** What expect.json says of the board. */
export interface BoardExpectation {
  claims: NamedClaim[];
  noClaims: NoClaimSentence[];
  origins: string[][];
  figures: string[][];
  relations: ExpectedRelation[];
  allowed: ExpectedRelation[];
}

export interface PairScore {
  tp: number;
  fp: number;
  fn: number;
  /** null when neither the board nor expect.json puts any two found claims together. */
  f1: number | null;
  /** Pairs the board joins that expect.json keeps apart, and the reverse (names of named claims). */
  joined: Array<[string, string]>;
  split: Array<[string, string]>;
}

export interface MissedVerdict {
  a: string;
  b: string;
  expected: ExpectedRelation['verdict'];
  /** What the board says between the two ("not found" when either claim is not on the board). */
  given: string;
}

export interface FalseAccusation {
  a: string;
  b: string;
  verdict: string;
  why: string;
}

export interface BoardScore {
  /** Named claims found on the board. */
  found: number;
  origins: PairScore;
  figures: PairScore;
  verdictsRight: number;
  verdictsExpected: number;
  missedVerdicts: MissedVerdict[];
  falseAccusations: FalseAccusation[];
}

const ACCUSATIONS: ReadonlySet<string> = new Set(['conflict', 'drift']);

function pairKey(a: string, b: string): string {
  return a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
}

/** The scenario's speaker key against a board claim: its speaker as extracted, or the canonical speaker the board gives it. */
function speakerOnBoard(expected: string | string[] | null, claim: BoardClaim): boolean {
  const label = (claim.speaker_label ?? '').toLowerCase();
  return speakerMatches(expected, claim.speaker) || (Array.isArray(expected) ? expected : [expected]).some((key) => key !== null && label.includes(key.toLowerCase()));
}

/** Named claim → the board claim it is: the one with the right speaker when several match, one no other named claim took before one that another did. */
export function findNamedOnBoard(claims: readonly NamedClaim[], board: Board): Map<string, BoardClaim> {
  const byUrl = new Map<string, BoardClaim[]>();
  for (const claim of Object.values(board.claims)) {
    if (claim.url === null) continue;
    const list = byUrl.get(claim.url) ?? [];
    list.push(claim);
    byUrl.set(claim.url, list);
  }
  const used = new Set<string>();
  const found = new Map<string, BoardClaim>();
  for (const named of claims) {
    // A claim already taken by another named claim is chosen last: two named claims are meant as two claims.
    const candidates = (byUrl.get(named.url) ?? [])
      .filter((c) => c.outcome === named.outcome && (c.quantity?.value ?? null) === named.value && covers(c, named.evidence))
      .sort((a, b) => Number(used.has(a.id)) - Number(used.has(b.id)));
    const best = (named.speaker !== undefined ? candidates.find((c) => speakerOnBoard(named.speaker ?? null, c)) : undefined) ?? candidates[0];
    if (!best) continue;
    used.add(best.id);
    found.set(named.name, best);
  }
  return found;
}

function groupsOf(lists: readonly string[][]): Map<string, number> {
  const group = new Map<string, number>();
  lists.forEach((list, index) => {
    for (const name of list) group.set(name, index);
  });
  return group;
}

function scorePairs(names: readonly string[], predicted: (a: string, b: string) => boolean, expectedLists: readonly string[][]): PairScore {
  const group = groupsOf(expectedLists);
  const score: PairScore = { tp: 0, fp: 0, fn: 0, f1: null, joined: [], split: [] };
  for (let i = 0; i < names.length; i++) {
    for (let j = i + 1; j < names.length; j++) {
      const [a, b] = [names[i] as string, names[j] as string];
      const expected = group.has(a) && group.get(a) === group.get(b);
      const given = predicted(a, b);
      if (expected && given) score.tp++;
      else if (given) {
        score.fp++;
        score.joined.push([a, b]);
      } else if (expected) {
        score.fn++;
        score.split.push([a, b]);
      }
    }
  }
  const denominator = 2 * score.tp + score.fp + score.fn;
  score.f1 = denominator === 0 ? null : (2 * score.tp) / denominator;
  return score;
}

/** Scores a board against what expect.json says of it. Pure. */
export function scoreBoard(expectation: BoardExpectation, board: Board): BoardScore {
  const found = findNamedOnBoard(expectation.claims, board);
  const names = expectation.claims.map((c) => c.name).filter((name) => found.has(name));
  const idOf = (name: string) => (found.get(name) as BoardClaim).id;

  const between = new Map<string, Array<{ verdict: string; why: string }>>();
  for (const relation of board.relations) {
    const key = pairKey(relation.a, relation.b);
    const list = between.get(key) ?? [];
    list.push({ verdict: relation.verdict, why: relation.why });
    between.set(key, list);
  }
  const verdictsOf = (a: string, b: string) => between.get(pairKey(idOf(a), idOf(b))) ?? [];
  const sameOrigin = (a: string, b: string) =>
    (found.get(a) as BoardClaim).origin === (found.get(b) as BoardClaim).origin || verdictsOf(a, b).some((r) => r.verdict === 'same-origin' || r.verdict === 'drift');
  const sameFigure = (a: string, b: string) => (found.get(a) as BoardClaim).figure === (found.get(b) as BoardClaim).figure;

  const origins = scorePairs(names, sameOrigin, expectation.origins);
  const figures = scorePairs(names, sameFigure, expectation.figures);

  const gives = (relation: ExpectedRelation): boolean => {
    const given = verdictsOf(relation.a, relation.b);
    if (given.some((r) => r.verdict === relation.verdict)) return true;
    if (relation.verdict === 'same-origin') return sameOrigin(relation.a, relation.b);
    if (relation.verdict === 'consistent') return sameFigure(relation.a, relation.b) && !given.some((r) => ['conflict', 'drift', 'not-comparable'].includes(r.verdict));
    return false;
  };
  const missedVerdicts: MissedVerdict[] = [];
  let verdictsRight = 0;
  for (const relation of expectation.relations) {
    if (!found.has(relation.a) || !found.has(relation.b)) {
      missedVerdicts.push({ ...relation, expected: relation.verdict, given: 'not found' });
      continue;
    }
    if (gives(relation)) verdictsRight++;
    else {
      const given = verdictsOf(relation.a, relation.b).map((r) => r.verdict);
      const together = sameFigure(relation.a, relation.b) ? 'on one figure' : 'on different figures';
      missedVerdicts.push({ a: relation.a, b: relation.b, expected: relation.verdict, given: given.length > 0 ? given.join(', ') : `no relation, ${together}` });
    }
  }

  // An accusation is false unless an analyst draws it (or could): the pair is listed with that verdict.
  const drawn = new Set([...expectation.relations, ...expectation.allowed].map((r) => `${pairKey(r.a, r.b)}\u0000${r.verdict}`));
  const nameOfId = new Map([...found].map(([name, claim]) => [claim.id, name]));
  const noClaimIds = new Set(falseClaimsOnBoard(expectation.noClaims, board, new Set(nameOfId.keys())).map((c) => c.id));
  const falseAccusations: FalseAccusation[] = [];
  for (const relation of board.relations) {
    if (!ACCUSATIONS.has(relation.verdict)) continue;
    const [a, b] = [nameOfId.get(relation.a), nameOfId.get(relation.b)];
    const fromNoClaim = noClaimIds.has(relation.a) || noClaimIds.has(relation.b);
    const betweenNamed = a !== undefined && b !== undefined && !drawn.has(`${pairKey(a, b)}\u0000${relation.verdict}`);
    if (fromNoClaim || betweenNamed) falseAccusations.push({ a: a ?? relation.a, b: b ?? relation.b, verdict: relation.verdict, why: relation.why });
  }
  return { found: found.size, origins, figures, verdictsRight, verdictsExpected: expectation.relations.length, missedVerdicts, falseAccusations };
}

/** Board claims read from sentences that hold none (other than the named claims, which may share such a sentence). */
function falseClaimsOnBoard(noClaims: readonly NoClaimSentence[], board: Board, named: ReadonlySet<string>): BoardClaim[] {
  const claims = Object.values(board.claims);
  return noClaims.flatMap((no) => claims.filter((c) => c.url === no.url && !named.has(c.id) && covers(c, no.evidence)));
}

/** The scenario's documents (expect.json aside) ingested into a fresh SQLite store, and the board reconciled from it. */
export async function boardOfScenario(folder: string): Promise<{ board: Board; unreadable: Array<{ input: string; reason: string }> }> {
  const dir = mkdtempSync(join(tmpdir(), 'corroborate-scenario-'));
  const unreadable: Array<{ input: string; reason: string }> = [];
  try {
    const store = await openStore(join(dir, 'scenario.db'));
    try {
      async function* documents(): AsyncGenerator<InputRef> {
        for await (const ref of expandInputs([folder])) {
          if (ref.kind === 'file' && basename(ref.path) === 'expect.json') continue;
          yield ref;
        }
      }
      for await (const result of ingestRefs(store, documents())) {
        if (!result.ok) unreadable.push({ input: result.input, reason: result.error ?? 'unreadable' });
      }
      return { board: await loadBoard(store, {}), unreadable };
    } finally {
      await store.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
