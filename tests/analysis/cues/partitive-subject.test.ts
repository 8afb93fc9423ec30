import { describe, expect, it } from 'vitest';
import { verbCues } from '../verb-cues.js';

// A part of a group ("some of the growers", "many of them") or a determiner with a bare plural ("the growers") opening
// its clause is the subject of a form that is also a noun ("fear", "doubt", "back") when an object or a clause follows.
describe('cues: a partitive or determined plural subject before a noun-like form', () => {
  it.each([
    ['Some of the growers fear prices will double.', ['fear']],
    ['Many of them fear the worst.', ['fear']],
    ['Most of its growers back the bid.', ['back']],
    ['Half of the local dairy herders doubt the scheme will last.', ['doubt']],
    ['The pumps failed, and several of the vintners fear the harvest is lost.', ['fear']],
    ['The growers fear prices will double.', ['fear']],
    ['Their lodgers doubt the repairs will be done.', ['doubt']],
  ])('finds the verb: %s', (text, expected) => {
    expect(verbCues(text)).toEqual(expected);
  });

  it.each([
    // not opening its clause: the phrase is an object, and the form a noun
    ['The mayor met some of the growers fear had hurt.', []],
    ['He spoke of the growers hope the council would help.', ['spoke of']],
    // a singular noun with a verb in -s before the form: "raises fear" is a noun
    ['The move raises fear the plant will close.', []],
    // no object or clause after the form
    ['Some of the growers fear for their jobs.', []],
  ])('leaves it alone: %s', (text, expected) => {
    expect(verbCues(text)).toEqual(expected);
  });
});
