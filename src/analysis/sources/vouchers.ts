// Who vouches for a figure outside quotation: "according to X", "X data show", "a report by X",
// "X estimated", "(X)" right after the figure. Each pattern is a bounded regex over the figure's
// sentence; the source is the mention (from SPEAKERS) at the matched place, or the capitalised
// words there when no mention was found.
import type { Figure } from '../../types.js';
import type { Counted } from '../state.js';
import { COUNT_NOUNS, COUNT_SETTING_VERBS, EVIDENCE_NOUNS, EVIDENCE_PARTICIPLES, EVIDENCE_VERBS, VALUING_VERBS } from '../../lexicon/figure-sources.js';
import { evidencePhrase, sourceAfter, sourceBefore, type Voucher } from './phrases.js';
import { mentionsIn } from '../speakers/lookup.js';

export type { Voucher };


const NOUNS = EVIDENCE_NOUNS.join('|');
const VERBS = [...EVIDENCE_VERBS].sort((a, b) => b.length - a.length).join('|');
// document-wide scans: ASCII \b, since a Unicode lookbehind tried at every position is several times slower
// "according to X", "as (first) reported by X"
// "according to X", "as (first) reported by X", and "per X" set off as a source (", per the ministry", "Per the
// agency,"), not the rate word ("$5 per hour", "per cent", "per capita")
const ACCORDING = /(?:\b(?:according[ \t\u00a0]+to|as[ \t\u00a0]+(?:first[ \t\u00a0]+)?reported[ \t\u00a0]+by)|(?:^|[,(—–]|[.!?][ \t\u00a0])[ \t\u00a0]*[Pp]er(?![ \t\u00a0]+(?:cent|capita|annum|se|hour|day|week|month|year|person|head|share|unit|mile|gallon|barrel|ton|tonne|kilo|pound)s?\b))[ \t\u00a0]+/gim;
// "a report by X", "data from X", "a study published by X"
const BY_SOURCE = new RegExp(String.raw`\b(?:${NOUNS})(?:[ \t\u00a0]+(?:released|published|compiled|issued|conducted))?[ \t\u00a0]+(?:by|from)[ \t\u00a0]+`, 'gi');
// "X data show", "X's report found", "X estimated"
const SOURCE_VERB = new RegExp(String.raw`\b(?:(?:${NOUNS})[ \t\u00a0]+)?(?:${VERBS})\b`, 'gi');
// "By the agency's tally, ..."
const BY_LEAD = /(?:^|[^\p{L}])(?:by|under)[ \t\u00a0]+(?:the[ \t\u00a0]+)?[^,.;]{0,40}$/iu;
const QUANTITY = new Set(['count', 'money', 'percent', 'measure']);
const PAREN_AFTER = /^[^()\n.;]{0,60}?\(([^()\n]{2,60})\)/u;
// "X raised the death toll from the storm to 45", "X put the cost at about $3 million": what reads right before the figure
const SETS_COUNT = new RegExp(String.raw`(?<![\p{L}])(?:(?:${COUNT_SETTING_VERBS.join('|')})[ \t\u00a0]+(?:[\p{L}’'-]+[ \t\u00a0]+){0,3}?(?:${COUNT_NOUNS.join('|')})(?:[ \t\u00a0]+[\p{L}’'-]+){0,5}?[ \t\u00a0]+(?:at|to)|(?:${VALUING_VERBS.join('|')})(?:[ \t\u00a0]+[\p{L}’'-]+){1,6}?[ \t\u00a0]+at)[ \t\u00a0]+(?:[\p{L}-]+[ \t\u00a0]+){0,2}$`, 'iu');
const SETS_COUNT_REACH = 120;
// "By her own account, ...", "By the firm's reckoning, ...": the owner vouches for the sentence
const BY_ACCOUNT = /(?<![\p{L}])by[ \t\u00a0]+[^,.;:!?]{1,50}?[ \t\u00a0]+(?:(own)[ \t\u00a0]+)?(account|admission|reckoning|telling|calculations?|estimation)[ \t\u00a0]*,/diu;

// "4%, the ministry estimates." : a comma, then a few words of subject, then the verb ending the clause
const AFTER_COMMA = /^[^,;:.!?()]{0,40},[ \t\u00a0]*(?:[^\s,;:.!?()]+[ \t\u00a0]+){0,5}$/u;
const CLOSES = /^[ \t\u00a0]*(?:[.;:!?,\n”"’)]|$|(?:on|in|last|this|earlier|late|monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?![\p{L}]))/iu;

// a source-verb match that opens with an evidence noun ("data show"), whose possessive owner is its source
const EVIDENCE_NOUN_AT = new RegExp(String.raw`^(?:${NOUNS})[ \t\u00a0]`, 'i');
const EVIDENCE_NOUN = new RegExp(String.raw`\b(?:${NOUNS})\b`, 'gi');
// the evidence noun's own verb: after at most a comma-set aside and a few words ("A poll, taken over a week, shows",
// "figures released Tuesday show", "a report by the institute found"), not any verb later in the sentence
// ("the documents are copies of ones already released"). Participles that only describe the noun are skipped.
const PREDICATE_VERBS = [...EVIDENCE_VERBS, ...EVIDENCE_PARTICIPLES].filter((v) => !/^(?:released|published|compiled)$/.test(v)).sort((a, b) => b.length - a.length).join('|');
const EVIDENCE_VERB_AT = new RegExp(String.raw`^(?:[ \t\u00a0]*,[^,.;!?\n]{1,120},)?((?:[ \t\u00a0]+[^\s,.;!?()]+){0,8}?)[ \t\u00a0]+(${PREDICATE_VERBS})(?![\p{L}])`, 'iu');
// "keeps a tally of thefts and found ...": after a coordinating word the verb has another subject
const COORDINATION = /(?<![\p{L}])(?:and|but|or)(?![\p{L}])/iu;

/** The evidence noun's own verb in `after` (the text right after the noun): its match, verb in [2], or null. */
function evidenceVerb(after: string): RegExpExecArray | null {
  const m = EVIDENCE_VERB_AT.exec(after);
  return m && !COORDINATION.test(m[1]!) ? m : null;
}
// "the poll has X ahead by 4 points", "the tally puts the toll at 300": evidence that holds a figure, right after its noun
// ("the report has been criticised" holds none)
const HOLDS = /^[ \t\u00a0]+(?:now[ \t\u00a0]+|also[ \t\u00a0]+)?(?:has|had|puts|put|gives|gave|places|placed)[ \t\u00a0]+(?!(?:been|not|no|never|yet|to|also)(?![\p{L}]))/iu;
// "..., company records show." : the evidence and its verb end the sentence
const CLOSING_VERB = new RegExp(String.raw`^[ \t\u00a0]+(?:also[ \t\u00a0]+)?(?:${VERBS})[ \t\u00a0]*(?:[.;!?\n]|$)`, 'iu');
// the words between a source and a figure after it that keep the figure inside the source's own description:
// "according to a survey of 1,000 adults", "according to filings through March 31" (a preposition, no clause
// break, a few words); "a report by the institute found 45% ..." has a verb there instead
const SAME_PHRASE = /^[ \t\u00a0]+(?:of|for|from|through|covering|on|in|at|among|between|with|since|to)[ \t\u00a0][^,;:.!?()—–"“”\n]{0,45}$/iu;
const ANY_EVIDENCE_VERB = new RegExp(String.raw`(?<![\p{L}])(?:${VERBS})(?![\p{L}])`, 'iu');
// "(X)" names a source only when X is one: an acronym ("(NWS)") or a name SPEAKERS found, not a capitalised
// word in a headline ("9 (More) Ways to ...")
const ACRONYM = /^\p{Lu}[\p{Lu}\p{N}&.'-]*\p{Lu}[\p{Lu}\p{N}&.'-]*$/u;
const NAMING = new Set(['name', 'title-name', 'organization', 'group']);
/** Where each kind of voucher cue occurs in the document, found once (so each figure costs a lookup, not a scan). */
export interface VoucherIndex { according: Hit[]; bySource: Hit[]; evidence: Hit[]; sourceVerb: Hit[] }
interface Hit { start: number; end: number }

function hits(re: RegExp, text: string): Hit[] {
  const out: Hit[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) out.push({ start: m.index, end: m.index + m[0].length });
  return out;
}

export function indexVouchers(text: string): VoucherIndex {
  return { according: hits(ACCORDING, text), bySource: hits(BY_SOURCE, text), evidence: hits(EVIDENCE_NOUN, text), sourceVerb: hits(SOURCE_VERB, text) };
}

/** The hits lying inside [lo, hi), by binary search on their starts. */
function within(list: Hit[], lo: number, hi: number): Hit[] {
  let a = 0;
  let b = list.length;
  while (a < b) {
    const mid = (a + b) >> 1;
    if (list[mid]!.start < lo) a = mid + 1; else b = mid;
  }
  const out: Hit[] = [];
  for (let i = a; i < list.length && list[i]!.end <= hi; i++) out.push(list[i]!);
  return out;
}

export function findVoucher(s: Counted, idx: VoucherIndex, f: Figure, lo: number, hi: number): Voucher | null {
  const v = findAnyVoucher(s, idx, f, lo, hi);
  // a figure inside the source's own words ("a 2014 study") is not vouched for by it
  if (v && f.start < v.sourceMention.end && v.sourceMention.start < f.end) return null;
  return v;
}

/** "county records show the plant shut in 2019": the figure comes after the evidence noun's own verb. */
function evidenceClaiming(s: Counted, idx: VoucherIndex, f: Figure, lo: number): Voucher | null {
  const text = s.doc.text;
  for (const h of within(idx.evidence, lo, f.start)) {
    const verb = evidenceVerb(text.slice(h.end, f.start));
    if (verb) return evidencePhrase(s, lo, h.end, 'data-show');
  }
  return null;
}

/** "..., X records show." after the figure: the evidence closes the figure's clause and vouches for it. */
function closingEvidence(s: Counted, idx: VoucherIndex, f: Figure, hi: number): Voucher | null {
  const text = s.doc.text;
  for (const h of within(idx.evidence, f.end, hi)) {
    const comma = text.lastIndexOf(',', h.start);
    if (comma < f.end || CLOSING_VERB.test(text.slice(h.end, h.end + 40)) === false) continue;
    return evidencePhrase(s, comma + 1, h.end, 'data-show');
  }
  return null;
}

/** True when figure `f` comes right after source `v`, inside the words that describe it. */
function describes(text: string, v: Voucher, f: Figure): boolean {
  if (f.start < v.sourceMention.end) return false;
  const between = text.slice(v.sourceMention.end, f.start);
  return SAME_PHRASE.test(between) && !ANY_EVIDENCE_VERB.test(between);
}

function findAnyVoucher(s: Counted, idx: VoucherIndex, f: Figure, lo: number, hi: number): Voucher | null {
  const quantity = QUANTITY.has(f.kind);
  const text = s.doc.text;
  // 1. "according to X" anywhere in the figure's sentence, unless the figure describes X ("according to a 2019 survey of 900 firms")
  for (const h of within(idx.according, lo, hi)) {
    const cue = text.slice(h.start, h.end);
    const v = sourceAfter(s, h.end, /^as/i.test(cue) ? 'as-reported-by' : /per[ \t\u00a0]+$/i.test(cue) ? 'per' : 'according-to');
    if (v && !describes(text, v, f)) return v;
  }
  // 1b. "By his own account, ..." anywhere in the sentence (not the figure inside it)
  const acc = BY_ACCOUNT.exec(text.slice(lo, hi));
  if (acc && acc.indices) {
    const [from, to] = acc.indices[0]!;
    const at = lo + (acc.indices[1] ?? acc.indices[2]!)[0];
    const v = f.start >= lo + from && f.end <= lo + to ? null : sourceBefore(s, lo, at, 'by-account');
    if (v) return v;
  }
  // dates and years are vouched for only by "according to" and by evidence whose claim holds them: after its verb
  // ("records show the plant shut in 2019") or closing their clause ("The plant shut in 2019, records show.");
  // "the poll was conducted February 15" and "a report released on May 3" are not the evidence's claim
  if (!quantity) return evidenceClaiming(s, idx, f, lo) ?? closingEvidence(s, idx, f, hi);
  // 2. "a report by X", "data from X"
  for (const h of within(idx.bySource, lo, hi)) {
    const v = sourceAfter(s, h.end, 'report-by');
    if (v && !describes(text, v, f)) return v;
  }
  // 3. "(X)" right after the figure, in the same clause ("April 1 (UPI) —" is a dateline, not a source)
  const paren = PAREN_AFTER.exec(text.slice(f.end, Math.min(hi, f.end + 120)));
  if (paren && paren[1] && /^\p{Lu}/u.test(paren[1]) && !/^[ \t\u00a0]*[—–-]/.test(text.slice(f.end + paren.index + paren[0].length, f.end + paren.index + paren[0].length + 4))) {
    // "(Source: Trade Office)": the label is no name
    const label = /^(?:sources?|data|figures|via)[ \t\u00a0]*:[ \t\u00a0]*/i.exec(paren[1]);
    const at = f.end + paren.index + paren[0].length - paren[1].length - 1 + (label ? label[0].length : 0);
    const v = sourceAfter(s, at, 'parenthesis');
    const inner = label ? paren[1].slice(label[0].length) : paren[1];
    const named = label !== null || ACRONYM.test(inner.trim()) || mentionsIn(s, at, at + inner.length).some((m) => NAMING.has(m.kind));
    if (v && named && v.sourceMention.end <= at + inner.length) return v;
  }
  // 4. "the poll found", "A Ridge poll, taken over a week, shows": an evidence noun with its verb in the sentence
  for (const h of within(idx.evidence, lo, hi)) {
    if (h.end > f.start && h.end < f.end) continue;
    const lead = text.slice(Math.max(lo, h.start - 60), h.start);
    const verb = evidenceVerb(text.slice(h.end, Math.min(hi, h.end + 140)));
    // a figure between the noun and its verb describes the evidence ("a survey of 1,000 adults found ...")
    if (verb && f.start >= h.end && f.end <= h.end + verb[0].length - verb[2]!.length) continue;
    if (verb || HOLDS.test(text.slice(h.end, h.end + 30)) && f.start >= h.end || BY_LEAD.test(lead) && /^[ \t\u00a0]*,/.test(text.slice(h.end, h.end + 3))) {
      return evidencePhrase(s, lo, h.end, 'data-show');
    }
  }
  // 5. "the agency raised the toll to 45", "officials put the cost at $3 million": who sets the count
  const window = text.slice(Math.max(lo, f.start - SETS_COUNT_REACH), f.start);
  const sets = SETS_COUNT.exec(window);
  if (sets) {
    const v = sourceBefore(s, lo, f.start - window.length + sets.index, 'sets-count');
    if (v) return v;
  }
  // 6. "the agency estimated ...": a named estimator right before its verb, before the figure
  let found: Voucher | null = null;
  for (const h of within(idx.sourceVerb, lo, f.start)) {
    // after a possessive the word is a noun: "the host's show proved ..." has no verb "show"
    if (/[’']s[ \t\u00a0]+$/.test(text.slice(Math.max(lo, h.start - 4), h.start)) && !EVIDENCE_NOUN_AT.test(text.slice(h.start, h.end))) continue;
    const v = sourceBefore(s, lo, h.start, 'estimated');
    if (v) found = v;
  }
  if (found) return found;
  // 7. "..., the agency estimates.": an estimator after a comma, closing the figure's clause
  for (const h of within(idx.sourceVerb, f.end, hi)) {
    if (!AFTER_COMMA.test(text.slice(f.end, h.start)) || !CLOSES.test(text.slice(h.end, h.end + 12))) continue;
    const v = sourceBefore(s, lo, h.start, 'estimated');
    if (v && v.sourceMention.start > f.end) return v;
  }
  return null;
}
