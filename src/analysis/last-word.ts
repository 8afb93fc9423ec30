// The word right before a window's trailing blanks. The cheap exact gates in front of end-anchored
// patterns read it (cues' AUX_BEFORE, figures' level and change verbs): such a pattern is tried by the
// regex engine from every position of its window, while the last word alone says whether it can match.

/** The non-blank run that ends where the trailing blanks of `s` begin; null when `s` does not end in a blank. */
export function wordBeforeBlanks(s: string, isBlank: (c: string) => boolean): string | null {
  let end = s.length;
  while (end > 0 && isBlank(s[end - 1]!)) end--;
  if (end === s.length) return null;
  let start = end;
  while (start > 0 && !isBlank(s[start - 1]!)) start--;
  return s.slice(start, end);
}
