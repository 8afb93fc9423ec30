import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/analysis/index.js';

const records = (text: string) => analyze({ id: 't', text }).quotes.map((q) => [q.type, q.quoted.map((f) => f.text)]);

describe('quotes: a short quote that is a sentence of its own continues the quote before it', () => {
  it.each([
    ['“It’s done,” she said. “We lost.”', [['direct', ['It’s done,', 'We lost.']]]],
    ['“The pier is shut,” Ida Ek said. “For good.”', [['direct', ['The pier is shut,', 'For good.']]]],
  ])('%s', (text, expected) => {
    expect(records(text)).toEqual(expected);
  });

  it('leaves a short term inside the writer\'s own sentence alone', () => {
    expect(records('“It’s done,” she said. The word on the pier was “sorry.”')).toEqual([['direct', ['It’s done,']]]);
  });
});
