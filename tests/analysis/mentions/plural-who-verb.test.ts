// mentions/plural-who-verb.ts: a bare base form after a plural's "who" is the relative clause's verb when the verb after
// the head has a subject of its own. Tokens by the mention stage's tokenizer; k is the form, i the head after it.
import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../src/analysis/mentions/tokens.js';
import { baseVerbAfterPluralWho } from '../../../src/analysis/mentions/plural-who-verb.js';

const read = (text: string, form: string): boolean => {
  const tokens = tokenize(text);
  const k = tokens.findIndex((t) => t.lower === form);
  return baseVerbAfterPluralWho(tokens, k, k + 1);
};

describe('mentions/plural-who-verb: baseVerbAfterPluralWho', () => {
  it.each([
    ['Later parents who help teachers said the rota was unfair.', 'help'],
    ['Nurses who train cadets said they were tired.', 'train'],
  ])('%s', (text, form) => {
    expect(read(text, form)).toBe(true);
  });

  it.each([
    // the gap after the verb: "aid workers" is the clause's subject
    ['Later the boys who aid workers said were lost came home.', 'aid'],
    // a singular before "who"
    ['Later a man who help teachers said the rota was unfair.', 'help'],
    // a person noun is no verb
    ['Fans who police officers said the match was late left.', 'police'],
  ])('leaves %s', (text, form) => {
    expect(read(text, form)).toBe(false);
  });
});
