// A noun of saying as the cue: "Ann Lee's claim that CONTENT", "their pledge to cut fares".
import type { Cue } from '../../types.js';
import type { Draft } from './draft.js';
import { rightEnd, type Ctx } from './cue-context.js';
import { NO_SPEAKER, speakerIn } from './speaker.js';
import { wordCount } from './text-utils.js';

/** "Ann Lee's claim that CONTENT": the possessor before the noun is the source, the clause after "that" the content. */
export function nounCue(ctx: Ctx, k: number): Draft | null {
  const cue = ctx.cues[k] as Cue;
  const text = ctx.s.doc.text;
  // the content is the clause after "that", or the infinitive with its "to" ("pledge to cut fares")
  const that = /^\s+that\s+|^\s+(?=to\s)/.exec(text.slice(cue.end, cue.end + 8));
  if (that === null) return null;
  const start = cue.end + that[0].length;
  const end = rightEnd(ctx, k);
  if (wordCount(text.slice(start, Math.min(end, start + 40))) < 2) return null;
  // the possessor: "his"/"her"/... or the capitalised words before "'s"
  const before = text.slice(Math.max(ctx.sentence.start, cue.start - 60), cue.start);
  const owner = /(?:\b(?:[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Oo]ur)|(?:\p{Lu}[\p{L}.’'-]*\s+){0,3}\p{Lu}[\p{L}.-]*['’]s|\b[\p{Ll}]+['’]s)\s+(?:\p{Ll}+\s+)?$/u.exec(before);
  const who = owner !== null ? speakerIn(ctx.s, cue.start - before.length + owner.index, cue.start - before.length + owner.index + owner[0].trimEnd().length, 'possessor') : NO_SPEAKER;
  return { start, end, cue, who, rule: 'noun-that', sentence: ctx.index };
}
