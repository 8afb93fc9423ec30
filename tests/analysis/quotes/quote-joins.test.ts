// Quote paragraphs that go on with the attributed quote before them (quotes/quote-joins.ts nextParagraphJoins): after
// a quote whose attribution ends its paragraph, and after one that goes on past its attribution to the paragraph's
// end; but not after a report in the writer's own words before its cue, whose next quote paragraph is a quote of its
// own; and interrupts: once the attribution sits inside the quote, a later fragment after words of the writer’s is
// no part of it. Invented texts; hand-built mentions (quote-run.ts).
import { describe, expect, it } from 'vitest';
import { runQuotes, type M } from '../quote-run.js';
import type { Entity } from '../../../src/types.js';

const ann: Entity = { name: 'Ann Lee', kind: 'person', roles: ['mayor'], aliases: ['Lee'], gender: 'female' };

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

describe('quotes: once its attribution interrupts a quote, the writer’s words after it end the quote', () => {
  it.each<[string, M[], string]>([
    ['“We are finished here,” the chairwoman said. “There is nothing left to vote on,” and with that Nora Pell walked out with a curt “Good luck to you all.”',
      [['the chairwoman', 'description', 0], ['Nora Pell', 'name', 0]], 'We are finished here,” the chairwoman said. “There is nothing left to vote on,'],
    ['“The road is open,” he said. “I know many would say that is too soon, but the crews are done,” and then the foreman drove off with a shouted “see you.”',
      [['he', 'pronoun', 0], ['the foreman', 'description', 0]], 'The road is open,” he said. “I know many would say that is too soon, but the crews are done,'],
    ['“My client is innocent,” the lawyer said outside the court. “She will tell the jury everything she knows,” before the clerk cut him off with a firm “not now, sir.”',
      [['the lawyer', 'description', 0], ['the clerk', 'description', 1]], 'My client is innocent,” the lawyer said outside the court. “She will tell the jury everything she knows,'],
  ])('%s', (text, ms, first) => {
    expect(rows(text, ms)[0]?.[1]).toEqual(first);
  });

  it.each<[string, M[], string]>([
    // the attribution interrupts it once: the second fragment joins
    ['“The ferry is late,” Ines Moor said. “It is always late on Sundays.”',
      [['Ines Moor', 'name', 0]], 'The ferry is late,” Ines Moor said. “It is always late on Sundays.'],
    // quote sentences in a row after the attribution, no words between: one quote
    ['“The ferry is late,” Ines Moor said. “It is always late.” “Nobody fixes it.”',
      [['Ines Moor', 'name', 0]], 'The ferry is late,” Ines Moor said. “It is always late.” “Nobody fixes it.'],
    // a verb of saying between the later fragments is an attribution of its own, and the last fragment goes with it
    ['“The ferry is late,” Ines Moor said. “It is always late,” she went on. “Nobody fixes it.”',
      [['Ines Moor', 'name', 0], ['she', 'pronoun', 0]], 'It is always late,” she went on. “Nobody fixes it.'],
  ])('leaves alone: %s', (text, ms, last) => {
    expect(rows(text, ms).map((r) => r[1]).at(-1)).toEqual(last);
  });
});

describe('quotes: a quote interrupted by its attribution is one quote', () => {
  it('joins a quote interrupted by "she said" into one direct quote with two fragments', () => {
    const text = '“We will build it,” Ann Lee said. “And we will pay for it.”';
    const qs = runQuotes(text, [['Ann Lee', 'name', 0]], [ann]);
    expect(qs).toHaveLength(1);
    expect(qs[0]?.quoted.map((f) => f.text)).toEqual(['We will build it,', 'And we will pay for it.']);
  });

  it.each([
    // a quote paragraph right after the paragraph that ends with the attribution goes on with the quote
    ['“The bridge is safe,” Ann Lee said.\n\n“It will open in May.”', ['The bridge is safe,', 'It will open in May.']],
    // a long attribution sentence between two quotes in one paragraph still interrupts one quote
    // a cue after the attribution ("as the crowd cheered") does not take the next quote for itself
    ['“The bridge is safe,” Ann Lee said, as the audience cheered. “It will open in May.”', ['The bridge is safe,', 'It will open in May.']],
    ["''The bridge is safe,'' said Ann Lee, who ran the roads board from 2001 to 2009 and now teaches planning at the city college. ''It will open in May.''", ['The bridge is safe,', 'It will open in May.']],
  ])('joins the parts of one quote across its attribution: %s', (text, fragments) => {
    const qs = runQuotes(text, [['Ann Lee', 'name', 0]], [ann]);
    expect(qs.map((q) => [q.type, q.quoted.map((f) => f.text), q.speaker])).toEqual([['direct', fragments, 'Ann Lee']]);
  });
});
