// "Villagers told to boil water": a listener-first participle right before "to" and a verb is a passive with
// "be" left out (headline style); the subject is the one told, no speaker (quotes/reduced-passive.ts listenerPassive).
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/analysis/index.js';

const records = (text: string): string[] =>
  analyze({ id: 't', text }).quotes.map((q) => `${q.cue?.text}:${q.speakerMention?.text ?? null}:${q.text}`);

describe('speakers: a passive listener verb with "be" left out', () => {
  it.each([
    ['Hillfolk told to boil water after main bursts', 'told:null:to boil water after main bursts'],
    ['Tarnby staff urged to stay home as storm nears', 'urged:null:to stay home as storm nears'],
    ['Swimmers warned to stay out of the bay', 'warned:null:to stay out of the bay'],
  ])('%s', (text, expected) => {
    expect(records(text)).toContain(expected);
  });

  it.each([
    // the active form with its listener keeps its subject as speaker
    ['Tarn Rovers told fans to stay calm.', 'told:Tarn Rovers:fans to stay calm'],
    ['The council urged residents to stay home.', 'urged:The council:residents to stay home'],
  ])('leaves alone: %s', (text, expected) => {
    expect(records(text)).toContain(expected);
  });
});

// "I am told by people at the port that ...": 'am' makes a passive as 'is' and 'was' do (lexicon/non-speaker-subjects.ts
// PASSIVE_AUXILIARIES): the agent after "by" speaks, not the one told.
describe('speakers: a first-person passive of a listener verb', () => {
  it.each([
    ['I am told by people at the harbour board that the vote is close.', 'am told:people:the vote is close'],
    ['She is told by staff at the mill that the line will close.', 'is told:staff:the line will close'],
  ])('%s', (text, expected) => {
    expect(records(text)).toContain(expected);
  });

  it.each([
    // an active first person keeps its subject
    ['I told the harbour board that the vote was close.', 'told:I:the vote was close'],
  ])('leaves alone: %s', (text, expected) => {
    expect(records(text)).toContain(expected);
  });
});
