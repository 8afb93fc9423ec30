// The word right before a position, as the figures' qualifier steps read words: split at any blank (Unicode ones too).
import { isBlankCode } from './blanks.js';

/** The word right before the trailing blanks, lower-cased (words as qualify.ts's phrase loop reads them). */
export function lastWord(before: string): string {
  let end = before.length;
  while (end > 0 && isBlankCode(before.charCodeAt(end - 1))) end--;
  let start = end;
  while (start > 0 && !isBlankCode(before.charCodeAt(start - 1))) start--;
  return before.slice(start, end).toLowerCase();
}
