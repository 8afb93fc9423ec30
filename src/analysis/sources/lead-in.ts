// Evidence that introduces a direct quote with a colon: "The gap is plain from a later tally: “...”",
// "A paper from the Ridge Institute was blunt: “...”". When no speaker is named for the quote,
// the words inside it are the evidence's (a finding, a report's sentence), so the evidence vouches for
// the figures there. Only a colon lead-in, only evidence right before the colon or as the lead-in's subject.
import type { Quote } from '../../types.js';
import type { Counted } from '../state.js';
import { evidencePhrase, sourceAfter, type Voucher } from './phrases.js';
import { within, type VoucherIndex } from './voucher-index.js';

// the rule of the quote stage that opens a direct quote with a colon and no verb cue
const COLON_LEAD_IN = 'colon-lead-in';
// "..., a later tally: “": the evidence noun ends the lead-in, only blanks before the colon
const ENDS_LEAD = /^[ \t\u00a0]*$/;
// "A paper from X was blunt about it:": the noun opens the lead-in sentence, after at most a sentence
// adverb and its comma ("Still, a paper ...") and a determiner with two modifiers
const OPENS_LEAD = /^(?:[\p{L}]+,[ \t\u00a0]+)?(?:[\p{L}\p{N}’'-]+[ \t\u00a0]+){0,3}$/u;
// a body of numbers no one owns, announced by the writer
const BARE_NUMBERS = /^(?:the|these|those)[ \t\u00a0]+(?:numbers|figures|data|statistics|stats)$/i;
// how far back the lead-in is read: one sentence of ordinary length
const LEAD_REACH = 200;

/** The evidence that introduces direct quote `q` after a colon, when SPEAKERS names no speaker for it. */
export function colonEvidence(s: Counted, idx: VoucherIndex, q: Quote, sentenceStart: number): Voucher | null {
  if (q.type !== 'direct' || q.rule !== COLON_LEAD_IN || q.cue === null) return null;
  const text = s.doc.text;
  const colon = q.cue.start;
  // (the line break looked for within the reach only: a long text with no break is not read back to its start)
  const reach = Math.max(0, colon - LEAD_REACH);
  const lo = Math.max(sentenceStart, colon - LEAD_REACH, reach + text.slice(reach, colon + 1).lastIndexOf('\n') + 1);
  const hits = within(idx.evidence, lo, colon);
  const last = hits[hits.length - 1];
  if (last && ENDS_LEAD.test(text.slice(last.end, colon))) {
    const v = evidencePhrase(s, lo, last.end, 'colon-evidence');
    // "Here are the numbers: “...”": the quote is the numbers themselves, nobody's finding
    return BARE_NUMBERS.test(v.sourceMention.text) ? null : v;
  }
  const first = hits[0];
  if (!first || !OPENS_LEAD.test(text.slice(lo, first.start))) return null;
  // "A paper by the Ridge Institute was blunt:": the body named after "by" or "from" is the source
  const by = within(idx.bySource, first.start, colon)[0];
  const named = by && by.start === first.start ? sourceAfter(s, by.end, 'colon-evidence') : null;
  return named ?? evidencePhrase(s, lo, first.end, 'colon-evidence');
}
