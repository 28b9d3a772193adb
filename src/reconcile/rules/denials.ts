import type { Stance } from '../../contracts/claim.js';
import type { Relation } from '../../contracts/board.js';
import type { PlacedFigure } from '../figures.js';
import { isDenial, type Item } from '../item.js';
import { citation, claimPhrase, outcomeWords, speakerName } from '../phrases.js';
import { kindsMeet, originFirsts, outcomeWithin, placeWithin } from '../related.js';

/**
 * A denial ("Russia and North Korea deny the deployment") conflicts with
 * every figure that puts a number on what it denies: the same group, an
 * outcome inside the denied one, a place inside the denied place (or
 * anywhere, when the denial names none). One relation per denying origin
 * and figure, against the figure's largest claim: the figure is marked
 * `denied`, and its claims are listed on it.
 */
const VERB: Record<Stance, string> = {
  confirmed: 'confirmed',
  asserted: 'said',
  estimated: 'estimated',
  alleged: 'alleged',
  denied: 'denied',
  reported: 'reported',
};

export function denialConflicts(family: readonly PlacedFigure[]): Relation[] {
  const relations: Relation[] = [];
  const seen = new Set<string>();
  for (const denied of family) {
    for (const denial of denied.items) {
      if (!isDenial(denial)) continue;
      for (const figure of family) {
        if (!outcomeWithin(figure.outcome, denied.outcome) || !kindsMeet(figure, denied) || !placeWithin(figure, denied)) continue;
        const key = `${denial.origin}|${figure.id}`;
        const largest = originFirsts(figure).reduce<Item | undefined>((best, item) => ((item.claim.quantity?.value ?? 0) > (best?.claim.quantity?.value ?? 0) ? item : best), undefined);
        if (seen.has(key) || !largest) continue;
        seen.add(key);
        relations.push({ a: denial.claim.id, b: largest.claim.id, verdict: 'conflict', why: why(denial, largest) });
      }
    }
  }
  return relations;
}

function why(denial: Item, claim: Item): string {
  const group = denial.subject.text || 'such';
  const place = denial.location ? ` in ${denial.location.name}` : '';
  return (
    `${speakerName(denial)} denies that any ${group} were ${outcomeWords(denial.claim.outcome)}${place} (${citation(denial)}); ` +
    `${speakerName(claim)} ${VERB[claim.claim.stance]} ${claimPhrase(claim)} (${citation(claim)}).`
  );
}
