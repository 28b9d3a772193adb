/**
 * Experiment (issue 13): does wink-nlp's part-of-speech tagger and entity recogniser find the speaker of a
 * claim better than the extractor's own recognisers? Run after `npm run -s build`:
 *
 *   node --import tsx bench/wink-speakers.ts score <gold.jsonl> [--texts DIR] [--verbose]
 *   node --import tsx bench/wink-speakers.ts time [--mb 6]
 *
 * `score` runs the extractor on a gold set three ways and counts, against the scorer's own speaker test
 * (speakerRight, via scoreDocuments), how many matched claims' speakers change from wrong to right (fixed)
 * and from right to wrong (broken):
 *   replace   wink's proposal replaces the extractor's speaker wherever wink proposes one;
 *   fallback  wink's proposal is used only where the extractor gives no speaker.
 * `--verbose` lists each change (never use it on a blind set).
 * `time` times wink (pos + ner) on only the claim sentences of the bench corpus against extraction itself.
 *
 * The proposal: in the claim's sentence, a reporting verb (said, told, reported, according to, …); the
 * noun chunk (PROPN/NOUN/ADJ, "of", possessive) just before it, or, when none is there, just after it
 * ("…, said the ministry"). `--strict` also skips passive or non-VERB reporting words and chunks without a
 * proper noun. wink-eng-lite-web-model's entities are numbers, dates and the like (no person or organisation),
 * so they cannot name a speaker; the part-of-speech chunk does the work.
 *
 * Measured 2026-12-06 on main 76b5dac (fixed/broken speakers of matched claims):
 *   fallback          CASE dev 0/5, held-out 0/0, real A 1/2, real B 5/0
 *   fallback --strict CASE dev 0/2, held-out 0/0, real A 0/0, real B 2/0
 *   replace           CASE dev 0/11, held-out 4/12, real A 1/20, real B 5/6
 *   time (6 MiB): pos+ner on every claim sentence 21 % of extraction; on speakerless ones only, 2 %.
 * Not adopted: it lowers CASE dev speaker and gains nothing on the sets it may be tuned on. Without a
 * dependency parse, tags cannot tell whether the reporting verb governs the figure (invented examples: "an
 * army officer says so after a blast killed 30"; "the group claimed a raid that wounded no one").
 */
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { extractClaims } from '../dist/extract/extract.js';
import { evaluateGoldFile } from '../dist/eval/run.js';
import type { Claim, Speaker } from '../src/contracts/claim.js';
import type { EvalReport } from '../src/eval/score.js';
import { generateDocuments } from './corpus.js';

const nlp = winkNLP(model, ['sbd', 'pos', 'ner']);
const its = nlp.its;

const REPORTING = new Set([
  'said', 'says', 'say', 'told', 'tells', 'reported', 'reports', 'announced', 'announces', 'estimated', 'estimates',
  'claimed', 'claims', 'stated', 'states', 'confirmed', 'confirms', 'added', 'wrote', 'noted', 'posted', 'according',
  'declared', 'alleged', 'insisted', 'warned', 'recorded', 'documented', 'counted', 'tallied', 'put',
]);
const CHUNK_POS = new Set(['PROPN', 'NOUN', 'ADJ']);
const BRIDGE = new Set(['of', "'s", '’s', 'the', 'for', 'and']);
const SKIP_BEFORE_VERB = new Set(['AUX', 'ADV', 'PART']);
const PRONOUNS = new Set(['he', 'she', 'it', 'they', 'we', 'i', 'who', 'which', 'that', 'officials', 'sources']);

interface Tok { value: string; pos: string }

function tokensOf(sentence: string): Tok[] {
  const doc = nlp.readDoc(sentence);
  const values = doc.tokens().out() as string[];
  const pos = doc.tokens().out(its.pos) as string[];
  return values.map((value, i) => ({ value, pos: pos[i]! }));
}

/** The noun chunk ending at `end` (inclusive), read backwards; bridges like "of"/"'s" only between nouns. */
function chunkBefore(toks: Tok[], end: number): string | null {
  let i = end;
  while (i >= 0 && SKIP_BEFORE_VERB.has(toks[i]!.pos)) i--;
  if (i < 0 || !CHUNK_POS.has(toks[i]!.pos)) return null;
  let start = i;
  while (start - 1 >= 0) {
    const prev = toks[start - 1]!;
    if (CHUNK_POS.has(prev.pos)) start--;
    else if (BRIDGE.has(prev.value.toLowerCase()) && start - 2 >= 0 && CHUNK_POS.has(toks[start - 2]!.pos)) start -= 2;
    else break;
  }
  return toks.slice(start, i + 1).map((t) => t.value).join(' ');
}

/** The noun chunk starting at `start`, read forwards (after an inverted "said" or "according to"). */
function chunkAfter(toks: Tok[], start: number): string | null {
  let i = start;
  while (i < toks.length && (toks[i]!.pos === 'DET' || toks[i]!.value.toLowerCase() === 'to')) i++;
  if (i >= toks.length || !CHUNK_POS.has(toks[i]!.pos)) return null;
  let end = i;
  while (end + 1 < toks.length) {
    const next = toks[end + 1]!;
    if (CHUNK_POS.has(next.pos)) end++;
    else if (BRIDGE.has(next.value.toLowerCase()) && end + 2 < toks.length && CHUNK_POS.has(toks[end + 2]!.pos)) end += 2;
    else break;
  }
  return toks.slice(i, end + 1).map((t) => t.value).join(' ');
}

/** wink's speaker for one sentence, or null. The last reporting verb with a noun chunk wins. */
export function winkSpeaker(sentence: string): string | null {
  const toks = tokensOf(sentence);
  let found: string | null = null;
  for (let v = 0; v < toks.length; v++) {
    const word = toks[v]!.value.toLowerCase();
    if (!REPORTING.has(word)) continue;
    if (STRICT && (toks[v]!.pos !== 'VERB' || isPassive(toks, v))) continue;
    let chunk: string | null;
    if (word === 'according') chunk = chunkAfter(toks, v + 1);
    else chunk = chunkBefore(toks, v - 1) ?? chunkAfter(toks, v + 1);
    if (!chunk || PRONOUNS.has(chunk.toLowerCase())) continue;
    if (STRICT && !hasProperNoun(chunk)) continue;
    found = chunk;
  }
  return found;
}

/** --strict: skip a passive reporting verb ("were reported", "was claimed") and chunks with no proper noun. */
const STRICT = process.argv.includes('--strict');
const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being']);

function isPassive(toks: Tok[], v: number): boolean {
  for (let i = v - 1; i >= 0 && (toks[i]!.pos === 'AUX' || toks[i]!.pos === 'ADV'); i--) {
    if (BE.has(toks[i]!.value.toLowerCase())) return true;
  }
  return false;
}

function hasProperNoun(chunk: string): boolean {
  return tokensOf(chunk).some((t) => t.pos === 'PROPN');
}

const asSpeaker = (text: string): Speaker => ({ text, name: null, org: null, country: null });

type Mode = 'base' | 'replace' | 'fallback';

function extractWith(mode: Mode) {
  return (doc: Parameters<typeof extractClaims>[0]): Claim[] => {
    const claims = extractClaims(doc);
    if (mode === 'base') return claims;
    const cache = new Map<string, string | null>();
    return claims.map((claim) => {
      if (mode === 'fallback' && claim.speaker !== null) return claim;
      const text = claim.sentence.text;
      if (!cache.has(text)) cache.set(text, winkSpeaker(text));
      const proposal = cache.get(text)!;
      return proposal === null ? claim : { ...claim, speaker: asSpeaker(proposal) };
    });
  };
}

/** Wrong speakers as a multiset of "doc | evidence | gold" keys, with what was predicted. */
function wrongSpeakers(report: EvalReport): Map<string, string[]> {
  const wrong = new Map<string, string[]>();
  for (const doc of report.perDocument) {
    for (const w of doc.wrongAttributes) {
      if (w.attribute !== 'speaker') continue;
      const key = `${doc.doc} | ${w.evidence} | gold ${w.gold}`;
      wrong.set(key, [...(wrong.get(key) ?? []), w.predicted]);
    }
  }
  return wrong;
}

function diff(base: Map<string, string[]>, variant: Map<string, string[]>) {
  const fixed: string[] = [];
  const broken: string[] = [];
  for (const [key, preds] of base) {
    const after = variant.get(key) ?? [];
    for (let i = after.length; i < preds.length; i++) fixed.push(`${key} | was ${preds[i]}`);
  }
  for (const [key, preds] of variant) {
    const before = base.get(key) ?? [];
    for (let i = before.length; i < preds.length; i++) broken.push(`${key} | now ${preds[i]}`);
  }
  return { fixed, broken };
}

async function score(goldFile: string, textsDir: string | undefined, verbose: boolean): Promise<void> {
  const reports = {} as Record<Mode, EvalReport>;
  for (const mode of ['base', 'replace', 'fallback'] as const) {
    reports[mode] = await evaluateGoldFile(goldFile, { textsDir, extract: extractWith(mode) });
  }
  const base = wrongSpeakers(reports.base);
  const s = reports.base.attributes.speaker;
  console.log(`${goldFile}: base speaker ${s.right}/${s.total}`);
  for (const mode of ['replace', 'fallback'] as const) {
    const { fixed, broken } = diff(base, wrongSpeakers(reports[mode]));
    const v = reports[mode].attributes.speaker;
    console.log(`  ${mode}: speaker ${v.right}/${v.total}  fixed ${fixed.length}  broken ${broken.length}`);
    if (verbose) for (const line of [...fixed.map((f) => `    + ${f}`), ...broken.map((b) => `    - ${b}`)]) console.log(line);
  }
}

function time(mb: number): void {
  const docs = [...generateDocuments(20240601, Math.round(mb * 1024 * 1024))];
  const bytes = docs.reduce((n, d) => n + Buffer.byteLength(d.text, 'utf8'), 0);
  // Warm both sides on a slice first.
  for (const d of docs.slice(0, 200)) for (const c of extractClaims(d)) winkSpeaker(c.sentence.text);
  let t = process.hrtime.bigint();
  const sentences: string[] = [];
  const unattributed: string[] = [];
  for (const d of docs) {
    const seen = new Set<number>();
    const seenNull = new Set<number>();
    for (const c of extractClaims(d)) {
      if (c.speaker === null && !seenNull.has(c.sentence.start)) {
        seenNull.add(c.sentence.start);
        unattributed.push(c.sentence.text);
      }
      if (seen.has(c.sentence.start)) continue;
      seen.add(c.sentence.start);
      sentences.push(c.sentence.text);
    }
  }
  const extractS = Number(process.hrtime.bigint() - t) / 1e9;
  t = process.hrtime.bigint();
  let proposals = 0;
  for (const s of sentences) if (winkSpeaker(s) !== null) proposals++;
  const winkS = Number(process.hrtime.bigint() - t) / 1e9;
  const sentenceBytes = sentences.reduce((n, s) => n + Buffer.byteLength(s, 'utf8'), 0);
  const mib = bytes / 1024 / 1024;
  console.log(`corpus ${mib.toFixed(2)} MiB, ${docs.length} docs; claim sentences ${sentences.length} (${(sentenceBytes / 1024 / 1024).toFixed(2)} MiB), wink proposals ${proposals}`);
  t = process.hrtime.bigint();
  for (const s of unattributed) winkSpeaker(s);
  const fallbackS = Number(process.hrtime.bigint() - t) / 1e9;
  console.log(`fallback only (${unattributed.length} sentences with a speakerless claim): ${fallbackS.toFixed(2)} s = ${((100 * fallbackS) / extractS).toFixed(0)}% of extraction`);
  console.log(`extract ${extractS.toFixed(2)} s (${(extractS / mib).toFixed(3)} s/MiB); wink pos+ner on claim sentences ${winkS.toFixed(2)} s (${(winkS / mib).toFixed(3)} s/MiB of corpus) = ${((100 * winkS) / extractS).toFixed(0)}% of extraction`);
}

const [command, ...rest] = process.argv.slice(2);
const option = (name: string) => {
  const i = rest.indexOf(name);
  return i >= 0 ? rest[i + 1] : undefined;
};
if (command === 'score') await score(rest[0]!, option('--texts'), rest.includes('--verbose'));
else if (command === 'time') time(Number(option('--mb') ?? 6));
else console.error('usage: wink-speakers.ts score <gold.jsonl> [--texts DIR] [--verbose] | time [--mb 6]');
