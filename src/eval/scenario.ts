/**
 * The extraction half of a scenario (../shared/spec/scenarios.md): every
 * document of the folder read exactly as `ingest` reads it, the claims
 * `extract` gives, and for each named claim of expect.json whether it was
 * found (same document url, sentence covering the evidence, same outcome and
 * value) and whether its speaker is right. The board's scores (origins,
 * figures, verdicts, false accusations) are scenario-board.ts's.
 */
import { readFile, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { Claim, Outcome } from '../contracts/claim.js';
import { OUTCOMES } from '../contracts/claim.js';
import type { DocumentDraft } from '../contracts/document.js';
import { claimsOfDraft } from '../extract/document-claims.js';
import { expandInputs, readFileSource, DEFAULT_MAX_BYTES } from '../ingest/inputs.js';
import { IngestError } from '../ingest/errors.js';
import { documentsOf } from '../ingest/read.js';
import { boardOfScenario, scoreBoard, type BoardExpectation, type BoardScore, type ExpectedRelation } from './scenario-board.js';
import { covers, speakerMatches } from './score.js';
import { VERDICTS } from '../contracts/board.js';

export interface NamedClaim {
  name: string;
  url: string;
  evidence: string;
  outcome: Outcome;
  value: number | null;
  /** undefined: not scored; null: unattributed; a list: any of its tokens is right. */
  speaker?: string | string[] | null;
}

export interface NoClaimSentence {
  url: string;
  evidence: string;
}

export interface ScenarioExpectation extends BoardExpectation {
  title: string;
}

export interface NamedClaimResult {
  name: string;
  url: string;
  evidence: string;
  outcome: Outcome;
  value: number | null;
  found: boolean;
  /** Claims of the document whose sentence covers the evidence, when the named claim was not found. */
  near: Array<{ outcome: Outcome; value: number | null }>;
  /** null when the claim has no speaker key or was not found. */
  speakerRight: boolean | null;
  expectedSpeaker: string | string[] | null | undefined;
  predictedSpeaker: string | null;
}

export interface ScenarioReport {
  scenario: string;
  title: string;
  documents: number;
  /** Inputs that could not be read, each with its reason. */
  unreadable: Array<{ input: string; reason: string }>;
  found: number;
  named: number;
  speakersRight: number;
  speakersScored: number;
  /** Claims read from sentences that hold none. */
  falseClaims: Array<{ url: string; evidence: string; outcome: Outcome; value: number | null }>;
  results: NamedClaimResult[];
  /** The board's scores: the folder ingested into a fresh store and reconciled. */
  board: BoardScore;
}

export interface ScenarioSetReport {
  scenarios: ScenarioReport[];
  found: number;
  named: number;
  speakersRight: number;
  speakersScored: number;
  falseClaims: number;
  /** Pair counts summed over the scenarios, and the F1 of the sums. */
  origins: { tp: number; fp: number; fn: number; f1: number | null };
  figures: { tp: number; fp: number; fn: number; f1: number | null };
  verdictsRight: number;
  verdictsExpected: number;
  falseAccusations: number;
}

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function speakerKey(value: unknown, where: string): string | string[] | null | undefined {
  if (value === undefined || value === null || typeof value === 'string') return value;
  if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return value as string[];
  throw new Error(`${where}: speaker is ${JSON.stringify(value)}, expected a string, a list of strings or null`);
}

/** Reads expect.json; names the file and the key on any problem. */
export function parseExpectation(json: string, file: string): ScenarioExpectation {
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch (error) {
    throw new Error(`${file}: invalid JSON: ${(error as Error).message}`);
  }
  if (!isObject(parsed) || !isObject(parsed.claims)) throw new Error(`${file}: expected an object with "claims"`);
  const claims: NamedClaim[] = Object.entries(parsed.claims).map(([name, raw]) => {
    const where = `${file}: claims.${name}`;
    if (!isObject(raw)) throw new Error(`${where}: not an object`);
    const { url, evidence, outcome, value } = raw;
    if (typeof url !== 'string' || typeof evidence !== 'string') throw new Error(`${where}: url and evidence must be strings`);
    if (typeof outcome !== 'string' || !(OUTCOMES as readonly string[]).includes(outcome)) throw new Error(`${where}: outcome ${JSON.stringify(outcome)} is not one of claims.md's`);
    if (value !== null && (typeof value !== 'number' || !Number.isFinite(value))) throw new Error(`${where}: value must be a number or null`);
    return { name, url, evidence, outcome: outcome as Outcome, value, speaker: speakerKey(raw.speaker, where) };
  });
  const noClaims = Array.isArray(parsed.no_claims)
    ? parsed.no_claims.filter(isObject).flatMap((n) => (typeof n.url === 'string' && typeof n.evidence === 'string' ? [{ url: n.url, evidence: n.evidence }] : []))
    : [];
  const names = new Set(claims.map((c) => c.name));
  const known = (name: unknown, where: string): string => {
    if (typeof name !== 'string' || !names.has(name)) throw new Error(`${where}: ${JSON.stringify(name)} is not a named claim`);
    return name;
  };
  const lists = (key: 'origins' | 'figures'): string[][] => {
    const raw = (parsed as Json)[key];
    if (raw === undefined) return [];
    if (!Array.isArray(raw)) throw new Error(`${file}: ${key} must be a list of lists of claim names`);
    return raw.map((list, i) => {
      if (!Array.isArray(list)) throw new Error(`${file}: ${key}[${i}] must be a list of claim names`);
      return list.map((name) => known(name, `${file}: ${key}[${i}]`));
    });
  };
  const verdicts: readonly string[] = [...VERDICTS, 'update'];
  const relations = (key: 'relations' | 'allowed'): ExpectedRelation[] => {
    const raw = (parsed as Json)[key];
    if (raw === undefined) return [];
    if (!Array.isArray(raw)) throw new Error(`${file}: ${key} must be a list`);
    return raw.map((r, i) => {
      const where = `${file}: ${key}[${i}]`;
      if (!isObject(r) || typeof r.verdict !== 'string' || !verdicts.includes(r.verdict)) throw new Error(`${where}: expected { a, b, verdict } with a verdict of board.md or "update"`);
      return { a: known(r.a, where), b: known(r.b, where), verdict: r.verdict as ExpectedRelation['verdict'] };
    });
  };
  return {
    title: typeof parsed.title === 'string' ? parsed.title : basename(file),
    claims,
    noClaims,
    origins: lists('origins'),
    figures: lists('figures'),
    relations: relations('relations'),
    allowed: relations('allowed'),
  };
}

interface ReadDocument {
  draft: DocumentDraft;
  claims: Claim[];
}

/** Every document of the folder, as ingest reads it, keyed by url; expect.json itself is not a document. */
async function readScenarioDocuments(folder: string): Promise<{ byUrl: Map<string, ReadDocument[]>; count: number; unreadable: ScenarioReport['unreadable'] }> {
  const byUrl = new Map<string, ReadDocument[]>();
  const unreadable: ScenarioReport['unreadable'] = [];
  let count = 0;
  for await (const input of expandInputs([folder])) {
    if (input.kind === 'error') {
      unreadable.push({ input: input.input, reason: input.reason });
      continue;
    }
    if (input.kind !== 'file' || basename(input.path) === 'expect.json') continue;
    try {
      const { drafts } = documentsOf(await readFileSource(input.path, DEFAULT_MAX_BYTES));
      for (const draft of drafts) {
        count++;
        const key = draft.url ?? input.path;
        const list = byUrl.get(key) ?? [];
        list.push({ draft, claims: claimsOfDraft(draft) });
        byUrl.set(key, list);
      }
    } catch (error) {
      if (!(error instanceof IngestError)) throw error;
      unreadable.push({ input: input.path, reason: error.reason });
    }
  }
  return { byUrl, count, unreadable };
}

/** Scores one named claim against the claims of its document: the best candidate is one whose speaker is right. */
function scoreNamed(named: NamedClaim, documents: readonly ReadDocument[], matched: Set<Claim>): NamedClaimResult {
  const claims = documents.flatMap((d) => d.claims);
  const covering = claims.filter((c) => covers(c, named.evidence));
  const candidates = covering.filter((c) => c.outcome === named.outcome && (c.quantity?.value ?? null) === named.value);
  const scored = named.speaker !== undefined;
  const best = (scored ? candidates.find((c) => speakerMatches(named.speaker ?? null, c.speaker)) : undefined) ?? candidates[0];
  if (best) matched.add(best);
  return {
    name: named.name,
    url: named.url,
    evidence: named.evidence,
    outcome: named.outcome,
    value: named.value,
    found: best !== undefined,
    near: best ? [] : covering.map((c) => ({ outcome: c.outcome, value: c.quantity?.value ?? null })),
    speakerRight: best && scored ? speakerMatches(named.speaker ?? null, best.speaker) : null,
    expectedSpeaker: named.speaker,
    predictedSpeaker: best?.speaker?.text ?? null,
  };
}

export async function evaluateScenario(folder: string): Promise<ScenarioReport> {
  const file = join(folder, 'expect.json');
  const expectation = parseExpectation(await readFile(file, 'utf8'), file);
  const { byUrl, count, unreadable } = await readScenarioDocuments(folder);
  const matched = new Set<Claim>();
  const results = expectation.claims.map((named) => scoreNamed(named, byUrl.get(named.url) ?? [], matched));
  // A sentence that holds no claim may share its sentence with a named one ("X denied striking the hospital, where 471 were killed").
  const falseClaims = expectation.noClaims.flatMap((no) =>
    (byUrl.get(no.url) ?? [])
      .flatMap((d) => d.claims.filter((c) => !matched.has(c) && covers(c, no.evidence)))
      .map((c) => ({ url: no.url, evidence: no.evidence, outcome: c.outcome, value: c.quantity?.value ?? null })),
  );
  const scored = results.filter((r) => r.speakerRight !== null);
  const onBoard = await boardOfScenario(folder);
  return {
    scenario: basename(folder),
    title: expectation.title,
    documents: count,
    unreadable: [...unreadable, ...onBoard.unreadable.filter((u) => !unreadable.some((known) => known.input === u.input))],
    found: results.filter((r) => r.found).length,
    named: results.length,
    speakersRight: scored.filter((r) => r.speakerRight).length,
    speakersScored: scored.length,
    falseClaims,
    results,
    board: scoreBoard(expectation, onBoard.board),
  };
}

/** Whether a path is one scenario (a folder holding expect.json). */
export async function isScenarioFolder(path: string): Promise<boolean> {
  try {
    return (await stat(join(path, 'expect.json'))).isFile();
  } catch {
    return false;
  }
}

/** A scenario folder, or a folder of scenario folders (each with expect.json), in name order. */
export async function evaluateScenarios(path: string): Promise<ScenarioSetReport> {
  const folders: string[] = [];
  if (await isScenarioFolder(path)) folders.push(path);
  else {
    const { readdir } = await import('node:fs/promises');
    const entries = (await readdir(path, { withFileTypes: true })).filter((e) => e.isDirectory() && !e.name.startsWith('.')).map((e) => join(path, e.name)).sort();
    for (const folder of entries) if (await isScenarioFolder(folder)) folders.push(folder);
    if (folders.length === 0) throw new Error(`${path}: no expect.json here or in its folders`);
  }
  const scenarios: ScenarioReport[] = [];
  for (const folder of folders) scenarios.push(await evaluateScenario(folder));
  const sum = (pick: (r: ScenarioReport) => number) => scenarios.reduce((total, r) => total + pick(r), 0);
  const pairs = (pick: (r: ScenarioReport) => { tp: number; fp: number; fn: number }) => {
    const [tp, fp, fn] = [sum((r) => pick(r).tp), sum((r) => pick(r).fp), sum((r) => pick(r).fn)];
    return { tp, fp, fn, f1: 2 * tp + fp + fn === 0 ? null : (2 * tp) / (2 * tp + fp + fn) };
  };
  return {
    origins: pairs((r) => r.board.origins),
    figures: pairs((r) => r.board.figures),
    verdictsRight: sum((r) => r.board.verdictsRight),
    verdictsExpected: sum((r) => r.board.verdictsExpected),
    falseAccusations: sum((r) => r.board.falseAccusations.length),
    scenarios,
    found: sum((r) => r.found),
    named: sum((r) => r.named),
    speakersRight: sum((r) => r.speakersRight),
    speakersScored: sum((r) => r.speakersScored),
    falseClaims: sum((r) => r.falseClaims.length),
  };
}
