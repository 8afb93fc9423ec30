import { describe, expect, it } from 'vitest';
import { verbCues } from '../verb-cues.js';

// A verb of answering and the participle or gerund that gives the answer are one cue (cues/answer-lead.ts). Invented texts.
describe('cues: an answer and the form that says it', () => {
  it.each([
    ['The Lind campaign responded Friday, saying the figures were wrong.', ['responded Friday, saying']],
    ['Ms. Lind, clearly annoyed, responded by waving the board’s report at the crowd, saying the figures were wrong.',
      ['responded by waving the board’s report at the crowd, saying']],
    ['Lind answered a question on fares by insisting that the toll would stay.', ['answered a question on fares by insisting']],
    ['The coach reacted angrily, saying the referee had missed the foul.', ['reacted angrily, saying']],
    ['The mayor replied by saying the toll would stay.', ['replied by saying']],
  ])('reads it as one cue: %s', (text, expected) => {
    expect(verbCues(text)).toEqual(expected);
  });

  it.each([
    // another verb before the participle: the participle is the cue
    ['The club endorsed the plan Friday, saying it would help fans.', ['endorsed', 'saying']],
    // an object or place between the answer and the comma: a deed, then the participle ("responded to the blaze")
    ['Firefighters responded to the blaze, saying it had started in a kitchen.', ['saying']],
    // a sentence end between them
    ['The board did not respond. Saying nothing, the chair left.', ['did not respond', 'Saying']],
  ])('leaves it apart: %s', (text, expected) => {
    expect(verbCues(text)).toEqual(expected);
  });
});
