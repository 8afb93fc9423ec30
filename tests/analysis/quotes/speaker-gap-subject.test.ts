// A relative clause whose gap is the reported clause's subject (quotes/speaker-gap-subject.ts): "a move unions warned
// would hit jobs" is the unions' view, not the move's nor the sentence subject's.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/analysis/index.js';
import { gapSubject } from '../../../src/analysis/quotes/speaker-gap-subject.js';

/** [content, speaker, speaker mention] of the record whose cue is `cue`. */
const row = (text: string, cue: string): [string, string | null, string | null] | undefined => {
  const q = analyze({ id: 't', text }).quotes.find((x) => x.cue?.text === cue);
  return q === undefined ? undefined : [q.text, q.speaker, q.speakerMention?.text ?? null];
};

describe('quotes: the subject between a noun and its cue speaks for the subjectless clause after the cue', () => {
  it.each([
    ['The board approved a move unions warned would hit jobs.', 'warned', ['would hit jobs', 'unions', 'unions']],
    ['The board approved a move that unions warned would hit jobs.', 'warned', ['would hit jobs', 'unions', 'unions']],
    ['The rise came in a move consumer groups warned would push families into debt.', 'warned', ['would push families into debt', 'consumer groups', 'consumer groups']],
    ['It was a decision many fans said would cost the club.', 'said', ['would cost the club', 'fans', 'many fans']],
    ['The mayor dropped a plan Ada Kim said would fail.', 'said', ['would fail', 'Ada Kim', 'Ada Kim']],
    // after a copula the antecedent opens the phrase: the plural alone speaks
    ['It was the storm forecasters predicted would hit the coast.', 'predicted', ['would hit the coast', 'forecasters', 'forecasters']],
    ['The vaccine was one doctors said had saved lives.', 'said', ['had saved lives', 'doctors', 'doctors']],
    // a prepositional phrase after the subject: its head speaks, not the preposition's object
    ['The club scrapped a fee that parents with toddlers said was too high.', 'said', ['was too high', 'parents', 'parents']],
    ['The school replaced a boiler that porters in the basement said was leaking.', 'said', ['was leaking', 'porters', 'porters']],
    // an "of" phrase is part of the subject (whose members), not a place: the whole speaks, as a group
    ['The club sold a pitch that members of the board said was worthless.', 'said', ['was worthless', 'members of the board', 'members of the board']],
    // a plural after a relative "that" is the subject, even one that is also a verb ("nurses", "cleans")
    ['The hotel shut a ward that nurses said was dirty.', 'said', ['was dirty', 'nurses', 'nurses']],
  ])('%s', (text, cue, expected) => {
    expect(row(text, cue)).toEqual(expected);
  });

  it.each([
    // no subjectless clause after the cue: the subject is read as before
    ['The city transit board said on Monday that the buses would run late.', 'said', ['the buses would run late', 'the city transit board', 'The city transit board']],
    ['Two ferry operators said the crossing would close.', 'said', ['the crossing would close', 'Two ferry operators', 'Two ferry operators']],
    // no copula before the phrase: a quantifier or determiner stays with its noun
    ['The ruling was a blow many tenants said would cost them their homes.', 'said', ['would cost them their homes', 'tenants', 'many tenants']],
    ['The team is one the pundits said would struggle.', 'said', ['would struggle', 'pundits', 'the pundits']],
    // a clause with its own subject after the cue: "that nurses" opens a relative clause on the body before it
    ['The charity that nurses said it would close the ward.', 'said', ['it would close the ward', 'the charity', 'The charity']],
    // a bare noun in -s that is no plural (lexicon pluralEnding: "business", "fitness") names no group
    ['The levy was a cost business said would hurt.', 'said', ['would hurt', null, 'business']],
  ])('leaves alone: %s', (text, cue, expected) => {
    expect(row(text, cue)).toEqual(expected);
  });
});

describe('gapSubject: the phrase the subject stage read before the cue', () => {
  /** The words gapSubject gives for the phrase `phrase` right before the cue `cue` in `text`. */
  const words = (text: string, phrase: string, cue: string): string | null => {
    const start = text.indexOf(phrase);
    const r = gapSubject(text, start, start + phrase.length, text.indexOf(cue) + cue.length);
    return r === null ? null : text.slice(r.start, r.end);
  };
  it.each([
    // a relative "that"/"which" read into the phrase before a plural opens the clause: the plural alone is the subject
    ['The hotel shut a ward that nurses said was dirty.', 'that nurses', 'said', 'nurses'],
    ['The port built a quay which pilots said was too short.', 'which pilots', 'said', 'pilots'],
    // any other word before the plural stays with it
    ['The rise came in a move consumer groups warned would hurt.', 'consumer groups', 'warned', 'consumer groups'],
  ])('%s', (text, phrase, cue, expected) => {
    expect(words(text, phrase, cue)).toBe(expected);
  });
});
