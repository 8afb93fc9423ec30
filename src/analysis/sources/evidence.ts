// Evidence as a voucher: a poll, study, report or record that shows, finds or estimates a figure
// ("the poll found", "Census data show", "the tally puts the toll at 300", "..., county records show.").
// The source is the noun phrase ending at the evidence noun ("A Ridge poll", "county records").
import type { Figure } from '../../types.js';
import type { Counted } from '../state.js';
import { EVIDENCE_PARTICIPLES, EVIDENCE_VERBS } from '../../lexicon/figure-sources.js';
import { evidencePhrase, type Voucher } from './phrases.js';
import { VERBS, within, type Hit, type VoucherIndex } from './voucher-index.js';

// the evidence noun's own verb: after at most a comma-set aside and a few words ("A poll, taken over a week, shows",
// "figures released Tuesday show", "a report by the institute found"), not any verb later in the sentence
// ("the documents are copies of ones already released"). Participles that only describe the noun are skipped.
const PREDICATE_VERBS = [...EVIDENCE_VERBS, ...EVIDENCE_PARTICIPLES].filter((v) => !/^(?:released|published|compiled)$/.test(v)).sort((a, b) => b.length - a.length).join('|');
// (a passive is no verb of the noun's: "numbers at the hall where the quilts are shown have risen")
const EVIDENCE_VERB_AT = new RegExp(String.raw`^(?:[ \t\u00a0]*,[^,.;!?\n]{1,120},)?((?:[ \t\u00a0]+[^\s,.;!?()]+){0,8}?)[ \t\u00a0]+(?<!(?:^|[^\p{L}])(?:is|are|was|were|be|been|being)[ \t\u00a0]+)(${PREDICATE_VERBS})(?![\p{L}])`, 'iu');
// "keeps a tally of thefts and found ...": after a coordinating word the verb has another subject
const COORDINATION = /(?<![\p{L}])(?:and|but|or)(?![\p{L}])/iu;
// "the poll has X ahead by 4 points", "the tally puts the toll at 300": evidence that holds a figure, right after its noun
// ("the report has been criticised" holds none)
const HOLDS = /^[ \t\u00a0]+(?:now[ \t\u00a0]+|also[ \t\u00a0]+)?(?:has|had|puts|put|gives|gave|places|placed)[ \t\u00a0]+(?!(?:been|not|no|never|yet|to|also)(?![\p{L}]))/iu;
// "By the agency's tally, ...": evidence set off as the frame of what follows; the frame opens its clause (at the
// sentence start or after a comma, colon, dash or bracket): a "by" inside a clause is a margin or an agent ("Kessler,
// who trails Vance by 8 points in recent polls, gave a 40-minute speech": the polls vouch for nothing after them)
const BY_LEAD = /(?:^|[,;:(—–][ \t\u00a0]*)(?:(?:and|but)[ \t\u00a0]+)?(?:by|under)[ \t\u00a0]+(?:the[ \t\u00a0]+)?[^,.;]{0,40}$/iu;
// "In a Harwell poll published Tuesday, 44% ...": "in" only where it opens the sentence ("level at 7% in the poll, and
// ..." places a result, and the comma there ends no frame)
const IN_LEAD = /^[ \t\u00a0]*in[ \t\u00a0]+[^,.;]{0,40}$/iu;
// the comma closing that frame, right after the noun or after a phrase describing the evidence ("released Monday",
// "of 900 farmers"); not after a verb of its own ("By the time the polls closed, ...")
const COMMA_NEXT = /^(?:[ \t\u00a0]+(?:of|among|by|from|for|with|on|in|released|published|conducted|taken|issued|compiled|commissioned)[ \t\u00a0][^,.;:!?()"“”\n]{1,35}?)?[ \t\u00a0]*,/iu;
// "..., company records show." : the evidence and its verb end the sentence
const CLOSING_VERB = new RegExp(String.raw`^[ \t\u00a0]+(?:also[ \t\u00a0]+)?(?:${VERBS})[ \t\u00a0]*(?:[.;!?\n]|$)`, 'iu');

// "data from the county assessor show", "a report by two economists found": where the evidence comes from, between
// the noun and its verb; with no name found there (rule 3 takes a name), the whole phrase names the source
const ORIGIN = /^[ \t\u00a0]+(?:from|by)[ \t\u00a0]+\S/i;
// "a report by the board which found": a relative clause has begun, the origin ended before it
const RELATIVE = /(?<![\p{L}])(?:which|that|who|whose)(?![\p{L}])/iu;

const VERB_CLOSES = /^[ \t\u00a0]*(?:[.;!?,\n)”"]|$)/u;

/** The evidence phrase ending at `h`, run on through its "from X"/"by X" when that comes right before its verb. */
function phraseWithOrigin(s: Counted, lo: number, h: Hit, verb: RegExpExecArray): Voucher {
  const v = evidencePhrase(s, lo, h.end, 'data-show');
  const between = verb[1]!;
  if (!verb[0].startsWith(between) || !ORIGIN.test(between) || RELATIVE.test(between)) return v;
  const start = v.sourceMention.start;
  const end = h.end + between.length;
  const phrase = s.doc.text.slice(start, end);
  return v.source === v.sourceMention.text ? { ...v, source: phrase, sourceMention: { text: phrase, start, end } } : v;
}

/** The evidence noun's own verb in `after` (the text right after the noun): its match, verb in [2], or null. */
function evidenceVerb(after: string): RegExpExecArray | null {
  const m = EVIDENCE_VERB_AT.exec(after);
  return m && !COORDINATION.test(m[1]!) ? m : null;
}

/** "the poll found 40% ...", "A Ridge poll, taken over a week, shows": an evidence noun with its own verb in the clause. */
export function evidenceWithVerb(s: Counted, idx: VoucherIndex, f: Figure, lo: number, hi: number): Voucher | null {
  const text = s.doc.text;
  for (const h of within(idx.evidence, lo, hi)) {
    if (h.end > f.start && h.end < f.end) continue;
    const verb = evidenceVerb(text.slice(h.end, Math.min(hi, h.end + 140)));
    // a figure between the noun and its verb describes the evidence ("a survey of 1,000 adults found ...")
    if (verb && f.start >= h.end && f.end <= h.end + verb[0].length - verb[2]!.length) continue;
    // a figure before the evidence is its claim only when the evidence and its verb close the figure's clause
    // ("Some 40% back the plan, a Ridge poll shows."), not when they start a claim of their own ("..., worth $48,
    // follows a report which found that ...")
    if (verb && f.end <= h.start && !VERB_CLOSES.test(text.slice(h.end + verb[0].length, h.end + verb[0].length + 4))) continue;
    if (verb) return phraseWithOrigin(s, lo, h, verb);
    // "By the agency's tally, ...", "In a Harwell poll ..., ": evidence framing what follows its comma
    const lead = text.slice(Math.max(lo, h.start - 60), h.start);
    const frame = BY_LEAD.test(lead) || IN_LEAD.test(text.slice(lo, h.start)) ? COMMA_NEXT.exec(text.slice(h.end, h.end + 45)) : null;
    if (HOLDS.test(text.slice(h.end, h.end + 30)) && f.start >= h.end || frame && f.start >= h.end + frame[0].length) {
      return evidencePhrase(s, lo, h.end, 'data-show');
    }
  }
  return null;
}

/** "county records show the plant shut in 2019": the figure comes after the evidence noun's own verb. */
export function evidenceClaiming(s: Counted, idx: VoucherIndex, f: Figure, lo: number): Voucher | null {
  const text = s.doc.text;
  for (const h of within(idx.evidence, lo, f.start)) {
    const verb = evidenceVerb(text.slice(h.end, f.start));
    if (verb) return evidencePhrase(s, lo, h.end, 'data-show');
  }
  return null;
}

/** "..., X records show." after the figure: the evidence closes the figure's clause and vouches for it. */
export function closingEvidence(s: Counted, idx: VoucherIndex, f: Figure, hi: number): Voucher | null {
  const text = s.doc.text;
  for (const h of within(idx.evidence, f.end, hi)) {
    // the last comma between the figure and the evidence (searched there only: a text with no comma before
    // would be read back to its start for every figure)
    const comma = text.slice(f.end, h.start + 1).lastIndexOf(',');
    if (comma < 0 || !CLOSING_VERB.test(text.slice(h.end, h.end + 40))) continue;
    return evidencePhrase(s, f.end + comma + 1, h.end, 'data-show');
  }
  return null;
}
