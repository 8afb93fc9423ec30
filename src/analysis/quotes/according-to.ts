// "According to X, CONTENT." and "CONTENT, according to X.": the content on the side away from X.
import type { Cue } from '../../types.js';
import type { Draft } from './draft.js';
import { MAX_CONTENT, type Ctx } from './cue-context.js';
import type { Range } from './positions.js';
import { phraseAfter } from './phrase-after.js';
import { speakerIn } from './speaker.js';
import { afterSourceAsides } from './source-aside.js';
import { trim, wordCount } from './text-utils.js';
import { nounPhrase } from '../mentions/noun-phrase.js';
import type { SpeakerFields } from './speaker-fields.js';

// a conjunction, a semicolon or a colon right before the cue: a new clause starts with "according to" ("It has not gone
// unnoticed: according to two polls, turnout fell.")
const JOINED_BEFORE = /(?:[,;]\s*|\s)(?:but|and|yet|while|though|whereas)\s*,?\s+$|[;:]\s*$/i;
// a source that is a description, not a name ("the regulator", "a spokesman")
const DESCRIPTION = /^(?:the|a|an)\s/i;
// where a source's own noun phrase ends: a preposition or a participle after it ("a summary by the research office",
// "official results released on Monday", "figures compiled for the council")
const SOURCE_NP_END = /\s(?:by|from|of|for|in|on|at|with|to|about|over|under|\p{Ll}+ed)\b/u;

/**
 * "according to a summary by the research office", "according to official results released on Monday": a source the
 * mention stage lists nothing in is still named, by the noun phrase the source phrase opens with (the reader knows
 * who vouches: a document, a tally), kept as the speaker mention and flagged unknown; null when it opens with none.
 */
function sourceNounPhrase(text: string, start: number, end: number): SpeakerFields | null {
  const t = trim(text, start, end, /[\s,;:()]/);
  const cut = SOURCE_NP_END.exec(text.slice(t.start, t.end));
  const np = nounPhrase(text, t.start, cut !== null ? t.start + cut.index : t.end);
  if (np === null) return null;
  return { speaker: null, speakerKind: 'unknown', speakerMention: { text: text.slice(np.start, np.end), start: np.start, end: np.end }, role: null, speakerRule: 'according-to:source' };
}

/** `source`: the source phrase read with its numbers whole (phraseAfter's `wholeNumbers`; from-cues.ts reads it once). */
export function accordingTo(ctx: Ctx, cue: Cue, source: Range | null): Draft | null {
  const { s, sentence } = ctx;
  const text = s.doc.text;
  const who = phraseAfter(text, cue.end, sentence.end);
  if (who === null) return null;
  // where the source phrase ends, a number's comma inside it ("according to a poll of 12,000 voters,")
  const sourceEnd = source?.end ?? who.end;
  const named = speakerIn(s, who.start, who.end, 'according-to');
  const speaker = named.speakerMention === null ? sourceNounPhrase(text, who.start, who.end) ?? named : named;
  // the content from just past the source, after any asides about it
  const contentFrom = (from: number): Draft => {
    const start = afterSourceAsides(text, from, sentence.end, speaker.speakerKind === 'person', DESCRIPTION.test(text.slice(who.start, who.start + 8)));
    return { start, end: Math.min(sentence.end, start + MAX_CONTENT), cue, who: speaker, rule: 'according-to-X-content', sentence: ctx.index };
  };
  if (cue.start - sentence.start < 30 && wordCount(text.slice(sentence.start, cue.start)) <= 1) {
    // "According to X, CONTENT."
    const comma = text.slice(sourceEnd, sourceEnd + 200).indexOf(',') + sourceEnd;
    if (comma < sourceEnd || comma >= sentence.end) return null;
    // the content starts after any aside about the source ("According to X, who spoke on condition of anonymity, ...")
    return contentFrom(comma + 1);
  }
  // "Budgets rose, but according to the union, that is a cut.": after a conjunction the source opens a
  // clause of its own, and the content follows the source (its comma, or the end of its mention)
  if (JOINED_BEFORE.test(text.slice(Math.max(sentence.start, cue.start - 12), cue.start))) {
    const contentStart = text[sourceEnd] === ',' ? sourceEnd + 1 : speaker.speakerMention !== null && speaker.speakerMention.end < who.end ? speaker.speakerMention.end : -1;
    const d = contentStart < 0 ? null : contentFrom(contentStart);
    if (d !== null && wordCount(text.slice(d.start, Math.min(sentence.end, d.start + 40))) >= 2) return d;
  }
  const from = (cue.lemma === 'in' ? standingClauseStart(text, sentence.start, cue.start) : null) ?? lastClauseAfterCue(ctx, cue) ?? Math.max(sentence.start, cue.start - MAX_CONTENT);
  return { start: from, end: cue.start, cue, who: speaker, rule: 'content-according-to-X', sentence: ctx.index };
}

// where a poll's standing clause opens (cues/poll-standing.ts): after a colon, a semicolon, or a relative or
// subordinating word ("..., where she has led in the polls", "He needs one: he is running fifth in ..."); the words
// before it are the writer's own (not after a dash: "is fifth -- a close fifth -- in the poll" is an aside)
// (a subordinating word only after a comma: "While Voss toured the north, Dunne led in every poll" is one report)
const STANDING_OPENER = /(?:[:;]|,\s*(?:because|while|though|although)\s|\bwhere\s)(?=[^:;]*$)/gu;

/** The start of a poll standing's own clause inside the sentence before `cueStart`, or null if the sentence is one. */
function standingClauseStart(text: string, sentenceStart: number, cueStart: number): number | null {
  const before = text.slice(sentenceStart, cueStart);
  let last: RegExpExecArray | null = null;
  STANDING_OPENER.lastIndex = 0;
  for (let m = STANDING_OPENER.exec(before); m !== null; m = STANDING_OPENER.exec(before)) last = m;
  if (last === null) return null;
  let at = last.index + last[0].length;
  while (at < before.length && /\s/.test(before[at] ?? '')) at++;
  return wordCount(before.slice(at)) >= 2 ? sentenceStart + at : null;
}

// the last clause before the source's comma, opened by a comma and a relative pronoun or a conjunction, with no comma
// in it (group 1: the relative pronoun, kept in the content as annotated news draws it; "where" of a place too, and a
// contrast opened by "while" or "whereas" is a clause of its own as "but" is)
const LAST_CLAUSE = /,\s+(?:(which|who|where)\s|(?:but|and|yet|while|whereas)\s+)(?=[^,;:]*$)/u;
// a relative pronoun and up to three words (its clause's subject, an auxiliary) right before a cue
const RELATIVE_BEFORE = /\b(?:who|which|whom)\s+(?:[^\s,;:]+\s+){0,3}$/i;

/**
 * "Ivo Berg says the gap can still close, which stood at 40 votes in May, according to the clerk.", "Farmers
 * denounced the rule, which would cut water by a third, according to state officials.": where another cue stands
 * before a last relative or conjoined clause, the words up to that clause are that cue's report, and the source
 * after them vouches for the last clause only. The start of that clause, or null.
 */
function lastClauseAfterCue(ctx: Ctx, cue: Cue): number | null {
  const { sentence } = ctx;
  const text = ctx.s.doc.text;
  const from = Math.max(sentence.start, cue.start - MAX_CONTENT);
  const before = text.slice(from, cue.start).replace(/[\s,]+$/u, '');
  const m = LAST_CLAUSE.exec(before);
  if (m === null || wordCount(before.slice(m.index + m[0].length)) < 3) return null;
  const clauseAt = from + m.index;
  // (a cue inside a relative clause is no main clause's report: "Residents who complained about the noise met the
  // mayor, and ...", "Shares in the miner, which warned of losses, fell 8 percent, and ...": the source vouches for it all)
  const reports = (c: Cue): boolean => !RELATIVE_BEFORE.test(text.slice(Math.max(sentence.start, c.start - 40), c.start));
  if (!ctx.cues.some((c) => c !== cue && c.start >= sentence.start && c.end <= clauseAt && reports(c))) return null;
  return from + m.index + m[0].length - (m[1] !== undefined ? m[1].length + 1 : 0);
}
