// A relative clause in brackets inside the speaker phrase ("The striker (whom fans voted player of the year) said"):
// it tells about the head before it and names no speaker, so its mentions ("fans") are left out of the phrase's.
// positions.ts phraseBefore keeps such a bracket inside the phrase; speaker.ts asks here.
import type { Mention } from '../../types.js';
import { opensRelative } from './positions.js';

/** The mentions of `found` outside every bracket in [start, end) that a relative pronoun opens (an unclosed one runs
 *  to `end`: the phrase's trimming may have dropped its closing bracket). */
export function outsideRelativeBrackets(text: string, start: number, end: number, found: Mention[]): Mention[] {
  let out = found;
  for (let open = text.indexOf('(', start); open >= 0 && open < end; open = text.indexOf('(', open + 1)) {
    if (!opensRelative(text, open + 1)) continue;
    const close = text.indexOf(')', open);
    const stop = close < 0 || close > end ? end : close;
    out = out.filter((m) => m.start < open || m.start >= stop);
  }
  return out;
}
