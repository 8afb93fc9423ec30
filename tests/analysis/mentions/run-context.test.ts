// A capitalised ordinary word next to a speech cue is promoted to a surname ("Stone said"), but an adjective opening
// the sentence before a lower-case "-s" word the cue stage read as a verb modifies that word as a plural noun ("Fresh
// fears that ...", "Renewed warnings that ..."): no person speaks (mentions/run-context.ts adjectiveBeforePlural).
// Invented texts.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/analysis/index.js';
import { state } from './mentions-of.js';
import { findMentions } from '../../../src/analysis/mentions/index.js';

const people = (text: string): string[] => analyze({ id: 't', text }).speakers.filter((s) => s.kind === 'person').map((s) => s.name);
const speakers = (text: string): (string | null)[] => analyze({ id: 't', text }).quotes.map((q) => q.speaker);

describe('mentions: an adjective before a plural read as a cue is no surname', () => {
  it.each([
    'Fresh fears that the dam could fail spread through the valley, residents said.',
    'Renewed warnings that the bridge is unsafe reached the council, engineers said.',
    'Sharp doubts that the ferry will run again grew in the harbour town, traders said.',
    // a plural whose noun takes a content clause keeps "that" as its own (verbBeforeThat leaves it a noun)
    'Fresh reports that the ferry sank reached the harbour, traders said.',
    // a demand's "that" opens a clause too (DEMAND_NOUNS in CLAUSE_NOUNS)
    'Renewed calls that the coach resign grew louder after the loss.',
    // a relative clause's verb touches the plural's own verb ("sent were"): the plural is a noun (relativeGapAfter)
    'Fresh notes that the club posted were found in the archive.',
  ])('%s', (text) => {
    expect(people(text)).toEqual([]);
  });

  it.each([
    // a surname the document has used with a given name keeps speaking
    ['Ada Young farms near the river. Young says the plan will fail.', ['Ada Young']],
    // a past or bare cue after the word is a surname's verb ("Strong said")
    ['Strong said the plan will fail.', ['Strong']],
    // the word in mid-sentence is no opening adjective
    ['The plan will fail, Strong says.', ['Strong']],
    // a cue form that is no plural noun: the capitalised word opening the sentence is a surname
    ['Young says the league must change its rules.', ['Young']],
    ['Strong argues that the rate rise came too late.', ['Strong']],
    ['Little insists the tax will raise enough.', ['Little']],
    // before "that", a form whose noun takes no content clause is the verb (verbBeforeThat)
    ['Wise notes that the harbour fees have doubled since spring.', ['Wise']],
    // an auxiliary after an auxiliary is no relative clause's gap ("have had")
    ['Wise notes that the new fees have had no effect on trade.', ['Wise']],
  ])('leaves alone: %s', (text, expected) => {
    expect(speakers(text)).toEqual(expected);
  });
});

describe('mentions: capitalised common words as surnames', () => {
  const withCue = (text: string, cue: string): string[] => findMentions(state(text, [cue])).mentions.map((m) => `${m.kind}:${m.text}`);
  it.each([
    ['“It is over,” Stone said.', 'said', ['pronoun:It', 'name:Stone']],
    ['“It is over,” said Reed.', 'said', ['pronoun:It', 'name:Reed']],
    ['Nadia Stone spoke first. Later Stone left.', 'spoke', ['name:Nadia Stone', 'name:Stone']],
  ])('%s', (text, cue, expected) => {
    expect(withCue(text, cue)).toEqual(expected);
  });

  it.each([
    ['The Bond market fell.', 'fell', []],
    ['“It is over,” Officials said.', 'said', ['pronoun:It', 'group:Officials']],
    ['“It is over.” Defense said nothing.', 'said', ['pronoun:It']],
    ['In Defense said nothing.', 'said', []],
  ])('leaves alone: %s', (text, cue, expected) => {
    expect(withCue(text, cue)).toEqual(expected);
  });
});

// The same rule read at the mention stage, where nothing later can mask it (end to end a later stage drops
// "Fresh" too: the rows above pass with adjectiveBeforePlural removed).
describe('mentions: adjectiveBeforePlural and verbBeforeThat on the cue the cue stage read', () => {
  const withCue = (text: string, cue: string): string[] => findMentions(state(text, [cue])).mentions.map((m) => `${m.kind}:${m.text}`);
  it.each([
    ['Sharp doubts that the ferry will run grew.', 'doubts', []],
    ['Fresh reports that the ferry sank reached the harbour.', 'reports', ['group:Fresh reports']],
  ])('no surname: %s', (text, cue, expected) => {
    expect(withCue(text, cue)).toEqual(expected);
  });
  it.each([
    ['Wise notes that the fees have doubled.', 'notes', ['name:Wise']],
  ])('leaves alone: %s', (text, cue, expected) => {
    expect(withCue(text, cue)).toEqual(expected);
  });
});
