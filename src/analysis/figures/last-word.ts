// The word right before a figure, as the qualifier steps read words: split at any blank (Unicode ones too).
const SPACE = /\s/;
export const isSpace = (code: number): boolean => code === 32 || code === 9 || code === 10 || code === 13 || (code > 127 && SPACE.test(String.fromCharCode(code))) || code === 11 || code === 12;
/** The word right before the trailing blanks, lower-cased (words as qualify.ts's phrase loop reads them). */
export function lastWord(before: string): string {
  let end = before.length;
  while (end > 0 && isSpace(before.charCodeAt(end - 1))) end--;
  let start = end;
  while (start > 0 && !isSpace(before.charCodeAt(start - 1))) start--;
  return before.slice(start, end).toLowerCase();
}
