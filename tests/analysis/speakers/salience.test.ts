// speakers/salience.ts: it and they look back to the subject of the sentence before (the first named outside a
// prepositional phrase), in their own sentence to the nearest. Whole speakers stage on invented texts.
import { describe, expect, it } from 'vitest';
import { who } from './resolve-text.js';

describe('speakers/salience: it and they', () => {
  it.each([
    // in a sentence before, the subject (the first one named outside a prepositional phrase), not the last named
    ['The ministry met Acme Corp. on Monday. It said the talks went well.', 'It', 'the ministry'],
    ['In Norway, the ministry met Acme Corp. It said the talks went well.', 'It', 'the ministry'],
    ['Canadian officials met Norland envoys. They said the talks went well.', 'They', 'Canadian officials'],
    // in its own sentence, the nearest
    ['The ministry fined Acme Corp., which said it would appeal.', 'it', 'Acme Corp.'],
    // a country in a prepositional phrase is a place there, not the one that speaks (SP3)
    ['Brightwater Corp. expanded in Germany and France, and it said costs fell.', 'it', 'Brightwater Corp.'],
    ['Brightwater Corp. built a plant in China. It said costs fell.', 'It', 'Brightwater Corp.'],
    // ... but a country as the subject does speak, as its government
    ['Norway signed the deal on Monday. It said the terms were fair.', 'It', 'Norway'],
  ])('%s (%s)', (text, mention, name) => {
    expect(who(text, mention)).toBe(name);
  });
});
