// sourceFigures: who vouches for each figure. In order: the speaker of the quote whose content
// holds it; a named voucher in its sentence ("according to X", "X data show", "a report by X",
// "(X)"); else nobody named (`unattributed`), or the outlet when only a credit line ("(AP)")
// stands behind the article (`publication`). Hedges are recorded whatever the source.
import type { Figure, Quote, Sentence } from '../../types.js';
import type { Counted } from '../state.js';
import { findCreditLine } from './credit-line.js';
import { hedgeNear } from './hedge.js';
import { findVoucher } from './vouchers.js';
import { mentionAt } from '../speakers/lookup.js';

/** The sentence holding `pos` (sentences are sorted and disjoint). */
function sentenceAt(sentences: Sentence[], pos: number): Sentence | undefined {
  let lo = 0;
  let hi = sentences.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sentences[mid]!.end <= pos) lo = mid + 1; else hi = mid;
  }
  const s = sentences[lo];
  return s && s.start <= pos ? s : undefined;
}

/** The shortest quote whose content holds the figure (quotes may nest or overlap). */
function quoteHolding(quotes: Quote[], f: Figure): Quote | undefined {
  let best: Quote | undefined;
  for (const q of quotes) {
    if (q.start <= f.start && f.end <= q.end && (!best || q.end - q.start < best.end - best.start)) best = q;
  }
  return best;
}

function inVerbatim(q: Quote, f: Figure): boolean {
  return q.type === 'direct' || q.quoted.some((p) => p.start <= f.start && f.end <= p.end);
}

/**
 * A quote vouches for its figures when it names a speaker: a resolved speaker, or a speaker
 * mention that SPEAKERS also found. Words in the speaker position that are no mention at all
 * ("and", a tag's "<") name nobody.
 */
function hasSource(s: Counted, q: Quote): boolean {
  if (q.speaker !== null) return true;
  const m = q.speakerMention;
  if (!m) return false;
  const found = mentionAt(s, m.start, m.end);
  return found !== undefined && found.start < m.end && m.start < found.end;
}

export function sourceFigures(s: Counted): Counted {
  const text = s.doc.text;
  const credit = findCreditLine(text);
  // quotes sorted by start let each figure look only at quotes that begin before it
  const quotes = [...s.quotes].sort((a, b) => a.start - b.start);
  const figures = s.figures.map((f): Figure => {
    const sent = sentenceAt(s.sentences, f.start);
    const lo = sent ? sent.start : Math.max(0, f.start - 300);
    const hi = sent ? Math.max(sent.end, f.end) : Math.min(text.length, f.end + 300);
    const hedge = hedgeNear(text, f.start, f.end, lo, hi);
    const out: Figure = { ...f, hedge: hedge ? hedge.text : null };
    const q = quoteHolding(quotes, f);
    // a second-hand adverb in the writer's own paraphrase ("troops are reportedly poised") means unnamed reports vouch
    const relayed = q !== undefined && !inVerbatim(q, f) && hedge?.secondHand === true;
    // a voucher in the figure's own sentence beats a quote whose speaker is named outside it
    const near = q && !relayed && q.speakerMention && (q.speakerMention.end <= lo || q.speakerMention.start >= hi) ? findVoucher(s, f, lo, hi) : null;
    if (near) return { ...out, source: near.source, sourceKind: near.sourceKind, sourceMention: near.sourceMention, rule: `${f.rule}+${near.rule}` };
    if (q && hasSource(s, q) && !relayed) {
      return { ...out, source: q.speaker ?? q.speakerMention?.text ?? null, sourceKind: q.speakerKind, sourceMention: q.speakerMention, rule: `${f.rule}+quote` };
    }
    const v = relayed ? null : findVoucher(s, f, lo, hi);
    if (v) return { ...out, source: v.source, sourceKind: v.sourceKind, sourceMention: v.sourceMention, rule: `${f.rule}+${v.rule}` };
    if (credit) return { ...out, source: null, sourceKind: 'publication', sourceMention: credit };
    return { ...out, source: null, sourceKind: 'unattributed', sourceMention: null };
  });
  return { ...s, figures };
}
