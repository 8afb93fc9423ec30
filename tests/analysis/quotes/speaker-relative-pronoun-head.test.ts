import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/analysis/index.js';

// In a speaker phrase, a relative pronoun right after a mention ("a senior bank official who asked not to be named")
// points back to that mention, which is the speaker's mention; the pronoun is no head of its own.
const first = (text: string) => {
  const q = analyze({ id: 't', text }).quotes[0];
  return q?.speakerMention === null || q === undefined ? null : text.slice(q.speakerMention.start, q.speakerMention.end);
};

describe('quotes/speaker: a relative pronoun after the speaker phrase', () => {
  it.each([
    ['The merger talks collapsed, according to a senior bank official who asked not to be named.', 'a senior bank official'],
    ['The merger talks collapsed, said a senior bank official who asked not to be named.', 'a senior bank official'],
    ['The ferry will stop in May, according to two port workers who attended the briefing.', 'two port workers'],
    // nor is a mention inside the relative clause
    ['“We will appeal,” said a lawyer who represents the family.', 'a lawyer'],
    ['The merger talks collapsed, according to a senior official who advises Ana Ruiz.', 'a senior official'],
    // a relative clause in brackets points back the same way
    ['The goalkeeper (who kept a clean sheet) said the pitch was poor.', 'The goalkeeper'],
    ['The goalkeeper (who kept a clean sheet in every away match this season) said the pitch was poor.', 'The goalkeeper'],
  ])('%s', (text, speaker) => {
    expect(first(text)).toBe(speaker);
  });

  it.each([
    // a name before its relative clause, and plain phrases, keep their mention
    ['The merger talks collapsed, according to Ana Ruiz, who chairs the bank.', 'Ana Ruiz'],
    ['The merger talks collapsed, according to the bank.', 'the bank'],
    ['Ana Ruiz, who chairs the bank, said the merger talks had collapsed.', 'Ana Ruiz'],
    // a bracket that opens no relative clause is no pointer
    ['Sen. Ivy Marsh (R-Ohio) said the vote would wait.', 'Sen. Ivy Marsh'],
  ])('leaves alone: %s', (text, speaker) => {
    expect(first(text)).toBe(speaker);
  });
});
