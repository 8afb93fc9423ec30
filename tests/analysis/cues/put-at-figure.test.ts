import { describe, expect, it } from 'vitest';
import { verbCues } from '../verb-cues.js';
import { analyze } from '../../../src/analysis/index.js';

const contents = (text: string) => { const a = analyze({ id: 't', text }); return a.quotes.map((q) => a.doc.text.slice(q.start, q.end)); };

describe('cues/put-at-figure: an estimate put "at" a figure', () => {
  it.each([
    ['Police put the crowd at about 4,000.', ['put']],
    ['The agency puts the total cost of the repairs at $3 billion.', ['puts']],
    ['Insurers put the damage from the flood at more than $90 million.', ['put']],
    ['The latest poll puts Ruiz at 44 percent.', ['puts']],
    ['Union officials put turnout at 72 percent.', ['put']],
    // a second estimate set against the first
    ['Local doctors put the toll higher, at 230.', ['put']],
    ['The union puts the cost of the strike far lower, at $2 million.', ['puts']],
  ])('%s', (text, expected) => {
    expect(verbCues(text)).toEqual(expected);
  });

  it('reads the quantity and its figure as the content', () => {
    expect(contents('Firefighters put the number of homes lost at 140.')).toEqual(['the number of homes lost at 140']);
  });

  it.each([
    // leave alone: a price, a time or a setting is fixed, not estimated; a risk, an ease, a place; a rank
    ['The club put the ticket price at $40 for the final.'],
    ['Organizers put the start at 9 a.m.'],
    ['The chef put the oven at 200 degrees.'],
    ['The storm put the harvest at risk.'],
    ['The board put the cost higher at the top of its list.'],
    ['The coach put Ida Lind at ease before the race.'],
    ['The manager put Ruiz at 10 in the batting order.'],
    ['She put the boxes at the door.'],
    ['He put the number on the board.'],
  ])('leaves alone: %s', (text) => {
    expect(verbCues(text)).toEqual([]);
  });

  it('keeps "as she put it"', () => {
    expect(verbCues('Prices will rise, as one trader put it, for years.')).toEqual(['put it']);
    // a letter beyond Latin-1 after the form: the frame's full pattern runs (frames.ts), not its Latin-1 twin
    expect(verbCues('As Ōta put it bluntly, Łódź has no money left.')).toEqual(['put it bluntly']);
  });
});
