// "The final was pushed back on Friday", "The hearing has been pushed back on the judge's orders": a passive "pushed back"
// is a postponement (or a shove), never the stance in words an active "pushed back on claims" is; read as a cue, the
// sentence became a sourceless claim about the event. So is "pushed back" with a day, "account of" or the schedule after
// "on" in any voice ("a final pushed back on Friday", "pushed back on account of rain"): when or why it was put off. The
// "pushed back on" frame (phrasal-frames.ts) leaves both to this gate.
import type { SpeechWord } from '../quote-marks/speech-words.js';
import { WEEKDAYS } from '../../lexicon/weekdays.js';
import { PUSH_BACK_ADVERBS } from './phrasal-frames.js';

// a form of "be" or "get" and up to two adverbs, ending right before the form
const BE_BEFORE = /\b(?:was|were|is|are|be|been|being|got|gets|get)[ \t]+(?:(?:\p{Ll}+ly|again|once|already)[ \t]+){0,2}$/iu;
const BACK_AFTER = /^[ \t]+back\b/i;
// "back on" or "against" (an adverb between, as the frame allows) and a day, "account" or the schedule
const DELAY_AFTER = new RegExp(String.raw`^\s+back(?:\s+${PUSH_BACK_ADVERBS})?\s+(?:on|against)\s+(?:${WEEKDAYS}|account\b|the\s+(?:schedule|timetable|calendar|agenda)\b)`, 'iu');

/** Whether `w` is a "pushed back" of delay ("was pushed back on the judge's orders", "pushed back on Friday"), not a stance. */
export function postponedPassive(text: string, w: SpeechWord): boolean {
  if (w.form.lemma !== 'push') return false;
  if (DELAY_AFTER.test(text.slice(w.end, w.end + 64))) return true;
  return w.word.toLowerCase() === 'pushed' && BACK_AFTER.test(text.slice(w.end, w.end + 8)) && BE_BEFORE.test(text.slice(Math.max(0, w.start - 40), w.start));
}
