// "The final was pushed back on Friday", "The hearing has been pushed back on the judge's orders": a passive "pushed back"
// is a postponement (or a shove), never the stance in words an active "pushed back on claims" is; read as a cue, the
// sentence became a sourceless claim about the event.
import type { SpeechWord } from '../quote-marks/speech-words.js';

// a form of "be" or "get" and up to two adverbs, ending right before the form
const BE_BEFORE = /\b(?:was|were|is|are|be|been|being|got|gets|get)[ \t]+(?:(?:\p{Ll}+ly|again|once|already)[ \t]+){0,2}$/iu;
const BACK_AFTER = /^[ \t]+back\b/i;

/** Whether `w` is a passive "pushed back" ("was pushed back on Friday"): a delay, not a stance. */
export function postponedPassive(text: string, w: SpeechWord): boolean {
  if (w.form.lemma !== 'push' || w.word.toLowerCase() !== 'pushed') return false;
  return BACK_AFTER.test(text.slice(w.end, w.end + 8)) && BE_BEFORE.test(text.slice(Math.max(0, w.start - 40), w.start));
}
