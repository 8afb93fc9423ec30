// Quote queries: who said a term, and quotes by a speaker.
import type { Quote } from '../types.js';
import { wordMatcher } from './match.js';

export interface QuoteFilter {
  /** Whole words the quote's content must contain (who-said). */
  term?: string | undefined;
  /** Whole words the speaker's canonical name must contain (--speaker). */
  speaker?: string | undefined;
}

/** A predicate over quotes; a filter with no criteria keeps everything. */
export function quoteFilter(filter: QuoteFilter): (q: Quote) => boolean {
  const term = filter.term === undefined ? null : wordMatcher(filter.term);
  const speaker = filter.speaker === undefined ? null : wordMatcher(filter.speaker);
  return (q) => (term === null || term(q.text)) && (speaker === null || (q.speaker !== null && speaker(q.speaker)));
}
