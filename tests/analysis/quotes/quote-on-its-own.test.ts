// A quote in marks that nothing attributes and nothing continues (quotes/quote-on-its-own.ts): inside a sentence
// with a named subject it takes that subject; otherwise it keeps an unknown speaker. Invented texts; hand-built
// mentions (see quote-run.ts).
import { describe, expect, it } from 'vitest';
import { runQuotes, type M } from '../quote-run.js';
import type { Entity } from '../../../src/types.js';

const ann: Entity = { name: 'Ann Lee', kind: 'person', roles: ['mayor'], aliases: ['Lee'], gender: 'female' };

describe('quotes/quote-on-its-own: a quote in marks that nothing attributes', () => {
  it('gives a quote inside a sentence with no cue the named subject of that sentence', () => {
    const qs = runQuotes('Ann Lee painted the bridge as a swan, “smooth above and busy below the water.”', [['Ann Lee', 'name', 0]], [ann]);
    expect(qs.map((q) => [q.type, q.speaker, q.speakerRule])).toEqual([['direct', 'Ann Lee', 'sentence-subject']]);
  });

  it('never takes "I" inside the quote as its speaker, and flags an unknown speaker', () => {
    const qs = runQuotes('Nobody knew. “I will build the bridge and I will pay for it.”', [['I', 'pronoun', null]]);
    expect(qs.map((q) => [q.type, q.speaker, q.speakerKind, q.speakerMention])).toEqual([['direct', null, 'unknown', null]]);
  });
});
