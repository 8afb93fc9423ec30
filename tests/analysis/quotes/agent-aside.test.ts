import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/analysis/index.js';

const speakers = (text: string): (string | null)[] => analyze({ id: 't', text }).quotes.map((q) => q.speakerMention?.text ?? null);

describe('a participle with its "by" agent between subject and verb is an aside', () => {
  it.each([
    // the agent (here a name in capitals) is not who speaks
    ['Residents, led by a group called Save Our Park, say the plan will fail.', ['Residents']],
    ['Ana Ruiz, joined by Tom Fenn of the Dock Union, said the plan failed.', ['Ana Ruiz']],
    // an apposition with no such participle keeps its reading
    ['Tom Fenn, a lawyer for the Dock Union, said the plan failed.', ['Tom Fenn']],
  ])('%s', (text, want) => {
    expect(speakers(text)).toEqual(want);
  });
});
