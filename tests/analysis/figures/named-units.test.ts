// figures/named-units.ts: a currency word glued to what it is counted per (moved out of units.test.ts). Invented sentences.
import { describe, expect, it } from 'vitest';
import { found } from './figures-of.js';

describe('money: a currency word glued to what it is counted per (named-units.ts)', () => {
  it.each<[string, string, string]>([
    ['Heating oil cost 1.12 euros/l in the hills.', '1.12 euros/l', 'EUR/L'],
    ['Lumber traded at 610 dollars/t on Friday.', '610 dollars/t', 'USD/t'],
  ])('%s', (text, want, unit) => {
    expect(found(text)).toContainEqual(expect.objectContaining({ text: want, kind: 'money', unit }));
  });

  it.each<[string, string, string]>([
    // a unit glued to a slash is no currency
    ['The tram reached 70 km/h on the bridge.', '70 km/h', 'measure'],
    // "pounds" stays a weight without money around it
    ['The crate holds 40 pounds/box of apples.', '40', 'count'],
  ])('leaves alone: %s', (text, want, kind) => {
    expect(found(text)).toContainEqual(expect.objectContaining({ text: want, kind }));
  });
});

describe('money: currencies named in words, and the minor units after them (named-units.ts)', () => {
  it.each<[string, string, number, string]>([
    ['The toll is 12 dollars and 40 cents.', '12 dollars and 40 cents', 12.4, 'USD'],
    ['A ticket costs £3 and twenty pence.', '£3 and twenty pence', 3.2, 'GBP'],
    ['Rates: 8 rmb 30 usd', '30 usd', 30, 'USD'],
    ['Rates: 8 rmb 30 usd', '8 rmb', 8, 'CNY'],
    ['He paid twenty quid for it.', 'twenty quid', 20, 'GBP'],
    ['It only costs 5 bucks.', '5 bucks', 5, 'USD'],
    ['A taxi is 90 Mexican pesos.', '90 Mexican pesos', 90, 'MXN'],
    // a name several countries share stays bare; a nationality before it settles which
    ['The fine was 40 francs.', '40 francs', 40, 'franc'],
    ['The fine was 40 Swiss francs.', '40 Swiss francs', 40, 'CHF'],
    ['Rent is 7,000 Congolese francs.', '7,000 Congolese francs', 7000, 'CDF'],
    ['A meal costs 900 pesos.', '900 pesos', 900, 'peso'],
    ['The ferry costs 300 kroner.', '300 kroner', 300, 'krone'],
    ['The ferry costs 300 Danish kroner.', '300 Danish kroner', 300, 'DKK'],
    ['Tea costs 50 rupees.', '50 rupees', 50, 'rupee'],
    ['Tea costs 50 Sri Lankan rupees.', '50 Sri Lankan rupees', 50, 'LKR'],
    ['A visa is 200 Qatari riyals.', '200 Qatari riyals', 200, 'QAR'],
    // crowns: money in digits, with a scale or a word of paying; the nationality settles which
    ['Households spend 300 crowns a week on food.', '300 crowns a week', 300, 'crown/week'],
    ['The fund holds two million crowns.', 'two million crowns', 2_000_000, 'crown'],
    ['He paid five crowns for it.', 'five crowns', 5, 'crown'],
    ['A ticket costs 90 Czech crowns.', '90 Czech crowns', 90, 'CZK'],
    ['Bread rose to 450 forints.', '450 forints', 450, 'HUF'],
    ['Candy cost 2 dimes then.', '2 dimes', 2, 'dime'],
    ['The driver was fined 300 pounds.', '300 pounds', 300, 'GBP'],
    ['The painting sold for 9,000 pounds.', '9,000 pounds', 9000, 'GBP'],
    // another currency priced in pounds: an exchange rate
    ['The euro traded at 0.8710 pounds on Friday.', '0.8710 pounds', 0.871, 'GBP'],
    ['By noon the dollar bought just 0.79 pounds.', '0.79 pounds', 0.79, 'GBP'],
    ['The council spent 2,000 pounds of public money on it.', '2,000 pounds', 2000, 'GBP'],
    ['The exchange rate slipped to 1.14 pounds per 100 yen.', '1.14 pounds', 1.14, 'GBP'],
    ['A bag now costs 10p.', '10p', 10, 'GBp'],
  ])('%s', (text, want, value, unit) => {
    expect(found(text).find((x) => x.text === want), JSON.stringify(found(text))).toMatchObject({ value, unit, kind: 'money' });
  });

  it('crowns counted in words are titles or tooth caps, not money', () => {
    expect(found('She has won three crowns.').some((f) => f.kind === 'money')).toBe(false);
  });
});

describe('units: doses counted by their effect, international units (named-units.ts, lexicon/unit-words.ts)', () => {
  it.each<[string, string]>([
    ['Adults should take 800 IU of the vitamin each morning.', '800 IU'],
    ['Each capsule holds 2,000 international units of fish oil.', '2,000 international units'],
  ])('%s', (text, want) => {
    expect(found(text)).toContainEqual({ text: want, value: expect.any(Number), kind: 'measure', unit: 'IU' });
  });

  it.each<[string, string]>([
    // the symbol is written in capitals: "iu" after a number is no dose
    ['The lab marked 40 iu samples as spoiled.', '40'],
  ])('leaves alone: %s', (text, want) => {
    expect(found(text).find((f) => f.text.startsWith(want))?.unit ?? null).not.toBe('IU');
  });
});
