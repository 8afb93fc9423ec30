// speakers/antecedent.ts: the entity a pronoun points back to; the subject of a speech verb in the sentence
// before first, and never a name inside a quote for a pronoun outside it. Whole speakers stage on invented texts.
import { describe, expect, it } from 'vitest';
import { resolve, who } from './resolve-text.js';

describe('speakers/antecedent: the entity a pronoun points back to', () => {
  it.each([
    ['After meeting John Okafor, Dan Ruiz said the deal was done. He left.', 'Dan Ruiz'],
    ['“It is done,” said Okonkwo after meeting John Okafor. He left.', 'Okonkwo'],
    ['“It is done,” Okonkwo said after meeting John Okafor. He left.', 'Okonkwo'],
  ])('prefers the subject of a speech verb in the sentence before: %s', (text, name) => {
    expect(who(text, 'He', -1, ['said'])).toBe(name);
  });

  it('does not take a name inside a quote for a pronoun outside it', () => {
    const text = 'Rob Lind spoke. “Ann Pell is wrong,” he said. She left.';
    const s = resolve(text, ['said'], [[text.indexOf('“'), text.indexOf('”') + 1]]);
    const name = (t: string): string | null => { const m = s.mentions.find((x) => x.text === t)!; return m.entity === null ? null : s.entities[m.entity]!.name; };
    expect([name('he'), name('She')]).toEqual(['Rob Lind', null]);
  });

});
