// Who speaks (quotes/speaker.ts), whole pipeline, invented texts; objects joined by "and": speaker-object-pair.test.ts
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/analysis/index.js';

const quotes = (text: string) => analyze({ id: 't', text }).quotes;

describe('quotes/speaker: who speaks', () => {
  it.each([
    // passive and raising cues: the subject is what the content is about, not its source
    ['Halvard Brekke appears to have lost the support of his party.', null],
    ['Tomas Lindqvist is not thought to have much chance in the race.', null],
    ['Ilse Marwick was often asked why the ferry stopped.', null],
    // the agent of a passive is its speaker
    ['The proposal was criticized by Ilse Marwick as too costly.', 'Ilse Marwick'],
    // a raising verb before a cue verb keeps its subject
    ['Ilse Marwick seems to suggest that the strike is over.', 'Ilse Marwick'],
    // a possessor before a name is no head: the name after it speaks
    ["The Green Party's Ola Berg accused the minister of lying.", 'Ola Berg'],
    ['The Tarnby Gazette’s Ana Roe said the paper stood by it.', 'Ana Roe'],
    // ... with no name after it, the possessor's phrase still speaks
    ["Ilse Marwick's campaign said the poll was wrong.", "Ilse Marwick's campaign"],
    // a group word right before the title it modifies is a word of the title (mentions step): the titled person speaks
    ['Police collision investigator Sgt Dana Kerr said the van was speeding.', 'Police collision investigator Sgt Dana Kerr'],
    ['Police Sgt Dana Kerr said the van was speeding.', 'Police Sgt Dana Kerr'],
    // ... a group that is the subject itself still speaks
    ['Police said traffic officer Ada Kim had closed the road.', 'Police'],
  ])('%s', (text, mention) => {
    const qs = quotes(text);
    expect(qs.map((q) => q.speakerMention?.text ?? null)).toEqual([mention]);
  });

  it.each([
    // a noun phrase the mention stage does not list still names the speaker
    ['A regional appeals court ruled that the fee was illegal.', 'A regional appeals court'],
    ['Exit polls show that turnout fell sharply.', 'Exit polls'],
    ['Nearly half said they would come back.', 'Nearly half'],
    // ... its head before a source after "by" or "from" (through a participle or not), as in "Polls show"
    ['Polls conducted by phone show that turnout fell.', 'Polls'],
    // (but one who carried the polls out is their author, as in "a survey by the college": speaker-document.ts)
    ['Polls conducted by the college show that turnout fell.', 'the college'],
    ['Results from the trial show the vaccine works.', 'Results'],
    // (any participle shape: one in -wn too)
    ['Samples drawn from the lake show that the water is safe.', 'Samples'],
  ])('keeps the noun phrase in %s', (text, mention) => {
    expect(quotes(text).map((q) => q.speakerMention?.text ?? null)).toEqual([mention]);
  });

  it.each([
    // words in the speaker position that are no noun phrase name nobody (no junk speaker mention)
    ['There is little doubt that the bridge will close.'],
    // an impersonal passive: its "It" is no speaker
    ['It is understood that the bridge will close.'],
    ['It was revealed on Monday that the bridge will close.'],
    ['The book includes chapters of arguing over the budget.'],
    // ... nor do words before a source that are no noun phrase
    ['What came from the talks suggests a deal is near.'],
    // an escape sequence's payload (a terminal title) is no speaker
    ['Hello \x1b]0;Mayor Mara Quill\x07 said the plan failed.'],
    ['Hello \x9d0;Mara Quill\x9c said the plan failed.'],
  ])('gives no speaker mention for %s', (text) => {
    const qs = quotes(text);
    expect(qs.length).toBeGreaterThan(0);
    expect(qs.map((q) => q.speakerMention)).toEqual(qs.map(() => null));
  });
});

describe('quotes/speaker: names and pronouns around the cue', () => {
  it.each([
    // an inverted cue before an abbreviated title: the name is whole, not cut at the title's period
    ['Prices will rise, said Dr. Omar Quist.', 'Dr. Omar Quist', 'Omar Quist'],
    ['Prices will rise, said Gen. Ilse Marwick of the army.', 'Gen. Ilse Marwick', 'Ilse Marwick'],
    // a distributive pronoun speaks for the one group or pair named just before; with two groups, for no one
    ['Ann Pell and Rob Lind met on Monday. Each said the talks had failed.', 'Each', 'Ann Pell and Rob Lind'],
    ['Canadian officials met Norland envoys on Monday. Each said the talks had failed.', 'Each', null],
    // a name after "of the" inside the subject phrase is no subject: the person it heads is
    ['Ada Voss, head of the Pine Lake Nurses Union, said the wait was too long.', 'Ada Voss', 'Ada Voss'],
    ['Ilse Marwick, a friend of the Quist family, said the house was sold.', 'Ilse Marwick', 'Ilse Marwick'],
    // "who" after "Name of the Body," is the person, not the body; a family speaks as a group
    ['Prices rose, said Ola Brisk of the Tarnby League, who noted that fees were low.', 'Ola Brisk of the Tarnby League, who', 'Ola Brisk'],
    ['Mr Quist’s family said the house was sold.', 'Mr Quist’s family', 'Mr Quist’s family'],
    // a subject phrase cut at the "and" inside a name: the whole name speaks
    ['The Soil and Seed Administration said the jars were unsafe.', 'Soil and Seed Administration', 'Soil and Seed Administration'],
    // firms named by their trade ("Research", "Music", "Transit") are organisations, not people
    ['Halloway Research said the price was too high.', 'Halloway Research', 'Halloway Research'],
    // ... nor a name after a preposition and a count: "of two Grand Slams" is an object, the noun before it speaks
    ['The umpire, a veteran of two Grand Slams, said the court was wet.', 'The umpire', null],
    ['The keeper (a winner of three Tarn Cups) said the pitch was wet.', 'The keeper', null],
    // a count before a name as the subject itself is no object: the group speaks
    ['Two Tarn Rovers fans said the match was fixed.', 'Two Tarn Rovers fans', 'Two Tarn Rovers fans'],
    // a he/she inside the quoted words tells nothing of the speaker's gender
    ['“Nothing will change,” Kaur said. “He told me twice,” she added.', 'she', 'Kaur'],
    // the speaker of a closing "she said" is no one named in the content before it
    ['Ilse Marwick spoke first. People should see a doctor first, she said.', 'she', 'Ilse Marwick'],
    ['People should see a doctor first, she said.', 'she', null],
    // ... but a fronted topic is no content: "As for X, she said ..."
    ['As for Ilse Marwick, she said the port was fine.', 'she', 'Ilse Marwick'],
  ])('%s', (text, mention, speaker) => {
    const q = quotes(text).filter((x) => x.speakerMention?.text === mention).pop();
    expect([q?.speakerMention?.text ?? null, q?.speaker ?? null]).toEqual([mention, speaker]);
  });

  it('finds the main clause subject after an opening prepositional phrase holding the cue', () => {
    const q = quotes('In a statement announcing the merger, the pilots union called the deal a relief.').find((x) => x.cue?.text === 'announcing');
    expect(q?.speakerMention?.text).toBe('the pilots union');
  });
});

describe('quotes/speaker: appositions, coordinated verbs, relative pronouns and pronoun gender', () => {
  it.each([
    // a description with a name in apposition: the name
    ['But the rival speaker at the forum, former Secretary of State Ilse Marwick, struck a different tone, saying that the port was safe.', 'saying', 'Secretary of State Ilse Marwick', 'Ilse Marwick'],
    // adverbs before a coordinated cue are no subject: the sentence's subject is
    ['Ilse Marwick ignored the letter, and instead insisted that the port was safe.', 'insisted', 'Ilse Marwick', 'Ilse Marwick'],
    // generic "you" is the holder of the belief, named by nobody
    ['If you think the port will close, you are wrong.', 'think', 'you', null],
    // a relative pronoun after a dash keeps its antecedent; with no antecedent beside it, the pronoun itself
    ['The plan may look odd to Ilse Marwick -- who believes in lower fees -- but it passed.', 'believes', 'Ilse Marwick -- who', 'Ilse Marwick'],
    ['The port drew crowds from the valley who said the fees should fall.', 'said', 'who', null],
    // a mention after a preposition is no sentence subject
    ['Ilse Marwick spoke on Monday. In an interview with Radio Norde she named the port a failure.', 'named', 'she', 'Ilse Marwick'],
    // a first-name list's gender is a preference: the last speaker is still "he" when no man is in reach ...
    ['Rowan Hale said the rent was high. He said the plan would fail.', 'said the plan', 'He', 'Rowan Hale'],
    // ... but not against a title's gender, nor for someone who said nothing
    ['Ms. Rowan Hale said the rent was high. He said the plan would fail.', 'said the plan', 'He', null],
    ['Rowan Hale met the mayor. He said the plan would fail.', 'said', 'He', null],
  ])('%s', (text, cue, mention, speaker) => {
    const q = quotes(text).find((x) => x.cue !== null && text.slice(x.cue.start).startsWith(cue));
    expect([q?.speakerMention?.text ?? null, q?.speaker ?? null]).toEqual([mention, speaker]);
  });
});

describe('quotes/speaker: a reflexive object inside the subject names nobody', () => {
  const speakers = (text: string) => quotes(text).map((q) => [q.speakerMention?.text ?? null, q.cue?.text ?? null]);
  it.each([
    ['A gang calling itself Redhook said it had taken the paintings.', [['Redhook', 'said']]],
    ['A collective styling itself the Night Bakers said the stall would stay open.', [['Night Bakers', 'said']]],
    ['A hacker who calls himself Marten has claimed the data leak.', [['Marten', 'has claimed']]],
  ])('%s', (text, want) => {
    expect(speakers(text)).toEqual(want);
  });

  it.each([
    // an emphatic reflexive after its head: the head speaks
    ['The mayor herself said the pool would close.', [['The mayor', 'said']]],
    // a reflexive with no other mention in the phrase is kept
    ['The company said it would defend itself in court.', [['The company', 'said']]],
  ])('leaves alone: %s', (text, want) => {
    expect(speakers(text)).toEqual(want);
  });
});
