// Quote attribution: every quote (direct, partial, reported) with its cue and speaker.
// Linear in practice: each rule reads a bounded window around a cue or a quote.
import type { Attributed, Resolved } from '../state.js';
import type { Quote } from '../../types.js';
import { quotesFromCues } from './from-cues.js';
import { standaloneQuotes } from './standalone.js';
import { finalize, stretch } from './finalize.js';
import { SpeechSpans } from './text-utils.js';

export function attributeQuotes(s: Resolved): Attributed {
  const speech = new SpeechSpans(s.quoteSpans);
  // 1. content and speaker around each verb and "according to" cue
  const fromCues = quotesFromCues(s, speech).map((d) => stretch(d, speech));
  // 2. quotes in marks no cue covered: interrupted, colon lead-ins, dash bylines, continuations
  const drafts = standaloneQuotes(s, fromCues, speech);
  // 3. type, text and fragments from the marks inside each content
  const quotes: Quote[] = [];
  for (const d of drafts) {
    const q = finalize(s, d, speech);
    if (q !== null) quotes.push(q);
  }
  return { ...s, quotes };
}
