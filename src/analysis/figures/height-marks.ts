// Step 1, a height or length written with the foot and inch marks: "6'3\"", "5’10”", "7' 2\"", "6′0″". American
// sports and crime news give a player's or a suspect's height this way; read digit by digit it is a count of six and
// three inches. It is one length in feet (6.25 ft), as "6-foot-3" and "6 ft 3 in" already are (ranges.ts).
import { scanned, tidy, type Candidate } from './candidate.js';
import { UNIT_WORDS as NUMBER_WORDS } from '../../lexicon/number-words.js';

// the foot mark (straight, typographic or prime), the inches (0 to 11, never with a leading zero: "2'05\"" is a race
// time in minutes and seconds; a blank allowed only before an inch mark),
// then the inch mark, a doubled straight quote or nothing; no letter, digit or decimal may follow ("6'3.5" is no height)
const MARKED_HEIGHT = /['’′](?:(1[01]|\d)(?:["”″]|'')?|[ \t](1[01]|\d)(?:["”″]|''))(?![\p{L}\p{N}]|[.,]\d)/uy;
// digits or a mark right before the feet: a chain of marks ("45°30'15\"") is an angle or a time, not a height
const CHAIN_BEFORE = /[\p{N}°'’′"”″:.,]$/u;

/** The feet `first` (digits ending at `firstEnd`) and the inches after the marks, as one length in feet, or null. */
export function markedHeight(text: string, at: number, first: string, firstEnd: number): Candidate | null {
  // feet of a person, a room or a boat: one or two digits, never zero
  if (!/^[1-9]\d?$/.test(first) || CHAIN_BEFORE.test(text.slice(Math.max(0, at - 1), at))) return null;
  MARKED_HEIGHT.lastIndex = firstEnd;
  const m = MARKED_HEIGHT.exec(text);
  if (!m) return null;
  const inches = Number(m[1] ?? m[2]);
  const c = scanned(at, firstEnd + m[0].length, tidy(Number(first) + inches / 12), 'height-marks', 'measure');
  c.unit = 'ft';
  return c;
}

// "six-foot-three", "a five-foot-eleven guard": the inches spelled out and hyphened to "foot" (not "six-foot-one-way":
// a further hyphened word makes it another compound)
const SPELLED_INCHES = /^[-‐‑](one|two|three|four|five|six|seven|eight|nine|ten|eleven)(?![\p{L}\p{N}]|[-‐‑]\p{L})/iu;

/** The inches spelled after "-foot" at `pos`: their number and length, or null. */
export function spelledInchesAfter(text: string, pos: number): { inches: number; length: number } | null {
  const m = SPELLED_INCHES.exec(text.slice(pos, pos + 10));
  return m && m[1] ? { inches: NUMBER_WORDS[m[1].toLowerCase()]!, length: m[0].length } : null;
}
