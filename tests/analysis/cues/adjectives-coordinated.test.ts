// A belief with no "be" of its own (cues/adjectives-coordinated.ts): a second predicate adjective after "and" or a
// comma shares the first one's subject, and "went away convinced that" holds a belief the subject left with.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/analysis/index.js';

/** [cue, content, speaker mention] of each record. */
const rows = (text: string): [string | null, string, string | null][] =>
  analyze({ id: 'd', text }).quotes.map((q) => [q.cue?.text ?? null, q.text, q.speakerMention?.text ?? null]);

describe('a belief held with no "be" of its own', () => {
  it.each<[string, [string, string, string][]]>([
    ['The growers were weary, short of workers and worried that the harvest would rot.', [['worried', 'the harvest would rot', 'The growers']]],
    ['The fans were jubilant, and confident that the title was within reach.', [['confident', 'the title was within reach', 'The fans']]],
    ['Ana Ruiz toured the farms and went away convinced that the harvest would be poor.', [['went away convinced', 'the harvest would be poor', 'Ana Ruiz']]],
    ['Ivo Berg walked away sure that the deal was done.', [['walked away sure', 'the deal was done', 'Ivo Berg']]],
    // a feeling with its particle after a dash, a comma, "and" or "but"; a first feeling's object ends before a second
    ["When the gala ended, the organizers were exuberant - thrilled with the singer's debut.", [['thrilled with', "the singer's debut", 'the organizers']]],
    ["The striker was substituted at halftime, upset with the coach's decision.", [['upset with', "the coach's decision", 'The striker']]],
    ["Fans are worried about the new stadium and dismayed by the owner's silence.", [['are worried about', 'the new stadium', 'Fans'], ['dismayed by', "the owner's silence", 'Fans']]],
    ["The coach was calm, pleased with the squad's effort but frustrated with the referee.", [['pleased with', "the squad's effort", 'The coach'], ['frustrated with', 'the referee', 'The coach']]],
  ])('%s', (text, expected) => {
    expect(rows(text)).toEqual(expected);
  });
});

describe('leaves alone', () => {
  it.each([
    // a belief with no clause after it
    'The fans were jubilant and sure of the title.',
    'The team went away happy that night.',
    // leaving with no belief
    'The owners came away from the meeting early.',
    // a feeling fronted before its own clause's subject ("and angry at the wait, fans left"), an aside between dashes,
    // a feeling that is the result of a match ("embarrassed by" is read only with "about", "over", "at")
    'The match was delayed by rain, and angry at the wait, fans left early.',
    'The market was calm - and impressed by the earnings - until the afternoon.',
    'The team was beaten 3-0, embarrassed by a second-division side.',
    'Prices were up 4% in May, driven by fuel and food.',
  ])('%s', (text) => {
    expect(rows(text)).toEqual([]);
  });
});
