import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/analysis/index.js';

// quotes/cue-context.ts verbAfterAside: a verb right after a short comma aside with a cue ("The delay, he added, suggests")
// is the content's own; an aside opening with a relative pronoun describes the noun before it, so the verb after it is
// the sentence's main verb, with that noun its subject. Invented texts.
const spans = (text: string) => analyze({ id: 't', text }).quotes.map((q) => [q.text, q.speakerMention?.text ?? null, q.cue?.text ?? null]);

describe('quotes: a verb after an aside that holds a cue', () => {
  it.each<[string, (string | null)[][]]>([
    // a relative aside: the main verb reports, its subject the noun before the aside
    ['The report, which the council published, says the bus lanes cut journey times.', [['the bus lanes cut journey times', 'The report', 'says']]],
    ['The warning, which the agency issued, says the dam could fail.', [['the dam could fail', 'The warning', 'says']]],
  ])('%s', (text, expected) => {
    expect(spans(text)).toEqual(expected);
  });

  it.each<[string, (string | null)[][]]>([
    // a speaker's aside: the verb after it belongs to the content around it
    ['The delay, he added, suggests the contract was badly drawn.', [['The delay, he added, suggests the contract was badly drawn', 'he', 'added']]],
  ])('leaves alone: %s', (text, expected) => {
    expect(spans(text)).toEqual(expected);
  });
});
