// A worry raised about a topic (cues/nominal-raised-topic.ts): the verb, its noun and the preposition are the cue, the
// topic after it the content, the verb's subject the holder, only where that subject can speak. Invented texts.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/analysis/index.js';

/** [cue, content, speaker mention] of the raised-topic record, or null. */
const raised = (text: string): [string, string, string | null] | null => {
  const q = analyze({ id: 'd', text }).quotes.find((x) => /rais/.test(x.cue?.text ?? ''));
  return q === undefined ? null : [q.cue?.text ?? '', q.text, q.speakerMention?.text ?? null];
};

describe('a holder raises a worry about a topic', () => {
  it.each([
    ['Parents raised concerns about the new bus timetable.', ['raised concerns about', 'the new bus timetable', 'Parents']],
    ['The union has also raised fears about job cuts at the plant.', ['has also raised fears about', 'job cuts at the plant', 'The union']],
    ['Okafor raised concerns over the cost of the stadium.', ['raised concerns over', 'the cost of the stadium', 'Okafor']],
    ['She raised serious doubts about the safety of the ward.', ['raised serious doubts about', 'the safety of the ward', 'She']],
  ])('%s', (text, expected) => {
    expect(raised(text)).toEqual(expected);
  });

  it.each([
    // an event, a document or an abstract noun as the subject: an effect, no one's words
    'The report raised concerns about the state of the roof.',
    'Delays raised doubts about the opening date.',
    'Inflation has raised fears over the cost of food.',
    // a question raised, and money raised
    'The coach raised questions about the referee.',
    'Volunteers raised funds for the hospice.',
  ])('leaves alone: %s', (text) => {
    expect(raised(text)).toBeNull();
  });
});
