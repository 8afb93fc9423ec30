// The speaker fields a rule hands on (quotes/speaker-fields.ts): a mention with an entity gives that entity.
// Invented texts; hand-built mentions (see quote-run.ts).
import { describe, expect, it } from 'vitest';
import { runQuotes, type M } from '../quote-run.js';
import type { Entity } from '../../../src/types.js';

const ann: Entity = { name: 'Ann Lee', kind: 'person', roles: ['mayor'], aliases: ['Lee'], gender: 'female' };

describe('quotes/speaker-fields: a pronoun gives the entity SPEAKERS resolved it to', () => {
  it('resolves a pronoun through the entity SPEAKERS gave it', () => {
    const qs = runQuotes('She said the bridge will open in May.', [['She', 'pronoun', 0]], [ann]);
    expect(qs.map((q) => [q.speaker, q.speakerMention?.text, q.speakerKind])).toEqual([['Ann Lee', 'She', 'person']]);
  });
});
