// Descriptions and groups built on a head noun (mentions/descriptions.ts): "the minister", "Canadian officials",
// epithets by nationality or age. Invented texts.
import { describe, expect, it } from 'vitest';
import { found, roleOf, state } from './mentions-of.js';
import { findMentions } from '../../../src/analysis/mentions/index.js';

describe('mentions: descriptions, pronouns, organisations and groups', () => {
  it.each([
    ['The minister said no.', ['description:The minister']],
    ['A spokeswoman for the agency said no.', ['description:A spokeswoman for the agency']],
    ['She met his Finnish colleague.', ['pronoun:She', 'description:his Finnish colleague']],
    ['The newspaper reported it.', ['description:The newspaper', 'pronoun:it']],
    ['Norway’s foreign minister spoke.', ['description:Norway’s foreign minister']],
    ['the former minister of health', ['description:the former minister of health']],
    ['Police said they had left.', ['group:Police', 'pronoun:they']],
    ['Canadian officials said so.', ['group:Canadian officials']],
    ['Some analysts expect more.', ['group:Some analysts']],
    ['Democrats objected.', ['group:Democrats']],
    ['The Ministry of Health said so.', ['organization:Ministry of Health']],
    // a role in capitals after "the" is a description; other capitals stay a body's acronym
    ['The MP said so.', ['description:The MP']],
    ['The NTSB said so.', ['organization:NTSB']],
    // a plural person noun before a person noun that is a verb here ("suspect"): the plural is the group
    ['Later many residents suspect foul play.', ['group:many residents']],
    // ... a plural before an organisation's head still modifies it
    ['Later the workers union said so.', ['description:the workers union']],
    ['Brightwater Corp. said so.', ['organization:Brightwater Corp.']],
    ['The Halden Institute said so.', ['organization:Halden Institute']],
    ['NATO said so.', ['organization:NATO']],
    ['Later BRIGHTWAVE said so.', ['organization:BRIGHTWAVE']],
    ['TARNBYVILLE, Ohio — Nothing happened.', []],
    ['She voted Christian Democratic.', ['pronoun:She', 'organization:Christian Democratic']],
    ['Emily Rourke, who leads the team, said so.', ['name:Emily Rourke', 'pronoun:who']],
    ['I think we know.', ['pronoun:I', 'pronoun:we']],
    ['The emails show it.', ['description:The emails', 'pronoun:it']],
    ['Then the Liberal nominee and the TV anchor spoke.', ['description:the Liberal nominee', 'description:the TV anchor']],
    ['Republicans said so.', ['group:Republicans']],
    ['Strategists said so.', ['group:Strategists']],
    ['Voters who said so.', ['group:Voters', 'pronoun:who']],
    ['Analysts suspect a deal.', ['group:Analysts']],
    ['He read ‘The’ aloud.', ['pronoun:He']],
    ['The agencies said so.', ['group:The agencies']],
    ['Someone said so.', ['pronoun:Someone']],
    ['He said no. The board agreed.', ['pronoun:He', 'description:The board']],
    ['They flew to the United States.', ['pronoun:They', 'organization:United States']],
    // a plural possessive owns the phrase; the head comes after it
    ["Rents fell, the tenants' union said.", ["description:the tenants' union"]],
    ['Patients’ groups objected.', ['group:Patients’ groups']],
    // an organisation's kind before its name: the name is the organisation's
    ['Consumer group Tapwatch objected.', ['organization:Consumer group Tapwatch']],
    ['He told the group Ann Lee would run.', ['pronoun:He', 'description:the group', 'name:Ann Lee']],
    // documents that speak for their authors are no surnames at the start of a sentence
    ['Data from the Harbour Statistics Bureau show it.', ['organization:Harbour Statistics Bureau', 'pronoun:it']],
    // a lone unknown word after "the" names a body or a thing, never a person
    ['She cited the Grondwet again.', ['pronoun:She', 'organization:Grondwet']],
    ['Later the Storting said no.', ['organization:Storting']],
    // ... but before a noun it modifies ("the Okafor plan"), and without the article, it stays a name
    ['She backed the Okafor plan.', ['pronoun:She', 'name:Okafor']],
    ['Later Okafor said no.', ['name:Okafor']],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe('mentions: epithets by nationality and age, sports clubs', () => {
  it.each([
    ['Later the Dane said no.', ['description:the Dane']],
    ['Later the Frenchwoman, who scored, said no.', ['description:the Frenchwoman', 'pronoun:who']],
    ['Later the 31-year-old said no.', ['description:the 31-year-old']],
    ['Later the former Ostrian international said no.', ['description:the former Ostrian international']],
    // a club is named by a word no surname is
    ['Later Dunmore Rovers said no.', ['organization:Dunmore Rovers']],
    // "side" names a team as "club" does, and a town's name after either is the club's
    ['Later Premier League side Tarnby City said no.', ['organization:Premier League side Tarnby City']],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it.each([
    // a demonym before a noun modifies it
    ['Later the Danish government said no.', ['description:the Danish government']],
    ['Later the German people said no.', ['group:the German people']],
    // a town after a noun that is no club's is the town
    ['Later the mayor of Tarnby City said no.', ['description:the mayor']],
  ])('leaves alone: %s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it('an age gives no role', () => {
    expect(roleOf('Later the 31-year-old said no.', 'the 31-year-old')).toBeNull();
  });
});

describe('mentions: a name before a verb in -s', () => {
  it.each([
    ['Tom Sarn chairs the union.', ['name:Tom Sarn', 'description:the union']],
    // a name before a plural it modifies, then a verb: a group
    ['Ann Lee supporters said no.', ['group:Ann Lee supporters']],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe('mentions: a head before a word the cue stage read as a verb is no modifier of it', () => {
  // the mentions with "show" placed as a verb cue
  const withCue = (text: string): string[] => findMentions(state(text, ['show'])).mentions.map((m) => `${m.kind}:${m.text}`);
  it.each([
    ['Tests by the council show that the water is safe.', ['description:the council']],
    ['Readings from the harbour board show that the tide rose.', ['description:the harbour board']],
  ])('%s', (text, expected) => {
    expect(withCue(text)).toEqual(expected);
  });

  it.each([
    // with no cue there, the noun after the head is its compound ("the council show", an event)
    ['Tests by the council show that the water is safe.', []],
  ])('leaves alone: %s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  // only a verb cue right after the head breaks the compound: a noun cue there, or a verb cue further on, does not
  const cuedAs = (text: string, word: string, kind: 'verb' | 'noun'): string[] => {
    const input = state(text, [word]);
    return findMentions({ ...input, cues: input.cues.map((c) => ({ ...c, kind })) }).mentions.map((m) => `${m.kind}:${m.text}`);
  };
  it.each([
    ['Tests by the council show that the water is safe.', 'show', 'noun', []],
    ['Later the council show drew crowds.', 'drew', 'verb', []],
  ] as const)('leaves alone with a cue: %s (%s as %s)', (text, word, kind, expected) => {
    expect(cuedAs(text, word, kind)).toEqual(expected);
  });
});
