// "“That is false,” the senator fired back.", "Lee shot back: “Check the record.”", "She fired back that the figures were
// old": a retort. The same words are gunfire ("Officers fired back.", "the troops shot back at the gunmen"), so the
// phrasal verbs of retort (lexicon/speech-verbs-phrasal.ts) are cues only where words are what came back: a quotation
// closing shortly before them in the sentence, or a colon, an opening quotation mark or "that" right after the particle.
import type { SpeechWord } from '../quote-marks/speech-words.js';

const RETORT_LEMMAS: ReadonlySet<string> = new Set(['fire back', 'shoot back']);
// a quotation's close (after its last word's punctuation), then up to six words of a speaker, ending right before the form
const QUOTE_BEFORE = /[,?!—–-][ \t]*[”"’][ \t]+(?:[\p{L}\p{N}.’'-]+[ \t]+){0,6}$/u;
// the particle, perhaps an -ly adverb, then a colon, an opening quotation mark or "that"
const WORDS_AFTER = /^\s+back(?:\s+\p{Ll}+ly)?\s*(?::|[“"‘]|\s+that\b)/u;

/** Whether a phrasal verb of retort stands where it is gunfire or a ball's return, not words. */
export function notRetort(text: string, w: SpeechWord): boolean {
  if (!RETORT_LEMMAS.has(w.form.lemma)) return false;
  return !QUOTE_BEFORE.test(text.slice(Math.max(0, w.start - 80), w.start)) && !WORDS_AFTER.test(text.slice(w.end, w.end + 32));
}
