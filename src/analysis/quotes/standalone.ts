// Quotes in marks that no cue's content covered:
//  1. the second half of an interrupted quote (“A,” he said. “B.”) joins the first, as annotated news does;
//  2. a colon lead-in ("X said:" / "From the minister:", across a line break too);
//  3. a dash byline after the quote (“...” — Name);
//  4. a quote paragraph after an attributed quote, with no new attribution: the same speaker;
//  5. otherwise a long quote keeps an unknown speaker (flagged, not guessed); short ones are dropped.
import type { Resolved } from '../state.js';
import type { Cue, QuoteSpan } from '../../types.js';
import type { Draft } from './draft.js';
import { phraseAfter, phraseBefore, subjectBefore } from './positions.js';
import { NO_SPEAKER, speakerIn } from './speaker.js';
import { wordCount, type SpeechSpans } from './text-utils.js';

const MAX_GAP_WORDS = 8; // ", he said. " / ", said the spokeswoman for the ministry. "
const CONTINUATION_PARAGRAPHS = 2;

function cueNear(cues: Cue[], kind: Cue['kind'], from: number, to: number): Cue | undefined {
  return cues.find((c) => c.kind === kind && c.start >= from && c.end <= to);
}

function paragraphOf(s: Resolved, at: number): number {
  let lo = 0;
  let hi = s.paragraphs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((s.paragraphs[mid]?.end ?? 0) <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function runEnd(spans: QuoteSpan[], i: number): { close: number; last: number } {
  let j = i;
  while (spans[j]?.continued === true && j + 1 < spans.length) j++;
  return { close: spans[j]?.close ?? 0, last: j };
}

export function standaloneQuotes(s: Resolved, drafts: Draft[], speech: SpeechSpans): Draft[] {
  const text = s.doc.text;
  const out = [...drafts].sort((a, b) => a.start - b.start);
  const covered = (at: number): boolean => out.some((d) => d.start <= at && at < d.end);
  const spans = speech.spans;
  for (let i = 0; i < spans.length; i++) {
    const q = spans[i] as QuoteSpan;
    const { close, last } = runEnd(spans, i);
    if (covered(q.inner.start)) { i = last; continue; }
    const para = paragraphOf(s, q.open);
    const prev = out.filter((d) => d.end <= q.open).pop();
    const added = ((): Draft | null => {
      // 1. interrupted: the gap since the previous quote is a short attribution in the same paragraph
      if (prev !== undefined && paragraphOf(s, prev.end) === para && prev.cue !== null) {
        const gap = text.slice(prev.end, q.open);
        if (wordCount(gap) <= MAX_GAP_WORDS && prev.cue.start >= prev.end - 1 && prev.cue.end <= q.open) {
          prev.end = close;
          return null;
        }
      }
      // 2. colon lead-in, with the verb before the colon as the cue when there is one
      const colon = cueNear(s.cues, 'colon', q.open - 12, q.open);
      if (colon !== undefined) {
        const lineStart = s.paragraphs[paragraphOf(s, colon.start)]?.start ?? 0;
        const verb = s.cues.filter((c) => c.kind === 'verb' && c.end <= colon.start && c.end >= colon.start - 3).pop();
        if (verb !== undefined) {
          const subj = subjectBefore(text, lineStart, verb.start);
          const who = subj !== null ? speakerIn(s, subj.start, subj.end, 'colon-subject') : NO_SPEAKER;
          return { start: q.open, end: close, cue: verb, who, rule: 'X-said-colon', sentence: -1 };
        }
        const lead = phraseBefore(text, lineStart, colon.start);
        const who = lead !== null ? speakerIn(s, lead.start, lead.end, 'colon-lead') : NO_SPEAKER;
        return { start: q.open, end: close, cue: colon, who, rule: 'colon-lead-in', sentence: -1 };
      }
      // 3. dash byline
      const dash = cueNear(s.cues, 'dash', close, close + 8);
      if (dash !== undefined) {
        const who = phraseAfter(text, dash.end, s.paragraphs[para]?.end ?? text.length);
        return { start: q.open, end: close, cue: dash, who: who !== null ? speakerIn(s, who.start, who.end, 'dash-byline') : NO_SPEAKER, rule: 'dash-byline', sentence: -1 };
      }
      // 4. continuation of the previous attributed quote
      const paragraphStart = s.paragraphs[para]?.start ?? -1;
      if (prev !== undefined && prev.who.speakerMention !== null && q.open === paragraphStart
        && para - paragraphOf(s, prev.end) <= CONTINUATION_PARAGRAPHS) {
        return { start: q.open, end: close, cue: null, who: { ...prev.who, speakerRule: 'continuation' }, rule: 'continuation', sentence: -1 };
      }
      // 5. unknown speaker
      if (wordCount(q.inner.text) >= 4) return { start: q.open, end: close, cue: null, who: NO_SPEAKER, rule: 'unattributed', sentence: -1 };
      return null;
    })();
    if (added !== null) {
      out.push(added);
      out.sort((a, b) => a.start - b.start);
    }
    i = last;
  }
  return out;
}
