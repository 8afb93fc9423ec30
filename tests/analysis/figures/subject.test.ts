// Subjects of figures (src/analysis/figures/subject.ts): what a figure counts or measures.
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../src/analysis/figures/index.js';
import { figures } from './figures-of.js';

function subjectOf(text: string, figure: string): string | null | undefined {
  const f = extractFigures(text).find((c) => text.slice(c.start, c.end) === figure);
  expect(f, `${figure} in ${text}`).toBeDefined();
  return f?.subject;
}

describe('figure subjects: the noun phrase after the figure', () => {
  it.each<[string, string, string | null]>([
    // after a count, an adjective of people names those counted, before a particle or the clause's end too
    ['Rescuers pulled six wounded out of the hut.', 'six', 'wounded'],
    // livestock counted by the head
    ['The station runs 4,500 head of sheep.', '4,500', 'sheep'],
    ['The flood left 200 homeless.', '200', 'homeless'],
    ['The quake left 3,000 displaced across the valley.', '3,000', 'displaced'],
    // words in -ous, -us, -is are no plural heads: the phrase goes on to the noun
    ['The panel listed seven absurd claims.', 'seven', 'absurd claims'],
    ['She named eleven notorious blunders of the year.', 'eleven', 'notorious blunders'],
    ['Volunteers found 40 bonus tickets.', '40', 'bonus tickets'],
    // a plural noun still ends the phrase
    ['About 300 nurses walked out.', 'About 300', 'nurses'],
    // a capitalised group plural ends the phrase; the verb after it is no noun
    ['Some 52 percent of Canadians say the tax is fair.', 'Some 52 percent', 'Canadians'],
    ['Nearly 40 percent of Methodists attend weekly.', 'Nearly 40 percent', 'Methodists'],
    // an abbreviation's dots do not end the phrase
    ['Rebels seized two U.N. supply depots on Monday.', 'two', 'U.N. supply depots'],
    // a singular noun before a verb-looking word makes a compound
    ['The bill would hit four hedge fund owners.', 'four', 'hedge fund owners'],
    ['Analysts expect three tax cut proposals.', 'three', 'tax cut proposals'],
    // after a modifier an unknown -ing word is part of the noun
    ['Officials opened six rural polling stations.', 'six', 'rural polling stations'],
    // what moved is named before its verb of movement, and the new level after "to" is the same thing's
    ['Operating profit fell 18% to $40 million.', '18%', 'Operating profit'],
    ['Operating profit fell 18% to $40 million.', '$40 million', 'Operating profit'],
    ['Water bills could rise by as much as 9 percent.', 'as much as 9 percent', 'Water bills'],
    // "by" ends the verb of movement only right after one ("slipped by"); after any other word ("led by") no change is named
    ['Ferry fares slipped by 4% in May.', '4%', 'Ferry fares'],
    ['Ferry fares slipped  by 4% in May.', '4%', 'Ferry fares'],
    ['The motion was carried by 55%.', '55%', null],
    // a verb of evidence before the head ends what came before it
    ['Official figures show unemployment rose to 5.1% in March.', '5.1%', 'unemployment'],
    // a forecast verb's noun before the amount
    ['The chain expects revenue between $2 billion and $2.2 billion.', 'between $2 billion and $2.2 billion', 'revenue'],
    // after a possessive a verb-looking word is its noun
    ['Dams take up to 40 per cent of the river’s flow.', 'up to 40 per cent', 'river’s flow'],
    // five words fit
    ['Exactly 14 West Virginia county school boards voted.', 'Exactly 14', 'West Virginia county school boards'],
    // a designation with digits is one word of the phrase
    ['The navy flies 300 K-19 jets.', '300', 'K-19 jets'],
    ['The ferry, a 12-year-old Marlin M220, ran aground.', '12-year-old', 'Marlin M220'],
    // (digits after a blank are no part of a word: the year stays out)
    ['Dockers at Tarn cut 40 shifts in 2019.', '40', 'shifts'],
    // after a noun's "of", a word then "the" or a possessive is the verb: what is measured is the noun before "of"
    ['Gusts of 70mph hit the harbour wall.', '70mph', 'Gusts'],
    ['Doses of 5mg cut the risk of a relapse.', '5mg', 'Doses'],
    ['Losses of 12% hit their pension fund.', '12%', 'Losses'],
    // a noun after the measure with no object after it is still what is measured
    ['A dose of 5mg morphine was given.', '5mg', 'morphine'],
    // a verb in -s that is no plural noun ends the phrase; a plural noun in -s after a noun does not
    ['Roughly a third of the budget goes on salaries.', 'Roughly a third', 'budget'],
    ['The 1.6-litre engine produces 140bhp.', '1.6-litre', 'engine'],
    ['The fund bought 1,500 company shares.', '1,500', 'company shares'],
    // after a count the noun may open a relative clause without "that"
    ['She is one of 12 players the club signed.', '12', 'players'],
  ])('%s (%s) -> %s', (text, figure, subject) => expect(subjectOf(text, figure)).toBe(subject));
});

describe('figure subjects: what is left out', () => {
  it.each<[string, string, string | null]>([
    // an adjective of people after a percentage is a degree, not what is counted ("14 injured" is counted)
    ['Tests found 30 percent infected.', '30 percent', null],
    // a head with no "of" after it is the noun itself
    ['The statue has 3 heads carved in oak.', '3', 'heads'],
    // place and measure adverbs are no subject
    ['The village lies 40 miles north of the capital.', '40 miles', null],
    ['The wall stood 12 feet tall.', '12 feet', null],
    ['The firm keeps $2 billion offshore.', '$2 billion', null],
    ['With nine days left, the race is close.', 'nine days', null],
    // ("sold for" is a verb of level: what was sold is named before it)
    ['The house sold for $400,000 total.', '$400,000', 'house'],
    // a preposition compromise tags as an adjective ends the phrase
    ['Fire burned more than 41,000 acres near the town.', 'more than 41,000 acres', null],
    // "in" then a time of trading says when, not what for: the thing whose price it is comes before
    ['Shares fell to $71.30 in morning trading.', '$71.30', 'Shares'],
    ['The stock hit $9 in overnight trade.', '$9', 'stock'],
    // a pronoun or a condition after the figure starts a clause, even capitalised
    ['The best one I have seen was blue.', 'one', null],
    ['It all came to nothing, and three If clauses remained.', 'three', null],
    // a percentage followed by its verb in -ed
    ['Only 12 percent picked the mayor.', '12 percent', null],
    ['About 9 percent picked housing as the issue.', 'About 9 percent', null],
    // a bare verb, then a pronoun, determiner or name: the percentage is the clause's subject
    ['Some 44 percent say they would move.', 'Some 44 percent', null],
    ['About 3 in 10 want the mayor out.', 'About 3 in 10', null],
    // one adjective alone names nothing counted (the level's noun before it does)
    ['The bridge is 80 percent complete.', '80 percent', 'bridge'],
    ['Costs rose, and 30 percent later.', '30 percent', null],
    // a percentage then an -ing participle: no subject
    ['Another 8 percent voting by mail were late.', '8 percent', null],
    // a participle in -ed closing the phrase is dropped
    ['The 14 hikers stranded by the storm were found.', '14', 'hikers'],
    ['It was one firm linked to the mayor.', 'one', 'firm'],
    // an -ing verb closing a reduced clause is dropped
    ['No team has crossed the 300 vote threshold heading into May.', '300', 'vote threshold'],
    // one word in -ed before a verb's particle is the verb ("turned out", "showed up")
    ['Dozens turned out for the parade.', 'Dozens', null],
    ['The coach said twenty turned up late.', 'twenty', null],
    // a rate's subject is before it: "in the" after it says where
    ['Rice fetched $510/t in the port.', '$510/t', 'Rice'],
    ['Farmland sold for $9,000 per acre in the valley.', '$9,000 per acre', 'Farmland'],
  ])('%s (%s) -> %s', (text, figure, subject) => expect(subjectOf(text, figure)).toBe(subject));

  it.each<[string, string, string | null]>([
    // an agent's verb names who acted, not what is counted
    ['The mayor raised $2 million for the fund.', '$2 million', null],
    ['The index shot up 6 percent.', '6 percent', null],
    // a determiner before the percentage makes it a modifier: an -ed word after it may be a noun's adjective
    ['It showed a 4 percent increased risk.', '4 percent', 'increased risk'],
    // a possessive before the percentage makes it a modifier
    ["It missed the board's 12 percent rating threshold.", '12 percent', 'rating threshold'],
    // after "of", an -ed word is an adjective of the noun
    ['Staff will own 30 percent of the enlarged group.', '30 percent', 'enlarged group'],
    // the same word as a noun, with nothing after it
    ['The plan won 58% support.', '58%', 'support'],
    ['It kept its flat 20 percent rate. Then it fell.', '20 percent', 'rate'],
    // lower-case plurals the lexicon knows may modify a noun after them
    ['The city hired 800 police officers.', '800', 'police officers'],
    // "in" then what the money is for names it
    ['The fund gave $5 million in aid.', '$5 million', 'aid'],
    // after a rate, "in" then no "the" still names what the money is for
    ['Holders got 40 cents per share in dividends.', '40 cents per share', 'dividends'],
    // an -ed word before a noun stays, a particle after the noun notwithstanding
    ['Rangers found 40 armed poachers out at dawn.', '40', 'armed poachers'],
  ])('%s (%s) -> %s (left alone)', (text, figure, subject) => expect(subjectOf(text, figure)).toBe(subject));
});

describe('findFigures: dates, years, times, ordinals, identifiers are not quantities', () => {
  it.each<[string, string]>([
    ['Profits rose 8% year over year.', '8%'],
    ['The firm posted revenue of $4 billion.', '$4 billion'],
  ])('subject: a period after a rate is none (what rose is), a verb before the level is cut: %s', (text, span) => {
    expect(figures(text).find((f) => f.text === span)?.subject).toBe(span === '8%' ? 'Profits' : 'revenue');
  });
});
