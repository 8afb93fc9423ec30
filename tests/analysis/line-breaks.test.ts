// line-breaks.ts: a NEL (U+0085) is read as the line break it is, and the records keep it as written.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis/index.js';
import { withPlainLineBreaks } from '../../src/analysis/line-breaks.js';
import type { Analysis, Span } from '../../src/types.js';

const NEL = '\u0085';

/** Every span of the analysis, with the text the contract promises it carries. */
function spans(a: Analysis): Span[] {
  return [
    ...a.quotes.flatMap((q) => [{ text: q.text, start: q.start, end: q.end }, ...q.quoted, q.speakerMention, q.cue]),
    ...a.figures.flatMap((f) => [{ text: f.text, start: f.start, end: f.end }, f.sourceMention]),
  ].filter((s): s is Span => s !== null);
}

/** The records without their texts: which quotes and figures, where, and whose. */
function shape(a: Analysis): unknown {
  return {
    quotes: a.quotes.map((q) => [q.type, q.start, q.end, q.speaker, q.cue?.start, q.speakerMention?.start, q.quoted.length]),
    figures: a.figures.map((f) => [f.start, f.end, f.value, f.kind, f.source]),
  };
}

describe('a NEL reads as a line break', () => {
  it.each([
    // between sentences: two reports, not one running over the break
    [`Lena Ostrova said the ferry would sail.${NEL}The harbour board said 40 crews were ready.`],
    // as the line ending of every line of a text
    [`Parish councillor Ivo Brandt said the hall needed a new roof.${NEL}${NEL}“We have waited long enough,” he said.${NEL}`],
    // inside a sentence, where a line was wrapped
    [`The school's head, Marta Kell, said the pupils${NEL}had raised 1,200 pounds for the library.`],
  ])('%j gives the records of the same text with line feeds', (text) => {
    const withNel = analyze({ id: 'n', text });
    const withLf = analyze({ id: 'n', text: text.replaceAll(NEL, '\n') });
    expect(withNel.quotes.length + withNel.figures.length).toBeGreaterThan(0);
    expect(shape(withNel)).toEqual(shape(withLf));
    // every span's text is the caller's characters, NEL and all
    for (const s of spans(withNel)) expect(s.text).toBe(text.slice(s.start, s.end));
    expect(withNel.doc.text).toBe(text);
  });

  it('a span across the break keeps the NEL in its text', () => {
    const text = `Marta Kell said the pupils${NEL}had raised money.`;
    const quote = analyze({ id: 'n', text }).quotes[0]!;
    expect(quote.text).toBe(`the pupils${NEL}had raised money`);
  });
});

describe('left alone', () => {
  it.each([
    ['a text without a NEL is handed on as it is', 'Ada Pell said the road would reopen.'],
    // other separators are already white space to the patterns
    ['a no-break space', 'Ada\u00a0Pell said the road would reopen.'],
    ['a line separator', 'Ada Pell said the road would reopen.\u2028It did.'],
    ['a next-line lookalike: the letter Å', 'Åsa Pell said the road would reopen.'],
  ])('%s', (_name, text) => {
    expect(withPlainLineBreaks(text)).toBe(text);
  });

  it('a text without a NEL gets the very records it got before', () => {
    const text = 'Ada Pell, the county engineer, said 3 bridges would close.';
    const a = analyze({ id: 'p', text });
    for (const s of spans(a)) expect(s.text).toBe(text.slice(s.start, s.end));
    expect(a.quotes).toHaveLength(1);
  });
});
