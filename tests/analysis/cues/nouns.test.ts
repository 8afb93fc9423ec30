// findNounCues (cues/nouns.ts): a speech noun after a possessor, with the modifier between them, and the
// merge of its finds with the stance-noun finder's (cues/nominal.ts).
import { describe, expect, it } from 'vitest';
import { findNominalCues } from '../../../src/analysis/cues/nominal.js';
import { findNounCues } from '../../../src/analysis/cues/nouns.js';
import { kindedCues } from '../verb-cues.js';

describe('findNounCues: a superlative or a weekday before the noun', () => {
  const nouns = (text: string): string[] => findNounCues(text, () => false).map((c) => c.text);
  it.each([
    ["At the hearing, the judge's most puzzling remark was that the file was lost.", ['most puzzling remark was']],
    ["Ivo Lund's Tuesday pledge that he would quit surprised the club.", ['Tuesday pledge']],
    ["Her latest claim that rents fell is wrong.", ['latest claim']],
    // wanting: an intention the possessor holds
    ["The mayor's desire to end the strike is plain.", ['desire']],
    ['Her eagerness to debate surprised aides.', ['eagerness']],
    // demanding, proposing, worrying
    ["Her proposal that the city buy the pier is on the table.", ['proposal']],
    ['Her concern that costs will rise is shared.', ['concern']],
    // a forecast its maker states
    ["The bureau's forecast that the river would peak at dawn proved right.", ['forecast']],
  ])('%s', (text, expected) => {
    expect(nouns(text)).toEqual(expected);
  });

  it.each([
    // a noun of no saying after the modifier
    ["Her most famous painting is that one."],
    ["His Friday meeting that ran late."],
    // plans and decisions are deeds reported as facts
    ["Her decision to sell the farm was final."],
    ['His plans to open a bakery stalled.'],
    // a relative "that" with its verb
    ['His proposal that was rejected in May is back.'],
    // a forecast's figure is no clause
    ["The bureau's forecast of 40 millimetres of rain was cut."],
  ])('leaves alone: %s', (text) => {
    expect(nouns(text)).toEqual([]);
  });
});

describe('findNounCues: a copula of duration between the noun and its clause', () => {
  const cues = (text: string): string[] => findNounCues(text, () => false).map((c) => c.text);
  it.each([
    ['His claim has long been that the ferry line pays for itself.', ['claim has long been']],
    ['Her argument long has been that the quarry stays shut.', ['argument long has been']],
    ["The guild's view remains that the levy is unfair.", ['view remains']],
    ['Their position had always been that the mill must close.', ['position had always been']],
  ])('%s', (text, expected) => {
    expect(cues(text)).toEqual(expected);
  });

  it.each([
    // "that" as a degree word
    ['His record has been that good for years.'],
    // a noun of no saying
    ['His garden has long been that way.'],
  ])('leaves alone: %s', (text) => {
    expect(cues(text)).toEqual([]);
  });
});

describe('findNounCues merges both finders in text order', () => {
  it('keeps "her claim that" and adds "his critique of"', () => {
    const cues = findNounCues("Her claim that fares will rise met his critique of the whole budget.", () => false);
    expect(cues.map((c) => [c.text, c.kind])).toEqual([['claim', 'noun'], ['critique of', 'noun']]);
  });

  it('skips a noun inside a quotation', () => {
    expect(findNominalCues('He faced criticism.', (at) => at > 5)).toEqual([]);
  });
});

describe('findNounCues: reluctance and refusal with their infinitive, failing only to say or back', () => {
  const nouns = (text: string): string[] => findNounCues(text, () => false).map((c) => c.text);
  it.each([
    // the nouns of the intention adjectives ("was reluctant to", "is willing to")
    ['His reluctance to endorse the nominee cost him allies.', ['reluctance']],
    ["The union's unwillingness to condemn the walkout annoyed the board.", ['unwillingness']],
    ['Her willingness to testify surprised the committee.', ['willingness']],
    ["The rivals' desperation to stop the front-runner showed in the ads.", ['desperation']],
    // a refusal kept up or made plain: the modifier is in the cue
    ['Her initial refusal to back the budget cost her votes.', ['initial refusal']],
    ["The senator's persistent refusal to name his donors angered critics.", ['persistent refusal']],
    ["The minister's outright denial that the files existed was false.", ['outright denial']],
    // failing to say or to back, as "failed to condemn" is read
    ["The coach's failure to condemn the chants drew fines.", ['failure']],
    ['Her early failure to publicly endorse the mayor hurt her.', ['early failure']],
  ])('%s', (text, expected) => {
    expect(nouns(text)).toEqual(expected);
  });

  it.each([
    // failing at some other deed
    ['His failure to pay the fine led to a warrant.'],
    ["The agency's failure to act was criticised in the audit."],
    ['Their failure to reach the final stung.'],
    // no possessor: the writer's noun phrase
    ['The failure to condemn the raids was a scandal.'],
    // "to" before a determiner: a willingness towards someone, no infinitive
    ['His willingness to the last was never in doubt.'],
  ])('leaves alone: %s', (text) => {
    expect(nouns(text)).toEqual([]);
  });
});

describe('cues: nouns of saying through the stage', () => {
  it.each([
    // a noun of saying between a possessor and "that"
    ['Her warning that the dam could fail went unheeded.', ['noun:warning']],
    ["Tom Reyes's latest claim that it failed drew laughs.", ['noun:latest claim']],
    // a light verb and its noun of stance are one cue
    ['Ines Varga expressed concern about the dam.', ['verb:expressed concern about']],
    ['Ines Varga has voiced strong support for the dam.', ['verb:has voiced strong support for']],
    ['Ines Varga offered her thoughts on the dam.', ['verb:offered her thoughts on']],
    // a noun of promising or threatening with its infinitive
    ["Tom Reyes's threat to sue the port worked.", ['noun:threat']],
    ['Those surveyed said the toll was too high.', ['verb:said']],
    ['Those opposed argued that the pier was safe.', ['verb:opposed', 'verb:argued']],
    ['Their call to close the mine grew louder.', ['noun:call']],
    // a noun of holding with its copula before "that"
    ['Her view is that the port should stay public.', ['noun:view is']],
  ])('%s', (text, expected) => {
    expect(kindedCues(text)).toEqual(expected);
  });
});

describe('cues: no noun cue', () => {
  it.each([
    // a plan is no speech act; "to" before a noun phrase is a direction
    ['His plans to open a park stalled.'],
    ['Her call to the office went unanswered.'],
    ['His plan is to build a dam.'],
    // the idiom: what a town is known by
    ["The village's claim to fame is a giant oak."],
  ])('finds no noun cue in: %s', (text) => {
    expect(kindedCues(text).filter((c) => c.startsWith('noun:'))).toEqual([]);
  });
});
