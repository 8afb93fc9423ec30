// The headline test: a short line in Title Case ("Mayor Backs New Toll"), where a capitalised speech form is a
// headline's verb, not a name; the verb gates and readings ask it before reading such a form as a surname.

const TITLE_REACH = 160;
/** Whether the line around `at` is a short headline in Title Case (most of its words capitalised). */
export function titleLine(text: string, at: number): boolean {
  // the line's ends, looked for at most TITLE_REACH characters away: a line longer than that is no
  // headline, and a megabyte line must not be scanned again for every capitalised cue form in it
  let from = at;
  while (from > 0 && text[from - 1] !== '\n') {
    if (at - from >= TITLE_REACH) return false;
    from--;
  }
  let to = at;
  while (to < text.length && text[to] !== '\n') {
    if (to - at >= TITLE_REACH) return false;
    to++;
  }
  const words = text.slice(from, to).match(/[\p{L}’']+/gu) ?? [];
  const caps = words.filter((w) => /^\p{Lu}/u.test(w)).length;
  return words.length >= 4 && words.length <= 20 && caps >= 0.75 * words.length;
}

const HEADLINE_REACH = 120;
/**
 * Whether the line around `at` is a short headline in sentence case ("Kim wins primary, vows to clean house"): at most
 * HEADLINE_REACH characters on either side of `at` to its ends, and no sentence end inside or at its end.
 */
export function sentenceCaseHeadline(text: string, at: number): boolean {
  // the line's start, looked for in the reach only (a megabyte line must not be scanned back for every form in it)
  const base = Math.max(0, at - HEADLINE_REACH - 1);
  const newline = text.slice(base, at + 1).lastIndexOf('\n');
  if (newline < 0 && base > 0) return false;
  const from = newline < 0 ? 0 : base + newline + 1;
  if (at - from > HEADLINE_REACH) return false;
  let to = at;
  while (to < text.length && text[to] !== '\n') {
    if (to - at >= HEADLINE_REACH || text[to] === '.' || text[to] === '!' || text[to] === '?') return false;
    to++;
  }
  return !/[.!?]/.test(text.slice(from, at));
}
