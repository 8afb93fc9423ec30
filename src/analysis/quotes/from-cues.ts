// Quotes introduced by a verb, a noun of saying or "according to" in the same sentence. Each cue's
// content and speaker are read by the rule for its kind (verb-cue.ts, noun-cue.ts, according-to.ts).
import type { Resolved } from '../state.js';
import type { Cue } from '../../types.js';
import type { Draft } from './draft.js';
import type { Ctx } from './cue-context.js';
import { accordingTo } from './according-to.js';
import { verbCue } from './verb-cue.js';
import { nounCue } from './noun-cue.js';
import { continuedDraft } from './continued-draft.js';
import type { Range } from './positions.js';
import { phraseAfter } from './phrase-after.js';
import type { SpeechSpans } from './text-utils.js';

// a sentence that ends in a question mark outside quotes, and "you" as the subject of its cue
const QUESTION_END = /\?\s*$/;
const RELATIVE_PRONOUN = /\b(?:who|whom|which|that)\b/i;
const YOU_SUBJECT = /\byou\s+(?:(?:really|still|also|ever|actually|honestly|not)\s+)?$/i;

// a participle right after the source's comma, and where, when or by whom ("according to the survey, published on
// Monday," / ", seen by this newspaper,"): it describes the source as a participle inside its phrase does
const PARTICIPLE_AFTER = /^,\s*(?:\p{Ll}+ed|seen|written|drawn\s+up|given|shown)\s+(?:in|on|at|by|for|to|from|with|after|before|last|this|earlier|late|online)\b/u;

/** The source phrase of an "according to", taken over a participle phrase that follows it after a comma. */
function withParticipleAfter(text: string, phrase: Range, sentenceEnd: number): Range {
  if (!PARTICIPLE_AFTER.test(text.slice(phrase.end, phrase.end + 40))) return phrase;
  const more = phraseAfter(text, phrase.end + 1, sentenceEnd, true);
  return more === null ? phrase : { start: phrase.start, end: more.end };
}

/** Drafts for every verb and "according to" cue, sentence by sentence. */
export function quotesFromCues(s: Resolved, speech: SpeechSpans): Draft[] {
  const drafts: Draft[] = [];
  let ci = 0;
  s.sentences.forEach((sentence, index) => {
    const cues: Cue[] = [];
    while (ci < s.cues.length && (s.cues[ci]?.start ?? 0) < sentence.start) ci++;
    for (let j = ci; j < s.cues.length && (s.cues[j]?.start ?? 0) < sentence.end; j++) cues.push(s.cues[j] as Cue);
    const ctx: Ctx = { s, speech, sentence, index, cues };
    // "Do you think the bridge is safe?", "Were you worried about the cost?": a question the writer
    // puts (an interviewer's, a headline's) asks about a belief; nobody holds it
    const question = QUESTION_END.test(s.doc.text.slice(Math.max(sentence.start, sentence.end - 3), sentence.end));
    // the source phrase of an "according to" ("According to a survey of 900 tenants published on Monday,
    // ..."): a participle inside it describes the source and reports nothing of its own (a relative
    // clause does: "according to an aide who requested anonymity")
    let source: Range = { start: -1, end: -1 };
    for (const [k, cue] of cues.entries()) {
      if (cue.kind === 'verb' && cue.start < source.end && !RELATIVE_PRONOUN.test(s.doc.text.slice(source.start, cue.start))) continue;
      const phrase = cue.kind === 'according-to' ? phraseAfter(s.doc.text, cue.end, sentence.end, true) : null;
      if (phrase !== null) source = withParticipleAfter(s.doc.text, phrase, sentence.end);
      // the draft a participle or coordinated cue continues (the outer attribution, not one nested in it)
      const prev = continuedDraft(drafts, index, cue.start, ctx);
      const d = question && cue.kind === 'verb' && YOU_SUBJECT.test(s.doc.text.slice(Math.max(sentence.start, cue.start - 24), cue.start)) ? null
        : cue.kind === 'verb' ? verbCue(ctx, k, prev) : cue.kind === 'according-to' ? accordingTo(ctx, cue, phrase)
        : cue.kind === 'noun' ? nounCue(ctx, k) : null;
      if (d !== null) drafts.push(d);
    }
  });
  return drafts;
}
