// People and bodies that put a figure forward themselves: "the agency estimated ...", "..., the office
// estimates.", "the agency raised the death toll to 45", "officials put the cost at $3 million", and
// "By her own account, ...". The source is the mention SPEAKERS found right before the verb or possessive.
import type { Figure } from '../../types.js';
import type { Counted } from '../state.js';
import { COUNT_NOUNS, COUNT_SETTING_VERBS, FORECAST_MOVING_VERBS, FORECAST_NOUNS, VALUING_VERBS } from '../../lexicon/figure-sources.js';
import { evidencePhrase, sourceBefore, type Voucher } from './phrases.js';
import { NOUNS, within, type VoucherIndex } from './voucher-index.js';
import { trie } from '../figures/trie.js';
import { WEEKDAYS } from '../../lexicon/weekdays.js';
import { latin1Twin } from '../latin1-twin.js';

// "X raised the toll of the flood to 45", "X cut its full-year forecast to $2", "X put the cost at about $3
// million": what reads right before the figure (and the old level after the new: "raised its target to $52 from $47")
const SETS_COUNT = latin1Twin(new RegExp(String.raw`(?<![\p{L}])(?:(?:${COUNT_SETTING_VERBS.join('|')})[ \t\u00a0]+(?:[\p{L}’'-]+[ \t\u00a0]+){0,3}?(?:${COUNT_NOUNS.join('|')})(?:[ \t\u00a0]+[\p{L}’'-]+){0,5}?[ \t\u00a0]+(?:at|to)|(?:${FORECAST_MOVING_VERBS.join('|')})[ \t\u00a0]+(?:[\p{L}’'-]+[ \t\u00a0]+){0,3}?(?:${FORECAST_NOUNS.join('|')})(?:[ \t\u00a0]+[\p{L}’'-]+){0,5}?[ \t\u00a0]+(?:at|to)|(?:${VALUING_VERBS.join('|')})(?:[ \t\u00a0]+[\p{L}’'-]+){1,6}?[ \t\u00a0]+at)[ \t\u00a0]+(?:\S{1,24}[ \t\u00a0]+from[ \t\u00a0]+)?(?:[\p{L}-]+[ \t\u00a0]+){0,2}$`, 'iu'));
const SETS_COUNT_REACH = 120;
// every match holds one of its verbs: a window with none (most) skips SETS_COUNT, which is tried from
// every position of the window and is slow under 'iu'; same flags, so the same words count as verbs
const SETS_COUNT_VERB = new RegExp(trie([...new Set([...COUNT_SETTING_VERBS, ...FORECAST_MOVING_VERBS, ...VALUING_VERBS])]), 'iu');
// "By her own account, ...", "By the firm's reckoning, ...", "by his own count, ...": the owner vouches for the
// sentence (a count, estimate or tally someone owns is theirs: "By the ministry's estimate, 3,000 ...")
const BY_ACCOUNT = /(?<![\p{L}])by[ \t\u00a0]+[^,.;:!?]{1,50}?[ \t\u00a0]+(?:(own)[ \t\u00a0]+)?(account|admission|reckoning|telling|calculations?|estimation|estimates?|count|tally|figures|numbers|math)[ \t\u00a0]*,/diu;
// the owner words before the noun: a possessive ("his", "the ministry's"), so that "by official figures" names nobody
const OWNER_BEFORE = /(?:^|[ \t\u00a0])(?:his|her|their|its|our|my|your|[\p{L}.]+[’']s?)$/iu;
// "4%, the ministry estimates." : a comma, then a few words of subject, then the verb ending the clause
const AFTER_COMMA = /^[^,;:.!?()]{0,100},[ \t\u00a0]*(?:[^\s,;:.!?()]+[ \t\u00a0]+){0,5}$/u;
const CLOSES = new RegExp(String.raw`^[ \t\u00a0]*(?:[.;:!?,\n”"’)]|$|(?:on|in|last|this|earlier|late|${WEEKDAYS})(?![\p{L}]))`, 'iu');
// a possessive right before a hit: "the host's show"
const POSSESSIVE_END = /[’']s[ \t\u00a0]+$/;
// a source-verb match that opens with an evidence noun ("data show"), whose possessive owner is its source
const EVIDENCE_NOUN_AT = new RegExp(String.raw`^(?:${NOUNS})[ \t\u00a0]`, 'i');

/** "By his own account, ..." anywhere in the figure's sentence (not the figure inside those words). */
export function byAccount(s: Counted, f: Figure, lo: number, hi: number): Voucher | null {
  const acc = BY_ACCOUNT.exec(s.doc.text.slice(lo, hi));
  if (!acc || !acc.indices) return null;
  const [from, to] = acc.indices[0]!;
  const at = lo + (acc.indices[1] ?? acc.indices[2]!)[0];
  if (f.start >= lo + from && f.end <= lo + to) return null;
  const leadStart = Math.max(lo, at - 40);
  const lead = s.doc.text.slice(leadStart, at).trimEnd();
  if (!OWNER_BEFORE.test(lead)) return null;
  const named = sourceBefore(s, lo, at, 'by-account', true);
  if (named) return named;
  // "By the ministry's own estimate," with no mention found there: the words before the possessive name the owner
  const apostrophe = lead.search(/[’']s?$/);
  if (apostrophe < 0) return null;
  const owner = evidencePhrase(s, lo, leadStart + apostrophe, 'by-account');
  // an organisation SPEAKERS named inside the owner words is one; bare words ("the farmer's") may be anyone
  return owner.source === owner.sourceMention.text ? { ...owner, sourceKind: 'unknown' } : owner;
}

/** "the agency raised the toll to 45", "officials put the cost at $3 million": who sets the count. */
export function countSetter(s: Counted, f: Figure, lo: number): Voucher | null {
  const window = s.doc.text.slice(Math.max(lo, f.start - SETS_COUNT_REACH), f.start);
  const sets = SETS_COUNT_VERB.test(window) ? SETS_COUNT.for(window).exec(window) : null;
  return sets ? sourceBefore(s, lo, f.start - window.length + sets.index, 'sets-count') : null;
}

/** "the agency estimated ...": the last named estimator right before its verb, before the figure. */
export function estimatorBefore(s: Counted, idx: VoucherIndex, f: Figure, lo: number): Voucher | null {
  const text = s.doc.text;
  let found: Voucher | null = null;
  for (const h of within(idx.sourceVerb, lo, f.start)) {
    // after a possessive the word is a noun: "the host's show proved ..." has no verb "show"
    if (POSSESSIVE_END.test(text.slice(Math.max(lo, h.start - 4), h.start)) && !EVIDENCE_NOUN_AT.test(text.slice(h.start, h.end))) continue;
    const v = sourceBefore(s, lo, h.start, 'estimated');
    if (v) found = v;
  }
  return found;
}

/** "..., the agency estimates.": an estimator after a comma, closing the figure's clause. */
export function estimatorAfter(s: Counted, idx: VoucherIndex, f: Figure, lo: number, hi: number): Voucher | null {
  const text = s.doc.text;
  for (const h of within(idx.sourceVerb, f.end, hi)) {
    if (!AFTER_COMMA.test(text.slice(f.end, h.start)) || !CLOSES.test(text.slice(h.end, h.end + 12))) continue;
    const v = sourceBefore(s, lo, h.start, 'estimated');
    if (v && v.sourceMention.start > f.end) return v;
  }
  return null;
}
