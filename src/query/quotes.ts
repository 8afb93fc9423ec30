// Quote queries: who said a term, and quotes by a speaker.
import type { Quote, QuoteType } from '../types.js';
import { wordMatcher } from './match.js';

export interface QuoteFilter {
  /** Whole words the quote's content must contain (who-said). */
  term?: string | undefined;
  /** Whole words the speaker's canonical name must contain (--speaker). */
  speaker?: string | undefined;
  /** Only these types (--type direct,partial). */
  types?: QuoteType[] | undefined;
}

export const QUOTE_TYPES: readonly QuoteType[] = ['direct', 'partial', 'indirect'];

/**
 * The words a term is searched in. A direct quote interrupted by its attribution spans the narrator's
 * "she told reporters" between its fragments; only the fragments are the speaker's words, so a search
 * for "reporters" must not find it. Partial and indirect quotes are searched whole: their paraphrase
 * is what the speaker is reported to have said.
 */
function spokenWords(q: Quote): string {
  return q.type === 'direct' && q.quoted.length > 0 ? q.quoted.map((s) => s.text).join(' … ') : q.text;
}

/** A predicate over quotes; a filter with no criteria keeps everything. */
export function quoteFilter(filter: QuoteFilter): (q: Quote) => boolean {
  const term = filter.term === undefined ? null : wordMatcher(filter.term);
  const speaker = filter.speaker === undefined ? null : wordMatcher(filter.speaker);
  const types = filter.types && filter.types.length > 0 ? new Set(filter.types) : null;
  return (q) =>
    (term === null || term(spokenWords(q))) && (speaker === null || (q.speaker !== null && speaker(q.speaker))) && (types === null || types.has(q.type));
}
