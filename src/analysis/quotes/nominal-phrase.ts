// Where a phrase read after a noun cue ends (its object, a giver, a reason): shared by
// nominal-content.ts and nominal-received.ts (where it starts: text-utils afterBlanks).

const MAX_OBJECT = 200;

/** The end of the phrase starting at `start`: the first stop, else the sentence's end (its full stop and
 *  blanks left out), at most MAX_OBJECT on. (The sentence's end, not a period: "U.S." and "Mr." are inside.) */
export function phraseEnd(text: string, start: number, sentenceEnd: number, stop: RegExp): number {
  const window = text.slice(start, Math.min(sentenceEnd, start + MAX_OBJECT));
  const m = stop.exec(window);
  return start + (m === null ? window.replace(/[\s.]+$/, '') : window.slice(0, m.index).trimEnd()).length;
}
