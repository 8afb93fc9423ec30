// A sentence the writer relays at second hand with no source named: "The ministry is reportedly
// drafting a ban", "Two guards allegedly took bribes". The hedge adverb between the subject and
// its verb is the cue, the whole sentence (subject included, as for "X is believed to ...") the
// content, and the speaker unknown. Only where nothing else in the sentence attributes it: in
// "Police said the guard allegedly took bribes" or "..., the paper said" the adverb is a hedge on
// that report, and a sentence with quotation marks is left to the quote rules. The adverb may also open
// the sentence with a comma ("Reportedly, the board has ...": the content is the clause after it) or
// stand between commas after the subject ("The board, allegedly, hid ...").
import type { Resolved } from '../state.js';
import type { Draft } from './draft.js';
import { NO_SPEAKER } from './speaker-fields.js';
import type { SpeechSpans } from './text-utils.js';

const ADVERB = '(reportedly|allegedly|purportedly|supposedly|reputedly)';
const SUBJECT = String.raw`[\p{Lu}\p{N}][^\s,;:()“”"‘’'—–]*(?:[ \t]+[^\s,;:()“”"‘’'—–]+){0,7}?`;
const AUXILIARIES = '(?:(?:is|are|was|were|has|have|had|will|would|could|can|may|might|did|does|do|been|being|also|now)[ \\t]+){0,3}';
const DETERMINER = '(?:the|a|an|its|his|her|their|our|this|that|these|those|some|every)';
const OPENER_WORD = '(?:But|And|Yet|Meanwhile)[ \\t]+';
const OPENER = `(?:${OPENER_WORD})?`;
// the subject: up to eight words from the sentence start, no comma, colon, dash or mark among them
// (after an opening "But"/"And"); then auxiliaries, then the adverb, then a word (the verb)
const HEDGED = new RegExp(`^${OPENER}${SUBJECT}[ \\t]+${AUXILIARIES}${ADVERB}[ \\t]+\\p{Ll}`, 'u');
// the adverb set off by commas after the subject or its auxiliary, before the verb: "The board,
// allegedly, hid ...", "The board has, reportedly, sold ..." (the subject's words may end in auxiliaries);
// not before a noun phrase, where the adverb hedges an apposition ("Ms Ortiz, reportedly, the richest ...")
const HEDGED_ASIDE = new RegExp(`^${OPENER}${SUBJECT},[ \\t]+${ADVERB},[ \\t]+(?!(?:${DETERMINER}|one)[ \\t])\\p{Ll}`, 'u');
// the adverb opening the sentence with its comma, before the clause it hedges: "Reportedly, the
// board has ..." (the content is the clause after the comma, as after "According to X,")
const HEDGED_OPENING = new RegExp(`^${OPENER}${ADVERB},[ \\t]+(?=[\\p{L}\\p{N}])`, 'iu');
const LEAD = new RegExp(`^${OPENER_WORD}`);
// any hedge adverb in the document at all: most documents have none, and then no sentence is tried
const ANY_HEDGE = /(?:reported|alleged|purported|supposed|reputed)ly/i;
// and in the sentence, under the patterns' own flags (iu, the widest of them): in a document with one hedge, the
// other sentences skip the three patterns, whose subject words cost each a few microseconds to try
const SENTENCE_HEDGE = new RegExp(ADVERB, 'iu');
const DETERMINER_BEFORE = new RegExp(`(?:^|[ \\t])${DETERMINER}[ \\t]+$`, 'i');
const TRAILING = /[\s.!?]+$/;
// after an opening adverb, a bare answer or fragment with no verb is no clause: "Supposedly, yes.",
// "Reportedly, not yet.", "Allegedly, twice." (one word, or only answer words and adverbs of degree or time)
const FRAGMENT = /^(?:[\p{L}\p{N}'’-]+|(?:(?:yes|no|not|yet|never|maybe|perhaps|so|too|once|twice|again|always|quite|really|indeed|certainly|absolutely|either|still|now)(?:[\s,]+|$))+)$/iu;

interface HedgeAt { hedge: string; at: number; contentStart: number }

/** Where the sentence's own hedge adverb is, and where its content starts, if the sentence is hedged. */
function hedgeOf(raw: string): HedgeAt | null {
  if (!SENTENCE_HEDGE.test(raw)) return null;
  const lead = LEAD.exec(raw)?.[0].length ?? 0;
  const opening = HEDGED_OPENING.exec(raw);
  if (opening !== null) {
    if (FRAGMENT.test(raw.slice(opening[0].length).replace(TRAILING, ''))) return null;
    return { hedge: opening[1]!, at: opening[0].indexOf(opening[1]!), contentStart: opening[0].length };
  }
  const m = HEDGED.exec(raw) ?? HEDGED_ASIDE.exec(raw);
  if (m === null) return null;
  const at = m[0].lastIndexOf(m[1]!);
  // "The supposedly safe bridge collapsed", "found the allegedly stolen car": a hedge on an
  // adjective inside a noun phrase, after its determiner, is no hedge on the clause
  if (DETERMINER_BEFORE.test(raw.slice(0, at))) return null;
  return { hedge: m[1]!, at, contentStart: lead };
}

export function hedgedSentences(s: Resolved, drafts: Draft[], speech: SpeechSpans): Draft[] {
  const text = s.doc.text;
  if (!ANY_HEDGE.test(text)) return [];
  const added: Draft[] = [];
  let j = 0;
  const sorted = [...drafts].sort((a, b) => a.start - b.start);
  for (const [index, sentence] of s.sentences.entries()) {
    while (j < sorted.length && sorted[j]!.end <= sentence.start) j++;
    const raw = text.slice(sentence.start, sentence.end);
    const found = hedgeOf(raw);
    if (found === null) continue;
    // another attribution or any quote in the sentence: the hedge is on that report
    if (sorted.some((d, k) => k >= j && d.start < sentence.end && d.end > sentence.start)) continue;
    if (sorted.some((d) => d.cue !== null && d.cue.start >= sentence.start && d.cue.start < sentence.end)) continue;
    if (speech.spans.some((q) => q.open < sentence.end && q.close > sentence.start)) continue;
    const { hedge } = found;
    const at = sentence.start + found.at;
    const end = sentence.start + raw.replace(TRAILING, '').length;
    added.push({
      start: sentence.start + found.contentStart, end,
      cue: { text: hedge, start: at, end: at + hedge.length, lemma: hedge.toLowerCase(), kind: 'verb' },
      who: NO_SPEAKER, rule: 'hedged-sentence', sentence: index,
    });
  }
  return added;
}
