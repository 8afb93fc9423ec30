// The passive and raising readings of a content after its verb cue (quotes/content-after-passive.ts): with no
// source named the cue reports its whole clause; an impersonal "it" passive reports its that-clause; with an agent
// that ends the clause it reports its subject. Invented texts; hand-built mentions (see quote-run.ts).
import { describe, expect, it } from 'vitest';
import { runQuotes, type M } from '../quote-run.js';
import type { Entity } from '../../../src/types.js';

const ann: Entity = { name: 'Ann Lee', kind: 'person', roles: ['mayor'], aliases: ['Lee'], gender: 'female' };

describe('quotes/content-after-passive: passive and raising readings', () => {
  it.each([
    ['The bridge is expected to open in May.', 'The bridge is expected to open in May'],
    ['The old ferry was criticized as unsafe.', 'The old ferry was criticized as unsafe'],
    ['The toll seems too high for most drivers.', 'The toll seems too high for most drivers'],
    // an object "it" inside the subject is no placeholder, and "that" before a time noun no complementiser
    ['A plan to sell it was announced that week.', 'A plan to sell it was announced that week'],
  ])('reports the whole clause of a passive or raising cue with no source named: %s', (text, content) => {
    const qs = runQuotes(text);
    expect(qs.map((q) => [q.text, q.speakerMention, q.rule])).toEqual([[content, null, 'passive-clause']]);
  });

  it.each([
    // an impersonal passive: "It" is a placeholder, the "that" clause is what is reported
    ['It is understood that the ferry will close.', 'the ferry will close', 'impersonal-passive'],
    ['It was revealed on Friday that the toll had doubled.', 'the toll had doubled', 'impersonal-passive'],
    ['Voters were angry after it was widely reported that the mayor lied.', 'the mayor lied', 'impersonal-passive'],
    // with no "that": the clause from its subject (cues/impersonal-passive.ts)
    ['It is thought the fire started in the kitchen.', 'the fire started in the kitchen', 'impersonal-passive'],
    ['It is understood two members of the board abstained.', 'two members of the board abstained', 'impersonal-passive'],
    // the raising form names who is reported on: its subject stays in the content
    ['Ann Lee is understood to have signed the lease.', 'Ann Lee is understood to have signed the lease', 'passive-clause'],
  ])('reports the "that" clause of an impersonal passive, not its placeholder subject: %s', (text, content) => {
    // (the rule that finds it may be SPEAKERS' voice reading of the expletive "it" or impersonal-passive)
    const qs = runQuotes(text);
    expect(qs.map((q) => q.text)).toEqual([content]);
  });

  it.each([
    ['The closure was reported by Ann Lee.', 'The closure'],
    ['The new toll was announced by Ann Lee on Monday.', 'The new toll'],
    ['The new toll was announced on Monday by Ann Lee.', 'The new toll'],
  ])('reports the subject of a passive cue whose agent ends the clause: %s', (text, content) => {
    const qs = runQuotes(text, [['Ann Lee', 'name', 0]], [ann]);
    expect(qs.map((q) => [q.text, q.speaker, q.rule])).toEqual([[content, 'Ann Lee', 'passive-agent-subject']]);
  });

  it('leaves a passive cue with more after its agent to the clause rules', () => {
    const qs = runQuotes('The plan was criticized by Ann Lee because it was late.', [['Ann Lee', 'name', 0]], [ann]);
    expect(qs.map((q) => q.rule)).not.toContain('passive-agent-subject');
  });
});
