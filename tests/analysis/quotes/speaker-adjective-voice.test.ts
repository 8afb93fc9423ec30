import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/analysis/index.js';
import { cueVoice } from '../../../src/analysis/quotes/speaker-voice.js';

// An adjective cue that only ends like a participle ("afraid", "keen", "fond") is the subject's own feeling: the
// subject speaks and the content is what follows the cue, not a passive's whole clause with no speaker.
const voice = (text: string, cue: string) => {
  const at = text.indexOf(cue);
  return cueVoice(text, 0, { start: at, end: at + cue.length });
};
const first = (text: string) => {
  const q = analyze({ id: 't', text }).quotes[0];
  return q === undefined ? null : {
    content: text.slice(q.start, q.end),
    speaker: q.speakerMention === null ? null : text.slice(q.speakerMention.start, q.speakerMention.end),
  };
};

describe('quotes/speaker-voice: adjective cues shaped like participles', () => {
  it.each([
    ['Many growers are afraid that the frost will return.', 'are afraid', 'Many growers', 'the frost will return'],
    ['The harbour master was afraid of losing the ferry contract.', 'was afraid of', 'The harbour master', 'losing the ferry contract'],
    ['Coach Ivo Brandt is keen to sign a second goalkeeper.', 'is keen', 'Coach Ivo Brandt', 'to sign a second goalkeeper'],
    ['The regulator is fond of saying that prices follow wages.', 'is fond of', 'The regulator', 'saying that prices follow wages'],
  ])('%s', (text, cue, speaker, content) => {
    expect(voice(text, cue)).toBe('active');
    expect(first(text)).toEqual({ content, speaker });
  });

  it.each([
    // real participles keep their voice: an agent after "by" is a passive's, an experiencer stays active
    ['The levy was opposed by the millers.', 'was opposed', 'passive'],
    ['The bridge is expected to open in May.', 'expected', 'passive'],
    ['The dam has been shown to leak.', 'shown', 'passive'],
    ['Voters were worried that prices would rise.', 'worried', 'active'],
    ['Ana Ruiz said the plan works.', 'said', 'active'],
  ])('leaves alone: %s (%s)', (text, cue, expected) => {
    expect(voice(text, cue)).toBe(expected);
  });
});
