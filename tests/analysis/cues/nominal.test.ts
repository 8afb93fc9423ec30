// Stance nouns found by cues/nominal.ts; invented texts. A verb governing a possessed noun: nominal-verb.test.ts
import { describe, expect, it } from 'vitest';
import { nominal } from './nominal-read.js';

describe('stance nouns after a possessor, with their object', () => {
  it.each([
    ['Ada Ek noted that her critique of the harbour plan was polite.', ['critique of']],
    // the modifier between the possessor and the noun is in the cue, as annotated news draws it
    ["Senator Ivo Brant's blunt criticism of the treaty surprised allies.", ['blunt criticism of']],
    ["The farmers' opposition to the dam has grown.", ['opposition to']],
    ["The coach's praise for the young side was warm.", ['praise for']],
    ['Her call for a ban on trawling won support.', ['call for']],
    ["The union's demands for a pay rise were rejected.", ['demands for']],
  ])('%s', (text, expected) => {
    expect(nominal(text)).toEqual(expected);
  });

  it.each([
    // no possessor: a stance nobody in the sentence holds
    ['There is growing opposition to the dam.'],
    ['Criticism of the plan has grown.'],
    // "it's" is "it is", not a possessor
    ["It's criticism of the plan, not of the mayor."],
    // no object after the noun
    ['She shrugged off his criticism.'],
    // an army's attack is a deed, not words: "attack" only after "his" or "her"
    ["The army's attack on the port killed four."],
    ['Their attack on the convoy was repelled.'],
    // a demand's infinitive is the speech-noun finder's ("her call to cut fares"); an appeal "to" names the addressees
    ['He renewed his call to lower the fare.'],
    ['She renewed her appeals to local donors.'],
  ])('leaves alone: %s', (text) => {
    expect(nominal(text)).toEqual([]);
  });
});

describe('things said with their topic, after a possessor', () => {
  it.each([
    ["The harbour master's comments on the flooding drew anger.", ['comments on']],
    ["The minister's comments Tuesday on the audit came as a surprise.", ['comments Tuesday on']],
    ['Her remarks about the tram strike were brief.', ['remarks about']],
    ['His rhetoric on rent controls has hardened.', ['rhetoric on']],
    // a modifier before the topic is no occasion
    ["The mayor's remarks on the new stadium were brief.", ['remarks on']],
    // a planned occasion may be the topic
    ["The bishop's remarks on a planned visit by the president were cautious.", ['remarks on']],
  ])('%s', (text, expected) => {
    expect(nominal(text)).toEqual(expected);
  });

  it.each([
    // who heard them, not what they were about
    ["The coach's remarks to the crowd were short."],
    ['She gave her comments for the newsletter.'],
    // when, where or through what medium they were made
    ['His remarks on Friday were short.'],
    ['Her comments on Twitter drew replies.'],
    ["The senator's remarks on the campaign trail were mild."],
    ['Their comments on the radio were mild.'],
    ["The coach's remarks on national television upset the players."],
    ['Her comments on arrival at the port were brief.'],
    ["The chairman's remarks on the podium were drowned out."],
    ['Their comments on the earnings call lifted shares.'],
    ["The envoy's comments on behalf of the cabinet were welcomed."],
    ["The pilot's remarks on the intercom calmed the passengers."],
    // an occasion after "a" and one modifier
    ['His comments on a talk show upset the players.'],
    ["The chief executive's remarks on a conference call lifted the shares."],
    ["The senator's comments on a late-night programme caused a stir."],
    ["Her remarks on a panel in Lisbon surprised the delegates."],
    // no possessor: comments invited from anyone
    ['Comments on the plan are due by May.'],
  ])('%s', (text) => {
    expect(nominal(text)).toEqual([]);
  });
});

describe('criticism a target receives', () => {
  it.each([
    ['The toll plan faced criticism from commuters.', ['criticism']],
    // with the reason right after it, the noun's modifiers and "for" are in the cue
    ['Mayor Pia Holm came under fierce criticism for the delay.', ['fierce criticism for']],
    ['The port faced criticism for its silence.', ['criticism for']],
    ['The ruling drew immediate and angry condemnation for its haste.', ['immediate and angry condemnation for']],
    ['The ruling immediately sparked condemnation from rights groups.', ['condemnation']],
    ['The merger has already drawn sharp criticism.', ['criticism']],
    ['The budget was met with criticism by teachers.', ['criticism']],
    ['The regulator came in for criticism over the delay.', ['criticism']],
    ['The new logo faced a barrage of criticism online.', ['criticism']],
    ['The ruling drew a fresh storm of condemnation from lawyers.', ['condemnation']],
  ])('%s', (text, expected) => {
    expect(nominal(text)).toEqual(expected);
  });

  it.each([
    // reactions ("sparked anger from", "drew praise from") are no received stance: measured and dropped, a
    // figure in the target would be credited to the people who react
    ['The plan sparked anger from farmers.'],
    ['The film drew praise from critics.'],
    // criticism nobody is said to receive here
    ['Criticism is part of the job, she said.'],
    ['He faced the prospect of criticism at home.'],
    ['The report offers a criticism of the reforms.'],
  ])('leaves alone: %s', (text) => {
    expect(nominal(text)).toEqual([]);
  });
});

describe('allegations and claims of something, with or without a possessor', () => {
  it.each([
    ['The coach faces allegations of bullying.', ['allegations of']],
    ["The ministry's claims about the vaccine were doubted.", ['claims about']],
    ['There were accusations of vote buying in two towns.', ['accusations of']],
  ])('%s', (text, expected) => {
    expect(nominal(text)).toEqual(expected);
  });

  it.each([
    // sums, not words
    ['The insurer paid claims of $2 million.'],
    // no object
    ['The allegations were denied.'],
    // "of" names the claimants, whatever determiner or quantifier leads them
    ['The claims of the victims were heard.'],
    ['The union aired claims of their members about pay.'],
    ['The allegations of several witnesses were read out.'],
  ])('leaves alone: %s', (text) => {
    expect(nominal(text)).toEqual([]);
  });
});

describe('news with no source named, before a "that" clause', () => {
  it.each([
    ['The town mourned after news that the mill would close.', ['news']],
    ['Overnight, news has emerged that the deal collapsed.', ['news has emerged']],
  ])('%s', (text, expected) => {
    expect(nominal(text)).toEqual(expected);
  });

  it.each([
    // a relative "that" after the noun
    ['It was news that was old by noon.'],
    // no clause
    ['The news came late.'],
    // a paper's name
    ['She told the Dunmore Daily News that the pier would reopen.'],
  ])('leaves alone: %s', (text) => {
    expect(nominal(text)).toEqual([]);
  });
});
