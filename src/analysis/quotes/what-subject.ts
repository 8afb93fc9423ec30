// A cue right after "what" and its own subject ("She signed what critics described as a giveaway"): the free relative's
// subject speaks, not the sentence's.
import type { Ctx } from './cue-context.js';
import type { SpeakerFields } from './speaker-fields.js';
import { speakerIn } from './speaker.js';

// "what critics described as", "what the mayor calls": a free relative and its own subject, one to five words
const WHAT_SUBJECT = /\bwhat\s+((?:[^\s,;:.!?“”"()]+\s+){1,5})$/i;

/**
 * "She signed what critics described as a giveaway": after "what" the words up to the cue are the cue's subject (the
 * free relative's own), not the sentence's ("She"). Null when no "what" phrase stands right before the cue.
 */
export function whatSubject(ctx: Ctx, end: number): SpeakerFields | null {
  const what = whatPhraseStart(ctx, end);
  if (what < 0) return null;
  const start = what + 4 + (/^\s+/.exec(ctx.s.doc.text.slice(what + 4, end))?.[0].length ?? 0);
  const who = speakerIn(ctx.s, start, end, 'what-subject');
  return who.speakerMention !== null ? who : null;
}

/** Where "what" stands before its own subject of one to five words right before `end` (a cue), or -1 (not when the
 *  phrase holds a clause of its own: "what the board asked for and its critics went on to ..."). */
export function whatPhraseStart(ctx: Ctx, end: number): number {
  const text = ctx.s.doc.text;
  const from = Math.max(ctx.sentence.start, end - 60);
  const m = WHAT_SUBJECT.exec(text.slice(from, end));
  if (m === null) return -1;
  const start = from + m.index + m[0].length - m[1]!.length;
  if (/\b(?:and|but|or)\b/i.test(m[1]!) || ctx.cues.some((c) => c.start >= start && c.start < end)) return -1;
  return from + m.index;
}
