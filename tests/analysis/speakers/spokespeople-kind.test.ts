// speakers/spokespeople-kind.ts: a spokesperson for a body named only by its kind word speaks for that body.
// Whole speakers stage on invented texts.
import { describe, expect, it } from 'vitest';
import { who } from './resolve-text.js';

describe('speakers/spokespeople-kind: a spokesperson for a body named by its kind', () => {
  it.each([
    // a spokesperson speaks for the body, here named by its kind word alone
    ['A spokeswoman for the agency said no.', 'A spokeswoman for the agency', 'the agency'],
    // "its spokesman": the last organisation before it
    ['Brenmoor Buses cut two routes. Fares would stay the same, its spokesman said.', 'its spokesman', 'Brenmoor Buses'],
  ])('%s', (text, mention, name) => {
    expect(who(text, mention)).toBe(name);
  });

  it.each([
    // no body before "its": the spokesperson speaks for no one the text names
    ['Fares would stay the same, its spokesman said.', 'its spokesman'],
  ])('leaves alone: %s', (text, mention) => {
    expect(who(text, mention)).toBeNull();
  });
});
