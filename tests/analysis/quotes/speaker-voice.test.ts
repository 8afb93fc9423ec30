// The voice of a cue (quotes/speaker-voice.ts): whether the subject before it holds the content. Moved from
// speaker.test.ts. Invented texts.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/analysis/index.js';
import { cueVoice } from '../../../src/analysis/quotes/speaker-voice.js';

const quotes = (text: string) => analyze({ id: 't', text }).quotes;
const voice = (text: string, cue: string) => {
  const at = text.indexOf(cue);
  return cueVoice(text, 0, { start: at, end: at + cue.length });
};

describe('quotes/speaker: the voice of a cue', () => {
  it.each([
    ['The bridge is expected to open in May.', 'expected', 'passive'],
    ['Mr. Oduya is not thought capable of winning.', 'thought', 'passive'],
    ['Ms. Varga was often asked why the ferry stopped.', 'asked', 'passive'],
    ['Ms. Varga has been criticized as aloof.', 'criticized', 'passive'],
    ['Ms. Varga was asked about the port.', 'was asked about', 'passive'],
    ['Ms. Varga has been blamed for the delay.', 'has been blamed for', 'passive'],
    ['When asked how it ended, she laughed.', 'asked', 'passive'],
    ['And asked how it ended, she laughed.', 'asked', 'passive'],
    // an adverb of time between "be" and the participle
    ['The plan was first outlined by the Tarnby Post.', 'outlined', 'passive'],
    ['The delay was later reported by the Tarnby Post.', 'reported', 'passive'],
    // an irregular participle in -ood; an impersonal passive stays passive (quotes/content-after takes its that-clause)
    ['It is understood that the mill will close.', 'is understood', 'passive'],
    ['It was revealed on Monday that the mill will close.', 'was revealed', 'passive'],
    ['Mr. Oduya is understood to have resigned.', 'understood', 'passive'],
    // a degree word between "be" and the participle: a reputation, held by nobody named
    ['Ana Ruiz is best known for her bridges.', 'is best known for', 'passive'],
    ['The port is better known as a ferry town.', 'is better known as', 'passive'],
    // ... but a degree word with no "be" before it leaves the cue active
    ['She did well, said the coach.', 'said', 'active'],
    ['Output appears to have fallen last year.', 'appears', 'raising'],
    ['The council may seem like a small obstacle.', 'seem', 'raising'],
    // a stance verb's participle with its agent after it: done to the subject, not the subject's stance
    ['The toll has been loudly opposed by many drivers.', 'has been loudly opposed', 'passive'],
    ['The levy was opposed by the guild.', 'opposed', 'passive'],
    // what it must leave alone
    ['Most drivers are opposed to the toll.', 'opposed', 'active'],
    ['Voters were worried by the vote.', 'worried', 'active'],
    ['Voters were worried that prices would rise.', 'worried', 'active'],
    ['Farmers are convinced the dam will fail.', 'convinced', 'active'],
    ['The letters seem to show that he knew.', 'seem', 'active'],
    ['He appeared at a hearing in March.', 'appeared', 'active'],
    ['Ms. Varga said the plan works.', 'said', 'active'],
    ['Ms. Varga has argued the plan works.', 'argued', 'active'],
    ['Ms. Varga understood that the mill would close.', 'understood', 'active'],
  ])('%s (%s): %s', (text, cue, expected) => {
    expect(voice(text, cue)).toBe(expected);
  });

  it('gives no speaker to a participle opening the sentence that is passive ("Asked about ...")', () => {
    expect(voice('Asked about the new port, the voters were split.', 'Asked')).toBe('passive');
    expect(voice('Worried that the port might close, the council voted for a delay.', 'Worried')).toBe('active');
  });

  it('gives no speaker to a raising cue after a relative pronoun', () => {
    const qs = quotes('The delay was a blow to the port, which seems to be losing money.');
    expect(qs.map((q) => q.speakerMention)).toEqual(qs.map(() => null));
  });
});
