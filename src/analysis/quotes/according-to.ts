// "According to X, CONTENT." and "CONTENT, according to X.": the content on the side away from X.
import type { Cue } from '../../types.js';
import type { Draft } from './draft.js';
import { MAX_CONTENT, type Ctx } from './cue-context.js';
import { phraseAfter } from './positions.js';
import { speakerIn } from './speaker.js';
import { afterSourceAsides } from './source-aside.js';
import { wordCount } from './text-utils.js';

export function accordingTo(ctx: Ctx, cue: Cue): Draft | null {
  const { s, sentence } = ctx;
  const text = s.doc.text;
  const who = phraseAfter(text, cue.end, sentence.end);
  if (who === null) return null;
  const speaker = speakerIn(s, who.start, who.end, 'according-to');
  if (cue.start - sentence.start < 30 && wordCount(text.slice(sentence.start, cue.start)) <= 1) {
    // "According to X, CONTENT."
    const comma = text.slice(who.end, who.end + 200).indexOf(',') + who.end;
    if (comma < who.end) return null;
    if (comma < 0 || comma >= sentence.end) return null;
    // the content starts after any aside about the source ("According to X, who spoke on condition of anonymity, ...")
    const start = afterSourceAsides(text, comma + 1, sentence.end, speaker.speakerKind === 'person');
    return { start, end: Math.min(sentence.end, start + MAX_CONTENT), cue, who: speaker, rule: 'according-to-X-content', sentence: ctx.index };
  }
  return { start: Math.max(sentence.start, cue.start - MAX_CONTENT), end: cue.start, cue, who: speaker, rule: 'content-according-to-X', sentence: ctx.index };
}
