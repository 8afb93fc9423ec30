// Step 1: every quotation mark, classified by its glyph and the characters around it as an
// opening mark, a closing mark, or either (straight marks between spaces). Apostrophes are dropped
// here: a mark between letters (don't, Maria’s), before a digit ('90s) or opening a known elision
// ('em, 'til) is not a quotation mark. A plural possessive ("the workers' pay") is marked as maybe one.

export type Family = 'double' | 'single' | 'guillemet' | 'angle';
export type Side = 'open' | 'close' | 'either';

export interface Mark {
  at: number;
  len: number;
  family: Family;
  side: Side;
  /** Low-9 opening marks („ ‚) are closed by the high marks “ ‘ in German style. */
  low?: boolean;
  /** A “ that closes: any “ closes a „ (German style), and a “ after a word or punctuation and
   * before a blank, punctuation or the end closes any double mark (mixed glyphs: "Ready.“). */
  highSix?: { afterWord: boolean };
  /** A single closing mark after a plural "s" and before a lower-case word ("the workers' pay"): an
   * apostrophe when another single mark closes later in the paragraph (pairing decides). */
  maybeApostrophe?: boolean;
}

// `''` and `` `` `` are the double quotes of typewriter and NYT-style text; try them before single ones.
const MARK = /''|``|[“”"‘’'«»‹›„‚]/g;
// "the workers' pay": a space and a lower-case word after a plural possessive
const PLURAL_POSSESSIVE_AFTER = /^[ \t]\p{Ll}/u;
const ELISIONS = /^(?:em|til|tis|twas|cause|n|bout|round)\b/i;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const SPACE_BEFORE = /[\s([{\u2014\u2013\-/“"‘'«‹„‚]/u;
const SPACE_AFTER = /[\s)\]}.,;:!?\u2014\u2013\-”"’'»›…]/u;

function flank(text: string, at: number, len: number): { left: boolean; right: boolean } {
  const prev = at > 0 ? text[at - 1] ?? '' : '';
  const next = text[at + len] ?? '';
  const spaceBefore = prev === '' || SPACE_BEFORE.test(prev);
  const spaceAfter = next === '' || SPACE_AFTER.test(next);
  // left-flanking: can open (nothing word-like before, something after); right-flanking: can close
  return { left: spaceBefore && next !== '' && !/\s/.test(next), right: !spaceBefore && spaceAfter };
}

function classifySingle(text: string, at: number, glyph: string): Side | null {
  const prev = at > 0 ? text[at - 1] ?? '' : '';
  const next = text[at + 1] ?? '';
  if (LETTER_OR_DIGIT.test(prev) && LETTER_OR_DIGIT.test(next)) return null; // don't, Maria’s
  if (/\p{N}/u.test(next)) return null; // the '90s
  const { left, right } = flank(text, at, 1);
  if (left && ELISIONS.test(text.slice(at + 1, at + 7))) return null; // 'em, 'til
  if (glyph === '‘') return left || !right ? 'open' : 'close';
  if (left) return glyph === '’' ? null : 'open'; // a ’ opening a word is an elision
  if (right) return 'close'; // kept only if a single quote is open (else an apostrophe: Jones')
  return null;
}

export function findMarks(text: string): Mark[] {
  const out: Mark[] = [];
  MARK.lastIndex = 0;
  for (let m = MARK.exec(text); m !== null; m = MARK.exec(text)) {
    const g = m[0];
    const at = m.index;
    switch (g) {
      case '“': {
        const { left, right } = flank(text, at, 1);
        out.push({ at, len: 1, family: 'double', side: 'open', highSix: { afterWord: right && !left } });
        break;
      }
      case '”': out.push({ at, len: 1, family: 'double', side: 'close' }); break;
      case '„': out.push({ at, len: 1, family: 'double', side: 'open', low: true }); break;
      case '‚': out.push({ at, len: 1, family: 'single', side: 'open', low: true }); break;
      case '«': out.push({ at, len: 1, family: 'guillemet', side: 'open' }); break;
      case '»': out.push({ at, len: 1, family: 'guillemet', side: 'close' }); break;
      case '‹': out.push({ at, len: 1, family: 'angle', side: 'open' }); break;
      case '›': out.push({ at, len: 1, family: 'angle', side: 'close' }); break;
      case '``': out.push({ at, len: 2, family: 'double', side: 'open' }); break;
      case '"': case "''": {
        const { left, right } = flank(text, at, g.length);
        out.push({ at, len: g.length, family: 'double', side: left && !right ? 'open' : right && !left ? 'close' : 'either' });
        break;
      }
      default: {
        const side = classifySingle(text, at, g);
        if (side === null) break;
        const mark: Mark = { at, len: 1, family: 'single', side };
        if (side === 'close' && /s/i.test(text[at - 1] ?? '') && PLURAL_POSSESSIVE_AFTER.test(text.slice(at + 1, at + 4))) mark.maybeApostrophe = true;
        out.push(mark);
      }
    }
  }
  return out;
}
