// A quote in marks that nothing attributes and nothing continues (step 6 of standalone.ts): inside a
// sentence whose subject is named ("Ann Lee likened him to a weathervane, “...”") it takes that
// subject; otherwise a long one keeps an unknown speaker (flagged, not guessed), a short one is dropped.
import type { Resolved } from '../state.js';
import type { QuoteSpan, Sentence } from '../../types.js';
import type { Draft } from './draft.js';
import { fromMention, mentionsIn, NO_SPEAKER } from './speaker.js';
import { wordCount, type SpeechSpans } from './text-utils.js';
import { inSentenceCue } from './in-sentence-cue.js';

export function quoteOnItsOwn(s: Resolved, speech: SpeechSpans, sentence: Sentence | undefined, q: QuoteSpan, close: number): Draft | null {
  if (wordCount(q.inner.text) < 4) return null;
  if (sentence !== undefined && sentence.start < q.open) {
    const subject = mentionsIn(s, sentence.start, q.open).find((m) => m.kind !== 'description' && m.kind !== 'pronoun' && speech.containing(m.start) === undefined);
    // (its cue: a colon or a past verb right after the subject, in-sentence-cue.ts)
    if (subject !== undefined) return { start: q.open, end: close, cue: inSentenceCue(s.doc.text, subject.end, q.open), who: fromMention(s, subject, 'sentence-subject'), rule: 'in-sentence', sentence: -1 };
  }
  return { start: q.open, end: close, cue: null, who: NO_SPEAKER, rule: 'unattributed', sentence: -1 };
}
