// A noun of saying as the cue (quotes/noun-cue.ts): the holders after "among" ("the feeling among growers that ...")
// are the source, the clause after "that" the content; a possessor before the noun still holds it.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/analysis/index.js';
import { runQuotes, type M } from '../quote-run.js';
import type { Entity } from '../../../src/types.js';

const ann: Entity = { name: 'Ann Lee', kind: 'person', roles: ['mayor'], aliases: ['Lee'], gender: 'female' };

/** [content, speaker mention] of the noun-that record, or null. */
const held = (text: string): [string, string | null] | null => {
  const q = analyze({ id: 'd', text }).quotes.find((x) => x.rule === 'noun-that');
  return q === undefined ? null : [q.text, q.speakerMention?.text ?? null];
};

describe('holders after "among"', () => {
  it.each([
    ['The poll caught the mood among young renters that housing would never be cheap.', null],
    // (the mention stage names the group by its noun)
    ['Turnout fell amid doubts among older voters that the count was fair.', ['the count was fair', 'voters']],
    ['The closure fed a suspicion among anglers that the lake had been poisoned.', ['the lake had been poisoned', 'anglers']],
    // a possessor and no holders after the noun: the possessor
    ["The mayor's claim that the pier was safe drew laughter.", ['the pier was safe', 'The mayor']],
  ])('%s', (text, expected) => {
    expect(held(text)).toEqual(expected);
  });
});

// A light verb before the noun ("made the claim that", "took the view that"): its subject holds the claim, as a possessor
// would; a verb that only meets a claim someone else made ("faced the claim that") names no holder.
describe('the subject of a light verb before the noun', () => {
  it.each([
    ['The ombudsman took the view that the fines were too steep.', ['the fines were too steep', 'The ombudsman']],
    ['By May, the growers had made the claim that the river was drying up.', ['the river was drying up', 'the growers']],
  ])('%s', (text, expected) => {
    expect(held(text)).toEqual(expected);
  });

  it.each([
    ['The bakery faced the claim that its bread was stale.', ['its bread was stale', null]],
  ])('leaves alone: %s', (text, expected) => {
    expect(held(text)).toEqual(expected);
  });
});

// "by/in X's own account/view" with a verb cue of its own in the clause beside it: the verb reports the clause, and the
// phrase is a hedge inside that report (no record of the phrase swallowing it); with no such verb the phrase's record stays
describe('an account or view phrase beside a reporting verb of its own', () => {
  /** [rule, cue, speaker mention, content] of each record. */
  const records = (text: string) => analyze({ id: 'd', text }).quotes.map((q) => [q.rule === 'noun-account' ? 'account' : 'verb', q.cue?.text ?? null, q.speakerMention?.text ?? null, q.text]);
  it.each([
    ['In her judgment, Justice Ida Vos said the landlord had acted unlawfully.', [['verb', 'said', 'Justice Ida Vos', 'the landlord had acted unlawfully']]],
    ['In their opinion, rents will rise again, analysts at Merrow Bank wrote.', [['verb', 'wrote', 'analysts', 'In their opinion, rents will rise again']]],
    ["By the union's count, the shipyard said 40 jobs would go.", [['verb', 'said', 'the shipyard', '40 jobs would go']]],
  ])('%s', (text, expected) => {
    expect(records(text)).toEqual(expected);
  });
  it.each([
    ["In the surveyor's view, the pier is unsafe.", [['account', 'view', 'the surveyor', 'the pier is unsafe']]],
  ])('keeps the phrase: %s', (text, expected) => {
    expect(records(text)).toEqual(expected);
  });
});

// "raise"/"float" (lexicon CLAUSE_LIGHT_VERBS): an event or a thing raises fears in others, so only a subject that can
// hold a view holds them: a person, a group, a body, a name, a pronoun for one.
describe('the subject of "raised" holds the view only if it can hold one', () => {
  it.each([
    ['The nurses raised concerns that the ward was short of staff.', ['the ward was short of staff', 'The nurses']],
    ['Acme raised fears that the plant would close.', ['the plant would close', 'Acme']],
    ['They floated the idea that the two clubs could merge.', ['the two clubs could merge', 'They']],
    ['The drought raised fears that the harvest would fail.', ['the harvest would fail', null]],
    ['The storm raised concerns that the sea wall would give way.', ['the sea wall would give way', null]],
    ['The recall has raised the prospect that the plant would close.', ['the plant would close', null]],
  ])('%s', (text, expected) => {
    expect(held(text)).toEqual(expected);
  });
});

// A relative "that" after the noun (quotes/relative-that.ts): the clause's verb needs an object and has none, so the noun
// is that object and the clause says nothing of what the idea or warning holds.
describe('a relative clause with a gap after the noun', () => {
  it.each([
    ['The mayor raised the idea that we discussed last year.'],
    ['The coach made the claim that his assistant had first floated in March.'],
    ['Ms Orwell took the view that the panel published on Friday.'],
  ])('%s: no record', (text) => {
    expect(held(text)).toBeNull();
  });

  it.each([
    ['The mayor raised the idea that we could close the pool.', ['we could close the pool', 'The mayor']],
    ['The coach made the claim that his assistant had discussed tactics with rivals.', ['his assistant had discussed tactics with rivals', 'The coach']],
    ['The ombudsman took the view that prices rose last year.', ['prices rose last year', 'The ombudsman']],
  ])('leaves alone: %s', (text, expected) => {
    expect(held(text)).toEqual(expected);
  });
});

describe("quotes: a possessor's noun of saying", () => {
  it('reads "X\'s claim that ..." as reported speech with the possessor as its source', () => {
    const qs = runQuotes("Ann Lee's claim that the bridge was safe drew laughs.", [['Ann Lee', 'name', 0]], [ann]);
    expect(qs.map((q) => [q.type, q.cue?.text, q.speaker, q.rule])).toEqual([['indirect', 'claim', 'Ann Lee', 'noun-that']]);
    expect(qs[0]?.text.startsWith('the bridge was safe')).toBe(true);
  });
});
