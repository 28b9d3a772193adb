import type { Attribution } from './speaker-phrase.js';
import { speakerAttribution } from './speaker-phrase.js';

/**
 * Figures someone gives, with the counts after a colon: "Kyrylenko gives
 * the first detailed figures: 39 dead …", "The governor gave an update on
 * Telegram: 14 killed, 40 injured", "The ministry has provided its final
 * toll: 51 dead". The subject that opens the sentence gives them.
 */
const GIVEN = /^\s*([^,;:]{2,80}?)\s+(?:has\s+|have\s+|had\s+)?(?:(?:now|also|later|again)\s+)?(?:gives|gave|give|given|provided|provides|shared|shares|offered|offers)\s+(?:(?:the|its|his|her|their|a|an)\s+)?(?:(?:first|latest|new|updated|detailed|fresh|preliminary|official|final|initial|revised|full|grim|fuller|higher|lower|grimmer|different|own|first\s+official)\s+)*(?:figures|numbers|toll|tally|count|update|breakdown|details|data|casualty\s+figures)\b[^:;.]{0,40}:\s/iu;
const HINT = /\b(?:gives|gave|give|given|provided|provides|shared|shares|offered|offers)\s/i;

export function givenFiguresAttribution(sentence: string): Attribution | null {
  if (!HINT.test(sentence)) return null;
  const found = GIVEN.exec(sentence);
  return found ? speakerAttribution(sentence, found[1] as string, 'gave', 'asserted', found.index) : null;
}
