// Lead labels: the words news puts before the first sentence of a paragraph that belong to no sentence.
// A wire dateline ("LONDON (Reuters) - ", "ADDIS KERA, May 9 (AFP) — ", "HARLOW, N.H.—", "NEW DELHI: "),
// a live-blog timestamp ("09:12 - ", "9.12am BST: ") and a kicker ("UPDATE: ", "BREAKING: "). They are
// split off as a sentence of their own, so a content that starts its sentence ("Talks broke down,
// officials said.") does not start with the place, the agency or the time. Every pattern is anchored at
// the paragraph start and reads a bounded window, so this is linear in the text.
import { latin1Twin } from '../latin1-twin.js';

const WINDOW = 120;
const MAX_LABELS = 3; // "UPDATE: 7/03 — " is a kicker then a date

// a word in capitals, dots and hyphens allowed ("WASHINGTON", "N.H.", "PORT-AU-PRINCE", "ST.")
const UC = String.raw`\p{Lu}[\p{Lu}\p{M}.’'-]*`;
// a place in capitals, at least two letters first ("NEW DELHI", "MANCHESTER")
const PLACE_UC = String.raw`\p{Lu}[\p{Lu}\p{M}.’'-]+(?: ${UC}){0,3}`;
// a place in title case ("Paris", "Addis Kera"): a dateline only with an agency or a date after it
const TC = String.raw`\p{Lu}[\p{Ll}\p{M}.’'-]+`;
const PLACE_TC = String.raw`${TC}(?: ${TC}){0,2}`;
// ", N.H." / ", Calif." / ", Ethiopia": the state or country after the city
const REGION = String.raw`(?:,[ \t]*(?:${UC}|${TC})(?:[ \t](?:${UC}|${TC})){0,2}){0,2}`;
const MONTH = String.raw`(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\.?`;
const DATE = String.raw`,?[ \t]*${MONTH}[ \t]\d{1,2}(?:,[ \t]*\d{4})?`;
const AGENCY = String.raw`[ \t]*\([^()\n]{1,40}\)`;
// "09:12", "9.12am", "14:05 GMT", "12:05 a.m. ET"; and a numeric date "7/03"
const TIME = String.raw`\d{1,2}[:.]\d{2}(?:[ \t]?(?:[ap]\.?m\.?))?(?:[ \t]?\p{Lu}{2,4})?`;
const DATE_NUM = String.raw`\d{1,2}/\d{1,2}(?:/\d{2,4})?`;
// a dash between label and sentence: em or en dash with or without spaces, a hyphen only between spaces
const DASH = String.raw`(?:[ \t]*[—–][ \t]*|[ \t]+--?[ \t]+)`;
// what follows a label: the first word of a sentence (capital, digit or an opening quote)
const NEXT = String.raw`(?=[\p{Lu}\p{N}“"‘'«])`;

// (large patterns, compiled for a subject with letters beyond Latin-1 only when one comes: latin1-twin.ts)
const DASH_LABEL = latin1Twin(new RegExp(String.raw`(?:${PLACE_UC}${REGION}(?:${DATE})?(?:${AGENCY})?|${PLACE_TC}${REGION}(?:(?:${DATE})?${AGENCY}|${DATE})|${TIME}|${DATE_NUM})${DASH}${NEXT}`, 'uy'));
// with a colon only capitals, a time or a date: "Ann Lee: the plan is dead" is no dateline
const COLON_LABEL = latin1Twin(new RegExp(String.raw`(?:${PLACE_UC}${REGION}(?:${DATE})?(?:${AGENCY})?|${TIME}|${DATE_NUM}):[ \t]+${NEXT}`, 'uy'));

// what DASH (an em or en dash, or a hyphen after a blank) or the colon needs, as one plain scan
const SEPARATOR_HINT = /[—–:]|[ \t]-/;

/**
 * The labels at the start of the paragraph [start, end): the end of each label (its separator
 * included, the space after it not), in order. Empty when the paragraph starts with a sentence.
 */
export function leadLabels(text: string, start: number, end: number): number[] {
  const out: number[] = [];
  const window = text.slice(start, Math.min(end, start + WINDOW));
  // every label ends in a dash or a colon: most paragraphs hold neither near their start, and skip both
  // patterns (large ones: the first run compiles them)
  if (!SEPARATOR_HINT.test(window)) return out;
  const dashLabel = DASH_LABEL.for(window);
  const colonLabel = COLON_LABEL.for(window);
  let at = 0;
  for (let n = 0; n < MAX_LABELS; n++) {
    dashLabel.lastIndex = at;
    colonLabel.lastIndex = at;
    const m = dashLabel.exec(window) ?? colonLabel.exec(window);
    if (m === null) break;
    const label = m[0].trimEnd();
    out.push(start + at + label.length);
    at += m[0].length;
  }
  return out;
}
