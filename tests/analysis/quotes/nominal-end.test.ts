// Where a possessed noun cue's clause or infinitive ends (quotes/nominal-end.ts): at a fronted preposition phrase's
// comma, and before the main verb when the noun phrase is its clause's subject; elsewhere, at the end it was given.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/analysis/index.js';
import { content } from './noun-clause-content.js';

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
