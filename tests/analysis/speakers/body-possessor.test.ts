// speakers/body-possessor.ts: "The council's leader" is a person of the council, and the council is the body a later
// "its" means. Whole speakers stage on invented texts.
import { describe, expect, it } from 'vitest';
import { who } from './resolve-text.js';

describe('speakers/body-possessor: a person owned by a body named by its kind', () => {
  it.each([
    ["The council's leader said the bins would be collected.", "The council's leader", "the council's leader"],
    // the body in the possessive is the last one for "its", not a body named earlier
    ["The club said the crisis was over. The council's leader said the bins would be collected. Its chief said little else.", 'Its chief', "the council's chief"],
    ["The hospital's director said the ward would close. The hospital said it had no choice.", 'The hospital', 'the hospital'],
  ])('%s', (text, mention, name) => {
    expect(who(text, mention)).toBe(name);
  });

  it.each([
    // a possessor that is no body word, a spokesperson (left to spokespeople.ts), a named body (possessor.ts)
    ["The bakery's owner said the bread had sold out.", "The bakery's owner", null],
    ["The council's spokeswoman said the bins would be collected.", "The council's spokeswoman", 'the council'],
  ])('leaves alone: %s', (text, mention, name) => {
    expect(who(text, mention) ?? null).toBe(name);
  });
});

describe('speakers/body-possessor: the holder of the role named before comes first', () => {
  it.each([
    ["Council leader Ana Ruiz opened the pool on Monday. The council's leader said it was a good day.", "The council's leader", 'Ana Ruiz'],
    ["Ana Ruiz, the club's chairman, opened the stand. The club's chairman said the debt was paid.", "The club's chairman", 'Ana Ruiz'],
  ])('%s', (text, mention, name) => {
    expect(who(text, mention)).toBe(name);
  });
});
