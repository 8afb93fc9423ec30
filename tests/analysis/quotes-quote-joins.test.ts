// Quote paragraphs that go on with the attributed quote before them (quotes/quote-joins.ts nextParagraphJoins): after
// a quote whose attribution ends its paragraph, and after one that goes on past its attribution to the paragraph's
// end. Invented texts; hand-built mentions (quote-run.ts).
import { describe, expect, it } from 'vitest';
import { runQuotes, type M } from './quote-run.js';

const rows = (text: string, ms: M[]) => runQuotes(text, ms).map((q) => [q.type, q.text, q.rule]);

describe('quotes: a quote paragraph after an interrupted quote that ends its paragraph is one quote with it', () => {
  it.each<[string, M[], string]>([
    ['“We will not back down,” Marta Kessel said. “The harbour belongs to everyone.”\n\n“Nobody asked us before the land was sold.”',
      [['Marta Kessel', 'name', 0]], 'We will not back down,” Marta Kessel said. “The harbour belongs to everyone.”\n\n“Nobody asked us before the land was sold.'],
    ['“The timetable is a fiction,” said Ivo Brandt, the crews’ spokesman. “Half the sailings never leave.”\n\n“We want a new rota by March.”',
      [['Ivo Brandt', 'name', 0]], 'The timetable is a fiction,” said Ivo Brandt, the crews’ spokesman. “Half the sailings never leave.”\n\n“We want a new rota by March.'],
    ['“The soil is tired,” the farmer said. “Three dry summers did that.”\n\n“Next year I will plant barley.”',
      [['the farmer', 'description', 0]], 'The soil is tired,” the farmer said. “Three dry summers did that.”\n\n“Next year I will plant barley.'],
  ])('%s', (text, ms, joined) => {
    expect(rows(text, ms).map((r) => r[1])).toEqual([joined]);
  });

  it.each<[string, M[], string[]]>([
    // a sentence of the writer's after the quote: the quote paragraph is a continuation record of its own
    ['“Ticket prices went up again,” a commuter said. She has used the line for years.\n\n“It is always late.”',
      [['a commuter', 'description', 0], ['She', 'pronoun', 0]], ['Ticket prices went up again,', 'It is always late.']],
    // a paragraph between: no join
    ['“The soil is tired,” the farmer said. “Three dry summers did that.”\n\nRain fell on Sunday.\n\n“Next year I will plant barley.”',
      [['the farmer', 'description', 0]], ['The soil is tired,” the farmer said. “Three dry summers did that.', 'Next year I will plant barley.']],
  ])('leaves alone: %s', (text, ms, texts) => {
    expect(rows(text, ms).map((r) => r[1])).toEqual(texts);
  });
});
