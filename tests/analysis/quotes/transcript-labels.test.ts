// quotes/transcript-labels.ts: which labels in capitals are speakers of a transcript. recurringCapitalLabels keeps a
// label that opens two turns or more and is no page label ("UPDATE:"); through the pipeline, a surname label is the
// person the intro names in full. Invented texts.
import { describe, expect, it } from 'vitest';
import { recurringCapitalLabels } from '../../../src/analysis/quotes/transcript-labels.js';
import { analyze } from '../../../src/analysis/index.js';

describe('quotes/transcript-labels: recurringCapitalLabels', () => {
  it.each<[string[], string[]]>([
    [['HOST', 'VOSS', 'HOST', 'VOSS'], ['HOST', 'VOSS']],
    // once is not enough
    [['HOST', 'VOSS', 'HOST'], ['HOST']],
    // page labels and one-letter keys are never speakers
    [['UPDATE', 'UPDATE', 'Q', 'Q'], []],
    [[], []],
  ])('%j', (keys, expected) => {
    expect([...recurringCapitalLabels(keys)].sort()).toEqual(expected);
  });
});

describe('quotes/transcript-labels: a surname label names the person in full', () => {
  it('resolves each label to the intro\'s person', () => {
    const text = 'Mayor Ada Lunn spoke with host Ben Harrowgate about the flood defences.\n'
      + 'HARROWGATE: Will the new wall be ready before the winter storms arrive?\n'
      + 'LUNN: We expect the wall to be finished by the end of October.\n'
      + 'HARROWGATE: And if it is not finished in time?\n'
      + 'LUNN: Then the sandbag teams will stay on the quay all winter.';
    const q = analyze({ id: 't', text }).quotes.filter((r) => r.speakerRule === 'transcript-label');
    expect(q.map((r) => r.speaker)).toEqual(['Ben Harrowgate', 'Ada Lunn', 'Ben Harrowgate', 'Ada Lunn']);
  });
});
