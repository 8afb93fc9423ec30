// Subjects of figures read before their verb (src/analysis/figures/subject-before.ts): the noun phrase before a verb of
// level, movement or change, when nothing after the figure says what it counts or measures.
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../src/analysis/figures/index.js';

function subjectOf(text: string, figure: string): string | null | undefined {
  const f = extractFigures(text).find((c) => text.slice(c.start, c.end) === figure);
  expect(f, `${figure} in ${text}`).toBeDefined();
  return f?.subject;
}

describe('figure subjects before a verb of movement: the head, not a place after it', () => {
  it.each<[string, string, string | null]>([
    ['Water levels in the lake are rising by about 3 centimetres a year.', 'about 3 centimetres a year', 'Water levels'],
    ['Prices at the till fell 4% in May.', '4%', 'Prices'],
    ['Rents across the county rose 6%.', '6%', 'Rents'],
    ['The benchmark 30-day rate rose 15 basis points.', '15 basis points', 'benchmark 30-day rate'],
    // left alone: no place phrase, the head stays as it was
    ['Steel prices rose 8%.', '8%', 'Steel prices'],
    ['The jobless rate was 5.2%.', '5.2%', 'jobless rate'],
    ['The mill had been running at a loss of $2 million.', '$2 million', 'loss'],
  ])('%s', (text, figure, want) => {
    expect(subjectOf(text, figure)).toBe(want);
  });
});

describe('figure subjects: the noun phrase before a verb of level or movement (ending the words before the figure)', () => {
  it.each<[string, string, string | null]>([
    // the verb's last word right before the figure: a level ("was", "reached", "is") or a movement ("dropped", "by")
    ['Turnout was 61%.', '61%', 'Turnout'],
    // one adjective after "the" is the head noun, unless it names a level reached
    ['The firm was valued at $9 million.', '$9 million', 'firm'], ['The low was $3.', '$3', null],
    // ... nor an adjective pointing back to a noun said before (NO_HEAD_AFTER_THE)
    ['The latter rose 5% last year.', '5%', null], ['The new was priced at $30.', '$30', null],
    ['Ticket sales reached $3 million.', '$3 million', 'Ticket sales'],
    ['The levy is 4%.', '4%', 'levy'],
    ['Grain prices dropped by 12%.', '12%', 'Grain prices'],
    ['Grain prices dropped 12%.', '12%', 'Grain prices'],
    // left alone: another word between the verb and the figure, or no blank before the figure
    ['Grain prices dropped sharply, 12%.', '12%', null],
    ['Ticket sales slumped toward 8%.', '8%', null],
    ['The levy:4%.', '4%', null],
  ])('%s -> %s: %s', (text, figure, subject) => {
    expect(subjectOf(text, figure)).toBe(subject);
  });
});

describe('figure subjects: the noun phrase before a verb of level or change', () => {
  it.each<[string, string, string | null]>([
    // verbs of a level passed, held or set
    ['Temperatures topped 41C in Orvik on Sunday.', '41C', 'Temperatures'],
    ['The deal is valued at $700 million.', '$700 million', 'deal'],
    // a phrase of place or of whom after the head is left out, when it runs up to the verb
    ['Delays at the depot averaged 38 minutes.', '38 minutes', 'Delays'],
    ['Vaccination rates among toddlers in Lenby fell to 81 per cent.', '81 per cent', 'Vaccination rates'],
    // what an "of" names stays in
    ['Shares of Brisco Mining rose 7 percent.', '7 percent', 'Shares of Brisco Mining'],
    ['The number of burst pipes in the town rose 30 percent.', '30 percent', 'number of burst pipes'],
    ['The price of a pint has doubled to £6.10.', '£6.10', 'price of a pint'],
    // a relative clause between the head and the verb
    ['The share of tenants who rent privately fell to 28%.', '28%', 'share of tenants'],
    // auxiliaries and a raising verb between the noun and the verb
    ['Bus fares have risen 14% since May.', '14%', 'Bus fares'],
    ['Tram output appears to have fallen 6 percent.', '6 percent', 'Tram output'],
    // words between the verb and the figure
    ['Rents rose by an average of £90 a month.', '£90 a month', 'Rents'],
    // a count after a verb of movement and "by" or "to"
    ['Ferry traffic fell by a quarter last winter.', 'a quarter', 'Ferry traffic'],
    ['Burglaries in Tolby rose to 2,300 last year.', '2,300', 'Burglaries'],
    // a line break before the noun
    ['It was cloudy.\n\nWheat prices fell 4%.', '4%', 'Wheat prices'],
    // a level after "above"
    ['Rainfall was 30 percent above average.', '30 percent', 'Rainfall'],
    // the whole's number after "N of the" is skipped
    ['Half of the 300 porters are on strike.', 'Half', 'porters'],
    // an agent verb or a particle after a form of "be"
    ['Output at the mill has been cut by 30 percent.', '30 percent', 'Output'],
    ['Ridership on the Tolby line is down 22%.', '22%', 'Ridership'],
    // a level verb after a modal
    ['The fee could reach €60 million with bonuses.', '€60 million', 'fee'],
    // where a price or a total ends up, an adverb before the verb left out
    ['Profits for the year came in at $3.2 billion.', '$3.2 billion', 'Profits'],
    ['The pound was trading at $1.27.', '$1.27', 'pound'],
    ['Average wait times now stand at 14 weeks.', '14 weeks', 'Average wait times'],
    // a level set off by commas after its noun
    ['Unemployment in Tarvia, at 4.1%, remains low.', '4.1%', 'Unemployment'],
    // a noun the lexicon reads as an adjective, after another word or capitalised
    ['Light crude fell 3% on Monday.', '3%', 'Light crude'],
    ['Silver rose $2 to $31 an ounce.', '$2', 'Silver'],
  ])('%s (%s) -> %s', (text, figure, subject) => expect(subjectOf(text, figure)).toBe(subject));
});

describe('figure subjects before the verb: what is left alone', () => {
  it.each<[string, string, string | null]>([
    // a count after "was": no level read ("He was 40")
    ['By halftime the score was 3.', '3', null],
    // the noun after a preposition is never the verb's subject
    ['Spending had in fact fallen by a quarter.', 'a quarter', null],
    // a preposition of a place in a table or a race ends the phrase
    ['Larkfield sit ninth, four points outside the top six.', 'four points', null],
    ['She finished two seconds behind Ona Vell.', 'two seconds', null],
    // one lower-case adjective alone, or a participle, heads no phrase
    ['The ceremony lasts all of nine seconds.', 'nine seconds', null],
    ['The length Ona covered was 300 km.', '300 km', null],
    // commas after a verb set off a manner, not a level
    ['The firm grew, at 9%, faster than its rivals.', '9%', null],
    // a level word after an article is no verb
    ['It all went to the top 5 percent.', '5 percent', null],
    // without "be", "cut" follows its agent, never the subject: its object is (subject-object.ts)
    ['The firm cut prices by 5%.', '5%', 'prices'],
    // a relative right before the verb has its own subject there
    ['It is news to a cousin who is 17 years old.', '17 years old', null],
    // a noun "of" its figure is the one right before it, whatever phrase holds it
    ['The bank kept a buy rating on Norvik with a price target of $52.', '$52', 'price target'],
  ])('%s (%s) -> %s', (text, figure, subject) => expect(subjectOf(text, figure)).toBe(subject));
});

describe('a bare count in the thousands after "hit": a total reached', () => {
  it.each<[string, string, string | null]>([
    ['Ferry bookings hit 14,500 over the holiday weekend.', '14,500', 'Ferry bookings'],
    ['Membership of the choir hit 2,000 this spring.', '2,000', 'Membership of the choir'],
    // left alone: a small count after "hit" is things struck or scored; a pronoun names nothing
    ['The batter hit 38 this season.', '38', null],
    ['They hit 9,000 by the end of May.', '9,000', null],
  ])('%s', (text, figure, subject) => {
    expect(subjectOf(text, figure)).toBe(subject);
  });
});

describe('an irregular participle heads no subject', () => {
  it.each<[string, string, string | null]>([
    ['Sales at the hall where the prints are shown rose 7%.', '7%', null],
    // left alone: a noun head, and a participle before its noun
    ['Sales of the prints rose 7%.', '7%', 'Sales of the prints'],
    ['The written offer rose 7%.', '7%', 'written offer'],
  ])('%s', (text, figure, subject) => {
    expect(subjectOf(text, figure)).toBe(subject);
  });
});

describe('a bare verb after a plural noun ends what came before the level', () => {
  it.each<[string, string, string | null]>([
    ['Brokers expect inflation of 3% next year.', '3%', 'inflation'],
    // left alone: a bare verb form with no plural before it is a noun's modifier
    ['The rent freeze of 2% will end.', '2%', 'rent freeze'],
  ])('%s', (text, figure, subject) => {
    expect(subjectOf(text, figure)).toBe(subject);
  });
});
