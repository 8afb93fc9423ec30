// Step 5, movement verbs: "rose 5%", "slumped by a fifth", "grew a further 3%" give the figure the
// direction up or down; "raised $5 million", "lost six years ago" and "broke down three times" are no change.
import type { Qualifier } from '../../types.js';
import { PHRASAL_PARTICLES, QUALIFIER_BEFORE } from '../../lexicon/qualifiers.js';
import type { Candidate } from './candidate.js';
import { lossAmount } from './loss-amount.js';
import { isBlank } from './qualify-after.js';
import { lastWord } from '../segment/last-word.js';
import { movedObjectBefore } from './moved-object.js';

const LEADING_NON_LETTERS = /^[^\p{L}]+/u;
// "rise another 2%", "grew a further 3%", "fell an additional 4%": more of the same movement
const FURTHER = new Set(['another', 'further', 'additional', 'extra']);
// words of degree or record between the verb and its amount: "grew just 1.9%", "fell a record 12%", "rose a
// modest 0.2%", "climbed a revised 3.1%", "rose an annualised 2%"; the amount is still the movement's
const DEGREE = new Set(['just', 'only', 'merely', 'barely', 'mere', 'modest', 'record', 'whopping', 'hefty', 'massive',
  'staggering', 'paltry', 'meagre', 'meager', 'scant', 'slim', 'solid', 'robust', 'healthy', 'revised', 'annualised', 'annualized']);
// an average or a total of the movement: "rents rose by an average of £120", "fell a total of 40 points"
const AVERAGE = new Set(['average', 'total']);

/** `before` with its last word `w` (and the blanks after it) cut off. */
const cut = (before: string, w: string): string => before.trimEnd().slice(0, -w.length);

/**
 * The verb of movement right before `start` ("rose 5%", "slumped by a fifth", "grew just 2%", "rose by an average
 * of £120"), as its qualifier, with where the words between begin (they belong to the movement, not to the figure).
 */
export function movementVerbBefore(text: string, start: number): { qualifier: Qualifier; end: number } | undefined {
  const base = Math.max(0, start - 48);
  let before = text.slice(base, start);
  let w = lastWord(before);
  if (w === 'of') {
    const rest = cut(before, w);
    const noun = lastWord(rest);
    const article = AVERAGE.has(noun) ? lastWord(cut(rest, noun)) : '';
    if (article === 'a' || article === 'an') { before = cut(cut(rest, noun), article); w = lastWord(before); }
  }
  if (FURTHER.has(w) || DEGREE.has(w)) {
    before = cut(before, w);
    w = lastWord(before);
    if (w === 'a' || w === 'an') { before = cut(before, w); w = lastWord(before); }
  }
  // (where the words skipped begin, with the blanks before them: "raised | just $5 million")
  let end = start;
  if (before.length < start - base) { end = base + before.length; while (isBlank(text[end])) end++; }
  if (w === 'by') {
    before = cut(before, w); w = lastWord(before);
    // "cut waiting lists by a third": the verb's object between it and "by"
    if (!QUALIFIER_BEFORE[w.replace(LEADING_NON_LETTERS, '')]) { const q = movedObjectBefore(before); return q ? { qualifier: q, end } : undefined; }
  }
  const q = QUALIFIER_BEFORE[w.replace(LEADING_NON_LETTERS, '')];
  return q === 'up' || q === 'down' ? { qualifier: q, end } : undefined;
}

// a cheap check before the regex, which most figures (no verb before) fail anyway
/** Blanks right before `at`, after an ASCII letter: the only place a movement verb can end. */
export function wordThenBlankBefore(text: string, at: number): boolean {
  let j = at - 1;
  if (!isBlank(text[j])) return false;
  while (j > 0 && isBlank(text[j])) j--;
  const code = text.charCodeAt(j) | 0x20;
  return code >= 97 && code <= 122;
}

const RAISED_BEFORE = /(?:^|[^\p{L}])(?:raised|raise|raises|raising)[ \t]+$/iu;
const TIME_UNITS = new Set(['year', 'month', 'week', 'day', 'hour', 'min', 's', 'decade', 'century', 'quarter']);
const AGO_AFTER = /^[ \t]+(?:ago|earlier|later|before|after|beforehand|afterwards)(?![A-Za-z])/i;

/** "broke down three times", "set up 40 stalls": the up or down before the figure is a phrasal verb's particle. */
function phrasalParticle(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 40), start);
  const particle = lastWord(before);
  if (particle !== 'up' && particle !== 'down') return false;
  return PHRASAL_PARTICLES.has(`${lastWord(before.trimEnd().slice(0, -particle.length))} ${particle}`);
}

/** A movement word before a figure that is no change: fundraising, a loss amount, a time span back from now, a particle. */
export function notAChange(text: string, c: Candidate, start: number): boolean {
  if (phrasalParticle(text, start)) return true;
  if (c.kind === 'money' && (RAISED_BEFORE.test(text.slice(Math.max(0, start - 12), start)) || lossAmount(text, c, start))) return true;
  return c.kind === 'measure' && c.unit !== null && TIME_UNITS.has(c.unit) && AGO_AFTER.test(text.slice(c.end, c.end + 14));
}
