// The complement of a passive participle and the impersonal passive's clause (cues/impersonal-passive.ts): "to" or
// "that" after the participle, or after an impersonal "it" a clause with no "that". Invented sentences.
import { describe, expect, it } from 'vitest';
import { impersonalClause, impersonalClauseStart, passiveComplement } from '../../../src/analysis/cues/impersonal-passive.js';
import { verbCues } from '../verb-cues.js';

describe('cues/impersonal-passive: where the impersonal passive\'s clause starts', () => {
  it.each([
    [' that the ferry will close.', 'the ferry will close.'],
    [' on Friday that the toll had doubled.', 'the toll had doubled.'],
    // no "that": a subject (a determiner, a count, a name) and its finite verb
    [' the fire started in the kitchen of the bakery.', 'the fire started in the kitchen of the bakery.'],
    [' two members of the board abstained.', 'two members of the board abstained.'],
    [' twenty fans were hurt in the crush.', 'twenty fans were hurt in the crush.'],
    [' more than 40 people were on the ferry.', 'more than 40 people were on the ferry.'],
    [' Harlow Town will appoint a new coach.', 'Harlow Town will appoint a new coach.'],
    [' on Monday the striker broke his wrist.', 'the striker broke his wrist.'],
    // a time phrase before the subject is passed
    [' the same day the roof had collapsed.', 'the roof had collapsed.'],
    [' the following week the plinth had cracked.', 'the plinth had cracked.'],
  ])('finds the clause: %s', (after, clause) => {
    expect(after.slice(impersonalClauseStart(after))).toBe(clause);
  });

  it.each([
    [' with a smile.'],
    [' in the local paper.'],
    [' through carefully before any vote is taken.'],
    // an aside: the clause's subject came before "it"
    [', will appoint a new coach.'],
    // a noun phrase with no verb of its own in reach
    [' the best option for the club.'],
    // a verb only after a preposition's phrase: "after the crash happened" is no reported clause
    [' the day after the crash happened.'],
    // a time phrase as the subject, a participle after "ever"
    [' the moment the shop opened.'],
    [' the day the factory closed.'],
    [' the best bridge ever built.'],
  ])('finds no clause: %s', (after) => {
    expect(impersonalClauseStart(after)).toBe(-1);
  });
});

const at = (text: string, word: string): [number, number] => [text.indexOf(word), text.indexOf(word) + word.length];

describe('cues/impersonal-passive: the clause of a participle after an impersonal "it"', () => {
  it.each([
    ['It is feared the toll will rise.', 'feared', 'the toll will rise.'],
    ['It was reported on Friday that the pier had shut.', 'reported', 'the pier had shut.'],
  ])('finds it: %s', (text, word, clause) => {
    const [, end] = at(text, word);
    expect(text.slice(end + (impersonalClause(text, ...at(text, word)) ?? NaN))).toBe(clause);
  });

  it.each([
    // an impersonal "it" with no clause after the participle
    ['It was said with a smile.', 'said', -1],
    // no impersonal "it" before it
    ['The coach said the pitch was poor.', 'said', null],
    ['The toll is feared to rise.', 'feared', null],
  ])('leaves alone: %s', (text, word, found) => {
    expect(impersonalClause(text, ...at(text, word))).toBe(found);
  });
});

describe('cues/impersonal-passive: a passive participle with its complement', () => {
  it.each([
    ['The fire is thought to have started in the kitchen.'],
    ['It is thought that the fire started in the kitchen.'],
    ['It is thought the fire started in the kitchen.'],
  ])('has one: %s', (text) => {
    expect(passiveComplement(text, ...at(text, 'thought'))).toBe(true);
  });

  it.each([
    // a clause with no "that" reads as reported only after an impersonal "it"
    ['The plan was thought the best option by the board.'],
    ['It was thought through carefully before the vote.'],
  ])('has none: %s', (text) => {
    expect(passiveComplement(text, ...at(text, 'thought'))).toBe(false);
  });
});

describe('cues: the impersonal passive is a cue with its clause, "that" or not', () => {
  it.each([
    ['It is thought the fire started in the kitchen.', ['is thought']],
    ['It is understood two members of the board abstained.', ['is understood']],
    ['It is feared the death toll will rise.', ['is feared']],
    ['It was announced on Friday that the factory would close.', ['was announced']],
  ])('a cue: %s', (text, expected) => {
    expect(verbCues(text)).toEqual(expected);
  });

  it.each([
    ['It was said with a smile.'],
    ['It was reported in the local paper.'],
    ['The club, it is understood, will appoint a new coach.'],
  ])('no cue: %s', (text) => {
    expect(verbCues(text)).toEqual([]);
  });
});
