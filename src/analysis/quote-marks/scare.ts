// Step 3: tell speech from scare quotes and titles. A quote is 'scare' when
//  - a naming word comes just before it ("the so-called 'deal'", "dubbed", "the word"), or
//  - it is short (one or two words, or a short all-title-case span) and not in a speech position:
//    its sentence has no speech verb outside quotation marks, and no colon leads into it.
// Everything else is speech. Only a small window around the quote is read.
import { SPEECH_FORMS } from '../../lexicon/speech-verbs.js';

const NAMING_BEFORE = /(?:so[- ]called|dubbed|nicknamed|titled|entitled|known as|the (?:word|words|term|phrase|slogan|label|name)|a (?:so-called|term|word|phrase|slogan))\s*[,:]?\s*$/i;
const SMALL_WORD = /^(?:a|an|the|of|and|or|in|on|at|to|for|with|by|from|de|la|le|von|van|der|&)$/i;
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu;

export interface ScareContext {
  text: string;
  /** The sentence holding the quote. */
  sentenceStart: number;
  sentenceEnd: number;
  /** Spans of other quotes in that sentence, to skip words inside them. */
  inside: (at: number) => boolean;
}

function words(s: string): string[] {
  return s.match(WORD) ?? [];
}

function isTitleCase(ws: string[]): boolean {
  const caps = ws.filter((w) => /^\p{Lu}/u.test(w)).length;
  return caps >= 2 && ws.every((w) => /^[\p{Lu}\p{N}]/u.test(w) || SMALL_WORD.test(w));
}

/** Does the sentence hold a speech verb outside quotes (so a quote in it is someone's words)? */
function speechPosition(ctx: ScareContext, open: number, close: number): boolean {
  const before = ctx.text.slice(Math.max(ctx.sentenceStart, open - 3), open);
  if (/:\s*$/.test(before)) return true;
  WORD.lastIndex = 0;
  // the sentence, but at most WINDOW characters on each side of the quote (a sentence can be megabytes)
  const from = Math.max(ctx.sentenceStart, open - WINDOW);
  const sentence = ctx.text.slice(from, Math.min(ctx.sentenceEnd, close + WINDOW));
  for (let m = WORD.exec(sentence); m !== null; m = WORD.exec(sentence)) {
    const f = SPEECH_FORMS.get(m[0].toLowerCase());
    if (f !== undefined && !f.ambiguous && !ctx.inside(from + m.index)) return true;
  }
  return false;
}

const WINDOW = 300;

export function isScare(ctx: ScareContext, open: number, close: number, inner: string): boolean {
  const lead = ctx.text.slice(Math.max(0, open - 25), open);
  if (NAMING_BEFORE.test(lead)) return true;
  const ws = words(inner);
  if (ws.length === 0) return true;
  const endsLikeSpeech = /[.!?,…]\s*$/.test(inner);
  const short = ws.length <= 2 || (ws.length <= 6 && isTitleCase(ws) && !endsLikeSpeech);
  return short && !speechPosition(ctx, open, close);
}
