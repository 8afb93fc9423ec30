// Quote attribution: every quote (direct, partial, reported) with its cue and speaker.
// Linear in practice: each rule reads a bounded window around a cue or a quote.
import type { Attributed, Resolved } from '../state.js';
import type { Quote } from '../../types.js';
import { quotesFromCues } from './from-cues.js';
import { standaloneQuotes } from './standalone.js';
import { finalize, stretch } from './finalize.js';
import { SpeechSpans } from './text-utils.js';
import { resolveNesting } from './nesting.js';
import { dropDuplicates } from './duplicates.js';
import { hedgedSentences } from './hedged-sentence.js';

export function attributeQuotes(s: Resolved): Attributed {
  const speech = new SpeechSpans(s.quoteSpans);
  // 1. content and speaker around each verb and "according to" cue
  const fromCues = quotesFromCues(s, speech).map((d) => stretch(d, speech));
  // 2. quotes in marks no cue covered: interrupted, colon lead-ins, dash bylines, continuations
  const found = standaloneQuotes(s, fromCues, speech);
  //    and sentences relayed at second hand with no source ("The firm is reportedly planning ...")
  const hedged = hedgedSentences(s, found, speech);
  const drafts = hedged.length === 0 ? found : [...found, ...hedged].sort((a, b) => a.start - b.start);
  // 3. one attribution a cue: a cue inside another quote's content is nested speech ("said the
  //    U.S. expects ...") and is left to the outer quote, except that a closed quote with its own
  //    attribution (“...,” she said) wins over a longer reading that swallowed it
  const dropped = resolveNesting(drafts, speech, s.doc.text);
  // 4. type, text and fragments from the marks inside each content
  const quotes: Quote[] = [];
  for (const [i, d] of drafts.entries()) {
    if (dropped.has(i)) continue;
    const q = finalize(s, d, speech);
    if (q !== null) quotes.push(q);
  }
  // 5. one record per span when two cues drew the same content
  return { ...s, quotes: dropDuplicates(quotes) };
}
