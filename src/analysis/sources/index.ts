// sourceFigures: who vouches for each figure. In order: the speaker of the quote whose content
// holds it; a named voucher in its sentence ("according to X", "X data show", "a report by X",
// "(X)"); else nobody named (`unattributed`), or the outlet when only a credit line ("(AP)")
// stands behind the article (`publication`). Hedges are recorded whatever the source.
import type { Figure, Quote, Sentence, Span } from '../../types.js';
import type { Counted } from '../state.js';
import { findCreditLine } from './credit-line.js';
import { hedgeNear, indexHedges, onFigure, onFiniteVerb } from './hedge.js';
import { findVoucher, indexVouchers } from './vouchers.js';
import { cueSubject, reportedSource } from './reported.js';
import { colonEvidence } from './lead-in.js';
import { evidenceClaiming } from './evidence.js';
import { countSetter } from './estimators.js';
import { gapReporter } from './gap-reporter.js';
import { hasSource, LOWER_PHRASE } from './quote-speaker.js';
import { afterFrame, asideOf, inFrame, inVerbatim, respondentShare, respondentSpeaker } from './frames.js';
import { firstNotBefore } from '../sorted.js';
import { QUANTITY_KINDS } from '../figures/candidate.js';

/** The sentence holding `pos` (sentences are sorted and disjoint). */
function sentenceAt(sentences: Sentence[], pos: number): Sentence | undefined {
  const lo = firstNotBefore(sentences, (x) => x.end <= pos);
  const s = sentences[lo];
  return s && s.start <= pos ? s : undefined;
}

// how many quotes starting before a figure are checked for holding it: nesting is shallow, and a
// bound keeps thousands of quotes and figures from costing their product
const QUOTES_LOOKED_AT = 64;
// the clause around a figure that vouchers and hedges are read in, at most this far each way
const WINDOW = 400;

/** The shortest quote whose content holds the figure; `quotes` sorted by start. */
function quoteHolding(quotes: Quote[], f: Figure): Quote | undefined {
  const lo = firstNotBefore(quotes, (x) => x.start <= f.start);
  // a figure's closing period doubles as the sentence's full stop, which a content leaves out ("... arrived at 6:40 p.m.")
  const end = f.text.endsWith('.') ? f.end - 1 : f.end;
  let best: Quote | undefined;
  for (let i = lo - 1; i >= 0 && i >= lo - QUOTES_LOOKED_AT; i--) {
    const q = quotes[i]!;
    if (end <= q.end && !inFrame(q, f) && (!best || q.end - q.start < best.end - best.start)) best = q;
  }
  return best;
}

const PRONOUN = /^(?:he|she|it|they|him|her|them|his|its|their)$/i;
// reports that name whose they are ("according to X", "as reported by X", "per X"): a second-hand hedge does not
// hide the source they name (by a voucher's rule, and by a quote's cue)
const NAMED_REPORT: ReadonlySet<string> = new Set(['according-to', 'as-reported-by', 'per']);
const NAMED_REPORT_CUE = /^(?:according[ \t\u00a0]+to|as[ \t\u00a0]+reported[ \t\u00a0]+by|per)$/i;

// the figure's source filled in: `out` is the figure's own copy, made once below, so it is filled in place, not
// copied again (the fields exist already, so the record keeps its field order)
function sourced(out: Figure, source: string | null, sourceKind: Figure['sourceKind'], sourceMention: Span | null, rule = out.rule): Figure {
  out.source = source;
  out.sourceKind = sourceKind;
  out.sourceMention = sourceMention;
  out.rule = rule;
  return out;
}
// the figure vouched for by `v`, its rule extended by how the voucher was found; or by nobody named (the outlet,
// when a credit line stands behind the article)
const vouched = (out: Figure, v: Pick<Figure, 'source' | 'sourceKind' | 'sourceMention'>, how: string): Figure =>
  sourced(out, v.source, v.sourceKind, v.sourceMention, `${out.rule}+${how}`);
const unnamed = (out: Figure, credit: Span | null): Figure =>
  credit ? sourced(out, null, 'publication', credit) : sourced(out, null, 'unattributed', null);
// a code glued to letters ("an Embraer E175", "the G7", "MH17") or a long run of digits (a tweet id) names a thing and
// counts nothing: no speaker vouches for it, even inside their words. Not after a hyphen ("Kestrel-2", "H-1B") nor
// after a name or a label ("the Orvo 100", "Rule 40"): PolNeAR credits those to the speaker of words that hold them
const LETTER = /\p{L}/u;
const isCode = (text: string, f: Figure): boolean =>
  f.rule === 'identifier-long' || (f.rule === 'identifier-glued' && LETTER.test(text[f.start - 1] ?? ''));

export function sourceFigures(s: Counted): Counted {
  const text = s.doc.text;
  const credit = findCreditLine(text);
  // cue words found once for the whole document; each figure then looks up its own window
  const vouchers = indexVouchers(text);
  const hedges = indexHedges(text);
  // quotes sorted by start let each figure look only at quotes that begin before it
  const quotes = [...s.quotes].sort((a, b) => a.start - b.start);
  const figures = s.figures.map((f): Figure => {
    const sent = sentenceAt(s.sentences, f.start);
    const lo = Math.max(sent ? sent.start : 0, f.start - WINDOW);
    const hi = Math.min(sent ? Math.max(sent.end, f.end) : text.length, f.end + WINDOW);
    const hedge = hedgeNear(text, hedges, f.start, f.end, lo, hi);
    const out: Figure = { ...f, hedge: hedge ? hedge.text : null };
    if (isCode(text, f)) return sourced(out, null, 'unattributed', null);
    const held = quoteHolding(quotes, f);
    // the writer's own aside inside someone's reported words: nobody quoted vouches for it
    const aside = held ? asideOf(text, held, f, s.cues) : null;
    if ((aside && !aside.cue) || (held && afterFrame(text, held, f))) return unnamed(out, credit);
    // ... unless the aside reports someone of its own: its subject vouches ("a fire, which it said cost $2 million")
    const own = aside?.cue ? cueSubject(s, aside.cue) : null;
    if (own) return vouched(out, own, 'aside-report');
    // the object of a relative clause with no pronoun ("below the $4.5 billion analysts had estimated"): its subject vouches
    // (not inside quotation marks: there the words are the speaker's, whoever they cite)
    const gap = QUANTITY_KINDS.has(f.kind) && !(held && inVerbatim(held, f)) ? gapReporter(s, f, sent ? sent.start : lo, hi) : null;
    if (gap) return vouched(out, gap, 'gap-relative');
    // a share of respondents that speaks ("four in 10 said") is not the surrounding speaker's: a poll may vouch
    const q = held && respondentShare(text, s.cues, held, f) ? undefined : held;
    // the figure in the quoted words themselves (a direct quote, or a quoted fragment of a partial one)
    const verbatim = q !== undefined && inVerbatim(q, f);
    // a second-hand adverb on a verb of the writer's own paraphrase ("as 500 troops are reportedly massing") means
    // unnamed reports vouch; inside what a named speaker tells ("she told of a ship allegedly sunk with 40 aboard") it does not
    // (and so it does right on the figure: "a fee reported to be £30 million" is relayed whoever's sentence it is in)
    const relayed = q !== undefined && !verbatim && hedge?.secondHand === true && (q.speaker === null || onFiniteVerb(text, hedge) || onFigure(text, hedge, f))
      && !(q.cue !== null && NAMED_REPORT_CUE.test(q.cue.text));
    // a voucher in the figure's own sentence beats a quote whose speaker is named outside it, or only by a pronoun
    // (a guess of coreference against a source the sentence names: "a study published Monday indicating ... 2021, it ...")
    // Respondents a share counts ("62% of tenants said") speak for a poll, which the sentence may name
    const weak = q?.speakerMention && (q.speakerMention.end <= lo || q.speakerMention.start >= hi || PRONOUN.test(q.speakerMention.text) || respondentSpeaker(text, q)
      || (q.speaker === null && LOWER_PHRASE.test(q.speakerMention.text)));
    // evidence reported inside someone's words, with its own verb before the figure ("the department says journey
    // times fell, while footfall data suggest trade is down 12%"), vouches for the figure of its claim; not when the
    // report closes the words ("records show $200, according to X": X vouches for all before it)
    const cueFirst = q?.cue ? q.cue.end <= q.start : false;
    const inside = q && cueFirst && !relayed && !verbatim ? evidenceClaiming(s, vouchers, f, Math.max(lo, q.start)) : null;
    if (inside) return vouched(out, inside, 'evidence-inside');
    // a count someone else sets inside the words ("Organizers said 10,000 came, while police put the figure at 3,000")
    const setter = q && !relayed && !verbatim ? countSetter(s, f, Math.max(lo, q.start)) : null;
    if (setter && setter.sourceMention.start >= q!.start) return vouched(out, setter, 'sets-count-inside');
    const near = q && !relayed && weak ? findVoucher(s, vouchers, f, lo, hi) : null;
    if (near) return vouched(out, near, near.rule);
    if (q && hasSource(s, q) && !relayed) {
      return sourced(out, q.speaker ?? q.speakerMention?.text ?? null, q.speakerKind, q.speakerMention, `${f.rule}+quote`);
    }
    // a direct quote after a colon whose lead-in is evidence ("plain from a later tally:", "A paper by X was blunt about it:")
    const lead = q && !relayed ? colonEvidence(s, vouchers, q, sentenceAt(s.sentences, q.cue?.start ?? q.start)?.start ?? 0) : null;
    if (lead) return vouched(out, lead, lead.rule);
    // (a hedged claim still names its source when the sentence says whose it is: "300 are believed to have died,
    // according to local media")
    const found = findVoucher(s, vouchers, f, lo, hi);
    const v = relayed && !(found && NAMED_REPORT.has(found.rule)) ? null : found;
    if (v) return vouched(out, v, v.rule);
    // a reported clause no quote covers: "X says that 300 ...", "300 ..., X said"
    const r = relayed || q ? null : reportedSource(s, f, lo, hi);
    if (r) return vouched(out, r, 'reported');
    // words in quotation marks are someone's, even when attrib cannot tell whose
    if (q && q.type === 'direct' && !relayed) return sourced(out, null, 'unknown', null, `${f.rule}+quote-unknown`);
    return unnamed(out, credit);
  });
  return { ...s, figures };
}
