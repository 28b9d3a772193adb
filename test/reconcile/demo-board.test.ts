import assert from 'node:assert/strict';
import { join } from 'node:path';
import { before, test } from 'node:test';
import type { Board, BoardClaim, Figure } from '../../src/contracts/board.js';
import { runIngest } from '../../src/cli/ingest-command.js';
import { demoCorpusPath } from '../../src/ingest/demo.js';
import { reconcile } from '../../src/reconcile/board.js';
import { openStore } from '../../src/store/open.js';
import { tempDir } from '../support/temp.js';

/**
 * The demo corpus reconciled: the board a reader of December 2024 reporting
 * would draw by hand (demo/README.md lists the public facts F1–F10).
 */
let board: Board;

before(async () => {
  const store = await openStore(join(tempDir(), 'demo.db'));
  try {
    await runIngest(store, [demoCorpusPath()], { json: false, quiet: true });
    board = reconcile(await store.listSourcedClaims());
  } finally {
    await store.close();
  }
});

function claimsOf(figure: Figure): BoardClaim[] {
  return figure.claims.map((id) => board.claims[id]).filter((c): c is BoardClaim => !!c);
}

function figure(outcome: string, period: string | null): Figure {
  const found = board.figures.find(
    (f) =>
      f.subject.affiliation === 'KP' &&
      f.subject.kind === 'military' &&
      f.outcome === outcome &&
      (period === null ? f.period === null : `${f.period?.start}..${f.period?.end}` === period),
  );
  assert.ok(found, `a KP military ${outcome} figure for ${period ?? 'the running total'}`);
  return found;
}

test('the figures of December 2024: Zelenskyy’s running total, Kirby’s week, HUR’s two days, SOF’s three days', () => {
  const total = figure('casualties', null);
  assert.equal(total.location, 'Kursk Oblast');
  assert.equal(total.low, 3000);
  assert.equal(total.high, null, '“more than 3,000” puts no ceiling on it');
  const zelenskyy = claimsOf(total).filter((c) => c.speaker_id === 'volodymyr-zelenskyy');
  assert.ok(zelenskyy.length >= 3, 'several outlets repeat Zelenskyy');
  assert.equal(new Set(zelenskyy.map((c) => c.origin)).size, 1, 'Zelenskyy’s statement is counted once');

  const week = figure('casualties', '2024-12-21..2024-12-27');
  assert.equal(week.origins, 1, 'Kirby’s briefing, however many copies, is one origin');
  assert.ok(week.claims.length >= 4);
  assert.equal(week.low, 1000);

  assert.equal(figure('casualties', '2024-12-14..2024-12-15').low, 30);
  assert.equal(figure('killed', '2024-12-20..2024-12-22').best, 50);
  assert.equal(figure('wounded', '2024-12-20..2024-12-22').best, 47);
  const captured = figure('captured', null);
  assert.equal(captured.best, 2, 'two captured in January after one in December');
});

test('the rewritten copy is drift, and its comparison with Zelenskyy’s figure is of different quantities', () => {
  const drift = board.relations.filter((r) => r.verdict === 'drift' && /killed or wounded → killed\b/.test(r.why));
  assert.equal(drift.length, 1, 'one copy turned Kirby’s “killed or wounded” into “killed”');
  const rewrite = board.claims[drift[0]?.b ?? ''];
  assert.equal(rewrite?.outcome, 'killed');
  assert.equal(rewrite?.publisher, 'Eastern Front Monitor');
  const zelenskyy = Object.values(board.claims).find((c) => c.speaker_id === 'volodymyr-zelenskyy' && c.outcome === 'casualties')?.origin;
  const compared = board.relations.find(
    (r) => r.verdict === 'not-comparable' && [r.a, r.b].includes(rewrite?.id ?? '') && [r.a, r.b].some((id) => board.claims[id]?.origin === zelenskyy),
  );
  assert.ok(compared, 'the rewrite’s “over 1,000 killed” is set against Zelenskyy’s “more than 3,000 killed or wounded”');
  assert.match(compared.why, /only part of “killed or wounded”/);
  assert.match(compared.why, /different periods/);
});

test('the denials conflict with the deployment figures, and nothing else conflicts', () => {
  const deployed = figure('deployed', null);
  assert.equal(deployed.denied, true);
  assert.ok(deployed.best !== null && deployed.best >= 10000);
  const conflicts = board.relations.filter((r) => r.verdict === 'conflict');
  assert.ok(conflicts.length >= 2);
  for (const conflict of conflicts) {
    const [a, b] = [board.claims[conflict.a], board.claims[conflict.b]];
    assert.ok(a?.stance === 'denied' || b?.stance === 'denied', `only denials conflict here: ${conflict.why}`);
    assert.equal(a?.outcome, 'deployed');
    assert.equal(b?.outcome, 'deployed');
  }
  const deniers = new Set(conflicts.map((r) => board.claims[r.a]?.speaker_id));
  assert.deepEqual([...deniers].sort(), ['kp-state', 'ru-state']);
});

test('copies count once: the syndicated Kirby report and the Telegram repost are same-origin, not corroboration', () => {
  const sameOrigin = board.relations.filter((r) => r.verdict === 'same-origin');
  const kirbyCopies = sameOrigin.filter((r) => board.claims[r.a]?.speaker_id === 'john-kirby');
  const outlets = new Set(kirbyCopies.map((r) => board.claims[r.b]?.publisher));
  assert.ok(outlets.has('The Northgate Post'), 'the syndicated HTML copy');
  assert.ok(outlets.has('Kursk Front Watch'), 'the Telegram repost');
  for (const relation of board.relations) {
    assert.ok(board.claims[relation.a] && board.claims[relation.b], 'every relation names claims on the board');
    assert.ok(relation.why.length > 20);
  }
});
