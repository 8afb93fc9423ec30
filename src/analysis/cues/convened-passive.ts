// "A snap election was called for June", "The strike was called by the dockers' union", "The meeting was called to
// discuss the shortfall": after an event that is convened or ordered (lexicon/convened-events.ts), a passive "called"
// is convening, not a report of speech, so no cue; read as one, the sentence became a sourceless passive claim.
// Naming stays speech: "The vote was called a sham by critics", 'The election was called "rigged"' (an object follows).
import type { SpeechWord } from '../quote-marks/speech-words.js';
import { alternation } from '../alternation.js';
import { CONVENED_EVENTS } from '../../lexicon/convened-events.js';
import { WEEKDAYS } from '../../lexicon/weekdays.js';

// the event noun, a finite or modal "be" and up to two adverbs, ending right before the form
const EVENT_THEN_BE = new RegExp(
  String.raw`\b(?:${alternation(CONVENED_EVENTS)})[ \t]+(?:was|were|is|are|has[ \t]+been|have[ \t]+been|had[ \t]+been|will[ \t]+be|would[ \t]+be|be|been|being)[ \t]+(?:\p{Ll}+ly[ \t]+){0,2}$`,
  'iu',
);
// what follows convening: the end of the clause, a preposition or "to" and a verb, a time; not "for" with an agent
// or the clause's end after it ("The ceasefire was called for by the envoys", "An inquiry is called for."): that
// "called for" is demanding, a cue
const CONVENING_NEXT = new RegExp(
  String.raw`^(?:\s*[.,;:!?)—–]|\s+for\b(?!\s+by\b|\s*[.,;:!?)—–]|\s*$)|\s+(?:after|by|in|on|at|off|ahead|before|following|amid|over|until|within|last|this|next|early|today|yesterday|${WEEKDAYS})\b|\s+to\s+\p{Ll})`,
  'u',
);

/** Whether a passive "called" reports an event being convened ("the election was called for June"), not speech. */
export function convenedPassive(text: string, w: SpeechWord): boolean {
  if (w.form.lemma !== 'call' || w.word.toLowerCase() !== 'called') return false;
  return EVENT_THEN_BE.test(text.slice(Math.max(0, w.start - 56), w.start)) && CONVENING_NEXT.test(text.slice(w.end, w.end + 16));
}
