// Step 5, the words right after a figure: "200 or more", "50-odd", "5,000-plus" are bounds that join
// the figure's text; "50 plus 3" and "5,000 or less than 6,000" are arithmetic or a bound of the next number.
import type { Qualifier } from '../../types.js';
import { QUALIFIER_AFTER } from '../../lexicon/qualifiers.js';
import { COUNT_WORDS } from '../../lexicon/number-words.js';

const AFTER = /^(?:[ \t]+((?:[\p{L}]+)(?:[ \t]+[\p{L}]+)?)|(-(?:plus|odd|ish)|\+))(?![\p{L}\p{N}])/u;
const BLANKS = /[ \t]+/;
// "50 plus 3", "5 + 2": arithmetic, not "50-plus"; "5,000 or less than 6,000": a bound of the next number
const NUMBER_NEXT = new RegExp(String.raw`^[ \t]*(?:\.?\d|(?:${COUNT_WORDS.join('|')})(?![A-Za-z]))`, 'i');
const THAN_NEXT = /^[ \t]+than(?![A-Za-z])/i;

// a cheap check before the regexes, which most figures (no word after) fail anyway
export const isBlank = (ch: string | undefined): boolean => ch === ' ' || ch === '\t';
/** "-plus", "+", or blanks then something other than a digit: AFTER may match. */
function mayQualifyAfter(text: string, at: number): boolean {
  const ch = text[at];
  if (ch === '-' || ch === '+') return true;
  if (!isBlank(ch)) return false;
  let j = at;
  while (j < text.length && isBlank(text[j])) j++;
  const code = text.charCodeAt(j);
  return j < text.length && !(code >= 48 && code <= 57);
}

/** The qualifier in the words right after a figure that ends at `at`, and where the figure's text then ends. */
export function qualifierAfter(text: string, at: number): { qualifier: Qualifier; end: number } | null {
  if (!mayQualifyAfter(text, at)) return null;
  const a = AFTER.exec(text.slice(at, at + 16));
  if (!a) return null;
  const key = a[2] ?? '';
  const words = (a[1] ?? '').toLowerCase().split(BLANKS);
  const two = words.slice(0, 2).join(' ');
  const q = key ? QUALIFIER_AFTER[key] : QUALIFIER_AFTER[two] ?? QUALIFIER_AFTER[words[0] ?? ''];
  const used = !q ? 0 : key ? key.length : QUALIFIER_AFTER[two] !== undefined && words.length >= 2 ? a[0].length : a[0].length - (a[1] ?? '').length + (words[0] ?? '').length;
  const rest = text.slice(at + used, at + used + 16);
  return q && !NUMBER_NEXT.test(rest) && !THAN_NEXT.test(rest) ? { qualifier: q, end: at + used } : null;
}
