// Adverbials set off by commas between a cue and its "that" (quotes/content-start-adverbials.ts): where, when or how it
// was said is no part of what was said. Whole pipeline, [content, speaker mention, cue] of each record. Invented texts.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/analysis/index.js';

const all = (text: string) => analyze({ id: 'd', text }).quotes.map((q) => [q.text, q.speakerMention?.text ?? null, q.cue?.text ?? null]);

describe('quotes/content-start-adverbials: the content starts after the "that"', () => {
  it.each<[string, (string | null)[][]]>([
    ['The mayor said, in a statement, that the bridge would reopen in May.', [['the bridge would reopen in May', 'The mayor', 'said']]],
    ['The agency reported, in a filing with regulators on Friday, that its profit had doubled.',
      [['its profit had doubled', 'The agency', 'reported']]],
    ['The chef insisted, with a smile, that the soup was fresh.', [['the soup was fresh', 'The chef', 'insisted']]],
    ['The coach said, bluntly, that the referee was wrong.', [['the referee was wrong', 'The coach', 'said']]],
    ['The mayor conceded on Tuesday, somewhat reluctantly, that the bridge should never have closed.',
      [['the bridge should never have closed', 'The mayor', 'conceded']]],
    ['The goalkeeper admitted on camera, in a flat voice, that the team had lost its way.',
      [['the team had lost its way', 'The goalkeeper', 'admitted']]],
    // a phrase of measure or medium opened by "by", "even" perhaps before it
    ['The firm admitted, by its own count, that 40 orders were lost.', [['40 orders were lost', 'The firm', 'admitted']]],
    ['The bakery reported, even by cautious estimates, that sales had doubled.', [['sales had doubled', 'The bakery', 'reported']]],
    // the writer's verdict on the act
    ['The board announced, in a surprise decision, that the coach would stay.', [['the coach would stay', 'The board', 'announced']]],
    ['The referee admitted, in what was a rare apology, that the goal should not have stood.',
      [['the goal should not have stood', 'The referee', 'admitted']]],
  ])('%s', (text, expected) => {
    expect(all(text)).toEqual(expected);
  });
});

describe('quotes/content-start-adverbials: leaves alone', () => {
  it.each<[string, (string | null)[][]]>([
    // a clause before the comma is what was said, "that" opens a second one
    ['Officials said at least 40 homes flooded, that roads closed and that power failed.',
      [['at least 40 homes flooded, that roads closed and that power failed', 'Officials', 'said']]],
    // no comma: the time is read as before
    ['The council said in March the pool would close.', [['the pool would close', 'The council', 'said']]],
    // a "by" phrase inside the reported clause, no "that" after it: the content keeps it
    ['The club said its fans, by a wide margin, backed the move.', [['its fans, by a wide margin, backed the move', 'The club', 'said']]],
    // a verdict after the content, no "that": it ends the content before the frame as before
    ['The mill will shut, the owners said, in a blow to the valley.', [['The mill will shut', 'the owners', 'said']]],
  ])('%s', (text, expected) => {
    expect(all(text)).toEqual(expected);
  });
});
