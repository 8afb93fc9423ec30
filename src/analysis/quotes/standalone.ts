// Quotes in marks that no cue's content covered, and quotes without marks that no cue introduces:
//  0. the answer turns of an interview or broadcast transcript ("A: ...", "NAME: ...", transcript.ts);
//     the reported speech inside a turn is nested in it; a headline "Source: claim" (headline.ts); a
//     block quote without marks after "X said:" (colon-block.ts);
//  1. a quote over paragraphs attributed only in a later paragraph (“A.¶“B,” she said.) is one quote
//     from its first paragraph, by that attribution (after narration in its first paragraph too);
//  2. the second half of an interrupted quote (“A,” he said. “B.”) joins the first, as annotated news does;
//  3. a colon lead-in ("X said:" / "From the minister:", across a line break too);
//  4. a dash byline after the quote (“...” — Name);
//  5. a quote paragraph after an attributed quote, with no new attribution: the same speaker; one in the
//     first person after a paragraph about one person: that person (paragraph-speaker.ts);
//  6. otherwise a long quote keeps an unknown speaker (flagged, not guessed); short ones are dropped.
import type { Resolved } from '../state.js';
import type { QuoteSpan } from '../../types.js';
import type { Draft } from './draft.js';
import { colonLeadIn, dashByline, paragraphOf } from './lead-in-quotes.js';
import type { SpeechSpans } from './text-utils.js';
import { withTranscriptTurns } from './transcript.js';
import { headlineSource } from './headline.js';
import { withColonBlocks } from './colon-block.js';
import { attributedLater, narrationBefore } from './running-quote.js';
import { personOfParagraphBefore } from './paragraph-speaker.js';
import { interrupts, nextParagraphJoins, reportGoesOn } from './quote-joins.js';
import { quoteOnItsOwn } from './quote-on-its-own.js';

const CONTINUATION_PARAGRAPHS = 2;

// attributions of a quote that ends in its marks with the attribution after or around it: an
// interrupted quote or a continuation paragraph goes back to the last of them
const CLOSED = /^content-|^X-said-quote$|^X-said-next-quote$|^X-said-colon$|^colon-lead-in$|^dash-byline$|^continuation$/;
function runEnd(spans: QuoteSpan[], i: number): { close: number; last: number } {
  let j = i;
  while (spans[j]?.continued === true && j + 1 < spans.length) j++;
  return { close: spans[j]?.close ?? 0, last: j };
}

export function standaloneQuotes(s: Resolved, drafts: Draft[], speech: SpeechSpans): Draft[] {
  // 0. transcript turns, with the reported speech inside them left to them; a headline's "Source: claim"
  const headline = headlineSource(s);
  //    and a block quote after "X said:" ending its paragraph (colon-block.ts)
  const sorted = [...withColonBlocks(s, withTranscriptTurns(s, drafts)), ...(headline !== null ? [headline] : [])].sort((a, b) => a.start - b.start);
  const added: Draft[] = [];
  // walkers over drafts and sentences: spans come in order, so each list is read once
  let j = 0;
  let maxEnd = -1;
  let prev: Draft | undefined;
  // the last quote ending in marks with its own attribution after it ("“A,” she said.") and the last
  // draft with a speaker: what an interrupted quote and a continuation paragraph go back to
  let lastClosed: Draft | undefined;
  let lastSpoken: Draft | undefined;
  const extended = new Set<Draft>();
  const remember = (d: Draft): void => {
    if (CLOSED.test(d.rule)) lastClosed = d;
    if (d.who.speakerMention !== null) lastSpoken = d;
  };
  let si = 0;
  const spans = speech.spans;
  for (let i = 0; i < spans.length; i++) {
    const q = spans[i] as QuoteSpan;
    const { close, last } = runEnd(spans, i);
    while (j < sorted.length && (sorted[j]?.start ?? 0) <= q.inner.start) {
      const d = sorted[j] as Draft;
      // the draft reaching furthest is the one a following quote may continue or complete
      if (prev === undefined || d.end >= prev.end) prev = d;
      remember(d);
      maxEnd = Math.max(maxEnd, d.end);
      j++;
    }
    if (maxEnd > q.inner.start) { i = last; continue; }
    // 1. a running quote that opens its paragraph (or a sentence after narration in it) and is attributed
    //    in a later paragraph starts at its first paragraph (one that opens after an attribution in its
    //    paragraph is interrupted: step 2)
    const para = paragraphOf(s, q.open);
    const opensParagraph = s.paragraphs[para]?.start === q.open;
    while (si < s.sentences.length && (s.sentences[si]?.end ?? 0) <= q.open) si++;
    const startsSentence = s.sentences[si]?.start === q.open;
    const runs = opensParagraph || narrationBefore(sorted, j, s.paragraphs[para]?.start ?? q.open, q.open, startsSentence);
    const later = last > i && runs ? attributedLater(spans, i, last, sorted, j, close) : undefined;
    if (later !== undefined) {
      later.start = q.open;
      remember(later);
      if (prev === undefined || later.end >= prev.end) prev = later;
      maxEnd = Math.max(maxEnd, later.end);
      i = last;
      continue;
    }
    const found = ((): Draft | null => {
      // 2. interrupted: the gap since the previous quote is a short attribution in the same paragraph
      //    (quote-joins.ts)
      const c = lastClosed;
      if (c !== undefined && interrupts(s, c, q, para, si, startsSentence)) {
        c.end = close;
        return null;
      }
      // 3. colon lead-in, with the verb before the colon as the cue when there is one; 4. dash byline
      const led = colonLeadIn(s, q, close) ?? dashByline(s, q, close, para);
      if (led !== null) return led;
      // 5. continuation of the previous attributed quote
      const sp = lastSpoken;
      // a quote paragraph right after an attributed quote that ends its own paragraph (“A,” she said.¶“B.”)
      // goes on with it: annotated news makes them one quote, as it does a quote interrupted by "she said"
      if (c !== undefined && nextParagraphJoins(s, c, para, startsSentence)) {
        c.end = close;
        return null;
      }
      // a quote paragraph in the first person after a paragraph about one person, with no attribution in
      // that paragraph: that person (paragraph-speaker.ts)
      const opens = opensParagraph && startsSentence && (sp === undefined || paragraphOf(s, sp.end - 1) < para - 1);
      const person = opens ? personOfParagraphBefore(s, speech, para, q.inner) : null;
      if (person !== null) return { start: q.open, end: close, cue: null, who: person, rule: 'paragraph-before', sentence: -1 };
      // a quote sentence right after a report that ends its sentence ("She added that A. “B.”", or the next
      // paragraph) goes on with the report: annotated news makes them one partial quote
      // (one quote sentence: a run of quote paragraphs after it is continued, not swallowed)
      if (sp !== undefined && reportGoesOn(s, sp, q, para, startsSentence, extended)) {
        sp.end = close;
        extended.add(sp);
        return null;
      }
      if (sp !== undefined && startsSentence && para - paragraphOf(s, sp.end - 1) <= CONTINUATION_PARAGRAPHS) {
        return { start: q.open, end: close, cue: null, who: { ...sp.who, speakerRule: 'continuation' }, rule: 'continuation', sentence: -1 };
      }
      // 6. a quote inside a sentence whose subject is named takes that subject; else an unknown speaker
      //    (flagged, not guessed; quote-on-its-own.ts)
      return quoteOnItsOwn(s, speech, s.sentences[si], q, close);
    })();
    if (found !== null) {
      added.push(found);
      remember(found);
      prev = found;
      maxEnd = Math.max(maxEnd, found.end);
    } else if (prev !== undefined && prev.end === close) {
      maxEnd = Math.max(maxEnd, close); // merged into the previous quote
    }
    i = last;
  }
  return [...sorted, ...added].sort((a, b) => a.start - b.start);
}
