// speakers/coreference: a pair joined by "and" is a group a later "they" can mean, for two bodies or groups as for two
// people ("The ministry and the college ... They said"): the pair, not the second body alone, nor a document named
// after it, nor the first member when it is a group. Canonical speakers of the quote whose speaker mention is "They".
// Invented texts.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/analysis/index.js';

/** The canonical speaker of the quote whose speaker mention is `mention` (the last such). */
const speakerOf = (text: string, mention: string): string | null | undefined =>
  analyze({ id: 't', text }).quotes.filter((q) => q.speakerMention?.text === mention).pop()?.speaker;

describe('speakers/coreference: "they" after a pair of bodies or groups is the pair', () => {
  it.each([
    ['The ministry and the college said they would publish a joint report. They said the study would take a year.', 'the ministry and the college'],
    ['The port authority and the fishing cooperative agreed to share the costs. They added that repairs would start in June.', 'the port authority and the fishing cooperative'],
    ['Police and firefighters searched the river overnight. They said the boy was found alive.', 'Police and firefighters'],
    ['The union and the employers met on Monday. They said talks would continue.', 'the union and employers'],
    // as for two people
    ['Ana Ruiz and Tom Fenn lost the case. They said the ruling was unfair.', 'Ana Ruiz and Tom Fenn'],
    // and for people listed by commas before the pair's "and"
    ['Ada Kim, Tom Fenn and Lia Ortz lost the case. They said the ruling was unfair.', 'Ada Kim, Tom Fenn and Lia Ortz'],
    // a body's name after "and the"; a lone word no list knows beside a body is a body's name too
    ['Oxfam and the Red Cross met the minister. They said aid was not reaching the camps.', 'Oxfam and Red Cross'],
    ['Brightwater and the WWF wrote to the harbour board on Monday. They said the dredging would harm the estuary.', 'Brightwater and WWF'],
    ['The council and Veltrona signed the lease in March. They said work would start in April.', 'the council and Veltrona'],
  ])('%s', (text, expected) => {
    expect(speakerOf(text, 'They')).toBe(expected);
  });
});

describe('speakers/coreference: leaves alone', () => {
  it.each([
    // the pair in a prepositional phrase: the subject before it speaks
    ['Officials met with police and firefighters on Monday. They said the bridge would reopen.', 'Officials'],
    // a place pair after a preposition
    ['Farmers in France and Spain protested. They said prices were too low.', 'Farmers'],
    // documents are no party: the body they were sent to is
    ['The report and the letter were sent to the board. They said the rules had been broken.', 'the board'],
  ])('%s', (text, expected) => {
    expect(speakerOf(text, 'They')).toBe(expected);
  });

  it.each([
    // a person and a body are no such pair; "it" still means one body
    ['The council and Acme signed a deal. It said the plant would open in May.', 'It', 'the council'],
    ['Ada Lind and the union met on Monday. They said talks would continue.', 'They', 'the union'],
    // a known given name alone is a person's, and "and the" before a person's name makes no pair
    ['Marta and the union met on Monday. They said talks would continue.', 'They', 'the union'],
    ['The ferry firm hired Ida Moss and the Tarn Pilots. They said the crossing was safe.', 'They', 'Tarn Pilots'],
    // a name after a preposition opens no list: the pair after it is the group
    ['A judge wrote to Ada Kim, Tom Fenn and Lia Ortz. They said the ruling was unfair.', 'They', 'Tom Fenn and Lia Ortz'],
    // a lone unknown word beside a body in a longer list is no pair of its own
    ['Ada Lind, the council and Veltrona met on Monday. It said the plant would open in May.', 'It', 'the council'],
  ])('%s', (text, mention, expected) => {
    expect(speakerOf(text, mention)).toBe(expected);
  });
});

describe('speakers/coreference: a pair split by one member named alone after it', () => {
  // the member named alone has spoken for itself; a later "they" is the other member, when that one is a group
  it.each([
    ['The council and residents clashed over parking. The council said it would not back down. They said the fees were unfair.', 'residents'],
    ['The union and the growers met on Friday. The union said it was hopeful. They said the harvest could not wait.', 'growers'],
    ['The railway and commuters traded blame for the delays. The railway said it had followed the timetable. They said the trains were too full.', 'commuters'],
  ])('%s', (text, expected) => {
    expect(speakerOf(text, 'They')).toBe(expected);
  });

  it.each([
    // two people stay a pair: the other member alone is no "they"
    ['Ada Lind and Tom Berg left the firm. Lind said she was tired. They said the board had ignored them.', 'Ada Lind and Tom Berg'],
    // no member named alone in between: the pair
    ['The council and residents clashed over parking. They said talks would resume in May.', 'the council and residents'],
  ])('%s', (text, expected) => {
    expect(speakerOf(text, 'They')).toBe(expected);
  });
});
