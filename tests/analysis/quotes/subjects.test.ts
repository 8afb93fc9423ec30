// The speaker of a participle or coordinated cue with no subject of its own is the sentence's subject
// (quotes/subjects.ts sentenceSubject). A possessive determiner ("its", "their") is never that subject: when every
// mention before it sits in a prepositional phrase ("Shares of X fell after ..."), the subject of the possessive's own
// clause, right before its verb, speaks. Whole pipeline, [content, speaker mention] of each record. Invented texts.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/analysis/index.js';
import type { Entity } from '../../../src/types.js';
import { runQuotes, type M } from '../quote-run.js';

const ann: Entity = { name: 'Ann Lee', kind: 'person', roles: ['mayor'], aliases: ['Lee'], gender: 'female' };

const rows = (text: string) => analyze({ id: 'd', text }).quotes.map((q) => [q.text, q.speakerMention?.text ?? null]);

describe('quotes: the subject of a possessive\'s clause speaks for a participle', () => {
  it.each<[string, string[][]]>([
    ['Shares of Ormsby Foods fell on Monday after the snack maker cut its sales forecast, saying cocoa prices had hurt margins.',
      [['cocoa prices had hurt margins', 'the snack maker']]],
    ['Its shares fell after the bank cut its outlook, saying loan losses would rise.', [['loan losses would rise', 'the bank']]],
    ['Bond prices jumped on Friday after the finance ministry had trimmed its borrowing plan, saying tax receipts were strong.',
      [['tax receipts were strong', 'the finance ministry']]],
  ])('%s', (text, expected) => {
    expect(rows(text)).toEqual(expected);
  });

  it.each<[string, string[][]]>([
    // a subject of the main clause speaks, a possessive inside it or not
    ['Her lawyer filed an appeal on Monday, saying the verdict was unfair.', [['the verdict was unfair', 'Her lawyer']]],
    ['Their union walked out on Friday, saying the offer was an insult.', [['the offer was an insult', 'Their union']]],
    ['The hospital closed its maternity ward, saying it could not find enough midwives.', [['it could not find enough midwives', 'The hospital']]],
    ['After its board met, the club sacked the coach, saying results had been poor.', [['results had been poor', 'the club']]],
  ])('leaves alone: %s', (text, expected) => {
    expect(rows(text)).toEqual(expected);
  });
});

describe('quotes: a name in apposition to the sentence\'s subject speaks, an object in its aside does not', () => {
  it.each<[string, string[][]]>([
    ['The witness, to whom the police spoke, said the car was red.', [['the car was red', 'The witness']]],
    ['The nurse, with whom the family spoke, said the ward was full.', [['the ward was full', 'The nurse']]],
  ])('%s', (text, expected) => {
    expect(rows(text)).toEqual(expected);
  });

  it.each<[string, string[][]]>([
    // the name in apposition, after a comma and a word of its role, is the speaker
    ['The rival speaker at the forum, former Mayor Ilse Marwick, struck a new tone, saying the port was safe.', [['the port was safe', 'Mayor Ilse Marwick']]],
  ])('leaves alone: %s', (text, expected) => {
    expect(rows(text)).toEqual(expected);
  });
});

describe("quotes: the sentence subject and a relative pronoun's antecedent as speaker", () => {
  it.each([
    ['The mayor met Ann Lee, who says the plan failed.', 'Ann Lee, who', 'relative-antecedent'],
    ['Ann Lee cycled home on Monday and says the plan failed.', 'Ann Lee', 'sentence-subject'],
    ['Ann Lee shook her head, saying that the plan failed.', 'Ann Lee', 'sentence-subject'],
    ['Ann Lee rode to work and said the plan failed.', 'Ann Lee', 'sentence-subject'],
    ['The mayor met Ann Lee, who in May said the plan failed.', 'Ann Lee, who', 'relative-antecedent'],
    ['Ann Lee effectively conceded the plan failed.', 'Ann Lee', 'subject'],
  ])('finds the speaker of %s', (text, mention, rule) => {
    const qs = runQuotes(text, [['Ann Lee', 'name', 0]], [ann]);
    expect(qs.map((q) => [q.text, q.speaker, q.speakerMention?.text, q.speakerRule])).toEqual([['the plan failed', 'Ann Lee', mention, rule]]);
  });
});
