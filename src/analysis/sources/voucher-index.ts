// The voucher cues of a whole document, found once: "according to", "a report by", evidence nouns
// ("data", "poll") and estimating verbs ("estimated", "data show"). Each figure then looks up the hits
// inside its own clause by binary search, so a figure costs a lookup, not a scan.
import { EVIDENCE_NOUNS, EVIDENCE_VERBS } from '../../lexicon/figure-sources.js';
import { alternation } from '../alternation.js';
import { PER_RATE_NOUNS } from '../../lexicon/prepositions.js';
import { firstNotBefore } from '../sorted.js';

// longest first: a word never stops the match at a shorter word it begins with ('reports', not 'report')
export const NOUNS = alternation(EVIDENCE_NOUNS);
export const VERBS = alternation(EVIDENCE_VERBS);

// document-wide scans: ASCII \b, since a Unicode lookbehind tried at every position is several times slower
// "according to X", "as (first) reported by X"
const ACCORDING = /\b(?:according[ \t\u00a0]+to|as[ \t\u00a0]+(?:first[ \t\u00a0]+)?reported[ \t\u00a0]+by)[ \t\u00a0]+/gi;
// "per X" set off as a source (", per the ministry", "Per the agency,"), not the rate word ("$5 per hour",
// "per cent", "per capita"). Scanned for the bare word (a literal scan is fast), then checked around each hit.
const PER = /\bper[ \t\u00a0]+/gi;
const PER_OPENS = /(?:^|[,(—–\n]|[.!?][ \t\u00a0])[ \t\u00a0]*$/;
const PER_RATE = new RegExp(`^(?:${alternation(PER_RATE_NOUNS)})s?\\b`, 'i');
// "a report by X", "data from X", "a study published by X"
const BY_SOURCE = new RegExp(String.raw`\b(?:${NOUNS})(?:[ \t\u00a0]+(?:released|published|compiled|issued|conducted))?[ \t\u00a0]+(?:by|from)[ \t\u00a0]+`, 'gi');
// "X data show", "X's report found", "X estimated"
const SOURCE_VERB = new RegExp(String.raw`\b(?:(?:${NOUNS})[ \t\u00a0]+)?(?:${VERBS})\b`, 'gi');
const EVIDENCE_NOUN = new RegExp(String.raw`\b(?:${NOUNS})\b`, 'gi');

export interface Hit { start: number; end: number }
/** Where each kind of voucher cue occurs in the document. */
export interface VoucherIndex { according: Hit[]; bySource: Hit[]; evidence: Hit[]; sourceVerb: Hit[] }

function hits(re: RegExp, text: string): Hit[] {
  const out: Hit[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) out.push({ start: m.index, end: m.index + m[0].length });
  return out;
}

function perHits(text: string): Hit[] {
  return hits(PER, text).filter((h) => PER_OPENS.test(text.slice(Math.max(0, h.start - 3), h.start)) && !PER_RATE.test(text.slice(h.end, h.end + 8)));
}

export function indexVouchers(text: string): VoucherIndex {
  const per = perHits(text);
  const according = per.length === 0 ? hits(ACCORDING, text) : [...hits(ACCORDING, text), ...per].sort((a, b) => a.start - b.start);
  return { according, bySource: hits(BY_SOURCE, text), evidence: hits(EVIDENCE_NOUN, text), sourceVerb: hits(SOURCE_VERB, text) };
}

/** The hits lying inside [lo, hi), by binary search on their starts. */
export function within(list: Hit[], lo: number, hi: number): Hit[] {
  const a = firstNotBefore(list, (x) => x.start < lo);
  const out: Hit[] = [];
  for (let i = a; i < list.length && list[i]!.end <= hi; i++) out.push(list[i]!);
  return out;
}
