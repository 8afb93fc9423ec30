// A bare role noun opening a headline ("Premier rules out new tax", "Governor says ferry will run"): headlines drop
// their articles, so the role noun before its verb is a description though no "the" or comma stands before it.
import type { Token } from './tokens.js';
import type { Cue } from '../../types.js';
import { isVerbForm } from './words.js';
import type { HeadKind } from './description-words.js';

// a headline's line: at most this long, and it ends with no full stop
const HEADLINE_MAX = 160;

/** Where the text's first word starts: only a headline there drops its articles. */
export function firstWordStart(text: string): number {
  const at = text.search(/\S/);
  return at < 0 ? text.length : at;
}

/**
 * Whether the document's first word, at `at`, opens a headline with a lower-case verb or cue next ("Premier rules out
 * new tax", "Minister vows ..."): a short first line with no full stop at its end (bounded look-ahead).
 */
export function opensHeadline(text: string, at: number, next: Token | undefined, cues: readonly Cue[]): boolean {
  if (next === undefined || !next.word || next.cap) return false;
  // a verb by the lexicon, or a cue the cue stage read as one ("rules out", "vows": plural nouns to the lexicon)
  if (!isVerbForm(next.lower) && !cues.some((c) => c.start === next.start)) return false;
  // the line's end, looked for within HEADLINE_MAX characters (a long text with no line break is not read to its end)
  const nl = text.slice(at, at + HEADLINE_MAX + 1).indexOf('\n');
  let end = nl < 0 ? text.length : at + nl;
  if (end - at > HEADLINE_MAX) return false;
  while (end > at && /\s/.test(text[end - 1]!)) end--;
  return text[end - 1] !== '.';
}

/** A role noun headed by the words before it from the text's first word, opening a headline ("Former Navy chief says"). */
export function headlineDescription(text: string, tokens: Token[], start: number, i: number, kind: HeadKind, cues: readonly Cue[], textStart: number): boolean {
  return kind === 'person' && start < i && tokens[start]!.start === textStart && opensHeadline(text, tokens[i]!.start, tokens[i + 1], cues);
}
