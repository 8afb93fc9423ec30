// The word right before a window's trailing blanks, in the two forms the rules read it. Both sit on hot
// paths (a gate in front of an end-anchored pattern), so each scans with its own plain loop.
import { isBlankCode } from './blanks.js';

/** The word right before the trailing blanks, lower-cased, split at any blank, Unicode ones too (as the
 *  figures' qualifier steps and the quote positions read words). */
export function lastWord(before: string): string {
  let end = before.length;
  while (end > 0 && isBlankCode(before.charCodeAt(end - 1))) end--;
  let start = end;
  while (start > 0 && !isBlankCode(before.charCodeAt(start - 1))) start--;
  return before.slice(start, end).toLowerCase();
}

/**
 * The word right before the trailing blanks of `s` as written; null when `s` does not end in a blank.
 * The cheap exact gates in front of end-anchored patterns read it (cues' AUX_BEFORE, figures' level and
 * change verbs): such a pattern is tried by the regex engine from every position of its window, while the
 * last word alone says whether it can match.
 */
export function wordBeforeBlanks(s: string, isBlank: (c: string) => boolean): string | null {
  let end = s.length;
  while (end > 0 && isBlank(s[end - 1]!)) end--;
  if (end === s.length) return null;
  let start = end;
  while (start > 0 && !isBlank(s[start - 1]!)) start--;
  return s.slice(start, end);
}
