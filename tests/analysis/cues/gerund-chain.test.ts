import { describe, expect, it } from 'vitest';
import { verbCues } from '../verb-cues.js';

// A verb of going on, starting or stopping before a speech form's gerund is one cue with it (cues/verb-chains.ts
// gerundChainStart), as "continued to criticize" is before "to".
describe('cues: a chain verb before a speech gerund', () => {
  it.each([
    ['The mayor keeps saying the bridge is safe.', ['keeps saying']],
    ['The coach began by praising the young players in his squad.', ['began by praising']],
    ['The council stopped short of blaming the contractor for the delay.', ['stopped short of blaming']],
    ['The players kept insisting that the referee was wrong.', ['kept insisting']],
    // a habit taken up or a turn to a new line before "to" and the gerund: no infinitive
    ['The senator has taken to urging donors to give to the food bank.', ['has taken to urging']],
    ['Fans took to mocking the new kit online.', ['took to mocking']],
    ['The mayor turned to attacking the press as the scandal grew.', ['turned to attacking']],
    ['Desperate, the campaign resorted to accusing its rival of fraud.', ['resorted to accusing']],
  ])('starts the cue at the chain verb: %s', (text, expected) => {
    expect(verbCues(text)).toEqual(expected);
  });

  it.each([
    ['Fans pointed to his refusal to resist commenting on every rumour.', ['pointed to', 'commenting on']],
    ['The mayor walked out, saying the bridge is safe.', ['saying']],
    ['The firm kept its forecast, noting that sales had held up.', ['noting']],
    // someone carried somewhere, a gerund that is no speech, a talk that turned, a noun's "to"
    ['The injured fan was taken to hearing tests at the clinic.', []],
    ['The trainees were taken to calling centres in the north.', []],
    ['The goalkeeper took to singing in the dressing room.', []],
    ['The debate turned to funding for the schools.', []],
    // a topic that turns to a speech gerund: the talk moved on, nobody speaks ("then" and an auxiliary between)
    ['Attention then turned to criticising the budget.', []],
    ['Late in the evening, talk turned to blaming the referee.', []],
    ['Focus has turned to questioning whether the dam is safe.', []],
    ['The conversation quickly turned to explaining the rules to newcomers.', []],
    ['The minister is committed to defending the budget.', []],
  ])('leaves other cues as they were: %s', (text, expected) => {
    expect(verbCues(text)).toEqual(expected);
  });
});
