// A lawmaker's party-state tag ("D-Ore.") is no name (mentions/name-shape.ts), and a phrase before the cue that is
// only an apposition after a person's name gives that name (quotes/speaker-apposition.ts).
// A group before a list of its members set off by commas ("the two unions, Veltra and Osk Workers, said") speaks too.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/analysis/index.js';
import { runQuotes, type M } from '../quote-run.js';
import type { Entity } from '../../../src/types.js';

const ann: Entity = { name: 'Ann Lee', kind: 'person', roles: ['mayor'], aliases: ['Lee'], gender: 'female' };

const row = (q: ReturnType<typeof runQuotes>[number]) => [q.type, q.text, q.cue?.text ?? null];

const speakers = (text: string): string[] =>
  analyze({ id: 't', text }).quotes.map((q) => `${q.speaker ?? null}/${q.speakerMention?.text ?? null}`);

describe('quotes: the name an apposition describes speaks', () => {
  it.each([
    ['Sen. Ada Brill, D-Ore., said the bill was dead.', ['Ada Brill/Sen. Ada Brill']],
    ['Rep. Ivo Marek, I-Vt., said the vote was close.', ['Ivo Marek/Rep. Ivo Marek']],
    ['Rep. Tom Lusk, R-Ohio, welcomed the vote but said it came too late.', ['Tom Lusk/Rep. Tom Lusk', 'Tom Lusk/Rep. Tom Lusk']],
    ['Senate Leader Joan Vey, a Tulsa Republican, said the plan would fail.', ['Joan Vey/Senate Leader Joan Vey']],
    // a name after the apposition's preposition and kind nouns is the object's, not the speaker's
    ['Tova Brisk, an analyst at the brokerage house Mendel, said the shares were cheap.', ['Tova Brisk/Tova Brisk']],
    ['Piet Arendse, an engineer with the rail operator Nordvik, warned that the bridge was unsafe.', ['Piet Arendse/Piet Arendse']],
    // a definite apposition the resolver read as the name's
    ["Paul Brenn, the head of the dockers' union Unifax, said the strike would go ahead.", ['Paul Brenn/Paul Brenn']],
    // a body's name, with an agent inside its apposition
    ['Tarn Parents, a group founded by relatives of flood victims, said it would sue.', ['Tarn Parents/Tarn Parents']],
  ])('%s', (text, expected) => {
    expect(speakers(text)).toEqual(expected);
  });

  it.each([
    // no name before the phrase: the phrase itself
    ['After the vote, a Tulsa Republican said the plan would fail.', ['Tulsa Republican/Tulsa Republican']],
    // the apposition is no subject of its own: the pair after it speaks
    ['Ada Brill, a lawyer, and Tom Lusk said the bill was dead.', ['Tom Lusk/Tom Lusk']],
    // a name after a preposition, then a description of someone else: that description speaks
    ['In a letter to Ivo Lund, the head of the union said the strike would go ahead.', ['null/the head of the union']],
  ])('leaves alone: %s', (text, expected) => {
    expect(speakers(text)).toEqual(expected);
  });
});

describe('quotes: a group before a list of its members speaks (speaker-apposition.ts groupBeforeList)', () => {
  it.each([
    ['“Not one more shift,” the two unions, Veltra and Osk Workers, said.', ['two unions/the two unions']],
    ['“We were never asked,” both families, the Marrens and the Oduyas, said.', ['families/both families']],
    ['“The vote was rigged,” the rival campaigns, Ruiz for Tarn and Osei Now, said on Sunday.', ['rival campaigns/the rival campaigns']],
    // a list of three or more, before a content after the cue: the rules cut the phrase at the list's commas, and the
    // group before the whole list still speaks
    ['Four unions, the Ferry Guild, the Porters League and Velm Workers, said the budget was unfair.', ['Four unions/Four unions']],
    ['Three charities, Clean Streets, Safe Roads and Green Tarn, warned that the plan was too costly.', ['Three charities/Three charities']],
    ['Two senators, Ada Kim and Tom Fenn, said the bill would fail.', ['Two senators/Two senators']],
    // some of its members after "including" or "among them", one name or a list
    ['Residents, including Ada Kim, Tom Fenn and Lia Ortz, said the water was brown.', ['Residents/Residents']],
    ['Several firms, among them Tallo, said the rules were unclear.', ['firms/Several firms']],
  ])('%s', (text, expected) => {
    expect(speakers(text)).toEqual(expected);
  });

  it.each([
    // the group is the object of a preposition: the list is the subject
    ['“That was final,” in a reply to the unions, Veltra and Osk Workers said.', ['Veltra and Osk Workers/Veltra and Osk Workers']],
    // no comma closes the list: the list is the subject, the group the object before it
    ['After meeting the two unions, Veltra and Osk Workers said the offer was final.', ['Veltra and Osk Workers/Veltra and Osk Workers']],
    // a single name after a group is no list
    ['Four unions, the Ferry Guild, said the budget was unfair.', ['Ferry Guild/Ferry Guild']],
    // a list with no group before it
    ['Ada Kim, Tom Fenn and Bo Lind met on Monday. The Ferry Guild said the budget was unfair.', ['Ferry Guild/Ferry Guild']],
    ['“It is over,” the two unions, Veltra, said.', ['Veltra/Veltra']],
    // "including" after the object of a preposition: the subject after it speaks
    ['In a letter to residents, including Ada Kim, the council said the water was safe.', ['the council/the council']],
  ])('leaves alone: %s', (text, expected) => {
    expect(speakers(text)).toEqual(expected);
  });
});

describe('quotes: a subject with a description in apposition', () => {
  it.each<[string, M[], string[][]]>([
    ['The mayor, Ida Strand, said on Monday that rents would rise.', [['The mayor', 'description', 0], ['Ida Strand', 'name', 0]],
      [['indirect', 'rents would rise', 'said']]],
    ['In May, Ida Strand said on Monday that rents would rise.', [['Ida Strand', 'name', 0]],
      [['indirect', 'rents would rise', 'said']]],
    ['State radio reported that troops had moved, but a spokesman, Col. Ivo Sarn, denied this.',
      [['State radio', 'organization', 1], ['a spokesman', 'description', 0], ['Col. Ivo Sarn', 'title-name', 0]],
      [['indirect', 'troops had moved', 'reported'], ['indirect', 'this', 'denied']]],
  ])('%s', (text, ms, expected) => {
    expect(runQuotes(text, ms).map(row)).toEqual(expected);
  });

  it.each<[string, M[], string[][]]>([
    // a content before the subject stays one: the clause before the comma is no description
    ['Rents will rise, Ida Strand said on Monday.', [['Ida Strand', 'name', 0]], [['indirect', 'Rents will rise', 'said']]],
    // a description after a bare comma follows the content and opens the subject
    ['Ada Voss was born in 1950, her daughter, Ilse Voss, said.', [['Ada Voss', 'name', 0], ['her daughter', 'description', 1], ['Ilse Voss', 'name', 1]],
      [['indirect', 'Ada Voss was born in 1950', 'said']]],
    ['The dam will hold, said a senior engineer at the Water Board, who was not named.', [['a senior engineer', 'description', null]],
      [['indirect', 'The dam will hold', 'said']]],
  ])('keeps the content before: %s', (text, ms, expected) => {
    expect(runQuotes(text, ms).map(row)).toEqual(expected);
  });

  it('gives the main verb after a relative aside with its own cue the subject before the aside', () => {
    const qs = runQuotes('The union, which had backed the strike, praised the deal.', [['The union', 'organization', 0]]);
    expect(qs.map((q) => [q.text, q.cue?.text, q.speakerMention?.text])).toContainEqual(['the deal', 'praised', 'The union']);
  });
});

describe('quotes: a name with a description in apposition', () => {
  it('prefers the name over the apposition in "X, a doctor, said"', () => {
    const qs = runQuotes('Ann Lee, a doctor, said the clinic will close.', [['Ann Lee', 'name', 0], ['a doctor', 'description', null]], [ann]);
    expect(qs[0]?.speakerMention?.text).toBe('Ann Lee');
  });
});
