// A gesture that goes with words just said: "“Not here,” she said, pointing toward the pier", "he added, pointing up at the
// roof". Right after a verb of saying and a comma, "pointing" toward or at something points nothing out; the words are
// the report, the pointing is a stage direction. Read by acts-plain-news.ts for the lemma "point".
// ("said, pointing to rising rents" cites evidence, and "said, pointing at the bank as the culprit" blames: "to" and an
// "as" in the phrase keep the cue; so does "pointing" anywhere else: "Critics, pointing at the deficit, said ...")
import type { SpeechWord } from '../quote-marks/speech-words.js';
import { SAYING_GROUPS, SPEECH_FORMS } from '../../lexicon/speech-verbs.js';

const GESTURE_WAY = /^\s+(?:(?:up|down|back|out|over)\s+)?(?:toward|towards|at|across)\s(?![^.;:!?,]{0,60}?\bas\b)/u;
const WORD_THEN_COMMA = /(\p{L}+)\s*,\s*$/u;

/** Whether the form is "pointing" toward or at something right after a verb of saying and a comma; `next` is the text after it. */
export function gestureAfterSaying(text: string, w: SpeechWord, next: string): boolean {
  if (w.word.toLowerCase() !== 'pointing' || !GESTURE_WAY.test(next)) return false;
  const said = WORD_THEN_COMMA.exec(text.slice(Math.max(0, w.start - 24), w.start))?.[1];
  const form = said === undefined ? undefined : SPEECH_FORMS.get(said.toLowerCase());
  return form !== undefined && SAYING_GROUPS.has(form.group);
}
