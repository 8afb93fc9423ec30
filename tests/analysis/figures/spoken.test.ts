// Spelled-out fractions and ranks (src/analysis/figures/spoken-parts.ts, read-number.ts):
// invented sentences, each rule with what it catches and what it must leave alone.
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../src/analysis/figures/index.js';

const found = (text: string) => extractFigures(text).map((c) => ({ text: text.slice(c.start, c.end), value: c.value, kind: c.kind }));

describe('spelled fractions', () => {
  it.each<[string, string, number]>([
    ['The dose is a hundred millionths of the total.', 'a hundred millionths', 1e-4],
    ['It shrank by a hundred thousand billionths.', 'a hundred thousand billionths', 1e-4],
    ['The gauge read two and sixty-five hundredths.', 'two and sixty-five hundredths', 2.65],
    ['The gauge read three hundred and twenty-five hundredths.', 'three hundred and twenty-five hundredths', 300.25],
    ['The recipe calls for one hundred and forty-two sevenths.', 'one hundred and forty-two sevenths', 142 / 7],
    ['Treasuries slipped five thirty-seconds in early trade.', 'five thirty-seconds', 5 / 32],
    ['Only three twenty-firsts of the vote went to him.', 'three twenty-firsts', 3 / 21],
    ['She ran nineteen and a thirtieth laps.', 'nineteen and a thirtieth', 19 + 1 / 30],
    ['The board owns a twelfth of the shares.', 'a twelfth', 1 / 12],
    ['Stocks fell by a fifth.', 'a fifth', 0.2],
    ['Mix two and a third cups of flour.', 'two and a third', 2 + 1 / 3],
    ['A third say they will vote.', 'A third', 1 / 3],
    ['A third voted for the plan.', 'A third', 1 / 3],
    ['A fifth lives abroad.', 'A fifth', 0.2],
    ['The new hall is a tenth the size of the old one.', 'a tenth', 0.1],
    ['The reading was negative five overnight.', 'negative five', -5],
    ['More than half voted against it.', 'More than half', 0.5],
    ['Almost half stayed home.', 'Almost half', 0.5],
    // "by half": the size of a change
    ['Ticket sales at the aquarium fell by half last winter.', 'half', 0.5],
    ['The mill promised to cut its water use by half by 2031.', 'half', 0.5],
    ['Bus fares were reduced by half, the council said.', 'half', 0.5],
    // a time adverb closes the phrase
    ['Renters make up a quarter of voters, up from a fifth last decade.', 'a fifth', 0.2],
    ['Imports supply a sixth now, against a tenth previously.', 'a sixth', 1 / 6],
    ['Imports supply a sixth now, against a tenth previously.', 'a tenth', 0.1],
    ['The share fell to an eighth earlier this year.', 'an eighth', 0.125],
  ])('%s', (text, want, value) => {
    const f = found(text).find((x) => x.text === want);
    expect(f, JSON.stringify(found(text))).toBeDefined();
    expect(f!.value).toBeCloseTo(value, 12);
    expect(f!.kind).toBe('count');
  });
});

describe('a bare "half" with no bound, scale or "of" is no figure', () => {
  it.each<[string]>([['The match turned at half time.'], ['She cut the cake in half.'], ['The hall was about half-full.']])('%s', (text) => {
    expect(found(text)).toEqual([]);
  });
  // "by half" that is no change: a clock time, a match's break, an hour
  it.each<[string]>([['The doors close by half past nine.'], ['The visitors led by half-time.'],
    ['Rangers were trailing by halftime.']])('%s', (text) => {
    expect(found(text).filter((x) => /half/i.test(x.text))).toEqual([]);
  });
  // ... and "by half an hour" is a duration (fraction-of-unit.ts), not a share of 0.5
  it('The ferry should dock by half an hour later.', () => {
    expect(found('The ferry should dock by half an hour later.').filter((x) => /half/i.test(x.text))).toEqual([{ text: 'half an hour', value: 0.5, kind: 'measure' }]);
  });
});

describe('an article and an ordinal before a noun is a rank, not a fraction', () => {
  it.each<[string, string]>([
    ['The mayor won a fifth term on Sunday.', 'fifth'],
    ['It was a third straight loss for the club.', 'third'],
    ['The firm posted a third-quarter loss.', 'third'],
    ['They scored twice and a third goal came late.', 'third'],
    ['Ana Ruiz is seeking an eleventh title.', 'eleventh'],
    ['The show aired its two hundredth episode.', 'two hundredth'],
    ['They marked the one hundredth anniversary.', 'one hundredth'],
    // a hyphened word after it is a compound adjective
    ['Rovers conceded a third last-minute goal in a month.', 'third'],
    ['The senator faces a second next-door rival.', 'second'],
    ['She was the 1,000th visitor.', '1,000th'],
  ])('%s', (text, word) => {
    const f = found(text);
    expect(f.find((x) => x.text === word)?.kind, JSON.stringify(f)).toBe('ordinal');
    expect(f.some((x) => x.kind === 'count' && x.value !== null && x.value < 1)).toBe(false);
  });
});

describe('a ranked "half"/"quarter" is a period, not a share', () => {
  const shares = (text: string) => found(text).filter((x) => /half|quarter/i.test(x.text));
  it.each<[string]>([
    ['The merger should close in the first quarter of next year.'],
    ['Sales at Tellbrook dipped in the second half of the season.'],
    ['Output fell in the 3rd quarter of the year.'],
    ['Nobody scored in the final quarter of the game.'],
    ['The plant shut for the last half of the month.'],
  ])('%s', (text) => {
    expect(shares(text)).toEqual([]);
  });
  it.each<[string, string, number]>([
    ['A quarter of the staff at Orvane left.', 'A quarter', 0.25],
    ['The top quarter of earners pay most of the tax.', 'quarter', 0.25],
    ['Nearly half the members of the club voted.', 'Nearly half', 0.5],
    ['Three quarters of the first batch failed.', 'Three quarters', 0.75],
  ])('%s', (text, want, value) => {
    const f = shares(text).find((x) => x.text === want);
    expect(f, JSON.stringify(found(text))).toBeDefined();
    expect(f!.value).toBeCloseTo(value, 12);
  });
  it.each<[string, string, number]>([
    ['Orders grew in the first three quarters of the year.', 'three quarters', 3],
    ['Margins shrank over the past two quarters of trading.', 'two quarters', 2],
  ])('a counted run of periods: %s', (text, want, value) => {
    expect(found(text)).toContainEqual({ text: want, value, kind: 'measure' });
  });
});

// continue-number.ts: "a quarter of" before a scale multiplies it, as "three quarters of" does
describe('a fraction of a scale', () => {
  it.each<[string, string, number]>([
    ['The bridge cost a quarter of a billion dollars.', 'a quarter of a billion dollars', 2.5e8],
    ['About a quarter of a million fans lined the route.', 'About a quarter of a million', 2.5e5],
  ])('%s', (text, want, value) => {
    const f = found(text).find((x) => x.text === want);
    expect(f, JSON.stringify(found(text))).toBeDefined();
    expect(f!.value).toBe(value);
  });
  it('a quarter of a group that is no scale stays a share', () => {
    expect(found('A quarter of a village turned out.').map((x) => [x.text, x.value])).toEqual([['A quarter', 0.25]]);
  });
});
