// Predicate adjectives of belief, feeling and stance (cues/adjectives.ts). Invented texts.
import { describe, expect, it } from 'vitest';
import { allCues } from '../verb-cues.js';
import { runQuotes } from '../quote-run.js';
import { kindedCues } from '../verb-cues.js';

// Split or undecided on a question: "are still at odds over whether", "are divided about how", "is unsure whether" hold a
// stance or a doubt on the question, as "disagreed over whether" does; only before a question word.
describe('cues: split or undecided on a question', () => {
  it.each([
    ['The two unions are still at odds over whether to accept the offer.', ['are still at odds over']],
    ['Historians are divided about how the fire started.', ['are divided about']],
    ['The cabinet was split on which airport should grow.', ['was split on']],
    ['The jury is deadlocked over who fired first.', ['is deadlocked over']],
    ['The panel was divided as to who should lead the inquiry.', ['was divided as to']],
    ['Many growers are torn over whether to sell to the co-op.', ['are torn over']],
    ['The mayor is unsure whether the tram will be ready.', ['is unsure']],
    ['Most tenants were undecided about when to move out.', ['were undecided about']],
    ['Shopkeepers are split over whether the market should move.', ['are split over']],
    ['They remain divided on how the levy is spent.', ['remain divided on']],
    // a whole people or a body as a common noun (SPLIT_VIEW_HOLDERS), a pronoun for people, a relative "who"
    ['Public opinion is divided over whether the pier should close.', ['is divided over']],
    ['The village was split on where the new school should stand.', ['was split on']],
    ['We are torn about which route the bypass should take.', ['are torn about']],
    ['Fishers who are divided over whether to strike met on Friday.', ['are divided over']],
  ])('%s', (text, expected) => {
    expect(allCues(text)).toEqual(expected);
  });

  it.each([
    // no question after them: a place, a share, a tally
    ['The old house is divided over three floors.'],
    ['The prize was split on the night between two riders.'],
    ['The vote was deadlocked at four each.'],
    ['His jacket was torn on the fence.'],
    // things cut in parts hold no view on the question
    ['The seats are divided on how many votes each list gets.'],
    ['The reward is split on what each finder hands in.'],
    ['The valley was divided about where the old canal ran.'],
    // the writer's own doubt
    ['It is unsure whether the ferry will sail.'],
  ])('leaves alone: %s', (text) => {
    expect(allCues(text)).toEqual([]);
  });

  it.each<[string, string]>([
    ['The jury is deadlocked over who fired first.', 'who fired first'],
    ['Most tenants were undecided about when to move out.', 'when to move out'],
  ])('the subject holds the question it is split on, not a passive: %s', (text, content) => {
    const quotes = runQuotes(text, [[text.split(' ').slice(0, 2).join(' '), 'group', null]]);
    expect(quotes.map((q) => [q.text, q.rule])).toEqual([[content, 'X-said-content']]);
  });
});

// An outlook held on a prospect (lexicon OUTLOOK_ADJECTIVES): "upbeat", "bullish", "gloomy" only with what the outlook is
// about after "about", "on" or "over"; a mood with nothing after it holds no view.
describe('cues: an outlook held on a prospect', () => {
  it.each([
    ['Shop owners were upbeat about the Christmas season.', ['were upbeat about']],
    ['Fund managers are bullish on mining shares.', ['are bullish on']],
    ["The coach remained gloomy about his side's chances.", ['remained gloomy about']],
    // a thing after "on" that goes on past a ride's noun: what the outlook is about
    ['Analysts were bullish on the plane maker.', ['were bullish on']],
  ])('%s', (text, expected) => {
    expect(allCues(text)).toEqual(expected);
  });

  it.each([
    ['The mood in the dressing room was upbeat.'],
    ['It was a gloomy day on the coast, and the ferry was late.'],
    // the weather's, a market's or a room's outlook, and "on" a day (when, not what about)
    ['The skies were gloomy over the harbour all week.'],
    ['Shares were bullish on Monday but slid by noon.'],
    ['The mood grew gloomy over dinner.'],
    ['Growers were upbeat on Friday after the frost lifted.'],
    // a ride, a place or a meal where the mood was
    ['The squad was upbeat on the bus after the win.'],
    ['The rowers were upbeat on the coach home.'],
    ['The partners were bullish over lunch.'],
  ])('leaves alone: %s', (text) => {
    expect(allCues(text)).toEqual([]);
  });
});

describe('cues: predicate adjectives through the stage', () => {
  it.each([
    // a predicate adjective of belief or feeling with what it holds
    ['Ines Varga is confident that the dam will hold.', ['verb:is confident']],
    ['Farmers remain convinced the dam will fail.', ['verb:remain convinced']],
    ['Ines Varga made clear that the dam would stay.', ['verb:made clear']],
    ['Fishers are angry about the new quota.', ['verb:are angry about']],
    // intentions and stances as predicates
    ['Ruiz is determined to rebuild the pier.', ['verb:is determined']],
    ['Ruiz is firmly in favour of the plan.', ['verb:is firmly in favour of']],
    ['Ruiz is against the plan.', ['verb:is against']],
    // views aired loudly
    ['The coach has been vocal about the fixture list.', ['verb:has been vocal about']],
    ['Residents are up in arms over the parking charges.', ['verb:are up in arms over']],
  ])('%s', (text, expected) => {
    expect(kindedCues(text)).toEqual(expected);
  });
});

describe('cues: predicate adjectives', () => {
  it.each([
    // the writer's own "it is clear", a feeling with nothing held, a form the verb pass already has
    ['It is clear that the dam will hold.', []],
    ['She is sure.', []],
    ['The team was eager for a win.', []],
    ['It is against the law to fish here.', []],
    // a crowd's noise, arms as weapons: no view
    ['The crowd was vocal on Saturday.', []],
    ['The rebels are up in arms in the hills.', []],
    ['Voters were worried about the cost.', ['verb:were worried about']],
    // the scan looks only where a "be" form or "made" starts; a text with a long s or a Kelvin sign, which
    // the pattern's u flag reads as "s" and "k", is scanned in full and reads the same
    ['Tenants are angry about the rent, and the board made it clear that it will not move.', ['verb:are angry about', 'verb:made it clear']],
    ['Tenants are angry about the rent, and the board made it clear that it will not move \u017F.', ['verb:are angry about', 'verb:made it clear']],
    ['Tenants iſ angry about the rent.', ['verb:iſ angry about']],
    // the contracted "is" and "are" after a personal pronoun
    ["By the third delay she's so frustrated that the ferry timetable keeps slipping.", ["verb:'s so frustrated"]],
    ['They’re confident the ferry will sail on time.', ['verb:’re confident']],
    ["He's upset about the referee's call.", ["verb:'s upset about"]],
    // not after a noun (a possessive: "Lee's upset over Ruiz"), not the writer's "it's", "that's"; "'s" as "has"
    // before a past form or "upset" and their object
    ["Lee's upset over Ruiz stunned the crowd.", []],
    ["It's clear the levy will rise.", []],
    ["That's sure to anger the fans.", []],
    // (here "'s angered" is "has angered", the verb of causing a feeling with its feeler, lexicon/caused-feelings.ts)
    ["He's angered the unions again.", ["verb:'s angered"]],
    ["She's upset the champion in straight sets.", []],
    ["He's convinced the board to wait.", []],
  ])('reads predicate adjectives only with what they hold: %s', (text, expected) => {
    expect(kindedCues(text)).toEqual(expected);
  });
});
