import { describe, expect, it } from 'vitest';
import { verbCues } from '../verb-cues.js';

// A bare form right after a sentence-opening conjunction ("Or consider ...", "But think of ...") is the writer's
// imperative to the reader: no subject stands between, so nobody is reported. A subject after the conjunction, or a
// form that is not bare, keeps the verb.
describe('cues: a bare form after an opening conjunction is the writer\'s imperative', () => {
  it.each([
    ['Or consider Ada Lund, who insists she is a fiscal hawk.', ['insists']],
    ['But think of the cost to the ferry towns.', []],
    ['And remember the promise the harbour board made in May.', []],
    ['Yet ask any grower in Tarn and you hear the same story.', []],
  ])('no cue at the imperative: %s', (text, expected) => {
    expect(verbCues(text)).toEqual(expected);
  });

  it.each([
    // a subject between the conjunction and the form
    ['Critics say the toll is unfair. And many fear it will rise.', ['say', 'fear']],
    ['But the mayor says the pier is safe.', ['says']],
    ['And Lund, for her part, insists the tax is fair.', ['insists']],
    ['He paused. And then he said the pier was safe.', ['said']],
    // not at a sentence start: the conjunction joins a verb to its subject's first one
    ['The growers met on Monday and say the quota is too low.', ['say']],
  ])('keeps the verb: %s', (text, expected) => {
    expect(verbCues(text)).toEqual(expected);
  });
});

// After a share ("58% support", "40 percent backing") a form that is also a noun, with no object, is what the share
// measures; after "kind of", "line of", "way of" an -ing form is the noun of a habit of mind.
describe('cues: a noun after a share, an -ing noun after a word of manner and "of"', () => {
  it.each([
    ['Ada Ruiz won the ward with 58% support: a record for the valley.', []],
    ['Tom Fenn held the seat with 61 percent backing.', []],
    ['That kind of thinking could sink the club.', []],
    ['This line of reasoning, the coach said, is wrong.', ['said']],
  ])('no cue: %s', (text, expected) => {
    expect(verbCues(text)).toEqual(expected);
  });

  it.each([
    // a share with an object after the form is the form's subject
    ['The levy is low, but 40 percent blame the council for it.', ['blame']],
    ['Ada Ruiz, with 58% support, says the ward is hers.', ['says']],
    // an -ing form after another "of" is a gerund of the verb
    ['Critics accused her of lying about the loans.', ['accused']],
  ])('keeps the verb: %s', (text, expected) => {
    expect(verbCues(text)).toEqual(expected);
  });
});

// A name that ends in "'s" (a shop or firm named for its founder) before a verb of saying: with a clause, a date or a mark
// after the form, it is the name's verb, not a participle modifying a possessed noun ("the judge's alleged error").
describe('cues: a verb after a name that ends in "\'s"', () => {
  it.each([
    ['Penwick\'s said it would close 30 stores.', ['said']],
    ['Shares fell after Orlo\'s warned that sales had slowed.', ['warned']],
    ['Tarnby\'s said on Monday that the painting had sold.', ['said']],
  ])('a verb: %s', (text, expected) => {
    expect(verbCues(text)).toEqual(expected);
  });

  it.each([
    ['The judge\'s alleged error led to a retrial.', []],
    ['The firm\'s stated aim is to double sales.', []],
    // a present form after a possessive is a noun
    ['Editor\'s note: the story has been updated.', []],
    ['Braced for the mayor\'s attack on the plan, the union met.', []],
  ])('a participle before a noun: %s', (text, expected) => {
    expect(verbCues(text)).toEqual(expected);
  });
});

// "rumoured" is a cue only as a passive with its complement (verb-gates.ts; lexicon/speech-verbs-mind.ts): talk passed
// on with no source named, as "is said to". The active verb and the participle before a figure are no cue.
describe('cues: "rumoured" only as a passive with its complement', () => {
  it.each([
    ['The striker is rumoured to be leaving the club.', ['is rumoured']],
    ['It was rumored that the coach would resign.', ['was rumored']],
    ['It is rumoured the bakery will close.', ['is rumoured']],
  ])('%s', (text, expected) => {
    expect(verbCues(text)).toEqual(expected);
  });

  it.each([
    ['The coach rumoured that the captain would retire.'],
    ['A fee rumoured at 30 million was agreed.'],
    ['The deal was rumoured for weeks.'],
  ])('leaves alone: %s', (text) => {
    expect(verbCues(text).filter((c) => /rumou?red/.test(c))).toEqual([]);
  });
});
