// The writer's closing comment on the reported act (quotes/content-end-comment.ts): ", another sign of ...", ", a move
// that ..." ends the content at its comma, and an attribution inside the comment stands as its own record. Invented texts.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/analysis/index.js';

/** [cue, content] of each record. */
const rows = (text: string): [string | null, string][] =>
  analyze({ id: 'd', text }).quotes.map((q) => [q.cue?.text ?? null, q.text]);

describe('a closing appositive that comments on the act ends the content', () => {
  it.each<[string, [string, string][]]>([
    ["The farmers' federation endorsed Omar Vasquez on Monday, another instance of rural groups throwing their support behind the mayor.", [
      ['endorsed', 'Omar Vasquez on Monday'], ['throwing their support behind', 'the mayor'],
    ]],
    ['The firm backed the tax plan, the latest sign of business leaders voicing support for the reform.', [
      ['backed', 'the tax plan'], ['voicing support for', 'the reform'],
    ]],
    ['The minister defended the new fishing levy, a move that delighted the harbour towns.', [['defended', 'the new fishing levy']]],
    ['Coach Ivo Brandt praised the young goalkeeper, a clear indication of his faith in the academy.', [['praised', 'the young goalkeeper']]],
  ])('%s', (text, expected) => {
    expect(rows(text)).toEqual(expected);
  });
});

describe('leaves alone', () => {
  it.each<[string, [string, string][]]>([
    // the summing noun in an aside between commas, before the reported verb
    ['Ana Ruiz said the toll, a sign of the times, would rise next year.', [['said', 'the toll, a sign of the times, would rise next year']]],
    // after a reported clause the comment may be part of what was said
    ['Ana Ruiz said the ferry fare would double, a move that has dismayed commuters.', [['said', 'the ferry fare would double, a move that has dismayed commuters']]],
    ['The council announced that it would shut the pool, another blow to the swimming club.', [['announced', 'it would shut the pool, another blow to the swimming club']]],
    // "another" as an ordinary object
    ['Ana Ruiz said the club would sign another striker in January.', [['said', 'the club would sign another striker in January']]],
    // a noun in apposition that names a thing rather than summing up the act
    ["Ana Ruiz praised the new ferry, a boat built in the town's own yard.", [['praised', "the new ferry, a boat built in the town's own yard"]]],
    // inside quotation marks the comment is the speaker's own
    ['Ana Ruiz called the deal "a bad bargain, another sign of weakness in the talks."', [['called', 'the deal "a bad bargain, another sign of weakness in the talks."']]],
  ])('%s', (text, expected) => {
    expect(rows(text)).toEqual(expected);
  });
});
