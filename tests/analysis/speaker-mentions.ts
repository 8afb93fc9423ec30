// Test helper: the speaker mention of each quote the whole analysis finds in a text, as written (null: none). The
// speaker tests that run the full pipeline compare this list, so it is written once here.
import { analyze } from '../../src/analysis/index.js';

export const speakers = (text: string): (string | null)[] => analyze({ id: 't', text }).quotes.map((q) =>
  q.speakerMention === null ? null : text.slice(q.speakerMention.start, q.speakerMention.end));

// each quote's cue words and speaker mention, as written (null: none)
export const cuesAndSpeakers = (text: string): [string | null, string | null][] => analyze({ id: 't', text }).quotes.map((q) =>
  [q.cue?.text ?? null, q.speakerMention === null ? null : text.slice(q.speakerMention.start, q.speakerMention.end)]);
