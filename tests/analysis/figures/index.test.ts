import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../src/analysis/figures/index.js';
import { figureKey, subjectKey } from '../../../src/analysis/figures/subject-key.js';

type Want = { text: string; value?: number | null; low?: number; high?: number; kind?: string; unit?: string | null; qualifier?: string; subject?: string | null };

/** The figures found in `text`, with their exact text (offsets checked on the way). */
function figures(text: string) {
  return extractFigures(text).map((c) => {
    expect(c.start).toBeGreaterThanOrEqual(0);
    expect(c.end).toBeLessThanOrEqual(text.length);
    return { ...c, text: text.slice(c.start, c.end) };
  });
}

function expectOne(text: string, want: Want): void {
  const found = figures(text).find((f) => f.text === want.text);
  expect(found, `${want.text} in ${JSON.stringify(figures(text).map((f) => f.text))}`).toBeDefined();
  for (const [k, v] of Object.entries(want)) expect((found as Record<string, unknown>)[k], k).toEqual(v);
}

describe('findFigures: numbers in digits and words', () => {
  it.each<[string, Want]>([
    ['The club sold 12,500 tickets.', { text: '12,500', value: 12500, kind: 'count', subject: 'tickets' }],
    ['It weighs 3.75 grams.', { text: '3.75 grams', value: 3.75, kind: 'measure', unit: 'g' }],
    ['Only .5 of them', { text: '.5', value: 0.5 }],
    ['We counted seventeen geese.', { text: 'seventeen', value: 17, subject: 'geese' }],
    ['A dozen eggs broke.', { text: 'A dozen', value: 12, subject: 'eggs' }],
    ['They ordered half a dozen pies.', { text: 'half a dozen', value: 6 }],
    ['More than half the crew stayed.', { text: 'More than half', value: 0.5, qualifier: 'more-than' }],
    ['Nearly half its staff left.', { text: 'Nearly half', value: 0.5, qualifier: 'about' }],
    ['a half-billion stars shone', { text: 'a half-billion', value: 500000000, subject: 'stars' }],
    ['The fund holds 1.5 billion shares.', { text: '1.5 billion', value: 1.5e9, subject: 'shares' }],
    ['three-quarters of voters agreed', { text: 'three-quarters', value: 0.75, subject: 'voters' }],
    ['a third of the crop', { text: 'a third', value: 0.333333333333333 }],
    ['We need a hundred and seven chairs', { text: 'a hundred and seven', value: 107 }],
    ['ninety-nine balloons', { text: 'ninety-nine', value: 99 }],
    ['two thousand and forty lamps', { text: 'two thousand and forty', value: 2040 }],
    ['about two and a half hours', { text: 'about two and a half hours', value: 2.5, unit: 'hour', qualifier: 'about' }],
    ['a 10k race and 4bn in debt', { text: '10k', value: 10000 }],
    ['The ratio was 3/8 overall.', { text: '3/8', value: 0.375 }],
    ['It took 2 1/4 days.', { text: '2 1/4 days', value: 2.25, unit: 'day' }],
    ['The bowl is ¾ full.', { text: '¾', value: 0.75 }],
    ['The temperature fell to minus 5', { text: 'minus 5', value: -5 }],
    ['two and a half million people', { text: 'two and a half million', value: 2.5e6, subject: 'people' }],
    ['one point two billion users', { text: 'one point two billion', value: 1.2e9 }],
    ['three quarters of a billion homes', { text: 'three quarters of a billion', value: 750000000 }],
    ['four million and one half', { text: 'four million and one half', value: 4.5e6 }],
    ['He served 5 ½ years.', { text: '5 ½ years', value: 5.5, unit: 'year' }],
    ['a margin of plus or minus 2.5 percentage points', { text: '2.5 percentage points', value: 2.5 }],
    ['a 9" plate', { text: '9"', value: 9, unit: 'in' }],
    ['It pledged $45 billion over 8 years.', { text: '$45 billion', subject: null }],
  ])('%s', (text, want) => expectOne(text, want));
});

describe('findFigures: percentages, money and measures', () => {
  it.each<[string, Want]>([
    ['Sales grew 5%.', { text: '5%', kind: 'percent', unit: '%', qualifier: 'up' }],
    ['Prices were 4.2 per cent higher.', { text: '4.2 per cent', value: 4.2, kind: 'percent' }],
    ['Turnout was 61 percent.', { text: '61 percent', value: 61, kind: 'percent' }],
    ['Support slipped 2 percentage points.', { text: '2 percentage points', unit: 'pp', qualifier: 'down' }],
    ['The bridge cost $4.5 billion.', { text: '$4.5 billion', value: 4.5e9, kind: 'money', unit: 'USD' }],
    ['Shares closed at US$58.', { text: 'US$58', value: 58, unit: 'USD' }],
    ['a €3m grant', { text: '€3m', value: 3e6, unit: 'EUR' }],
    ['a fine of 12 yuan', { text: '12 yuan', value: 12, unit: 'CNY' }],
    ['a $1MM bonus', { text: '$1MM', value: 1e6 }],
    ['a bid of £250 million', { text: '£250 million', value: 2.5e8, unit: 'GBP' }],
    ['priced at USD 40', { text: 'USD 40', value: 40, unit: 'USD' }],
    ['worth 300 million euros', { text: '300 million euros', value: 3e8, unit: 'EUR' }],
    ['The trail is 12 km long.', { text: '12 km', unit: 'km', kind: 'measure' }],
    ['We walked 7 miles.', { text: '7 miles', unit: 'mi' }],
    ['a 40-tonne truck', { text: '40-tonne', unit: 't' }],
    ['winds of 90 mph', { text: '90 mph', unit: 'mph' }],
    ['It was 31°C in the shade.', { text: '31°C', unit: '°C' }],
    ['a plot of 20 hectares', { text: '20 hectares', unit: 'ha' }],
    ['a three-foot wall', { text: 'three-foot', value: 3, unit: 'ft' }],
    ['the 14-year-old pupil', { text: '14-year-old', value: 14, unit: 'year' }],
    ['She is 52 years old.', { text: '52 years old', value: 52, unit: 'year' }],
    ['He lost 20 pounds.', { text: '20 pounds', unit: 'lb', kind: 'measure' }],
    ['a deal worth 40 million pounds', { text: '40 million pounds', unit: 'GBP', kind: 'money' }],
  ])('%s', (text, want) => expectOne(text, want));
});

describe('findFigures: ranges and qualifiers', () => {
  it.each<[string, Want]>([
    ['between 3 and 4 million homes', { text: 'between 3 and 4 million', value: null, low: 3e6, high: 4e6, subject: 'homes' }],
    ['10 to 15 boats', { text: '10 to 15', low: 10, high: 15 }],
    ['a 20-25 minute walk', { text: '20-25 minute', low: 20, high: 25, unit: 'min' }],
    ['six to 8 feet tall', { text: 'six to 8 feet', low: 6, high: 8, unit: 'ft' }],
    ['cost $2-3 billion', { text: '$2-3 billion', low: 2e9, high: 3e9, unit: 'USD' }],
    ['a beam 9 ft 6 in long', { text: '9 ft 6 in', value: 9.5, unit: 'ft' }],
    ['the 6-foot-2 guard', { text: '6-foot-2', value: 6.16666666666667, unit: 'ft' }],
    ['a baby of 7 lb 4 oz', { text: '7 lb 4 oz', value: 7.25, unit: 'lb' }],
    ['a mass of 4.5 ± 0.5 kg', { text: '4.5 ± 0.5 kg', value: 4.5, low: 4, high: 5, unit: 'kg' }],
    ['some 900 sheep', { text: 'some 900', qualifier: 'about', subject: 'sheep' }],
    ['nearly 40 boats', { text: 'nearly 40', qualifier: 'about' }],
    ['over 300 lorries', { text: 'over 300', qualifier: 'more-than' }],
    ['more than 70 flights', { text: 'more than 70', qualifier: 'more-than' }],
    ['at least 12 houses', { text: 'at least 12', qualifier: 'at-least' }],
    ['fewer than 9 seats', { text: 'fewer than 9', qualifier: 'less-than' }],
    ['up to 50 km', { text: 'up to 50 km', qualifier: 'at-most' }],
    ['profits rose 8%', { text: '8%', qualifier: 'up' }],
    ['exports fell by 6 percent', { text: '6 percent', qualifier: 'down' }],
    ['shares were up 3%', { text: '3%', qualifier: 'up' }],
    ['200 or more guests', { text: '200 or more', qualifier: 'at-least' }],
    ['a room of 3 m x 4 m', { text: '3 m', unit: 'm' }],
    ['the gas was heated to 373.15K', { text: '373.15K', value: 373.15, unit: 'K', kind: 'measure' }],
    ['sales of 2.5K units', { text: '2.5K', value: 2500, kind: 'count' }],
    ['a plot 2 m by 5.5 m wide', { text: '5.5 m', unit: 'm' }],
    ['He earns 3 m a year', { text: '3', unit: null }],
    ['loans to less than or equal to 25 firms', { text: 'less than or equal to 25', qualifier: 'at-most' }],
    ['a score equal to or greater than 70', { text: 'equal to or greater than 70', qualifier: 'at-least' }],
    ['a fee equal to 40 dollars', { text: 'equal to 40 dollars', qualifier: 'exact' }],
    ['ages greater than 18 but less than or equal to 65', { text: 'greater than 18 but less than or equal to 65', low: 18, high: 65 }],
    ['a 3% rise in rents', { text: '3%', qualifier: 'up' }],
    ['a $2 drop in the price', { text: '$2', qualifier: 'down' }],
    ['3 cuts were made', { text: '3', qualifier: 'exact' }],
    ['turnout of 67%, up from 61% in May', { text: '61%', qualifier: 'exact' }],
    ['7,000 of them stayed after 7,000 migrant workers left', { text: '7,000 migrant workers'.slice(0, 5), qualifier: 'exact' }],
  ])('%s', (text, want) => expectOne(text, want));

  it('takes the subject of "N of them" from the figure before', () => {
    const f = figures('About 900 fishing boats sailed, and 300 of them returned.');
    expect(f.map((x) => x.subject)).toEqual(['fishing boats', 'fishing boats']);
  });
});

describe('findFigures: dates, years, times, ordinals, identifiers are not quantities', () => {
  it.each<[string, string, string]>([
    ['It began on March 3, 2021, in the city.', 'March 3, 2021', 'date'],
    ['Talks resume 14 June.', '14 June', 'date'],
    ['The law passed in 1998.', '1998', 'year'],
    ['prices in the 1970s', '1970s', 'year'],
    ['the 2019-20 season', '2019-20', 'year'],
    ['the meeting at 6:30 p.m. ended', '6:30 p.m.', 'date'],
    ['Doors shut at 6 p.m. on Fridays.', '6 p.m.', 'date'],
    ['Doors shut at 6pm. Staff left.', '6pm', 'date'],
    ['The shift ran until 4am.', '4am', 'date'],
    ['It opens at 9:15am.', '9:15am', 'date'],
    ['filed on 2023-04-05', '2023-04-05', 'date'],
    ['the 3rd round', '3rd', 'ordinal'],
    ['the fifth day', 'fifth', 'ordinal'],
    ['the twenty-first stage', 'twenty-first', 'ordinal'],
    ['under Section 427 of the code', '427', 'other'],
    ['a fleet of Boeing 737 jets', '737', 'other'],
    ['an F-16 flew over', '16', 'other'],
    ['the G7 summit', '7', 'other'],
    ['call 555-867-5309 now', '555', 'other'],
    ['The clinic is open 24/7 now.', '24/7', 'other'],
    ['a 60/40 split of the profits', '60/40', 'other'],
    ['won 3/4 of the seats', '3/4', 'count'],
    // every shape found in any case and spacing its patterns allow (each is tried only where its hint is)
    ['doors open at 7 P.M. sharp', '7 P.M.', 'date'],
    ['the bell rang at 9AM', '9AM', 'date'],
    ['the bus left at 8.15 am', '8.15 am', 'date'],
    ['hits of the ’80s', '’80s', 'year'],
    ['the war of 1939–45', '1939–45', 'year'],
    ['signed 4.7.2019 in Bern', '4.7.2019', 'date'],
    ['due sept 9', 'sept 9', 'date'],
  ])('%s -> %s is %s', (text, span, kind) => expectOne(text, { text: span, kind }));

  it.each<[string]>([['ticket 12-4431/2210 was void'], ['dial +1-222-3333/3333']])('a slash pair ending a chain of digit groups is no ratio: %s', (text) => {
    expect(figures(text).some((f) => f.rule === 'slash-pair')).toBe(false);
  });

  it.each<[string, string]>([
    ['No one came to the door.', 'no one'],
    ['She is the one who called.', 'the one'],
    ['They helped one another.', 'one another'],
    ['The score was high in Tarnby.', 'no number'],
    ['first quarter results', 'quarter as a period'],
    ['They cut it in half.', 'half with no determiner after'],
    ['Quarter the onions first.', 'quarter as a verb'],
    ['All that work was for naught.', 'the idiom for naught'],
    ['The plan came to nought.', 'the idiom came to nought'],
    ['It is one of the oldest bridges in town.', 'one of the: a member, not a count'],
    ['Maybe one where the owners pay.', 'one before a relative'],
    ['I want one that works.', 'one that'],
    ['No one in the hall spoke.', 'no one before in'],
    ['The mayor said the decision had been a difficult one.', 'an adjective before one'],
    ['The old bridge failed, so they built a new one that floats.', 'a new one that'],
  ])('leaves alone: %s (%s)', (text) => {
    expect(figures(text).filter((f) => ['count', 'money', 'percent', 'measure'].includes(f.kind))).toEqual([]);
  });

  it('counts a four-digit number before a plural noun', () => {
    expectOne('The firm hired 1500 engineers in 2010.', { text: '1500', kind: 'count', subject: 'engineers' });
    expectOne('The firm hired 1500 engineers in 2010.', { text: '2010', kind: 'year' });
  });

  it.each<[string, string]>([
    ['He lost the 1988 primaries badly.', '1988'],
    ['Her 2014 returns were audited.', '2014'],
  ])('a determiner before a number in the years range makes it a year: %s', (text, span) => expectOne(text, { text: span, kind: 'year' }));

  it.each<[string, string, string]>([
    // a round hundred before people, or a capitalised sentence opener before a number, is a headcount
    ['The 2000 workers at the plant went on strike.', '2000', 'count'],
    ['Its 1900 staff were told on Monday.', '1900', 'count'],
    ['About 2000 people attended the rally.', 'About 2000', 'count'],
    ['Nearly 1900 children were fed.', 'Nearly 1900', 'count'],
    // a year before people that is no round hundred, and a year after a name, stay years
    ['The 2016 candidates met in Ohio.', '2016', 'year'],
    ['The 1990 women\'s final was close.', '1990', 'year'],
    ['In 2000 the plant closed.', '2000', 'year'],
    ['Tarnby 2030 sets out goals.', '2030', 'year'],
    // a stock index's name and number is an identifier
    ['Shares in the Russell 2000 index fell 3%.', '2000', 'other'],
    ['The Vantor 1900 average rose.', '1900', 'other'],
  ])('years against headcounts and index names: %s', (text, span, kind) => expectOne(text, { text: span, kind }));

  it.each<[string, string, number, string | null]>([
    // spaced and with no "of" after, quarters are periods of a year
    ['Stocks will take at least two quarters to recover.', 'at least two quarters', 2, 'quarter'],
    ['Profit fell in the last 3 quarters.', '3 quarters', 3, 'quarter'],
    // parts of a whole
    ['Three quarters of drivers agreed.', 'Three quarters', 0.75, null],
    ['About three-quarters back the plan.', 'About three-quarters', 0.75, null],
    ['The jug is three quarters full.', 'three quarters', 0.75, null],
  ])('quarters: %s', (text, span, value, unit) => expectOne(text, { text: span, value, unit }));

  it.each<[string, string, string]>([
    // a tally or a score goes down; a range goes up
    ['The board voted 5-4 to sell.', '5-4', 'other'],
    ['United won 21-17 at home.', '21-17', 'other'],
    ['The court ruled by a 6-to-3 vote.', '6-to-3', 'other'],
    ['Shifts run 8-12 hours.', '8-12 hours', 'measure'],
    // projections past this century, after a year's preposition
    ['Seas may rise a metre by 2100.', '2100', 'year'],
    ['The mine shed 2150 jobs.', '2150', 'count'],
  ])('scores and late years: %s', (text, span, kind) => expectOne(text, { text: span, kind }));

  it.each<[string, string]>([
    ['The poll ran Nov. 3-7 among voters.', 'Nov. 3-7'],
    ['Talks run July 10–12, 2027.', 'July 10–12, 2027'],
  ])('a span of days is one date: %s', (text, span) => expectOne(text, { text: span, kind: 'date' }));

  it('a straight quote closing a quoted name after a number is no inch mark', () => {
    expectOne('Staff joined the "Raise to 20" drive.', { text: '20', kind: 'count', unit: null });
    expectOne('He bought a 12" pizza.', { text: '12"', unit: 'in' });
  });

  it.each<[string, string, string]>([
    ['Rosa Ile died on Monday. She was 88.', '88', 'measure'],
    ['He turns 40, his sister said.', '40', 'measure'],
    ['Turnout was 67.', '67', 'count'],
  ])('an age after he/she was: %s', (text, span, kind) => expectOne(text, { text: span, kind }));

  it.each<[string, string, string]>([
    ['Anyone with information should call 101.', '101', 'other'],
    ['Dial 999 at once.', '999', 'other'],
    ['Police called 30 witnesses.', '30', 'count'],
  ])('a number to call is no count: %s', (text, span, kind) => expectOne(text, { text: span, kind }));

  it('keeps one of a stated total', () => {
    expectOne('One of the 12 pilots quit.', { text: 'One', value: 1, kind: 'count' });
  });

  it.each<[string, string]>([
    ['Profits rose 8% year over year.', '8%'],
    ['The firm posted revenue of $4 billion.', '$4 billion'],
  ])('subject: a period after a rate is none (what rose is), a verb before the level is cut: %s', (text, span) => {
    expect(figures(text).find((f) => f.text === span)?.subject).toBe(span === '8%' ? 'Profits' : 'revenue');
  });

  it('scores in naught after no idiom word stay zero', () => {
    expectOne('The score stood at naught.', { text: 'naught', value: 0, kind: 'count' });
  });
});

describe('findFigures: hostile numbers stay finite', () => {
  it.each<[string]>([['1e999'], ['9'.repeat(400)], ['1' + ',000'.repeat(120)], ['0/0 and 5/0']])('%s', (text) => {
    for (const f of figures(text)) {
      if (f.value !== null) expect(Number.isFinite(f.value)).toBe(true);
    }
  });
});

// words are looked up in the number-word tables; a word that names a member of every object ("constructor",
// "toString") is no number word and ends the number before it (plain-object tables would read it as one)
describe('findFigures: words named like object members are no number words', () => {
  it.each<[string, Want]>([
    ['They sold 5 constructor kits.', { text: '5', value: 5, kind: 'count' }],
    ['twenty constructor', { text: 'twenty', value: 20, kind: 'count' }],
    ['We ate three and a constructor.', { text: 'three', value: 3, kind: 'count' }],
    ['It weighs 4 constructor.', { text: '4', value: 4, kind: 'count', unit: null }],
    ['They sent two hundred toString calls.', { text: 'two hundred', value: 200 }],
    ['Tom has five valueOf tokens.', { text: 'five', value: 5 }],
    ['They made 3 __proto__ pies.', { text: '3', value: 3 }],
  ])('%s', (text, want) => expectOne(text, want));
});

describe('subjectKey: figures that disagree compare by subject', () => {
  it.each<[string | null, string | null]>([
    ['Dairy Farmers', 'dairy farmer'],
    ['the Cities', 'city'],
    ['people', 'person'],
    ['Boxes', 'box'],
    ['news', 'news'],
    ['Café owners’', 'cafe owner'],
    [null, null],
    ['the', null],
  ])('%s -> %s', (subject, key) => expect(subjectKey(subject)).toBe(key));

  it('keys on kind and unit too', () => {
    expect(figureKey({ subject: 'troops', kind: 'count', unit: null })).toBe('count||troop');
    expect(figureKey({ subject: null, kind: 'money', unit: 'USD' })).toBeNull();
  });
});

describe('findFigures: news conventions', () => {
  it.each<[string, Want]>([
    ['Prices rose 5-6% last year.', { text: '5-6%', low: 5, high: 6, kind: 'percent', qualifier: 'up' }],
    ['About 1.5m people live there.', { text: 'About 1.5m', value: 1.5e6, kind: 'count', subject: 'people' }],
    ['They ran on a 400m track.', { text: '400m', value: 400, unit: 'm' }],
    ['Growth hit 5pc.', { text: '5pc', kind: 'percent' }],
    ['Ana Ruiz, 45, said it rained.', { text: '45', kind: 'measure', unit: 'year' }],
    ['It reached 41.5C on Monday.', { text: '41.5C', unit: '°C' }],
    ['The index gained 12.5 points.', { text: '12.5 points', unit: 'pt', qualifier: 'up' }],
    ['Talks drew 3,000 delegates four years ago.', { text: '3,000', subject: 'delegates' }],
    ['Unemployment stood at 4.1 percent.', { text: '4.1 percent', subject: 'Unemployment' }],
    ['The jobless rate of 5% is high.', { text: '5%', subject: 'jobless rate' }],
    ['He said it was 5%.', { text: '5%', subject: null }],
    ['She won 5% of the popular vote.', { text: '5%', subject: 'popular vote' }],
  ])('%s', (text, want) => expectOne(text, want));

  it.each<[string, string[]]>([
    ['CHF 5 million and 5 million Swiss francs', ['CHF 5 million', '5 million Swiss francs']],
    ['SEK 10bn and 20 dollars', ['SEK 10bn', '20 dollars']],
    ['two million and two million', ['two million', 'two million']],
    ['one thousand and one nights', ['one thousand and one']],
  ])('splits or joins "and": %s', (text, spans) => {
    expect(figures(text).map((f) => f.text)).toEqual(spans);
  });

  it('does not read "rose 5% to 7%" as a range', () => {
    expect(figures('Sales rose 5% to 7% of revenue.').map((f) => f.text)).toEqual(['5%', '7%']);
  });
});

describe('findFigures: identifiers against tallies', () => {
  it.each<[string, string, string]>([
    ['Voters favour it 3-1 here.', '3-1', 'other'], // a tally: one record, not an identifier
    ['Near 1750 GMT the index fell.', '1750', 'date'],
    ['Under Rule 40 of the party', '40', 'other'],
    ['the Western 2016 hopefuls', '2016', 'year'],
    ['Fans Chant 4 Words At Rally', '4', 'count'],
    ['The fund sent its 27F filing late.', '27', 'other'],
    ['post id 408812337790215542 was deleted', '408812337790215542', 'other'],
    ['The end. 9. LOCAL TEAM WINS', '9', 'other'],
  ])('%s -> %s is %s', (text, span, kind) => expectOne(text, { text: span, kind }));

  // a market index is a name with its number ("the FTSE 100 fell"): an identifier, never a count,
  // even where the name looks like a surname (the mention finder may call it a person)
  it.each<[string, string]>([
    ['The S&P 500 lost 1.4% on Friday.', '500'],
    ['The Tessaro 40 index fell 12 points.', '40'],
    ['The Vantor 150 average gained 1%.', 'Vantor'],
    ['The Kessel 50 was flat at the close.', 'Kessel'],
  ])('%s: the index number is kind other', (text, name) => {
    const span = text.match(/\d+(?=[ ,.]| index| average)/)![0];
    const at = text.indexOf(name) + name.length;
    const found = extractFigures(text, new Set([at]));
    expect(found.filter((c) => text.slice(c.start, c.end) === span).map((c) => c.kind)).toEqual(['other']);
  });

  it.each<[string, string[]]>([
    ['The count stands at Ana Ruiz 384, Bo Lee 300.', ['384', '300']],
    ['Ana Ruiz 384 votes to Bo Lee 300 votes.', ['384', '300']],
  ])('%s: after a person a tally stays a count', (text, spans) => {
    const found = extractFigures(text, new Set([text.indexOf('Ana Ruiz') + 8, text.indexOf('Bo Lee') + 6]));
    expect(found.filter((c) => spans.some((s) => text.slice(c.start, c.end).startsWith(s))).map((c) => c.kind)).toEqual(['count', 'count']);
  });

  it('a number right after a person name is a tally, not an identifier', () => {
    const text = 'The count stands at Ana Ruiz 384 and Bo Lee 300.';
    const at = (w: string) => text.indexOf(w) + w.length;
    const found = extractFigures(text, new Set([at('Ana Ruiz'), at('Bo Lee')]));
    expect(found.map((c) => [text.slice(c.start, c.end), c.kind])).toEqual([['384', 'count'], ['300', 'count']]);
  });
});

describe('findFigures: a spaced "A to B" after a vote or a win is one tally', () => {
  const spans = (text: string) => extractFigures(text).map((c) => [text.slice(c.start, c.end), c.kind]);
  it.each<[string, string]>([
    ['The vote was 71 to 28.', '71 to 28'],
    ['The measure passed 40 to 39 on Monday.', '40 to 39'],
    ['Harlow won 4 to 2.', '4 to 2'],
  ])('%s', (text, want) => {
    expect(spans(text)).toContainEqual([want, 'other']);
  });
  it.each<[string, string]>([
    ['Staff fell from 71 to 28.', '71 to 28'],
    ['We expect 20 to 30 guests.', '20 to 30'],
    ['The board voted to keep 12 to 9 seats.', '12 to 9'],
  ])('leaves alone: %s', (text, span) => {
    expect(spans(text)).not.toContainEqual([span, 'other']);
  });
});
