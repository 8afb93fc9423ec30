// Test helper: the words of the verb cues attrib finds in a text, in order. Most cue tests compare this list, so it is
// written once here rather than in each test file.
import { segment } from '../../src/analysis/segment/index.js';
import { findQuoteMarks } from '../../src/analysis/quote-marks/index.js';
import { findCues } from '../../src/analysis/cues/index.js';

export const verbCues = (text: string): string[] =>
  findCues(findQuoteMarks(segment({ id: 't', text }))).cues.filter((c) => c.kind === 'verb').map((c) => c.text);

// the words of every cue (verbs, nouns, phrases), in order
export const allCues = (text: string): string[] =>
  findCues(findQuoteMarks(segment({ id: 't', text }))).cues.map((c) => c.text);

// every cue as "kind:text" (verb, noun, according-to, colon, dash), in order
export const kindedCues = (text: string): string[] =>
  findCues(findQuoteMarks(segment({ id: 't', text }))).cues.map((c) => `${c.kind}:${c.text}`);
