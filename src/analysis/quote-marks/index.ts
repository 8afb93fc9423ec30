// Quotation marks: find every mark, pair them, and tell speech from scare quotes and titles.
// Linear: one regex pass over the text, a bounded stack per paragraph, a window per quote.
import type { Marked, Segmented } from '../state.js';
import type { QuoteSpan, Sentence } from '../../types.js';
import { findMarks } from './marks.js';
import { insideMarkup, markupSpans } from './markup.js';
import { pairMarks, type Pair } from './pair.js';
import { isScare } from './scare.js';
import { findSpeechWords } from './speech-words.js';

// a quote in a quote in a quote is the deepest news nests
const MAX_DEPTH = 3;

function trimmed(text: string, start: number, end: number): { start: number; end: number } {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s] ?? '')) s++;
  while (e > s && /\s/.test(text[e - 1] ?? '')) e--;
  return { start: s, end: e };
}

export function findQuoteMarks(s: Segmented): Marked {
  const text = s.doc.text;
  // 1. every mark, apostrophes and marks inside markup tags left out
  const markup = markupSpans(text);
  const inTag = insideMarkup(markup);
  const marks = findMarks(text).filter((m) => !inTag(m.at));
  // 2. pairs, nesting and the multi-paragraph convention
  const pairs = pairMarks(marks, s.paragraphs);
  // 3. depth from containment (stray marks left on the stack do not count), then speech or scare
  const quoteSpans: QuoteSpan[] = [];
  // every speech-verb form, one pass (the cue stage reads the same list); the scare test wants
  // the forms that are verbs whatever their context
  const speechWords = findSpeechWords(text);
  const verbs = speechWords.filter((w) => !w.form.ambiguous).map((w) => w.start);
  const open: Pair[] = [];
  let si = 0;
  const sentenceAt = (at: number): Sentence | undefined => {
    while (si < s.sentences.length && (s.sentences[si]?.end ?? 0) <= at) si++;
    return s.sentences[si];
  };
  for (const p of pairs) {
    while (open.length > 0 && (open[open.length - 1]?.close ?? 0) <= p.open) open.pop();
    const depth = open.length;
    open.push(p);
    // quotes nested deeper than MAX_DEPTH are not news (and would make the output quadratic)
    if (depth >= MAX_DEPTH) continue;
    const inner = trimmed(text, p.innerStart, p.innerEnd);
    const sentence = sentenceAt(p.open);
    const innerText = text.slice(inner.start, inner.end);
    const outer = open[0];
    const scare = isScare({
      text,
      sentenceStart: sentence?.start ?? p.open,
      sentenceEnd: sentence?.end ?? p.close,
      skipFrom: Math.min(p.open, outer?.open ?? p.open),
      skipTo: Math.max(p.close, outer?.close ?? p.close),
      verbs,
    }, p.open, p.close, innerText);
    const span: QuoteSpan = { open: p.open, close: p.close, inner: { text: innerText, start: inner.start, end: inner.end }, depth, role: scare ? 'scare' : 'speech' };
    if (p.continued) span.continued = true;
    quoteSpans.push(span);
  }
  return { ...s, quoteSpans, markup, speechWords };
}
