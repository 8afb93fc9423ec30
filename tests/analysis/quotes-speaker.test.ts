import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis/index.js';
import { cueVoice } from '../../src/analysis/quotes/speaker.js';

const quotes = (text: string) => analyze({ id: 't', text }).quotes;
const voice = (text: string, cue: string) => {
  const at = text.indexOf(cue);
  return cueVoice(text, 0, { start: at, end: at + cue.length });
};

describe('quotes/speaker: the voice of a cue', () => {
  it.each([
    ['The bridge is expected to open in May.', 'expected', 'passive'],
    ['Mr. Oduya is not thought to be able to win.', 'thought', 'passive'],
    ['Ms. Varga was once asked how it would end.', 'asked', 'passive'],
    ['Ms. Varga has been criticized as aloof.', 'criticized', 'passive'],
    ['When asked how it ended, she laughed.', 'asked', 'passive'],
    ['Output appears to have fallen last year.', 'appears', 'raising'],
    ['The council may seem like a small obstacle.', 'seem', 'raising'],
    // what it must leave alone
    ['Voters were worried that prices would rise.', 'worried', 'active'],
    ['Farmers are convinced the dam will fail.', 'convinced', 'active'],
    ['The letters seem to show that he knew.', 'seem', 'active'],
    ['He appeared at a hearing in March.', 'appeared', 'active'],
    ['Ms. Varga said the plan works.', 'said', 'active'],
    ['Ms. Varga has argued the plan works.', 'argued', 'active'],
  ])('%s (%s): %s', (text, cue, expected) => {
    expect(voice(text, cue)).toBe(expected);
  });
});

describe('quotes/speaker: who speaks', () => {
  it.each([
    // passive and raising cues: the subject is what the content is about, not its source
    ['Halvard Brekke appears to have lost the support of his party.', null],
    ['Tomas Lindqvist is not thought to be capable of winning the seat.', null],
    ['Ilse Marwick was once asked how the strike would end.', null],
    // the agent of a passive is its speaker
    ['The proposal was criticized by Ilse Marwick as too costly.', 'Ilse Marwick'],
    // a raising verb before a cue verb keeps its subject
    ['Ilse Marwick seems to suggest that the strike is over.', 'Ilse Marwick'],
  ])('%s', (text, mention) => {
    const qs = quotes(text);
    expect(qs.map((q) => q.speakerMention?.text ?? null)).toEqual([mention]);
  });

  it.each([
    // a noun phrase the mention stage does not list still names the speaker
    ['A regional appeals court ruled that the fee was illegal.', 'A regional appeals court'],
    ['Exit polls show that turnout fell sharply.', 'Exit polls'],
    ['Nearly half said they would vote again.', 'Nearly half'],
  ])('keeps the noun phrase in %s', (text, mention) => {
    expect(quotes(text).map((q) => q.speakerMention?.text ?? null)).toEqual([mention]);
  });

  it.each([
    // words in the speaker position that are no noun phrase name nobody (no junk speaker mention)
    ['There is little doubt that the bridge will close.'],
    ['The film includes scenes of testifying before the panel.'],
  ])('gives no speaker mention for %s', (text) => {
    const qs = quotes(text);
    expect(qs.length).toBeGreaterThan(0);
    expect(qs.map((q) => q.speakerMention)).toEqual(qs.map(() => null));
  });
});
