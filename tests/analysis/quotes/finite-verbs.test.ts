// The finite verbs of a clause (quotes/finite-verbs.ts), read where they end a possessed noun cue's subject that-clause
// (nominal-end.ts: the main verb after the clause's own): an irregular past, an -ed form, a present in -s, and the
// words that look like them and are no verb.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/analysis/index.js';
import { content } from './noun-clause-content.js';

describe('an irregular past is the clause verb as much as one in -ed, so the main verb after it ends the clause', () => {
  it.each([
    ['The council\'s claim that rents fell drew scorn from tenants.', 'rents fell'],
    ['Her warning that prices rose sharply fell on deaf ears.', 'prices rose sharply'],
    ['His boast that the team won every away game came back to haunt him.', 'the team won every away game'],
    ["The ministry's admission that staff lost the files left families angry.", 'staff lost the files'],
    // a bare past before the main verb, the clause's own ("the budget cut hurt", "hurt" a listed main verb)
    ['Her warning that the budget cut hurt schools was ignored.', 'the budget cut hurt schools'],
  ])('%s', (text, expected) => {
    expect(content(text)).toBe(expected);
  });
});

describe('leaves alone: an irregular past that is no finite verb of the clause, or takes a clause of its own', () => {
  it.each([
    // a participle before a preposition: "the funds held by", a modifier, no verb
    ['Her claim that the funds held by the trust were lost.', 'the funds held by the trust were lost'],
    // verbs of knowing and finding take a clause with "that" left out: "were" is that clause's verb
    ['His claim that the audit found the books were cooked.', 'the audit found the books were cooked'],
    ['Her claim that the inspector saw the doors were locked.', 'the inspector saw the doors were locked'],
    ['Their claim that the judge said the case was weak.', 'the judge said the case was weak'],
    ['His view that the voters knew the plan was dead.', 'the voters knew the plan was dead'],
    // one finite verb only, the clause's own
    ['Their claim that the mill lost money last year.', 'the mill lost money last year'],
  ])('%s', (text, expected) => {
    expect(content(text)).toBe(expected);
  });
});

describe('a main verb in -ed before a time phrase', () => {
  it.each([
    ['Their hope that the talks would resume faded on Friday.', 'the talks would resume'],
  ])('%s', (text, expected) => {
    expect(content(text)).toBe(expected);
  });
});

describe('a present tense in -s is the clause verb too, so the main verb after it ends the clause', () => {
  it.each([
    ['His warning that the dam leaks every winter sounded alarmist.', 'the dam leaks every winter'],
    ['Her claim that the firm pays its drivers badly drew protests.', 'the firm pays its drivers badly'],
    ["The union's claim that the council owes them money proved true.", 'the council owes them money'],
    ['Their worry that the ferry runs late too often was raised again.', 'the ferry runs late too often'],
    // a linking verb's complement in -ed is no second main verb
    ['Her fear that the river floods every spring seemed justified.', 'the river floods every spring'],
  ])('%s', (text, expected) => {
    expect(content(text)).toBe(expected);
  });
});

describe('leaves alone: a plural noun in -s is no verb', () => {
  it.each([
    // before a verb or a preposition: the subject's head noun
    ["Her claim that the city's bus routes were cut angered riders.", "the city's bus routes were cut"],
    ['His warning that the new rules on rents will hurt tenants.', 'the new rules on rents will hurt tenants'],
    // before a noun: a compound, no verb and its object
    ['Their claim that the jobs figures would improve.', 'the jobs figures would improve'],
    // after a determiner: a noun
    ['Her view that the costs would rise.', 'the costs would rise'],
    // before an adverb that goes with a present in -s after it: the noun ends the clause's object, that word is the verb
    ['Their claim that voters reward incumbents often appears flawed.', 'voters reward incumbents often appears flawed'],
    ['His belief that shoppers prefer brands rarely holds up.', 'shoppers prefer brands rarely holds up'],
    ['Her view that banks fund developers quietly strikes critics as naive.', 'banks fund developers quietly strikes critics as naive'],
  ])('%s', (text, expected) => {
    expect(content(text)).toBe(expected);
  });

  it.each([
    ['Their claim that voters reward incumbents often appears flawed.'],
    ['His belief that shoppers prefer brands rarely holds up.'],
  ])('and no record of its own after the adverb: %s', (text) => {
    expect(analyze({ id: 't', text }).quotes.map((q) => q.cue?.text)).toEqual([text.split(' ')[1]]);
  });
});
