/** Digits and punctuation read as one token: dates, clock times, IP addresses, phone numbers, scores, "3/4". */
import type { NumberKind } from '../types.js';
import { type Lexed, atomOf } from './atom.js';

const ISO_DATE = /(\d{4})-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?(?!\d|-\d)/y;
const NUMERIC_DATE = /(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})(?!\d|[/.-]\d)/y;
const CLOCK_TIME = /([01]?\d|2[0-4]):([0-5]\d)(?::[0-5]\d)?(?!\d)/y;
const IP_ADDRESS = /\d{1,3}(?:\.\d{1,3}){3}(?!\d|\.\d)/y;
const PHONE_NUMBER = /\d{3}[-.]\d{3}[-.]\d{4}(?!\d)/y;
const PARENTHESISED_PHONE = /\(\d{3}\)[ \u00A0]?\d{3}[-.]\d{4}(?!\d)/y;
const INTERNATIONAL_PHONE = /\+\d{1,3}(?:[ \-./]?\(\d{1,4}\)|[ \-./]\d{1,5})+(?!\d)/y;
const SLASH_PAIR = /(\d{1,3})([/⁄])(\d{1,4})(?![\d/⁄]|[.,]\d)/y;
/** "2-1", "89-89", "4-3s": two small numbers joined by a dash, the second not above the first (a range rises). */
const SCORE = /(\d{1,3})[-–](\d{1,3})s?(?![\d%]|[.,]\d|[-–]\d|[\p{L}])/uy;
const FRACTION_DENOMINATORS: ReadonlySet<number> = new Set([2, 3, 4, 5, 6, 8, 10, 16]);

function isDateLike(first: number, second: number): boolean {
  return (first >= 1 && first <= 12 && second >= 1 && second <= 31) || (first >= 1 && first <= 31 && second >= 1 && second <= 12);
}

function formLexed(start: number, end: number, value: number, kind: NumberKind): Lexed {
  return { atom: atomOf(start, end, value, { formKind: kind }), next: end };
}

/** Dates, times, addresses and phone numbers written as one token of digits and punctuation. */
export function lexStructuredDigits(text: string, start: number, runEnd: number, floor: number): Lexed | null {
  const after = text.charCodeAt(runEnd);
  const runLength = runEnd - start;
  if (after === 58 /* : */ && runLength <= 2) {
    CLOCK_TIME.lastIndex = start;
    const time = CLOCK_TIME.exec(text);
    if (time !== null) return formLexed(start, start + time[0].length, Number(time[1]), 'time');
  }
  if (after === 46 /* . */ && runLength <= 3) {
    IP_ADDRESS.lastIndex = start;
    const ip = IP_ADDRESS.exec(text);
    if (ip !== null) return formLexed(start, start + ip[0].length, Number(text.slice(start, runEnd)), 'identifier');
  }
  if (after === 45 /* - */ && runLength === 4) {
    ISO_DATE.lastIndex = start;
    const date = ISO_DATE.exec(text);
    if (date !== null) return formLexed(start, start + date[0].length, Number(date[1]), 'date');
  }
  if ((after === 45 || after === 46) && runLength === 3) {
    PHONE_NUMBER.lastIndex = start;
    const phone = PHONE_NUMBER.exec(text);
    if (phone !== null) return formLexed(start, start + phone[0].length, Number(text.slice(start, runEnd)), 'identifier');
  }
  if ((after === 45 || after === 46 || after === 47) && runLength <= 2) {
    NUMERIC_DATE.lastIndex = start;
    const date = NUMERIC_DATE.exec(text);
    if (date !== null && isDateLike(Number(date[1]), Number(date[3]))) {
      return formLexed(start, start + date[0].length, Number(date[1]), 'date');
    }
  }
  if ((after === 45 || after === 0x2013) && runLength <= 3) {
    SCORE.lastIndex = start;
    const score = SCORE.exec(text);
    if (score !== null && Number(score[2]) <= Number(score[1])) return formLexed(start, start + score[0].length, Number(score[1]), 'score');
  }
  if ((after === 47 /* / */ || after === 0x2044 /* ⁄ */) && runLength <= 3) {
    SLASH_PAIR.lastIndex = start;
    const pair = SLASH_PAIR.exec(text);
    if (pair !== null) {
      const numerator = Number(pair[1]);
      const denominator = Number(pair[3]);
      const end = start + pair[0].length;
      if (numerator < denominator && (FRACTION_DENOMINATORS.has(denominator) || pair[2] === '⁄')) {
        return { atom: atomOf(start, end, numerator / denominator, { fraction: true }), next: end };
      }
      const kind: NumberKind = isDateLike(numerator, denominator) || denominator >= 1900 ? 'date' : 'identifier';
      return formLexed(start, end, numerator, kind);
    }
  }
  if (start - 1 >= floor && text.charCodeAt(start - 1) === 40 /* ( */ && runLength === 3) {
    PARENTHESISED_PHONE.lastIndex = start - 1;
    const phone = PARENTHESISED_PHONE.exec(text);
    if (phone !== null) {
      const end = start - 1 + phone[0].length;
      return { atom: atomOf(start - 1, end, Number(text.slice(start, runEnd)), { formKind: 'identifier' }), next: end };
    }
  }
  if (start - 1 >= floor && text.charCodeAt(start - 1) === 43 /* + */) {
    INTERNATIONAL_PHONE.lastIndex = start - 1;
    const phone = INTERNATIONAL_PHONE.exec(text);
    if (phone !== null && phone[0].replace(/\D/g, '').length >= 7) {
      const end = start - 1 + phone[0].length;
      return { atom: atomOf(start - 1, end, Number(text.slice(start, runEnd)), { formKind: 'identifier' }), next: end };
    }
  }
  return null;
}
