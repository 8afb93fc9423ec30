// A description in the possessive right before a noun of saying or stance is that cue's source ("the mayor's pledge
// to ..."); before any other noun it only owns the phrase (mentions/descriptions.ts).
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/analysis/index.js';

const sources = (text: string): string[] => analyze({ id: 't', text }).quotes.map((q) => `${q.cue?.text}:${q.speakerMention?.text ?? null}`);

describe('mentions: a possessor before a noun cue', () => {
  it.each([
    ["The mayor's pledge to cut fares pleased riders.", 'pledge:The mayor'],
    ["The minister's claim that the trains ran on time was false.", 'claim:The minister'],
    ["The union's harsh criticism of the deal angered the board.", 'harsh criticism of:The union'],
  ])('%s', (text, expected) => {
    expect(sources(text)).toContain(expected);
  });

  it.each([
    // a verb after the possessed noun is the clause's: the office speaks, not the secretary
    ["The port secretary's office said the ferry would run.", 'said:The port secretary'],
    // names keep their own possessor reading
    ["Ida Brekke's pledge to cut fares pleased riders.", 'pledge:The mayor'],
  ])('leaves alone: %s', (text, absent) => {
    expect(sources(text)).not.toContain(absent);
  });

  it.each([
    ["The port secretary's office said the ferry would run.", "said:The port secretary's office"],
    ["Ida Brekke's pledge to cut fares pleased riders.", 'pledge:Ida Brekke'],
  ])('keeps: %s', (text, expected) => {
    expect(sources(text)).toContain(expected);
  });
});
