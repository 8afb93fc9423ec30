// A sentence the writer relays at second hand with no source named: "The ministry is reportedly
// drafting a ban", "Two guards allegedly took bribes". The hedge adverb between the subject and
// its verb is the cue, the whole sentence (subject included, as for "X is believed to ...") the
// content, and the speaker unknown. Only where nothing else in the sentence attributes it: in
// "Police said the guard allegedly took bribes" or "..., the paper said" the adverb is a hedge on
// that report, and a sentence with quotation marks is left to the quote rules.
import type { Resolved } from '../state.js';
import type { Draft } from './draft.js';
import { NO_SPEAKER } from './speaker-fields.js';
import type { SpeechSpans } from './text-utils.js';

// the subject: up to eight words from the sentence start, no comma, colon, dash or mark among them
// (after an opening "But"/"And"); then auxiliaries, then the adverb, then a word (the verb)
const HEDGED = /^(?:(?:But|And|Yet|Meanwhile)[ \t]+)?[\p{Lu}\p{N}][^\s,;:()“”"‘’'—–]*(?:[ \t]+[^\s,;:()“”"‘’'—–]+){0,7}?[ \t]+(?:(?:is|are|was|were|has|have|had|will|would|could|can|may|might|did|does|do|been|being|also|now)[ \t]+){0,3}(reportedly|allegedly|purportedly|supposedly|reputedly)[ \t]+\p{Ll}/u;
const LEAD = /^(?:But|And|Yet|Meanwhile)[ \t]+/;
// any hedge adverb in the document at all: most documents have none, and then no sentence is tried
const ANY_HEDGE = /(?:reported|alleged|purported|supposed|reputed)ly/;
const DETERMINER_BEFORE = /(?:^|[ \t])(?:the|a|an|its|his|her|their|our|this|that|these|those|some|every)[ \t]+$/i;
// ("Reportedly, ..." opening the sentence has no subject before it: left to a later rule)
const TRAILING = /[\s.!?]+$/;

export function hedgedSentences(s: Resolved, drafts: Draft[], speech: SpeechSpans): Draft[] {
  const text = s.doc.text;
  if (!ANY_HEDGE.test(text)) return [];
  const added: Draft[] = [];
  let j = 0;
  const sorted = [...drafts].sort((a, b) => a.start - b.start);
  for (const [index, sentence] of s.sentences.entries()) {
    while (j < sorted.length && sorted[j]!.end <= sentence.start) j++;
    const raw = text.slice(sentence.start, sentence.end);
    const m = HEDGED.exec(raw);
    // "The supposedly safe bridge collapsed", "found the allegedly stolen car": a hedge on an
    // adjective inside a noun phrase, after its determiner, is no hedge on the clause
    if (m === null || DETERMINER_BEFORE.test(raw.slice(0, m[0].lastIndexOf(m[1]!)))) continue;
    // another attribution or any quote in the sentence: the hedge is on that report
    if (sorted.some((d, k) => k >= j && d.start < sentence.end && d.end > sentence.start)) continue;
    if (sorted.some((d) => d.cue !== null && d.cue.start >= sentence.start && d.cue.start < sentence.end)) continue;
    if (speech.spans.some((q) => q.open < sentence.end && q.close > sentence.start)) continue;
    const hedge = m[1]!;
    const at = sentence.start + m[0].lastIndexOf(hedge);
    const end = sentence.start + raw.replace(TRAILING, '').length;
    added.push({
      start: sentence.start + (LEAD.exec(raw)?.[0].length ?? 0), end,
      cue: { text: hedge, start: at, end: at + hedge.length, lemma: hedge.toLowerCase(), kind: 'verb' },
      who: NO_SPEAKER, rule: 'hedged-sentence', sentence: index,
    });
  }
  return added;
}
