// Qualifier edge cases (src/analysis/figures/qualify.ts, src/lexicon/qualifiers.ts): comparison
// symbols, loose inclusive bounds, and "plus"/"or less" that belong to the next number.
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../src/analysis/figures/index.js';

const found = (text: string) => extractFigures(text).map((c) => ({ text: text.slice(c.start, c.end), qualifier: c.qualifier, low: c.low, high: c.high }));

describe('qualifiers: catches', () => {
  it.each<[string, string, string]>([
    ['Loans of < = 500 need no form.', '< = 500', 'at-most'],
    // the perfect's participle and the verbs of market reports
    ['Membership has grown 7% since spring.', '7%', 'up'],
    ['Shares in the miner leapt 22% on Monday.', '22%', 'up'],
    ['The rand weakened 0.8% against the dollar.', '0.8%', 'down'],
    ['Bond yields retreated 0.1 percentage points.', '0.1 percentage points', 'down'],
    // the mark stands within the last four characters before the figure; further back it is no qualifier
    ['Loans of <= 500 need no form.', '<= 500', 'at-most'],
    ['Loans of > 500 need a form.', '> 500', 'more-than'],
    ['Loans (see <a> list) of 500 need no form.', '500', 'exact'],
    ['Only files <= 20 pass.', '<= 20', 'at-most'],
    ['Pick a value ≥ 7 here.', '≥ 7', 'at-least'],
    ['Volunteers aged 70 plus came.', '70 plus', 'at-least'],
    ['Bids of 400 or less win.', '400 or less', 'at-most'],
    ['Keep it less or equal than 40.', 'less or equal than 40', 'at-most'],
    ['Make it greater or equal to 12.', 'greater or equal to 12', 'at-least'],
    ['Ticket prices rose $3 this year.', '$3', 'up'],
    ['Profits slumped by a fifth.', 'a fifth', 'down'],
    ['The council trimmed 40 jobs.', '40', 'down'],
    ['Exports rebounded 6 percent.', '6 percent', 'up'],
    ['Costs were reduced by 15 percent.', '15 percent', 'down'],
    ['Loads bigger than 900 need a permit.', 'bigger than 900', 'more-than'],
    ['Costs may exceed 70 million.', 'exceed 70 million', 'more-than'],
    ['Fines not exceeding 500 apply.', 'not exceeding 500', 'at-most'],
    ['Bags no greater than 8 kilograms fly free.', 'no greater than 8 kilograms', 'at-most'],
    ['The runner lost two years to injury.', 'two years', 'down'],
    // more of the same movement
    ['Prices are expected to rise another 2% this year.', '2%', 'up'],
    ['Output grew a further 3 percent.', '3 percent', 'up'],
    ['Shares fell an additional $4.', '$4', 'down'],
    // a price that lost money still moved
    ['Its shares lost $1.20 to $30.50.', '$1.20', 'down'],
    ['The stock lost $4 on Monday.', '$4', 'down'],
    ['Rail firms lost $2 billion in market value.', '$2 billion', 'down'],
    ['Oil prices lost 3% on Friday.', '3%', 'down'],
    // "just over" is still above
    ['Just over 4,000 fans came.', 'Just over 4,000', 'more-than'],
    ['Sales fell to just under 900 units.', 'just under 900', 'less-than'],
    // an estimate before an equality keeps the estimate
    ['The haul was roughly equal to nine tonnes.', 'roughly equal to nine tonnes', 'about'],
    // a comparison after a percentage or an amount is a change
    ['Tenants will pay 6.5 per cent more next year.', '6.5 per cent', 'up'],
    ['Tickets are now 15% cheaper.', '15%', 'down'],
    ['Bus fares are $2 higher than in June.', '$2', 'up'],
    // "up" and "down" after a verb of movement, or after a form of "be", say which way the figure moved
    ['Ferry fares shot up 6 percent.', '6 percent', 'up'],
    ['Ticket sales went down 4%.', '4%', 'down'],
    ['Output was up 3% in May.', '3%', 'up'],
    ['The index closed down 2% on Friday.', '2%', 'down'],
    // ... but after a phrasal verb they are its particle: the figure is no change
    ['The tram has broken down three times this year.', 'three', 'exact'],
    ['Growers set up 40 stalls in the square.', '40', 'exact'],
    ['Nurses make up 60% of the staff.', '60%', 'exact'],
    ['The army shot down two drones.', 'two', 'exact'],
    ['The court handed down 14 sentences.', '14', 'exact'],
    ['The club has signed up 300 members.', '300', 'exact'],
  ])('%s', (text, want, qualifier) => {
    expect(found(text).find((f) => f.text === want), JSON.stringify(found(text))).toMatchObject({ qualifier });
  });

  it.each<[string, number, number]>([
    ['Prices ran 300~450 a night.', 300, 450],
    ['The trail is 10 ~ 14 km long.', 10, 14],
  ])('a tilde between two numbers joins a range: %s', (text, low, high) => {
    expect(found(text)[0]).toMatchObject({ low, high, qualifier: 'exact' });
  });

  it('two loose bounds make a range', () => {
    expect(found('The rate is above 15 and less or equal than 45.')[0]).toMatchObject({ low: 15, high: 45 });
  });
});

describe('qualifiers: leaves alone', () => {
  it.each<[string, [string, string][]]>([
    // an arrow is no comparison
    ['Step 2 => 30 units', [['2', 'exact'], ['30', 'exact']]],
    // a verb that is no movement before "by"
    ['The bill passed by 52 votes.', [['52', 'exact']]],
    // a participle of movement with no figure moved right after it
    ['The club has grown into 40 branches.', [['40', 'exact']]],
    // an estimate word between the verb and the figure keeps the estimate
    ['Sales fell by about 5%.', [['about 5%', 'about']]],
    // a tilde before a lone number is an estimate
    ['Roughly ~40 boats, not 40~', [['~40', 'about'], ['40', 'exact']]],
    // "plus" before a number is arithmetic
    ['Add 4 plus 6 to get ten.', [['4', 'exact'], ['6', 'exact'], ['ten', 'exact']]],
    ['It took 2.5 plus three hours.', [['2.5', 'exact'], ['three hours', 'exact']]],
    // "or less than N" bounds N, not the number before it
    ['Pay 300 or less than 350.', [['300', 'exact'], ['less than 350', 'less-than']]],
    // money raised is money collected, not a rise
    ['The campaign raised $4.2 million in March.', [['$4.2 million', 'exact']]],
    // a time span back from now is no fall
    ['The mayor lost two years ago.', [['two years', 'exact']]],
    // "another" with no verb of movement is no change
    ['They hired another 40 staff.', [['40', 'exact']]],
    // money a loss names is an amount, not a change
    ['The firm lost $61 million last year.', [['$61 million', 'exact']]],
    ['The club posted a loss of $4 million.', [['$4 million', 'exact']]],
    ['It reported a $9 million loss.', [['$9 million', 'exact']]],
  ])('%s', (text, want) => {
    expect(found(text).map((f) => [f.text, f.qualifier])).toEqual(want);
  });
});
