// Step 5: the qualifier of each figure from the words right before it ("some 8,000", "at least
// 10,000", "rose 3%", "up 4%") and right after ("200 or more", "50-odd"). Bounds and estimates
// join the figure's text ("at least 10,000"); movement verbs stay outside it ("rose" is the clause's verb).
// The last few words before the figure are looked up in a map, longest phrase first: a handful of
// lookups a figure, whatever the size of the lexicon.
import type { Qualifier } from '../../types.js';
import { MOVEMENT_AFTER, PHRASAL_PARTICLES, QUALIFIER_BEFORE } from '../../lexicon/qualifiers.js';
import { QUANTITY_KINDS, type Candidate } from './candidate.js';
import { prepositionalUse } from './prepositions.js';
import { lossAmount } from './loss-amount.js';
import { isBlank, qualifierAfter } from './qualify-after.js';

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
const SPACE = /\s/;
const isSpace = (code: number): boolean => code === 32 || code === 9 || code === 10 || code === 13 || (code > 127 && SPACE.test(String.fromCharCode(code))) || code === 11 || code === 12;
/** The word right before the trailing blanks, lower-cased (words as the loop below reads them). */
function lastWord(before: string): string {
  let end = before.length;
  while (end > 0 && isSpace(before.charCodeAt(end - 1))) end--;
  let start = end;
  while (start > 0 && !isSpace(before.charCodeAt(start - 1))) start--;
  return before.slice(start, end).toLowerCase();
}
const LEADING_NON_LETTERS = /^[^\p{L}]+/u;
// "rise another 2%", "grew a further 3%", "fell an additional 4%": more of the same movement
const FURTHER = new Set(['another', 'further', 'additional', 'extra']);
/** The verb of movement right before `start` ("rose 5%", "slumped by a fifth"), as its qualifier. */
function movementBefore(text: string, start: number): Qualifier | undefined {
  let before = text.slice(Math.max(0, start - 36), start);
  let w = lastWord(before);
  if (FURTHER.has(w)) {
    before = before.trimEnd().slice(0, -w.length);
    w = lastWord(before);
    if (w === 'a' || w === 'an') { before = before.trimEnd().slice(0, -w.length); w = lastWord(before); }
  }
  if (w === 'by') w = lastWord(before.trimEnd().slice(0, -2));
  const q = QUALIFIER_BEFORE[w.replace(LEADING_NON_LETTERS, '')];
  return q === 'up' || q === 'down' ? q : undefined;
}

// a cheap check before the regex, which most figures (no verb before) fail anyway
/** Blanks right before `at`, after an ASCII letter: the only place a movement verb can end. */
function wordThenBlankBefore(text: string, at: number): boolean {
  let j = at - 1;
  if (!isBlank(text[j])) return false;
  while (j > 0 && isBlank(text[j])) j--;
  const code = text.charCodeAt(j) | 0x20;
  return code >= 97 && code <= 122;
}

const RAISED_BEFORE = /(?:^|[^\p{L}])(?:raised|raise|raises|raising)[ \t]+$/iu;
const AGO_AFTER = /^[ \t]+(?:ago|earlier|later|before|after|beforehand|afterwards)(?![A-Za-z])/i;

/** "broke down three times", "set up 40 stalls": the up or down before the figure is a phrasal verb's particle. */
function phrasalParticle(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 40), start);
  const particle = lastWord(before);
  if (particle !== 'up' && particle !== 'down') return false;
  return PHRASAL_PARTICLES.has(`${lastWord(before.trimEnd().slice(0, -particle.length))} ${particle}`);
}

/** A movement word before a figure that is no change: fundraising, a loss amount, a time span back from now, a particle. */
function notAChange(text: string, c: Candidate, start: number): boolean {
  if (phrasalParticle(text, start)) return true;
  if (c.kind === 'money' && (RAISED_BEFORE.test(text.slice(Math.max(0, start - 12), start)) || lossAmount(text, c, start))) return true;
  return c.kind === 'measure' && c.unit !== null && TIME_UNITS.has(c.unit) && AGO_AFTER.test(text.slice(c.end, c.end + 14));
}
const TIME_UNITS = new Set(['year', 'month', 'week', 'day', 'hour', 'min', 's', 'decade', 'century', 'quarter']);

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
  } else if (before.length > 0 && isSpace(before.charCodeAt(before.length - 1)) && PHRASE_ENDS.has(lastWord(before))) {
    // the words before the figure, nearest first, grown one word at a time into a phrase; the
    // longest phrase the lexicon knows wins. A phrase never crosses punctuation, nor a word the
    // window may have cut ("…ore than" at the window's start). No arrays: a figure costs a few strings.
    let phrase = '';
    let found: Qualifier | undefined;
    let foundPhrase = '';
    let foundAt = 0;
    let pos = before.length;
    for (let n = 0; n < MAX_WORDS; n++) {
      while (pos > 0 && isSpace(before.charCodeAt(pos - 1))) pos--;
      const wordEnd = pos;
      while (pos > 0 && !isSpace(before.charCodeAt(pos - 1))) pos--;
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
  if (qualifier === 'exact' && wordThenBlankBefore(text, start)) {
    const q = movementBefore(text, start);
    if (q) qualifier = q;
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
  if ((qualifier === 'up' || qualifier === 'down') && notAChange(text, c, start)) qualifier = 'exact';
  c.start = start; c.end = end; c.qualifier = qualifier;
  return c;
}
