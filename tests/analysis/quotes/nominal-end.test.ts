// Where a possessed noun cue's clause or infinitive ends (quotes/nominal-end.ts): at a fronted preposition phrase's
// comma, and before the main verb when the noun phrase is its clause's subject; elsewhere, at the end it was given.
import { describe, expect, it } from 'vitest';
import { findNounCues } from '../../../src/analysis/cues/nouns.js';
import { nounClauseEnd } from '../../../src/analysis/quotes/nominal-end.js';
import { analyze } from '../../../src/analysis/index.js';

/** The content after the text's first noun cue ("that" left out), to the end the function gives (given: the full stop). */
const content = (text: string): string | null => {
  const cue = findNounCues(text, () => false)[0];
  if (cue === undefined) return null;
  const that = /^\s+that\s+/.exec(text.slice(cue.end));
  const start = that !== null ? cue.end + that[0].length : text.indexOf('to ', cue.end);
  const end = text.lastIndexOf('.');
  return text.slice(start, nounClauseEnd(text, cue, start, end, 0, []));
};

describe('a fronted preposition phrase ends at its comma', () => {
  it.each([
    ["Despite the mayor's pledge to cut fares, prices rose.", 'to cut fares'],
    ['After her claim that the vote was rigged, the party split.', 'the vote was rigged'],
    ["Amid the union's warning that talks could fail, the depot closed.", 'talks could fail'],
    // "on", "upon" and "over" open the occasion or cause of the main clause as well
    ["On the mayor's claim that the pier was unsafe, the council closed it.", 'the pier was unsafe'],
    ["Over the coach's warning that the ice was thin, the match went ahead.", 'the ice was thin'],
  ])('%s', (text, expected) => {
    expect(content(text)).toBe(expected);
  });
});

describe('a fronted phrase of news no one holds ends at its comma too', () => {
  it.each([
    ['On reports that the bakery chain would cut jobs, shares rose by 4 per cent.', 'the bakery chain would cut jobs'],
    ['Over fears that the roof could fall in, the school sent its pupils home.', 'the roof could fall in'],
    ['On news that the pass had reopened, lorry drivers set off before dawn.', 'the pass had reopened'],
  ])('%s', (text, expected) => {
    expect(analyze({ id: 'd', text }).quotes.map((q) => q.text)).toEqual([expected]);
  });
});

describe('a subject that-clause ends before the main verb', () => {
  it.each([
    ["The firm's warning that profits would fall was ignored by traders.", 'profits would fall'],
    ['Her view that the rules are unfair is shared by many students.', 'the rules are unfair'],
    ["Ivo Dale's admission that mistakes were made came after two days.", 'mistakes were made'],
    ['His claim that the depot hired 40 drivers last year was false.', 'the depot hired 40 drivers last year'],
    ['Her announcement that the tram would be free delighted riders.', 'the tram would be free'],
    ['But her insistence that she had done nothing wrong has not changed.', 'she had done nothing wrong'],
  ])('%s', (text, expected) => {
    expect(content(text)).toBe(expected);
  });
});

describe('leaves alone', () => {
  it.each([
    // an object noun: the clause runs on as it was given
    ['He repeated his claim that the fund was empty and the staff were unpaid.', 'the fund was empty and the staff were unpaid'],
    // one finite verb only: the clause's own, no main verb after it
    ["Their claim that prices jumped 40 percent last year.", 'prices jumped 40 percent last year'],
    // a second clause joined by "and": no cut
    ['Her claim that prices rose and wages fell was heard.', 'prices rose and wages fell was heard'],
    // a comma inside: an aside, not the main verb
    ["Ada Kim's claim that the fund is safe, as she wrote, has held.", 'the fund is safe, as she wrote, has held'],
    // the cue holds its copula: the clause is its complement
    ['Her view is that the rules are unfair is odd.', 'the rules are unfair is odd'],
    // "on" inside the sentence: the clause runs on as it was given
    ["The board acted on the auditor's warning that the fund was short, officials said.", 'the fund was short, officials said'],
    // not fronted: "despite" after the subject
    ["Prices rose despite the mayor's pledge to cut fares, officials said.", "to cut fares, officials said"],
  ])('%s', (text, expected) => {
    expect(content(text)).toBe(expected);
  });
});

describe('a cue on the main verb keeps the whole content (its own record reads the noun phrase)', () => {
  it.each([
    ['Her claim that he lied was rejected by the court.', 'claim', 'he lied was rejected by the court'],
    ['Her claim that he lied was ignored by the court.', 'claim', 'he lied'],
    // but a linking verb read as a cue of seeming takes no noun phrase as content: the clause ends before it
    ['Her fear that the league would ban foreign players seemed justified.', 'fear', 'the league would ban foreign players'],
    ['His claim that the pier was safe appeared false.', 'claim', 'the pier was safe'],
  ])('%s', (text, cue, expected) => {
    const q = analyze({ id: 'd', text }).quotes.find((x) => x.cue?.text === cue);
    expect(q?.text).toBe(expected);
  });
});

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
