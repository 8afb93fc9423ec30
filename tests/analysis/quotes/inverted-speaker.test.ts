import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/analysis/index.js';
import { canBeInvertedSpeaker } from '../../../src/analysis/quotes/inverted-speaker.js';
import { runQuotes, type M } from '../quote-run.js';
import type { Entity } from '../../../src/types.js';

const ann: Entity = { name: 'Ann Lee', kind: 'person', roles: ['mayor'], aliases: ['Lee'], gender: 'female' };

const first = (text: string) => {
  const q = analyze({ id: 't', text }).quotes[0];
  return q ? [q.text, q.speakerMention?.text ?? null] : null;
};

describe('quotes: who may follow a cue put before its speaker', () => {
  it.each([
    // a description that says whom it works for, and a bare group
    ['Fares will rise in May, said a spokesman for the port.', 'Fares will rise in May', 'a spokesman'],
    ['Inspectors will visit the pier, said a senior engineer at the Harbour Board.', 'Inspectors will visit the pier', 'a senior engineer'],
    ['Voters stayed calm, said an observer with the mission.', 'Voters stayed calm', 'an observer'],
    ['Fares will rise in May, said officials.', 'Fares will rise in May', 'officials'],
    ['Fares will rise in May, said port officials.', 'Fares will rise in May', 'port officials'],
    // as before: a name, a short description
    ['Fares will rise in May, said Ida Lund.', 'Fares will rise in May', 'Ida Lund'],
    ['Fares will rise in May, said the mayor.', 'Fares will rise in May', 'the mayor'],
    // a person named by whose they are, after a sentence with a named subject of its own
    ["Tomas Brandt built the stand in a week, said the club's new captain.", 'Tomas Brandt built the stand in a week', "the club's new captain"],
    ["Pia Lund never missed a shift, said the bakery's owner.", 'Pia Lund never missed a shift', "the bakery's owner"],
    ["The town of Arvik is known for its herring, said the guidebook's author.", 'The town of Arvik is known for its herring', "the guidebook's author"],
    ["Ferry Line 4 will stop at midnight, said the operators' spokesman.", 'Ferry Line 4 will stop at midnight', "the operators' spokesman"],
    // a bare person noun, the headline style, after a content that ends in a noun of its own
    ['Moving the market will cost stallholders, warns trader.', 'Moving the market will cost stallholders', 'trader'],
    ['Late kick-offs tire young players, says head coach.', 'Late kick-offs tire young players', 'head coach'],
  ])('%s', (text, content, mention) => {
    expect(first(text)).toEqual([content, mention]);
  });

  it.each([
    // a bare noun that is no group is the verb's object (a verb after the cue is content-before-inverted.ts's test)
    ['a spokesman for the port', true],
    ['residents of the town', true],
    ['thanks', false],
    ['coach', true],
    ['fresh bread', false],
    // a person noun after more than one word is no bare headline noun
    ['thanks to the coach', false],
    ['goodbye to the crowd', false],
    // a possessive phrase speaks only when its head is a person noun
    ["the club's new captain", true],
    ["the ward's roof leaks", false],
    ["the team's prayer", false],
  ])('%j can be the speaker: %s', (after, expected) => {
    expect(canBeInvertedSpeaker(after)).toBe(expected);
  });

  it.each([
    // a subject with an apposition before "said", and a short clause with an irregular past after it: the
    // clause is the content, not an inverted speaker
    ['Lena Ortiz, a nurse, said the frost came early.', 'the frost came early', 'Lena Ortiz'],
    ['Tom Vail, a ferry pilot, said the storm began at dawn.', 'the storm began at dawn', 'Tom Vail'],
    ['Aiko Mori, an engineer, said the bridge stood firm.', 'the bridge stood firm', 'Aiko Mori'],
    // nor a possessive phrase whose head is no person, or with a verb after it
    ["Lena Ortiz, a nurse, said the ward's roof leaks.", "the ward's roof leaks", 'Lena Ortiz'],
    ["Ada Renn, a pilot, said the airline's chief executive resigned.", "the airline's chief executive resigned", 'Ada Renn'],
  ])('%s', (text, content, mention) => {
    expect(first(text)).toEqual([content, mention]);
  });

  it.each([
    // left alone: descriptions after an inverted cue, a noun spelt like a past among them
    ['The ferry will run again on Monday, said a set designer at the theatre.', 'The ferry will run again on Monday', 'a set designer'],
    ['Tickets sold out, said the stage manager.', 'Tickets sold out', 'the stage manager'],
    ['It was a long night, said the head of the crew.', 'It was a long night', 'the head'],
  ])('%s', (text, content, mention) => {
    expect(first(text)).toEqual([content, mention]);
  });

  it('leaves a bare object alone', () => {
    expect(first('He paused, said thanks and left.')).toEqual(['thanks and left', 'He']);
  });
});

describe('quotes: an inverted speaker with an apposition', () => {
  it('reads "..., said X, an apposition." as inverted even when a name stands earlier in the content', () => {
    const text = '“It is unlikely” that Tom Reyes can win, said Ann Lee, an analyst at the city college.';
    const qs = runQuotes(text, [['Tom Reyes', 'name', null], ['Ann Lee', 'name', 0]], [ann]);
    expect(qs.map((q) => [q.type, q.cue?.text, q.speakerMention?.text])).toEqual([['partial', 'said', 'Ann Lee']]);
  });
});
