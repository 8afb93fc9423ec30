// The phrase right after a cue, up to a comma or the sentence end: where a speaker named after the cue stands
// ("..., said John Smith, a doctor.") and a passive cue's agent ("was criticised by the mayor").
import type { Range } from './positions.js';
import { isSpace } from './text-utils.js';

const DIGIT = /\d/;
// The marks that end the phrase after a cue, by code: phraseAfter tests each character up to 120 of them.
const PHRASE_STOPS: ReadonlySet<number> = new Set([...',.;:!?()—–'].map((c) => c.charCodeAt(0)));

/** The phrase right after a cue up to a comma or the sentence end ("..., said John Smith, a doctor.");
 *  `wholeNumbers`: a comma or point between digits does not end it ("a poll of 12,000 voters"). */
export function phraseAfter(text: string, cueEnd: number, sentenceEnd: number, wholeNumbers = false): Range | null {
  const hi = Math.min(sentenceEnd, cueEnd + 120);
  let i = cueEnd;
  while (i < hi && isSpace(text[i])) i++;
  const start = i;
  // (a period after a capital is an initial)
  while (i < hi && (!PHRASE_STOPS.has(text.charCodeAt(i)) || (text[i] === '.' && /\p{Lu}/u.test(text[i - 1] ?? '')) || (wholeNumbers && /[,.]/.test(text[i] ?? '') && DIGIT.test(text[i - 1] ?? '') && DIGIT.test(text[i + 1] ?? '')))) i++;
  return i > start ? { start, end: i } : null;
}
