// Where the content right of a cue ends (quotes/content-end.ts): before a relative clause with its own cue, a
// coordinated participle cue (", adding that") or a new clause with its own subject and cue. Invented texts;
// hand-built mentions (see quote-run.ts).
import { describe, expect, it } from 'vitest';
import { runQuotes, type M } from '../quote-run.js';
import type { Entity } from '../../../src/types.js';

const ann: Entity = { name: 'Ann Lee', kind: 'person', roles: ['mayor'], aliases: ['Lee'], gender: 'female' };

describe('quotes/content-end: a content ends where a second attribution starts', () => {
  it('ends a content before a relative clause with its own cue: "said A, which he called B"', () => {
    const qs = runQuotes('Ann Lee said the council had raised the toll, which she called “a disgrace.”', [['Ann Lee', 'name', 0], ['she', 'pronoun', 0]], [ann]);
    expect(qs.map((q) => [q.type, q.text, q.cue?.text])).toEqual([['indirect', 'the council had raised the toll', 'said'], ['direct', 'a disgrace.', 'called']]);
  });

  it('splits "said A, adding that B" into two quotes by the same speaker', () => {
    const qs = runQuotes('Ann Lee said the bridge is safe, adding that it will open in May.', [['Ann Lee', 'name', 0]], [ann]);
    expect(qs.map((q) => [q.text, q.cue?.text, q.speaker])).toEqual([
      ['the bridge is safe', 'said', 'Ann Lee'],
      ['it will open in May', 'adding', 'Ann Lee'],
    ]);
  });

  it('ends a reported clause where a new clause with its own speaker begins', () => {
    const text = 'Ann Lee said the bridge is safe, but she added that “the road is not.”';
    const qs = runQuotes(text, [['Ann Lee', 'name', 0], ['she', 'pronoun', 0]], [ann]);
    expect(qs.map((q) => [q.type, q.text, q.cue?.text, q.speakerMention?.text])).toEqual([
      ['indirect', 'the bridge is safe', 'said', 'Ann Lee'],
      // (the writer's "that" before the marks makes the quote partial: quotes/coordination.test.ts)
      ['partial', 'that “the road is not.”', 'added', 'she'],
    ]);
  });
});
