// Who vouches for a figure outside quotation, in order: "according to X"; "By X's own account,";
// evidence closing or holding a date; "a report by X"; "(X)" right after the figure; evidence with
// its verb ("X data show"); who sets a count ("raised the toll to 45"); an estimator before or after
// the figure ("X estimated"). Each pattern is a bounded regex over the figure's clause; the source is
// the mention (from SPEAKERS) at the matched place, or the capitalised words there when none was found.
import type { Figure } from '../../types.js';
import type { Counted } from '../state.js';
import { QUANTITY_KINDS } from '../figures/candidate.js';
import { sourceAfter, type Voucher } from './phrases.js';
import { mentionsIn } from '../speakers/lookup.js';
import { VERBS, within, type VoucherIndex } from './voucher-index.js';
import { closingEvidence, evidenceClaiming, evidenceWithVerb } from './evidence.js';
import { byAccount, countSetter, estimatorAfter, estimatorBefore } from './estimators.js';

export type { Voucher, VoucherIndex };
export { indexVouchers } from './voucher-index.js';

const PAREN_AFTER = /^[^()\n.;]{0,60}?\(([^()\n]{2,60})\)/u;
// "(X)" names a source only when X is one: an acronym ("(NWS)") or a name SPEAKERS found, not a capitalised
// word in a headline ("9 (More) Ways to ...")
const ACRONYM = /^\p{Lu}[\p{Lu}\p{N}&.'-]*\p{Lu}[\p{Lu}\p{N}&.'-]*$/u;
const NAMING = new Set(['name', 'title-name', 'organization', 'group']);
// the words between a source and a figure after it that keep the figure inside the source's own description:
// "according to a survey of 1,000 adults", "according to filings through March 31" (a preposition, no clause
// break, a few words); "a report by the institute found 45% ..." has a verb there instead
const SAME_PHRASE = /^[ \t\u00a0]+(?:of|for|from|through|covering|on|in|at|among|between|with|since|to)[ \t\u00a0][^,;:.!?()—–"“”\n]{0,45}$/iu;
const ANY_EVIDENCE_VERB = new RegExp(String.raw`(?<![\p{L}])(?:${VERBS})(?![\p{L}])`, 'iu');

export function findVoucher(s: Counted, idx: VoucherIndex, f: Figure, lo: number, hi: number): Voucher | null {
  const v = findAnyVoucher(s, idx, f, lo, hi);
  // a figure inside the source's own words ("a 2014 study") is not vouched for by it
  if (v && f.start < v.sourceMention.end && v.sourceMention.start < f.end) return null;
  return v;
}

// the evidence's source ends its clause, with at most the evidence's own verb after it ("..., a report by X found.")
const CLOSES_AFTER_SOURCE = new RegExp(String.raw`^[ \t\u00a0]*(?:(?:${VERBS}|said|says)[ \t\u00a0]*)?(?:[.;!?\n)]|$)`, 'iu');

/** True when figure `f` comes right after source `v`, inside the words that describe it. */
function describes(text: string, v: Voucher, f: Figure): boolean {
  if (f.start < v.sourceMention.end) return false;
  const between = text.slice(v.sourceMention.end, f.start);
  return SAME_PHRASE.test(between) && !ANY_EVIDENCE_VERB.test(between);
}

// "Rates fell to 17%, according to the firm, compared with 25% before": a comparison the writer appends after the
// comma closing an "according to X" is the writer's context, outside what X is reported to say
const SET_OFF_BEFORE = /,[ \t\u00a0]*$/;
// the source's own words may run on a little past its mention ("according to the head of the agency, ...")
const COMPARISON_AFTER = /^[^,;:.!?()"“”\n]{0,40},[ \t\u00a0]*(?:compared[ \t\u00a0]+(?:with|to)|up[ \t\u00a0]+from|down[ \t\u00a0]+from|versus|vs\.?|against)[ \t\u00a0]/iu;

/** True when voucher `v` (cue at `cue`) is set off inside its sentence and figure `f` is in a comparison appended after it. */
function closedBefore(text: string, lo: number, cue: number, v: Voucher, f: Figure): boolean {
  return f.start > v.sourceMention.end && cue > lo && SET_OFF_BEFORE.test(text.slice(Math.max(lo, cue - 3), cue))
    && COMPARISON_AFTER.test(text.slice(v.sourceMention.end, f.start));
}

// "weighs 236 pounds, which puts him in the top band according to the club's chart": an "according to" inside a
// relative clause opened after the figure, with no comma setting it off, measures that clause's claim, not the figure
// (", which is a record, according to the agency" is set off, and vouches for the whole sentence)
const RELATIVE_OPEN_AFTER = /,[ \t\u00a0]*(?:which|who)[ \t\u00a0][^,;:.!?()"“”\n]*$/iu;

/** "(X)" right after the figure, in the same clause ("April 1 (UPI) —" is a dateline, not a source). */
function parenthesised(s: Counted, f: Figure, hi: number): Voucher | null {
  const text = s.doc.text;
  const paren = PAREN_AFTER.exec(text.slice(f.end, Math.min(hi, f.end + 120)));
  if (!paren || !paren[1] || !/^\p{Lu}/u.test(paren[1])) return null;
  const close = f.end + paren.index + paren[0].length;
  if (/^[ \t\u00a0]*[—–-]/.test(text.slice(close, close + 4))) return null;
  // "(Source: Trade Office)": the label is no name
  const label = /^(?:sources?|data|figures|via)[ \t\u00a0]*:[ \t\u00a0]*/i.exec(paren[1]);
  const at = close - paren[1].length - 1 + (label ? label[0].length : 0);
  const v = sourceAfter(s, at, 'parenthesis');
  const inner = label ? paren[1].slice(label[0].length) : paren[1];
  const named = label !== null || ACRONYM.test(inner.trim()) || mentionsIn(s, at, at + inner.length).some((m) => NAMING.has(m.kind));
  return v && named && v.sourceMention.end <= at + inner.length ? v : null;
}

function findAnyVoucher(s: Counted, idx: VoucherIndex, f: Figure, lo: number, hi: number): Voucher | null {
  const text = s.doc.text;
  // 1. "according to X" anywhere in the figure's sentence, unless the figure describes X ("according to a 2019 survey of 900 firms")
  for (const h of within(idx.according, lo, hi)) {
    const cue = text.slice(h.start, h.end);
    const v = sourceAfter(s, h.end, /^as/i.test(cue) ? 'as-reported-by' : /per[ \t\u00a0]+$/i.test(cue) ? 'per' : 'according-to');
    if (h.start >= f.end && RELATIVE_OPEN_AFTER.test(text.slice(f.end, h.start))) continue;
    if (v && !describes(text, v, f) && !closedBefore(text, lo, h.start, v, f)) return v;
  }
  // 2. "By his own account, ..." anywhere in the sentence (not the figure inside it)
  const account = byAccount(s, f, lo, hi);
  if (account) return account;
  // dates and years are vouched for only by the above and by evidence whose claim holds them: after its verb
  // ("records show the plant shut in 2019") or closing their clause ("The plant shut in 2019, records show.");
  // "the poll was conducted February 15" and "a report released on May 3" are not the evidence's claim
  if (!QUANTITY_KINDS.has(f.kind)) return evidenceClaiming(s, idx, f, lo) ?? closingEvidence(s, idx, f, hi);
  // 3. "a report by X", "data from X": for a figure after it, or one whose clause it closes ("..., a report by X found.");
  // "The rise, worth $48 a year, follows a report by X which found ..." puts the figure outside the report's claim
  for (const h of within(idx.bySource, lo, hi)) {
    const v = sourceAfter(s, h.end, 'report-by');
    if (v && !describes(text, v, f) && (f.start >= h.end || CLOSES_AFTER_SOURCE.test(text.slice(v.sourceMention.end, v.sourceMention.end + 30)))) return v;
  }
  // 4. "(X)" right after the figure
  // 5. "the poll found", "A Ridge poll, taken over a week, shows": an evidence noun with its verb in the sentence
  // 6. "the agency raised the toll to 45", "officials put the cost at $3 million": who sets the count
  // 7. "the agency estimated ...", then "..., the agency estimates.": a named estimator before or after the figure
  return parenthesised(s, f, hi) ?? evidenceWithVerb(s, idx, f, lo, hi) ?? countSetter(s, f, lo)
    ?? estimatorBefore(s, idx, f, lo) ?? estimatorAfter(s, idx, f, lo, hi);
}
