// Quotes in marks that no cue's content covered, and quotes without marks that no cue introduces:
//  0. the answer turns of an interview or broadcast transcript ("A: ...", "NAME: ...", transcript.ts);
//     the reported speech inside a turn is nested in it; a headline "Source: claim" (headline.ts); a
//     block quote without marks after "X said:" (colon-block.ts);
//  1. a quote over paragraphs attributed only in a later paragraph (“A.¶“B,” she said.) is one quote
//     from its first paragraph, by that attribution;
//  2. the second half of an interrupted quote (“A,” he said. “B.”) joins the first, as annotated news does;
//  3. a colon lead-in ("X said:" / "From the minister:", across a line break too);
//  4. a dash byline after the quote (“...” — Name);
//  5. a quote paragraph after an attributed quote, with no new attribution: the same speaker; one in the
//     first person after a paragraph about one person: that person (paragraph-speaker.ts);
//  6. otherwise a long quote keeps an unknown speaker (flagged, not guessed); short ones are dropped.
import type { Resolved } from '../state.js';
import type { QuoteSpan } from '../../types.js';
import type { Draft } from './draft.js';
import { fromMention, mentionsIn, NO_SPEAKER } from './speaker.js';
import { colonLeadIn, dashByline, paragraphOf } from './lead-in-quotes.js';
import { wordCount, type SpeechSpans } from './text-utils.js';
import { firstNotBefore } from '../sorted.js';
import { withTranscriptTurns } from './transcript.js';
import { headlineSource } from './headline.js';
import { withColonBlocks } from './colon-block.js';
import { attributedLater } from './running-quote.js';
import { personOfParagraphBefore } from './paragraph-speaker.js';

const MAX_GAP_WORDS = 14; // ", he said. " / ", said the spokeswoman for the ministry. "
const CONTINUATION_PARAGRAPHS = 2;
const MAX_ATTRIBUTION_WORDS = 60; // a speaker's full apposition ("said Ann Lee, who ran ... and now ...")

// attributions of a quote that ends in its marks with the attribution after or around it: an
// interrupted quote or a continuation paragraph goes back to the last of them
const CLOSED = /^content-|^X-said-quote$|^X-said-next-quote$|^X-said-colon$|^colon-lead-in$|^dash-byline$|^continuation$/;
// reported speech before its content (what a quote sentence after it may go on with)
const REPORTS = /^(?:X-said-content|adding-content)$/;
// attributions whose quote may go on in the next paragraph: the quote, then its cue, in one sentence
const JOINS = /^content-(?:X-said|said-X)$|^X-said-quote$|^X-said-colon$|^colon-lead-in$/;

/** Whether the sentence holding `at` is the last one of its paragraph (no new sentence before `paraEnd`). */
function lastSentenceOfParagraph(s: Resolved, at: number, paraEnd: number): boolean {
  const lo = firstNotBefore(s.sentences, (x) => x.end <= at);
  const next = s.sentences[lo + 1];
  return next === undefined || next.start >= paraEnd;
}

function runEnd(spans: QuoteSpan[], i: number): { close: number; last: number } {
  let j = i;
  while (spans[j]?.continued === true && j + 1 < spans.length) j++;
  return { close: spans[j]?.close ?? 0, last: j };
}

export function standaloneQuotes(s: Resolved, drafts: Draft[], speech: SpeechSpans): Draft[] {
  const text = s.doc.text;
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
    // 1. a running quote that opens its paragraph and is attributed in a later paragraph starts at its
    //    first paragraph (one that opens after an attribution in its paragraph is interrupted: step 2)
    const para = paragraphOf(s, q.open);
    const opensParagraph = s.paragraphs[para]?.start === q.open;
    const later = last > i && opensParagraph ? attributedLater(spans, i, last, sorted, j, close) : undefined;
    if (later !== undefined) {
      later.start = q.open;
      remember(later);
      if (prev === undefined || later.end >= prev.end) prev = later;
      maxEnd = Math.max(maxEnd, later.end);
      i = last;
      continue;
    }
    while (si < s.sentences.length && (s.sentences[si]?.end ?? 0) <= q.open) si++;
    const startsSentence = s.sentences[si]?.start === q.open;
    const found = ((): Draft | null => {
      // 2. interrupted: the gap since the previous quote is a short attribution in the same paragraph
      const c = lastClosed;
      // (c.end is just past its closing mark, which may end the paragraph: look at the mark itself)
      if (c !== undefined && q.open - c.end < 300 && paragraphOf(s, c.end - 1) === para && c.cue !== null) {
        const gap = text.slice(c.end, q.open);
        // a longer gap still interrupts when it is the one sentence of the attribution (“A,” said X, who
        // ran Y from 1990 to 1995 and ... . “B.”): the quote opens the very next sentence
        const oneSentence = startsSentence && c.cue.start > c.end - 1 && si > 0 && (s.sentences[si - 1]?.start ?? 0) <= c.end && wordCount(gap) <= MAX_ATTRIBUTION_WORDS;
        if ((wordCount(gap) <= MAX_GAP_WORDS || oneSentence) && c.cue.end <= q.open) {
          c.end = close;
          return null;
        }
      }
      // 3. colon lead-in, with the verb before the colon as the cue when there is one; 4. dash byline
      const led = colonLeadIn(s, q, close) ?? dashByline(s, q, close, para);
      if (led !== null) return led;
      // 5. continuation of the previous attributed quote
      const sp = lastSpoken;
      // a quote paragraph right after an attributed quote that ends its own paragraph (“A,” she said.¶“B.”)
      // goes on with it: annotated news makes them one quote, as it does a quote interrupted by "she said"
      if (c !== undefined && c.cue !== null && startsSentence && JOINS.test(c.rule) && para - paragraphOf(s, c.end - 1) === 1
        && paragraphOf(s, c.cue.start) === para - 1 && lastSentenceOfParagraph(s, c.cue.start, s.paragraphs[para - 1]?.end ?? 0)) {
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
      if (sp !== undefined && startsSentence && REPORTS.test(sp.rule) && sp.cue !== null && !extended.has(sp) && para - paragraphOf(s, sp.end - 1) <= 1
        && /^[\s.!?…]{0,6}$/.test(s.doc.text.slice(sp.end, q.open))) {
        sp.end = close;
        extended.add(sp);
        return null;
      }
      if (sp !== undefined && startsSentence && para - paragraphOf(s, sp.end - 1) <= CONTINUATION_PARAGRAPHS) {
        return { start: q.open, end: close, cue: null, who: { ...sp.who, speakerRule: 'continuation' }, rule: 'continuation', sentence: -1 };
      }
      // 6. a quote inside a sentence whose subject is named ("Ann Lee likened him to a weathervane, “...”")
      //    takes that subject; else an unknown speaker (flagged, not guessed)
      const sentence = s.sentences[si];
      if (sentence !== undefined && sentence.start < q.open && wordCount(q.inner.text) >= 4) {
        const subject = mentionsIn(s, sentence.start, q.open).find((m) => m.kind !== 'description' && m.kind !== 'pronoun' && speech.containing(m.start) === undefined);
        if (subject !== undefined) return { start: q.open, end: close, cue: null, who: fromMention(s, subject, 'sentence-subject'), rule: 'in-sentence', sentence: -1 };
      }
      if (wordCount(q.inner.text) >= 4) return { start: q.open, end: close, cue: null, who: NO_SPEAKER, rule: 'unattributed', sentence: -1 };
      return null;
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
