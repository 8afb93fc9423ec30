// Quotes in marks led in by a colon ("X said: “...”", "From the minister:¶“...”", "Ann Lee, Daily Ledger:
// “...”") or followed by a dash byline ("“...” — Ann Lee"): steps 3 and 4 of standalone.ts.
import type { Resolved } from '../state.js';
import type { Cue, QuoteSpan } from '../../types.js';
import type { Draft } from './draft.js';
import { phraseBefore } from './positions.js';
import { subjectBefore } from './subject-before.js';
import { phraseAfter } from './phrase-after.js';
import { NO_SPEAKER, speakerIn } from './speaker.js';
import { wordCount } from './text-utils.js';
import { firstNotBefore } from '../sorted.js';
import { leadInVerb } from './lead-in-verb.js';
import { SPEECH_NOUNS } from '../../lexicon/speech-nouns.js';
import { SPEECH_FORMS } from '../../lexicon/speech-verbs.js';

/** The cues of `kind` that start at or after `from` and end by `to`, in order. */
function cuesNear(cues: Cue[], kind: Cue['kind'], from: number, to: number): Cue[] {
  const out: Cue[] = [];
  for (let i = firstNotBefore(cues, (x) => x.start < from); i < cues.length && (cues[i]?.start ?? 0) < to; i++) {
    const c = cues[i] as Cue;
    if (c.kind === kind && c.end <= to) out.push(c);
  }
  return out;
}

/** Where the segmented sentence that holds `at` starts, no earlier than `lineStart`. */
function sentenceBefore(s: Resolved, lineStart: number, at: number): number {
  const i = firstNotBefore(s.sentences, (x) => x.end <= at);
  return Math.max(lineStart, s.sentences[i]?.start ?? lineStart);
}

export function paragraphOf(s: Resolved, at: number): number {
  return firstNotBefore(s.paragraphs, (x) => x.end <= at);
}

// "The club's reply", "the mayor's statement": a possessor, then one word that names what was said
const POSSESSED_SPEECH = /^(.+?)['’]s\s+(\p{L}+)$/u;

/** The possessor's span when the lead-in names a thing said rather than a sayer ("The club's reply: “...”" is the club's). */
function sayerOf(text: string, lead: { start: number; end: number }): { start: number; end: number } {
  const m = POSSESSED_SPEECH.exec(text.slice(lead.start, lead.end));
  const word = m?.[2]?.toLowerCase();
  if (m?.[1] === undefined || word === undefined || !(SPEECH_NOUNS.has(word) || SPEECH_FORMS.has(word))) return lead;
  return { start: lead.start, end: lead.start + m[1].length };
}

/** A colon lead-in before the quote, with the verb before the colon as the cue when there is one. */
export function colonLeadIn(s: Resolved, q: QuoteSpan, close: number): Draft | null {
  const text = s.doc.text;
  const colon = cuesNear(s.cues, 'colon', q.open - 12, q.open)[0];
  if (colon !== undefined) {
    const lineStart = s.paragraphs[paragraphOf(s, colon.start)]?.start ?? 0;
    // the lead-in is the sentence that ends at the colon: a cue or subject of the sentence before it is no part of it
    // ("... than the crew had dared to hope. She told reporters: “...”" is hers, told)
    const clauseStart = sentenceBefore(s, lineStart, colon.start);
    const verb = cuesNear(s.cues, 'verb', Math.max(clauseStart, colon.start - 40), colon.start + 1).at(-1);
    if (verb !== undefined) {
      const subj = subjectBefore(text, clauseStart, verb.start);
      const who = subj !== null ? speakerIn(s, subj.start, subj.end, 'colon-subject') : NO_SPEAKER;
      return { start: q.open, end: close, cue: verb, who, rule: 'X-said-colon', sentence: -1 };
    }
    // "Ruiz fired back sharply: “...”": a predicate with no speech verb, its subject naming someone (lead-in-verb.ts)
    const predicate = leadInVerb(text, lineStart, colon.start);
    const subjectWho = predicate !== null ? speakerIn(s, predicate.subject.start, predicate.subject.end, 'colon-subject') : NO_SPEAKER;
    if (predicate !== null && subjectWho.speakerMention !== null) {
      const { start, end } = predicate.cue;
      const cue: Cue = { text: text.slice(start, end), start, end, lemma: ':', kind: 'colon' };
      return { start: q.open, end: close, cue, who: subjectWho, rule: 'colon-lead-in', sentence: -1 };
    }
    // "Ann Lee, Daily Ledger: “...”" (a roundup line): the whole short lead-in names the speaker
    const lineLead = wordCount(text.slice(lineStart, colon.start)) <= 8 && /^\p{Lu}/u.test(text.slice(lineStart, lineStart + 1)) ? { start: lineStart, end: colon.start } : null;
    const lead = lineLead ?? phraseBefore(text, lineStart, colon.start);
    const sayer = lead !== null ? sayerOf(text, lead) : null;
    const who = sayer !== null ? speakerIn(s, sayer.start, sayer.end, 'colon-lead') : NO_SPEAKER;
    return { start: q.open, end: close, cue: colon, who, rule: 'colon-lead-in', sentence: -1 };
  }
  return null;
}

/** A dash byline after the quote ("“...” — Ann Lee"). */
export function dashByline(s: Resolved, q: QuoteSpan, close: number, para: number): Draft | null {
  const text = s.doc.text;
  const dash = cuesNear(s.cues, 'dash', close, close + 8)[0];
  if (dash !== undefined) {
    const who = phraseAfter(text, dash.end, s.paragraphs[para]?.end ?? text.length);
    return { start: q.open, end: close, cue: dash, who: who !== null ? speakerIn(s, who.start, who.end, 'dash-byline') : NO_SPEAKER, rule: 'dash-byline', sentence: -1 };
  }
  return null;
}
