// Step 2, an earthquake's size: "a magnitude 6.2 earthquake", "magnitude-7.1", "6.8 on the Richter scale". The
// unit word after the number ("a 6.2-magnitude quake") is read with the other unit words (named-units.ts); these are
// the forms with the scale named before the number or after it as a phrase.
import { finite, type Candidate } from './candidate.js';
import type { Reading } from './named-units.js';

// (the word before, joined by a blank or a hyphen; "a quake of magnitude 6" too, but "an order of magnitude" is a
// factor of ten, not a scale: "an order of magnitude 10 times bigger")
const SCALE_BEFORE = /(?<![\p{L}])(?<!orders?[ \t\u00a0]of[ \t\u00a0])magnitude[ \t\u00a0-]$/iu;
const SCALE_AFTER = /^[ \t\u00a0]+on[ \t\u00a0]+the[ \t\u00a0]+Richter(?:[ \t\u00a0]+scale)?(?![\p{L}])/u;
// the scales run from below zero to about ten: "magnitude 300" is some other count
const MAX_MAGNITUDE = 10;

/** A count `c` read as `r` that is an earthquake's magnitude, its text grown over the scale's name; else null. */
export function magnitudeAround(text: string, c: Candidate, r: Reading): Candidate | null {
  const { start, end, value, scale } = r;
  if (value === null || scale !== 1 || value > MAX_MAGNITUDE || value < -2) return null;
  const before = SCALE_BEFORE.exec(text.slice(Math.max(0, start - 20), start));
  const after = before ? null : SCALE_AFTER.exec(text.slice(end, end + 28));
  if (!before && !after) return null;
  return { ...c, start: before ? start - before[0].length : start, end: after ? end + after[0].length : end, value: finite(value), kind: 'measure', unit: 'magnitude', rule: 'unit-index', scale };
}
