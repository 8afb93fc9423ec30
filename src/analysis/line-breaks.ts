// U+0085 NEXT LINE (NEL) is a line break in Unicode, but JavaScript's \s does not match it (it is
// the one Unicode white-space character \s leaves out), so every pattern of the analysis read it
// as part of a word: "said the bid would fail.<NEL>The mayor said ..." ran two sentences into
// one report. The stages read a copy with each NEL as "\n" (one code unit for one, so every offset
// holds); the records' spans are then sliced again from the caller's text, so they carry the NEL
// as written (docText.slice(start, end) === text).
import type { Analysis, Span } from '../types.js';

const NEL = '\u0085';

/** The text the stages read: `text` itself, or a copy with each NEL as a line feed. */
export function withPlainLineBreaks(text: string): string {
  return text.includes(NEL) ? text.replaceAll(NEL, '\n') : text;
}

/** `analysis` with every span's text sliced from `original` (which has the same length). */
export function withOriginalSpans(analysis: Analysis, original: string): Analysis {
  const span = (s: Span): Span => ({ ...s, text: original.slice(s.start, s.end) });
  const maybe = (s: Span | null): Span | null => (s === null ? null : span(s));
  return {
    ...analysis,
    quotes: analysis.quotes.map((q) => ({
      ...q, text: original.slice(q.start, q.end), quoted: q.quoted.map(span), speakerMention: maybe(q.speakerMention), cue: maybe(q.cue),
    })),
    figures: analysis.figures.map((f) => ({ ...f, text: original.slice(f.start, f.end), sourceMention: maybe(f.sourceMention) })),
  };
}
