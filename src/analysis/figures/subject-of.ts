// Step 6, the words after a figure's "of" that are no part of what it counts (subject.ts reads the noun after them):
// the unit word before the "of" ("6,000 head of cattle", "£9m worth of damage"), and after "of the" the whole's own
// number with the place of a run or an owner before it ("Half of the 400 staff", "two of their last five games", "a
// quarter of the town's 12,000 residents").
import type { FigureKind } from '../../types.js';

const WHOLE_NUMBER = /^[ \t\u00a0]{1,3}\p{N}[\p{N},.]{0,15}(?=[ \t\u00a0])/u;
const PLACE = 'last|past|first|next|previous|final|latest';
const BEFORE_WHOLE = new RegExp(String.raw`^[ \t\u00a0]{1,3}(?:\p{L}+['’]s(?:[ \t\u00a0]{1,3}(?:${PLACE}))?|${PLACE})(?=[ \t\u00a0]{1,3}\p{N})`, 'iu');

/** Whether `word` after a figure of `kind` is a unit word whose "of" names what is counted: livestock are counted by
 *  the head, and money is the worth of something. */
export function unitBeforeOf(word: string, kind: FigureKind): boolean {
  return (word === 'head' && kind === 'count') || (word === 'worth' && kind === 'money');
}

/** How many characters at the start of `window` (after "of the") are the whole's number and the words before it. */
export function pastWholeNumber(window: string): number {
  const before = BEFORE_WHOLE.exec(window);
  const at = before ? before[0].length : 0;
  const whole = WHOLE_NUMBER.exec(window.slice(at));
  return at + (whole ? whole[0].length : 0);
}
