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
    // a body named before that the kind word fits: the person is named after that body
    ["Tallo Motors said sales fell. The company's chief executive said the slump would end.", "The company's chief executive", "Tallo Motors' chief executive"],
    ["Marlow City Council met on Monday. The council's leader said the vote was close.", "The council's leader", "Marlow City Council's leader"],
  ])('%s', (text, mention, name) => {
    expect(who(text, mention)).toBe(name);
  });

  it.each([
    // a possessor that is no body word, a spokesperson (left to spokespeople.ts), a named body (possessor.ts)
    ["The bakery's owner said the bread had sold out.", "The bakery's owner", null],
    ["The council's spokeswoman said the bins would be collected.", "The council's spokeswoman", 'the council'],
    // a body named before that the kind word does not fit keeps the kind word's own name
    ["Tallo Motors said sales fell. The council's leader said the plant would stay.", "The council's leader", "the council's leader"],
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
