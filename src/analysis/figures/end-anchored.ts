// Where an end-anchored pattern over the words of a window can start. Run as usual, such a pattern is tried
// by the regex engine from every position of its window, and each try reads words with Unicode classes (slow
// on two-byte text, which is most news with curly quotes). A pattern whose pieces are runs of non-blanks
// joined by [ \t]+ and closed by [ \t]+$ can only cover the last few runs of the window, so it is run from
// where they begin: a global regex from lastIndex, so its lookbehinds still see the window before.

const isBlank = (code: number): boolean => code === 32 || code === 9;

export interface Run { start: number; text: string }

/**
 * The last `n` runs of non-blanks of `s` (space and tab are the blanks; trailing ones skipped), the last
 * first, each with where it starts; fewer when `s` has fewer.
 */
export function lastRuns(s: string, n: number): Run[] {
  const runs: Run[] = [];
  let i = s.length;
  while (runs.length < n) {
    while (i > 0 && isBlank(s.charCodeAt(i - 1))) i--;
    if (i === 0) break;
    const end = i;
    while (i > 0 && !isBlank(s.charCodeAt(i - 1))) i--;
    runs.push({ start: i, text: s.slice(i, end) });
  }
  return runs;
}

/** Where the `n`-th last run of `s` starts (the first run's start when there are fewer; 0 when none). */
export function runsBackStart(s: string, n: number): number {
  const runs = lastRuns(s, n);
  return runs[runs.length - 1]?.start ?? 0;
}

/** `re` (flag g) run on `s` from `from` on: the leftmost match when none can start before `from`. */
export function execFrom(re: RegExp, s: string, from: number): RegExpExecArray | null {
  re.lastIndex = from;
  return re.exec(s);
}
