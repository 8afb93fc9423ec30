// A quote before its type and text are settled: the content range, the cue and the speaker.
import type { Cue } from '../../types.js';
import type { SpeakerFields } from './speaker.js';

export interface Draft {
  start: number;
  end: number;
  cue: Cue | null;
  who: SpeakerFields;
  rule: string;
  /** The sentence the cue is in (for "and said" sharing a subject). */
  sentence: number;
}
