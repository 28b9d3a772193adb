/** Character tests on UTF-16 code units and regex helpers shared by the number readers. */

const NON_ASCII_LETTER = /[\p{L}\p{M}]/u;

export function isDigitCode(code: number): boolean {
  return code >= 48 && code <= 57;
}

export function isAsciiLetterCode(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

export function isAsciiUpperCode(code: number): boolean {
  return code >= 65 && code <= 90;
}

export function isLetterAt(text: string, index: number): boolean {
  if (index < 0 || index >= text.length) return false;
  const code = text.charCodeAt(index);
  if (code < 128) return isAsciiLetterCode(code);
  return NON_ASCII_LETTER.test(text.charAt(index));
}

export function isAlphanumericAt(text: string, index: number): boolean {
  return isLetterAt(text, index) || isDigitCode(text.charCodeAt(index));
}

export function isHorizontalSpaceCode(code: number): boolean {
  return code === 32 || code === 9 || code === 0xa0 || code === 0x202f || code === 0x2009 || code === 0x2007;
}

export function isSpaceCode(code: number): boolean {
  return isHorizontalSpaceCode(code) || code === 10 || code === 13;
}

export function isHyphenCode(code: number): boolean {
  return code === 45 || code === 0x2010 || code === 0x2011;
}

export function escapeRegExp(literal: string): string {
  return literal.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A phrase of a word table as a regex source: its spaces match any run of white space. */
export function phrasePattern(phrase: string): string {
  return phrase.split(' ').map(escapeRegExp).join('\\s+');
}

/** ASCII characters by what they are to the scan; `\w` without the u flag is [A-Za-z0-9_]. */
const OTHER = 0;
export const LETTER = 1;
export const DIGIT = 2;
export const UNDERSCORE = 3;
export const DOT = 4;
export const ASCII_CLASS: Uint8Array = (() => {
  const classes = new Uint8Array(128);
  for (let code = 0; code < 128; code++) {
    classes[code] = isAsciiLetterCode(code) ? LETTER : isDigitCode(code) ? DIGIT : code === 95 ? UNDERSCORE : code === 46 ? DOT : OTHER;
  }
  return classes;
})();

export function isWordCode(code: number): boolean {
  return code < 128 && ASCII_CLASS[code]! !== OTHER && code !== 46;
}

export const IDENTIFIER_TOKEN = /[\p{L}\p{N}]+(?:[-‐][\p{L}\p{N}]+)*/uy;

export function skipWord(text: string, from: number): number {
  let index = from;
  while (index < text.length && isAlphanumericAt(text, index)) index++;
  return Math.max(index, from + 1);
}
