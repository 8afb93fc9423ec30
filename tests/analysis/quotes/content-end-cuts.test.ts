// Where content-end.ts cuts, or does not, as a new clause meets a content (quotes/content-end-cuts.ts): a fronted
// subordinate clause that opens the content keeps its comma; a comma then a new subject with its own cue is a second
// attribution. Invented texts; hand-built mentions (see quote-run.ts).
import { describe, expect, it } from 'vitest';
import { runQuotes, type M } from '../quote-run.js';

const row = (q: ReturnType<typeof runQuotes>[number]) => [q.type, q.text, q.cue?.text ?? null];

describe('quotes: where a reported clause starts and ends (more)', () => {
  it.each<[string, M[], string[][]]>([
    // a subordinate clause opening the content ends at its comma; the main clause after it is content too
    ['Tom Fenn said on Friday that while the mill had closed, the town would not give up.', [['Tom Fenn', 'name', 0]],
      [['indirect', 'while the mill had closed, the town would not give up', 'said']]],
    // so does one set off by a comma after "that" (content-end-cuts.ts frontedClauseEnds): the main clause's own
    // subject and cue stay inside the content
    ['The survey finds that, while 30 percent of drivers say the toll is too high, 40 percent blame the council.', [['The survey', 'description', null]],
      [['indirect', 'that, while 30 percent of drivers say the toll is too high, 40 percent blame the council', 'finds']]],
    // a comma after "that" before no subordinator: the new clause with its own subject and cue is cut as before
    ['The survey finds that, for now, tolls are low, but 40 percent blame the council.', [['The survey', 'description', null]],
      [['indirect', 'that, for now, tolls are low', 'finds'], ['indirect', 'the council', 'blame']]],
    // an appositive after the frame comments on the content; it is no content of its own
    ['Milk output rose in May, farmers reported on Friday, a sign that the drought is easing.', [['farmers', 'group', null]],
      [['indirect', 'Milk output rose in May', 'reported']]],
    // a place phrase before "that" is the frame's
    ['His lawyer, Mia Holt, said outside the court that her client would appeal.', [['His lawyer', 'description', 0], ['Mia Holt', 'name', 0]],
      [['indirect', 'her client would appeal', 'said']]],
    // "that" and one word to the end is a demonstrative: "that argument" is the object
    ['I understand that argument.', [['I', 'pronoun', null]],
      [['indirect', 'that argument', 'understand']]],
  ])('%s', (text, ms, expected) => {
    expect(runQuotes(text, ms).map(row)).toEqual(expected);
  });

  it.each<[string, M[], string[][]]>([
    ['Ida Moss said that Tom Fenn lied.', [['Ida Moss', 'name', 0], ['Tom Fenn', 'name', 1]],
      [['indirect', 'Tom Fenn lied', 'said']]],
    // a comma after a first clause of the content, then a new subject with a cue: two attributions
    ['Ida Moss said the plant had failed, but Tom Fenn thinks it works.', [['Ida Moss', 'name', 0], ['Tom Fenn', 'name', 1]],
      [['indirect', 'the plant had failed', 'said'], ['indirect', 'it works', 'thinks']]],
  ])('leaves alone: %s', (text, ms, expected) => {
    expect(runQuotes(text, ms).map(row)).toEqual(expected);
  });
});
