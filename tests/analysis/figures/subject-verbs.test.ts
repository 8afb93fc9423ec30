// Subjects of figures read before their verb (src/analysis/figures/subject-before.ts, subject-object.ts, subject.ts,
// carry.ts): totals, objects of an agent's verb, hedges and reports between the noun and the verb, degrees, periods.
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../src/analysis/figures/index.js';

function subjectOf(text: string, figure: string): string | null | undefined {
  const f = extractFigures(text).find((c) => text.slice(c.start, c.end) === figure);
  expect(f, `${figure} in ${text}`).toBeDefined();
  return f?.subject;
}

describe('figure subjects: what these rules catch', () => {
  it.each<[string, string, string | null]>([
    // a hedge adverb between the noun and its verb is popped (the sources stage records the hedge)
    ['The pier reportedly cost $9m.', '$9m', 'pier'],
    ['The bid was allegedly worth $2 million.', '$2 million', 'bid'],
    // a passive of report raising the noun over "to have"
    ['Exports are said to have fallen 9%.', '9%', 'Exports'],
    ['Mill output is thought to have dropped to 300 tonnes a week.', '300 tonnes a week', 'Mill output'],
    // a count after a verb of a total passed, held or averaged
    ['Crowds at the fair averaged 12,000.', '12,000', 'Crowds'],
    ['The toll stood at 40 on Sunday.', '40', 'toll'],
    ['Applications topped 9,000.', '9,000', 'Applications'],
    // a price a thing fetches now ("sells for", as "sold for")
    ['A sack of maize now sells for 900 shillings.', '900 shillings', 'sack of maize'],
    // the object of an agent's verb before "by", "to" or "at"
    ['The firm cut prices by 5%.', '5%', 'prices'],
    ['Tolby council raised the parking fee to $4.', '$4', 'parking fee'],
    ['The bank held its lending rate at 4.5%.', '4.5%', 'lending rate'],
    ['The plan would cut the risk of floods by a third.', 'a third', 'risk of floods'],
    // a percentage before a degree adjective the lexicon lacks names the noun before its verb
    ['The serum was 85 percent effective.', '85 percent', 'serum'],
    ['The serum was 85 percent effective against the strain.', '85 percent', 'serum'],
    // a period after "in" says when the money moved, not what it is for
    ['Revenue rose to $40 million in the fiscal year.', '$40 million', 'Revenue'],
    // the place of a run before the whole's number
    ['The Larks have won eight of their last 12 games.', 'eight', 'games'],
    ['Tova Lind has won 11 of the past 15 races.', '11', 'races'],
    // the same change said again
    ['The index fell 300 points, or 0.8%.', '0.8%', 'index'],
    // a level noun reached names no subject: the noun before its verb does
    ['Tin prices hit a five-year high of $31,000 a tonne.', '$31,000 a tonne', 'Tin prices'],
    ['Shares in Orvo fell to a record low of $3.', '$3', 'Shares'],
    // a period by its place after the head's preposition ("for next year") is cut like a place
    ['The county budget for next year is $90 million.', '$90 million', 'county budget'],
    // an -ing word before a possessive is a participle's verb
    ['Sales were $40 million, topping analysts’ estimates of $38 million.', '$38 million', 'analysts’ estimates'],
    // money "on" what a verb of spending buys
    ['The board will spend $3m on new ferries.', '$3m', 'new ferries'],
    // a month before the noun "of" the figure says when
    ['Profit beat its June forecast of $4 million.', '$4 million', 'forecast'],
  ])('%s (%s) -> %s', (text, figure, subject) => expect(subjectOf(text, figure)).toBe(subject));
});

describe('figure subjects: what these rules leave alone', () => {
  it.each<[string, string, string | null]>([
    // an -ly word inside the phrase stays
    ['The monthly levy rose 4%.', '4%', 'monthly levy'],
    // a report verb before the noun is no raising verb
    ['Officials said prices rose 5%.', '5%', 'prices'],
    // a bare count after "was" or "hit" is no total
    ['The victim was 61.', '61', null],
    ['Ola Brenn hit 3 in the first set.', '3', null],
    // ("sells for" reads a price, not a bare count)
    ['Each ticket sells for 40 at the door.', '40', null],
    // a preposition after the verb opens no object: it names the agent
    ['The club was valued by analysts at $3bn.', '$3bn', null],
    // a verb of movement keeps its subject
    ['Sales rose by 5% in May.', '5%', 'Sales'],
    // after a determiner the adjective-looking word is the noun
    ['Staff got a 5% incentive.', '5%', 'incentive'],
    // what money "in" a fund is for stays
    ['The city put $5 million in aid.', '$5 million', 'aid'],
    // no run place before a plain noun
    ['Two of the finalists withdrew.', 'Two', 'finalists'],
    // a level noun after an agent's verb is left as it was read
    ['The firm posted a record high of $5 billion.', '$5 billion', 'record high'],
    // an -ing word before a plain noun stays ("polling" is no verb here)
    ['Her polling average of 41% held.', '41%', 'polling average'],
    // a preposition before words that are no period keeps the phrase whole or gives none
    ['Demand for next-day parcels rose 9%.', '9%', 'Demand'],
    // money "on" after another verb, or "on" a day, names no purchase
    ['Shares rose $2 on the news.', '$2', 'Shares'],
    ['Tarn spent $40 on Monday.', '$40', null],
    // a raising verb before "to" is still popped
    ['Sales are forecast to rise 4%.', '4%', 'Sales'],
    // a restated change with its own noun keeps it
    ['Revenue was $4 billion, or 12% of sales.', '12%', 'sales'],
  ])('%s (%s) -> %s', (text, figure, subject) => expect(subjectOf(text, figure)).toBe(subject));
});

describe('figure subjects: the noun before an estimate word', () => {
  it.each<[string, string, string]>([
    ['Forecasters expect highs near 97 degrees on Sunday.', 'near 97 degrees', 'highs'],
    ['Forecasters expect lows near 12 degrees.', 'near 12 degrees', 'lows'],
  ])('%s -> %s counts %s', (text, figure, want) => {
    expect(subjectOf(text, figure)).toBe(want);
  });
});
