// Shared by the nominal-cue tests: the stance-noun finder's cue texts, and how the first cue of a one-sentence
// text is read (its cue, content and source words).
import { findNominalCues } from '../../../src/analysis/cues/nominal.js';
import { nominalContent } from '../../../src/analysis/quotes/nominal-content.js';

export const nominal = (text: string): string[] => findNominalCues(text, () => false).map((c) => c.text);

/** The one-sentence text's first nominal cue: [cue, content, source words or null]. */
export const read = (text: string): [string, string, string | null] | null => {
  const cue = findNominalCues(text, () => false)[0];
  if (cue === undefined) return null;
  const c = nominalContent(text, cue, 0, text.length);
  if (c === null) return null;
  return [cue.text, text.slice(c.start, c.end), c.source === null ? null : text.slice(c.source.start, c.source.end)];
};
