// Where a reported content starts and ends around small words: a demonstrative "that" as the clause's
// subject, a time phrase between cue and clause, a relative clause between commas inside the content.
// Invented texts; hand-built mentions (quote-run.ts).
import { describe, expect, it } from 'vitest';
import { contents, type M } from '../quote-run.js';

describe('quotes: the content of a verb cue, at its edges', () => {
  it.each<[string, M[], string[]]>([
    // "that" before a finite verb is the subject of the reported clause
    ['Tenant groups say that is not enough.', [['Tenant groups', 'group', null]], ['that is not enough']],
    ['The union said that would be a mistake.', [['The union', 'description', null]], ['that would be a mistake']],
    // a time phrase, then the clause's subject and its verb: the time is when it was said
    ['The council said on Tuesday the road would close.', [['The council', 'description', null]], ['the road would close']],
    ['The firm said last week profits would fall.', [['The firm', 'description', null]], ['profits would fall']],
    ['Ana Pell said Friday night she had no plans to resign.', [['Ana Pell', 'name', 0]], ['she had no plans to resign']],
    // a relative clause between commas, then the verb of the content's subject: one content
    ['Pia Lund said a neighbour, whom she did not name, had later told her that the dog was loose.', [['Pia Lund', 'name', 0]],
      ['a neighbour, whom she did not name, had later told her that the dog was loose']],
  ])('%s', (text, ms, expected) => {
    expect(contents(text, ms)).toEqual(expected);
  });

  it.each<[string, M[], string[]]>([
    // the complementizer "that" before a subject stays out of the content
    ['The union said that the talks had failed.', [['The union', 'description', null]], ['the talks had failed']],
    // an inverted condition after "that" keeps the complementizer out
    ['Ola Finn said that had she known, she would have left.', [['Ola Finn', 'name', 0]], ['had she known, she would have left']],
    // a time phrase with no clause after it is the content's own ("said on Tuesday" of a plan)
    ['The mayor said on Tuesday morning to reporters that the pier would reopen.', [['The mayor', 'description', null]], ['the pier would reopen']],
    // a coordinated verb with its auxiliary after ", and" is what the subject did next
    ['Tom Ruiz said the fund was empty, and has since urged a review.', [['Tom Ruiz', 'name', 0]], ['the fund was empty', 'a review']],
  ])('leaves alone: %s', (text, ms, expected) => {
    expect(contents(text, ms)).toEqual(expected);
  });
});

describe('quotes: an -ing form after a bare "and" with no -ing verb before it is a noun of the content', () => {
  it.each<[string, M[], string[]]>([
    ['The minister said the levy would pay for new buses and signalling on the northern routes.', [['The minister', 'description', null]],
      ['the levy would pay for new buses and signalling on the northern routes']],
    ['The council said the grant would cover new cameras and reporting on air quality.', [['The council', 'organization', null]],
      ['the grant would cover new cameras and reporting on air quality']],
    ['Ida Kern said the levy funded legal advice and campaigning for safer rotas.', [['Ida Kern', 'name', 0]],
      ['the levy funded legal advice and campaigning for safer rotas']],
  ])('%s', (text, ms, expected) => {
    expect(contents(text, ms)).toEqual(expected);
  });

  it.each<[string, M[], string[]]>([
    // an -ing verb before it: the second -ing goes on from that one, a second act of the speaker
    ['The mayor spent the evening praising the nurses and criticizing the board for its delays.', [['The mayor', 'description', null]],
      ['the nurses', 'the board for its delays']],
  ])('leaves alone: %s', (text, ms, expected) => {
    expect(contents(text, ms)).toEqual(expected);
  });
});

describe('quotes: a backshifted modal after "and"/"but" goes on with the reported clause', () => {
  it.each<[string, M[], string[]]>([
    ['Tom Reyes said he was confident but would not predict the result.', [['Tom Reyes', 'name', 0]],
      ['he was confident but would not predict the result']],
    ['The firms said they would work with the board and were sure the deal would pass.', [['The firms', 'group', null]],
      ['they would work with the board and were sure the deal would pass']],
    // 'was' before a progressive or a feeling is backshifted too
    ['The council said it had hired 30 wardens and was offering a bonus for night shifts.', [['The council', 'organization', null]],
      ['it had hired 30 wardens and was offering a bonus for night shifts']],
    ['Ivo Brandt said he had met the mayor on Monday and was confident of a deal.', [['Ivo Brandt', 'name', 0]],
      ['he had met the mayor on Monday and was confident of a deal']],
    ['The agency says it received 300 complaints and was still warning shoppers to keep receipts.', [['The agency', 'organization', null]],
      ['it received 300 complaints and was still warning shoppers to keep receipts']],
  ])('%s', (text, ms, expected) => {
    expect(contents(text, ms)).toEqual(expected);
  });

  it.each<[string, M[], string[]]>([
    // a verb in the past after "and" is what the subject did next, a second attribution
    ['Ana Ek said the plan was fair and praised its authors.', [['Ana Ek', 'name', 0]], ['the plan was fair', 'its authors']],
    // 'was' before a passive is the speaker's own next act ("was asked"): the content ends at 'and'
    ['Ana Ek said the plan was fair and was asked about its cost.', [['Ana Ek', 'name', 0]], ['the plan was fair']],
    // 'was' cannot share a plural subject of the reported clause: the feeling is the speaker's own
    ['Ana Ek said the nurses had worked all night and was proud of them.', [['Ana Ek', 'name', 0]], ['the nurses had worked all night']],
    ['The vicar said they had raised 900 pounds and was thrilled with the result.', [['The vicar', 'description', null]], ['they had raised 900 pounds', 'the result']],
    ['Ola Dahl said the two ferries were late and was confident of a refund.', [['Ola Dahl', 'name', 0]], ['the two ferries were late', 'a refund']],
  ])('leaves alone: %s', (text, ms, expected) => {
    expect(contents(text, ms)).toEqual(expected);
  });
});

describe('quotes: a relative clause with no pronoun whose cue lacks its object', () => {
  it.each<[string, M[], string[]]>([
    ['Sales came in below the $2.1 billion analysts had expected.', [['analysts', 'group', null]], ['the $2.1 billion analysts had expected']],
    ['The school is preparing for a strike it expects to run until June.', [['The school', 'description', null], ['it', 'pronoun', null]],
      ['a strike it expects to run until June']],
    ['Below are six slogans the mayor has written about cyclists.', [['the mayor', 'description', null]],
      ['six slogans the mayor has written about cyclists']],
    // a progressive verb's particle, no adjective's: the noun before it is its object
    // a predicate adjective's preposition before a time phrase (with a noun phrase after it, that is its object:
    // quotes/place-phrase.test.ts 'was proud of the crew')
    ['Ada Lund named the crew she was proud of at the time.', [['Ada Lund', 'name', 0], ['she', 'pronoun', 0]], ['the crew she was proud of at the time']],
    ['The ferry Ada Lund was referring to is Tarn Star.', [['Ada Lund', 'name', 0]], ['The ferry Ada Lund was referring to is Tarn Star']],
  ])('reports the noun phrase with its clause: %s', (text, ms, expected) => {
    expect(contents(text, ms)).toEqual(expected);
  });

  it.each<[string, M[], string[]]>([
    // a phrase of time or place before the subject is no object
    ['This week the council objected.', [['the council', 'description', null]], []],
    ['At the meeting he objected.', [['he', 'pronoun', null]], []],
    // one name, not a noun and a subject ("The Tarnby Courier reported.")
    ['Prices rose, as The Tarnby Courier reported.', [['The Tarnby Courier', 'name', 0]], []],
  ])('leaves alone: %s', (text, ms, expected) => {
    expect(contents(text, ms)).toEqual(expected);
  });
});

describe('quotes: "that" as a relative pronoun after a noun phrase', () => {
  it.each<[string, M[], string[]]>([
    ['Ida Berg lost the vote, in a count that she said broke the rules.', [['Ida Berg', 'name', 0], ['she', 'pronoun', 0]],
      ['that she said broke the rules']],
    ['The ruling opens a costly appeal that Ben Ortiz would clearly hope to avoid.', [['Ben Ortiz', 'name', 0]],
      ['that Ben Ortiz would clearly hope to avoid']],
  ])('runs the content from the pronoun: %s', (text, ms, expected) => {
    expect(contents(text, ms)).toEqual(expected);
  });

  it.each<[string, M[], string[]]>([
    // after a verb, an adjective or a listener, "that" is the complementizer
    ['The mayor made clear that he would stay.', [['The mayor', 'description', null], ['he', 'pronoun', null]], ['he would stay']],
    ['The union has warned its members that it will strike.', [['The union', 'description', null], ['it', 'pronoun', null]], ['it will strike']],
  ])('leaves alone: %s', (text, ms, expected) => {
    expect(contents(text, ms)).toEqual(expected);
  });
});
