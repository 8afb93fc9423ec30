// Step 2, a symbol glued to the number: "48m", "100t", "9\"", "300°C", "50p".
import { UNIT_SYMBOLS } from '../../lexicon/units.js';
import { finite, type Candidate } from './candidate.js';
import { temperatureLikely } from './attach-more.js';
import type { Reading } from './named-units.js';

const GLUED_SYMBOL = /^([A-Za-z°º"″²]{1,4}(?:\/[a-z]{1,2})?)(?![\p{L}\p{N}])/u;
const QUOTE_OR_EQUALS_END = /["=]$/;
// a share price in pence set at a level or moved to one ("closed at 412p", "fell to 1,150p", "up from 398p", "an offer
// of 250p a share"): larger amounts are pence there too. Screen resolutions ("a 1080p display") are no price
const PENCE_LEVEL_BEFORE = /(?:^|[^\p{L}])(?:at|to|from|of|by|above|below|over|under|around|about|near|nearly)[ \t]+$/iu;
const RESOLUTIONS: ReadonlySet<number> = new Set([144, 240, 360, 480, 540, 576, 720, 1080, 1440, 2160, 4320]);

/** An odd number of straight double quotes on the line before `at` (a bounded look back): one is open. */
function quoteOpenBefore(text: string, at: number): boolean {
  let open = false;
  for (let i = at - 1; i >= 0 && i >= at - 160 && text[i] !== '\n'; i--) if (text[i] === '"') open = !open;
  return open;
}

/** A count `c` in digits read as `r`: the unit symbol glued to it at the start of `after`, or null. */
export function gluedUnitAfter(text: string, c: Candidate, r: Reading, after: string): Candidate | null {
  const { start, end, value, scale } = r;
  const glued = GLUED_SYMBOL.exec(after);
  const g = glued?.[1];
  // "50p", "99p": pence; a larger number is pence only as a level a price stands at (else a resolution, "720p", or a code)
  if (g === 'p' && value !== null && value > 0 && (value < 100 || (!RESOLUTIONS.has(value) && PENCE_LEVEL_BEFORE.test(text.slice(Math.max(0, start - 10), start))))) return { ...c, start, end: end + 1, value: finite(value), kind: 'money', unit: 'GBp', rule: 'money-symbol-after', scale };
  // a glued "C" or "F" is a temperature only where the text talks of weather or heat ("a 27F filing" is a form)
  // an inch mark only after a small number outside quotation ("a 9\" plate", not id="408812337790215542")
  // (nor a straight quote closing one opened before it on the line: 'backed the "Room for 12" campaign')
  const inchOk = !(g === '"' || g === '″') || (value !== null && value < 1000 && !QUOTE_OR_EQUALS_END.test(text.slice(Math.max(0, start - 1), start)) && !(g === '"' && quoteOpenBefore(text, start)));
  if (g && inchOk && UNIT_SYMBOLS[g] && !((g === 'C' || g === 'F') && !temperatureLikely(text, start, end))) {
    return { ...c, start, end: end + g.length, value: finite(value), kind: 'measure', unit: UNIT_SYMBOLS[g]!.unit, rule: `unit-${UNIT_SYMBOLS[g]!.dim}`, scale };
  }
  return null;
}
