// The "by" that opens a passive cue's agent (quotes/passive-by.ts): the agent is the speaker and the passive's
// subject is not. Invented texts; hand-built mentions (see quote-run.ts).
import { describe, expect, it } from 'vitest';
import { runQuotes, type M } from '../quote-run.js';
import type { Entity } from '../../../src/types.js';

const ann: Entity = { name: 'Ann Lee', kind: 'person', roles: ['mayor'], aliases: ['Lee'], gender: 'female' };

describe('quotes/passive-by: the agent after \'by\' speaks for a passive cue', () => {
  it('keeps the agent of a passive cue as its speaker, and the clause after the cue as content', () => {
    const qs = runQuotes('The plan was criticized by Ann Lee as too costly.', [['Ann Lee', 'name', 0]], [ann]);
    expect(qs.map((q) => [q.speaker, q.rule])).toEqual([['Ann Lee', 'X-said-content']]);
  });

  it.each([
    ['Ann Lee is expected to open the bridge in May.', null, 'unknown'],
    ['The plan was criticized by Ann Lee as too costly.', 'Ann Lee', 'person'],
  ])('does not take the subject of a passive cue as its speaker: %s', (text, speaker, kind) => {
    const qs = runQuotes(text, [['Ann Lee', 'name', 0]], [ann]);
    expect(qs.map((q) => [q.speaker, q.speakerKind])).toEqual([[speaker, kind]]);
  });
});
