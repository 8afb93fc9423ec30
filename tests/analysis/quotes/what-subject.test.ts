// A cue after "what" and its own subject ("She signed what critics described as a giveaway"): the words between
// speak (quotes/what-subject.ts whatSubject), not the sentence's subject.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/analysis/index.js';

const byCue = (text: string, cue: string): string | null =>
  analyze({ id: 't', text }).quotes.find((x) => x.cue?.text === cue)?.speakerMention?.text ?? null;

describe('quotes: the subject of a free relative', () => {
  it.each([
    ['She signed what critics described as a giveaway.', 'described as', 'critics'],
    ['Rents rose in what one tenant leader called the worst year yet.', 'called', 'one tenant leader'],
    ['The plan follows what Deputy Mayor Ivo Dahl calls a three-step strategy.', 'calls', 'Deputy Mayor Ivo Dahl'],
  ])('%s', (text, cue, expected) => {
    expect(byCue(text, cue)).toBe(expected);
  });

  it.each([
    // a clause of its own inside the phrase (joined by 'and', no cue inside it): not a subject
    ['The budget is less than what he paid and the unions say it is too small.', 'say', 'he'],
  ])('leaves alone: %s', (text, cue, notTheSpeaker) => {
    expect(byCue(text, cue)).not.toBe(notTheSpeaker);
  });
});
