// A bare second object cut off from its preposition (quotes/speaker-object-pair.ts): the phrase before the preposition
// speaks ("a friend of Tom Fenn and Bo Lind said" names the friend). Invented texts. The pipeline rows moved here from
// speaker.test.ts; the direct rows call objectPairStart on the state the quote stage reads.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/analysis/index.js';
import { objectPairStart } from '../../../src/analysis/quotes/speaker-object-pair.js';
import { resolvedOf } from '../resolved-of.js';

const quotes = (text: string) => analyze({ id: 't', text }).quotes;
/** Where the phrase holding "of X and" before `words` starts, as the text from there (null: no such phrase). */
const pairFrom = (text: string, words: string): string | null => {
  const at = objectPairStart(resolvedOf(text), text.indexOf(words));
  return at === null ? null : text.slice(at, text.indexOf(words) + words.length);
};

describe('quotes/speaker-object-pair: objectPairStart', () => {
  it.each([
    ['A group of local fishermen and boat owners warned that the river was too low.', 'boat owners', 'A group of local fishermen and boat owners'],
    ['Ana Ruiz, a friend of Tom Fenn and Bo Lind, said the bridge was safe.', 'Bo Lind', 'a friend of Tom Fenn and Bo Lind'],
    ['The leaders of Orvania and Kestrel agreed to reopen the border.', 'Kestrel', 'The leaders of Orvania and Kestrel'],
  ])('%s', (text, words, want) => {
    expect(pairFrom(text, words)).toBe(want);
  });

  it.each([
    // a determiner or quantifier after "and" opens a phrase of its own
    ['The head of the union and several members said the strike would go on.', 'several members'],
    ['A spokesman for the council and the residents said the road was unsafe.', 'the residents'],
    ['A critic of the mayor and her deputy said the plan failed.', 'her deputy'],
    ['The coach of Tarn Rovers and the captain said the pitch was wet.', 'the captain'],
    // a clause before the preposition is no noun phrase
    ['The fish were sold at Norby and Ana Roe said the price was fair.', 'Ana Roe'],
    // no preposition before the first of the pair
    ['Tom Fenn and Bo Lind said the bridge was safe.', 'Bo Lind'],
  ])('leaves alone: %s', (text, words) => {
    expect(pairFrom(text, words)).toBeNull();
  });
});

describe('quotes/speaker-object-pair: the head before the preposition speaks (whole pipeline)', () => {
  it.each([
    // two objects of one preposition joined by "and": the head before the preposition speaks, not the second object
    ['The leaders of Orvania and Kestrel agreed to reopen the border.', 'The leaders'],
    ['Experts on Norland and arms control said the test changed things.', 'Experts'],
    // ... but a second phrase with its own determiner is no object, and a clause before the preposition no head
    ['Its attacks on farmers and its plans for the port were about more than money, Ilse Marwick said.', 'Ilse Marwick'],
  ])('%s', (text, mention) => {
    const qs = quotes(text);
    expect(qs.map((q) => q.speakerMention?.text ?? null)).toEqual([mention]);
  });

  it.each([
    // ... nor a second name joined to that object by "and": the name the apposition before it describes speaks
    ['Ilse Marwick, a friend of Omar Quist and Rob Lind, said the house was sold.', 'Ilse Marwick', 'Ilse Marwick'],
  ])('%s', (text, mention, speaker) => {
    const q = quotes(text).filter((x) => x.speakerMention?.text === mention).pop();
    expect([q?.speakerMention?.text ?? null, q?.speaker ?? null]).toEqual([mention, speaker]);
  });

  it.each([
    // a second object of "of" with modifiers of its own ("boat owners") is still an object: the group before speaks
    ['A group of local fishermen and boat owners warned that the river was too low.', 'A group', 'a group'],
    ['An alliance of teachers and school cleaners said pay was too low.', 'An alliance', 'an alliance'],
    ['A coalition of growers and grain traders said prices would fall.', 'A coalition', 'a coalition'],
    // ... but a determiner or quantifier after "and" opens a subject of its own
    ['The head of the union and several members said the strike would go on.', 'several members', 'members'],
    ['A spokesman for the council and the residents said the road was unsafe.', 'the residents', 'residents'],
  ])('objects of one preposition: %s', (text, mention, speaker) => {
    const q = quotes(text)[0];
    expect([q?.speakerMention?.text ?? null, q?.speaker ?? null]).toEqual([mention, speaker]);
  });
});
