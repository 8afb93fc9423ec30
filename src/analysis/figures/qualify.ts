// Step 5: the qualifier of each figure from the words right before it ("some 8,000", "at least
// 10,000", "rose 3%", "up 4%") and right after ("200 or more", "50-odd"). Bounds and estimates
// join the figure's text ("at least 10,000"); movement verbs stay outside it ("rose" is the clause's verb).
// The last few words before the figure are looked up in a map, longest phrase first: a handful of
// lookups a figure, whatever the size of the lexicon.
import type { Qualifier } from '../../types.js';
import { MOVEMENT_AFTER, QUALIFIER_BEFORE } from '../../lexicon/qualifiers.js';
import { QUANTITY_KINDS, type Candidate } from './candidate.js';
import { prepositionalUse } from './prepositions.js';
import { qualifierAfter } from './qualify-after.js';
import { lastWord } from '../segment/last-word.js';
import { isBlankCode } from '../segment/blanks.js';
import { movementVerbBefore, notAChange, wordThenBlankBefore } from './movement-before.js';

// qualifiers that belong in the figure's text: bounds and estimates, not verbs of movement
const OUTSIDE_SPAN = new Set(['up', 'down']);
const SPAN_EXCLUDED = new Set(['just', 'only', 'estimated', 'an estimated']);
const MAX_WORDS = Math.max(...Object.keys(QUALIFIER_BEFORE).map((k) => k.split(' ').length));
// regexes hoisted out of the function: V8 builds a fresh object for a literal at each call
const PLAIN_WORD = /^[\p{L}.]+$/u;
const NEXT_WORD = /^[ \t-]{1,2}(\p{L}{3,10})(?!\p{L})/u;
// "<", "<=", "< =", "≥"; not the arrows "=>" and "->"
const SYMBOL = /(?<![=\-–<>])([<>≤≥~])(?:[ \t]?(=))?[ \t]?$/;
/** Whether one of SYMBOL's marks is among the last four characters, where every match of it has its mark. */
function symbolNearEnd(before: string): boolean {
  for (let k = Math.max(0, before.length - 4); k < before.length; k++) {
    const c = before.charCodeAt(k);
    if (c === 60 || c === 62 || c === 126 || c === 0x2264 || c === 0x2265) return true;
  }
  return false;
}
const DIGIT_END = /\d[ \t]?$/;
// every phrase that ends some phrase of the lexicon ("least", "at least"): growing a phrase that is none of
// them to the left can never make one, so the loop below stops there instead of reading MAX_WORDS words
// (and a figure whose nearest word is none of them has no qualifier before it)
const PHRASE_ENDS: ReadonlySet<string> = new Set(Object.keys(QUALIFIER_BEFORE).flatMap((k) => k.split(' ').map((_, i, ws) => ws.slice(i).join(' '))));

export function qualify(text: string, c: Candidate): Candidate {
  if (!QUANTITY_KINDS.has(c.kind)) return c;
  let qualifier: Qualifier = c.qualifier;
  let start = c.start;
  let end = c.end;
  const before = text.slice(Math.max(0, c.start - 32), c.start);
  // (SYMBOL ends the window, and is tried from every position of it: only where a mark is near the end)
  const sym = symbolNearEnd(before) ? SYMBOL.exec(before) : null;
  // "1000~5000", "10 ~ 20": a tilde between two numbers joins a range (the ranges step reads it)
  const symKey = sym && sym[1] && !(sym[1] === '~' && DIGIT_END.test(before.slice(0, sym.index))) ? sym[1] + (sym[2] ?? '') : '';
  if (sym && QUALIFIER_BEFORE[symKey]) {
    qualifier = QUALIFIER_BEFORE[symKey]!;
    start = c.start - sym[0].length;
  } else if (before.length > 0 && isBlankCode(before.charCodeAt(before.length - 1)) && PHRASE_ENDS.has(lastWord(before))) {
    // the words before the figure, nearest first, grown one word at a time into a phrase; the
    // longest phrase the lexicon knows wins. A phrase never crosses punctuation, nor a word the
    // window may have cut ("…ore than" at the window's start). No arrays: a figure costs a few strings.
    let phrase = '';
    let found: Qualifier | undefined;
    let foundPhrase = '';
    let foundAt = 0;
    let pos = before.length;
    for (let n = 0; n < MAX_WORDS; n++) {
      while (pos > 0 && isBlankCode(before.charCodeAt(pos - 1))) pos--;
      const wordEnd = pos;
      while (pos > 0 && !isBlankCode(before.charCodeAt(pos - 1))) pos--;
      if (wordEnd === pos || (pos === 0 && before.length === 32)) break;
      const w = before.slice(pos, wordEnd);
      if (!PLAIN_WORD.test(w)) break;
      phrase = n === 0 ? w.toLowerCase() : `${w.toLowerCase()} ${phrase}`;
      const q = QUALIFIER_BEFORE[phrase];
      if (q) { found = q; foundPhrase = phrase; foundAt = pos; }
      if (!PHRASE_ENDS.has(phrase)) break;
    }
    // 4b. "talked about 412 options", "presided over four trials": a preposition, not a bound
    if (found && prepositionalUse(text, foundPhrase, c.start - (before.length - foundAt), c)) found = undefined;
    if (found) {
      qualifier = found;
      if (!OUTSIDE_SPAN.has(found) && !SPAN_EXCLUDED.has(foundPhrase)) start = c.start - (before.length - foundAt);
    }
  }
  // "fell by 5%", "slumped by a fifth": a verb of movement before "by" (an estimate word between,
  // "fell by about 5%", keeps the estimate)
  // ("raised just $5 million" is still fundraising: the checks below read from where the verb ends)
  let verbEnd = start;
  if (qualifier === 'exact' && wordThenBlankBefore(text, start)) {
    const mv = movementVerbBefore(text, start);
    if (mv) { qualifier = mv.qualifier; verbEnd = mv.end; }
  }
  // "200 or more", "50-odd"
  const after = qualifier === 'exact' ? qualifierAfter(text, c.end) : null;
  if (after) ({ qualifier, end } = after);
  // "a 3% rise", "a $2 drop": the movement noun after the amount (outside the figure's text)
  if (qualifier === 'exact' && (c.kind === 'percent' || c.kind === 'money')) {
    const mv = NEXT_WORD.exec(text.slice(end, end + 14));
    const q = mv && mv[1] ? MOVEMENT_AFTER[mv[1].toLowerCase()] : undefined;
    if (q) qualifier = q;
  }
  // "raised $5 million" is money collected, not a rise; "lost six years ago" is a time, not a fall
  if ((qualifier === 'up' || qualifier === 'down') && notAChange(text, c, verbEnd)) qualifier = 'exact';
  c.start = start; c.end = end; c.qualifier = qualifier;
  return c;
}
