// Step 5, movement verbs: "rose 5%", "slumped by a fifth", "grew a further 3%" give the figure the
// direction up or down; "raised $5 million", "lost six years ago" and "broke down three times" are no change.
import type { Qualifier } from '../../types.js';
import { PHRASAL_PARTICLES, QUALIFIER_BEFORE } from '../../lexicon/qualifiers.js';
import type { Candidate } from './candidate.js';
import { lossAmount } from './loss-amount.js';
import { isBlank } from './qualify-after.js';
import { lastWord } from '../segment/last-word.js';

const LEADING_NON_LETTERS = /^[^\p{L}]+/u;
// "rise another 2%", "grew a further 3%", "fell an additional 4%": more of the same movement
const FURTHER = new Set(['another', 'further', 'additional', 'extra']);
/** The verb of movement right before `start` ("rose 5%", "slumped by a fifth"), as its qualifier. */
export function movementBefore(text: string, start: number): Qualifier | undefined {
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
