// Quote paragraphs that go on with the attributed quote before them (quotes/quote-joins.ts nextParagraphJoins): after
// a quote whose attribution ends its paragraph, and after one that goes on past its attribution to the paragraph's
// end; but not after a report in the writer's own words before its cue, whose next quote paragraph is a quote of its
// own. Invented texts; hand-built mentions (quote-run.ts).
import { describe, expect, it } from 'vitest';
import { runQuotes, type M } from '../quote-run.js';

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

describe('quotes: a quote paragraph after a report before its cue is a quote of its own', () => {
  it.each<[string, M[], string[][]]>([
    ['The old coach was harsh, she recalls.\n\n“He taught us everything we knew about the game.”',
      [['she', 'pronoun', 0]], [['indirect', 'The old coach was harsh', 'content-X-said'], ['direct', 'He taught us everything we knew about the game.', 'continuation']]],
    ['The mill paid badly, said Tomas Erl, who worked there for a decade.\n\n“We ate bread and onions most weeks.”',
      [['Tomas Erl', 'name', 0]], [['indirect', 'The mill paid badly', 'content-said-X'], ['direct', 'We ate bread and onions most weeks.', 'continuation']]],
    ['The canteen food was cheap, the students said, but bland.\n\n“Nobody finishes the soup.”',
      [['the students', 'group', 0]], [['indirect', 'The canteen food was cheap, the students said, but bland', 'aside'], ['direct', 'Nobody finishes the soup.', 'continuation']]],
  ])('%s', (text, ms, expected) => {
    expect(rows(text, ms)).toEqual(expected);
  });

  it.each<[string, M[], string[][]]>([
    // a quote in marks before the cue: the paragraph after goes on with it
    ['“The old coach was harsh,” she recalls.\n\n“He taught us everything we knew about the game.”',
      [['she', 'pronoun', 0]], [['direct', 'The old coach was harsh,” she recalls.\n\n“He taught us everything we knew about the game.', 'content-X-said']]],
  ])('leaves alone: %s', (text, ms, expected) => {
    expect(rows(text, ms)).toEqual(expected);
  });
});
