import { describe, expect, it } from 'vitest';
import { verbCues } from '../verb-cues.js';

describe('cues: going on to, or taking to a medium to, say something', () => {
  it.each([
    ['Mayor Ida Strand went on to thank the volunteers.', ['went on to thank']],
    ['Ivo Sarn went on national radio to declare victory.', ['went on national radio to declare']],
    ['Dana Kerr took to social media to say the count was wrong.', ['took to social media to say']],
    ['The minister took to the airwaves to defend the levy.', ['took to the airwaves to defend']],
    ['The senator is taking to the airwaves to defend the levy.', ['is taking to the airwaves to defend']],
    ['The rivals used much of his column to attack the moderator.', ['used much of his column to attack']],
    ['Ana Ruiz used a crude phrase to mock the judge.', ['used a crude phrase to mock']],
  ])('%s', (text, expected) => {
    expect(verbCues(text)).toEqual(expected);
  });

  it.each([
    // the chain's verb is no speech verb, or the infinitive is a purpose of something else
    ['The team went on to win the title.'],
    ['It took to the end of the year to announce it.'],
    ['She used the money to support her family.'],
    ['The plan is to respond soon.'],
    // an -ing chain that is a participle phrase, not a progressive
    ['Using a crude phrase to mock the council, the man walked out.'],
  ])('leaves alone: %s', (text) => {
    expect(verbCues(text)).toEqual([]);
  });
});
