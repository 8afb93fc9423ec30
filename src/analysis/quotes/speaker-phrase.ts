// The speaker phrase as speakerIn (speaker.ts) reads it: trimmed of the punctuation around it, with the cue after it and
// that cue's voice. Read once for the phrase and once more for a gap subject inside it (speaker-gap-subject.ts).
import type { Resolved } from '../state.js';
import type { Cue } from '../../types.js';
import { trim } from './text-utils.js';
import { cueAfter, cueVoice, type Voice } from './speaker-voice.js';
import { hearerOnly } from './speaker-hearer.js';

// the phrase's trimmed range, the cue right after it and that cue's voice
export type Phrase = { t: { start: number; end: number }; cue: Cue | undefined; voice: Voice };
/** The phrase [start, end) trimmed, and the cue after it with its voice; null when it is empty or names only the cue's hearer. */
export function phraseAt(s: Resolved, start: number, end: number, known?: { cue: Cue; voice: Voice }): Phrase | null {
  const text = s.doc.text;
  const t = trim(text, start, end, /[\s,;:()—–-]/);
  if (t.end <= t.start) return null;
  // the subject of a passive or raising cue is not its speaker ("Norland appears to ...", "She is not thought to ...")
  // (verbSpeaker passes its cue's voice, worked out already)
  const cue = cueAfter(s, t.end);
  const voice = cue === undefined ? 'active' : known?.cue === cue ? known.voice : cueVoice(text, t.start, cue);
  return hearerOnly(text, t.start, t.end, cue) ? null : { t, cue, voice };
}
