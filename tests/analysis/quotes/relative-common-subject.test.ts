// A relative pronoun before a cue whose subject is a common noun phrase ("the van, which state radio claimed had ...")
// opens the content, as after a name or pronoun: the content runs from the pronoun over speaker and cue
// (quotes/relative-content.ts commonNounSubject). After "that" a common noun subject keeps the content after the cue
// (quotes/naming-relative.test.ts). Invented texts.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/analysis/index.js';

const rows = (text: string) => analyze({ id: 't', text }).quotes.map((q) => [q.text, q.cue?.text ?? null]);

describe('quotes: a relative clause whose subject is a common noun phrase', () => {
  it.each<[string, (string | null)[][]]>([
    ['Police released the van, which state radio claimed had carried stolen grain.', [['which state radio claimed had carried stolen grain', 'claimed']]],
    ['The mill paid a fine, which court filings say was the largest in the county.', [['which court filings say was the largest in the county', 'say']]],
    ['The pier, which harbour records show was built in 1890, will close.', [['which harbour records show was built in 1890', 'show']]],
  ])('%s', (text, expected) => {
    expect(rows(text)).toEqual(expected);
  });

  it.each<[string, (string | null)[][]]>([
    // a relative clause of its own before the cue: its verb comes first, and the speaker stands before the pronoun
    ['The man who runs the ferry said the sea was too rough.', [['the sea was too rough', 'said']]],
    ['Fans who booed the referee said the goal was offside.', [['the goal was offside', 'said']]],
    ['The woman who owns shops claimed the tax was unfair.', [['the tax was unfair', 'claimed']]],
    // ... even when the clause's object is a name or a group the mention stage lists (relative-content.ts ownVerbFirst)
    ['The lawyer who represents the families said the deal was unfair.', [['the deal was unfair', 'said']]],
    ['A nurse who treated the victims said the ward was full.', [['the ward was full', 'said']]],
    ['An engineer who inspected the Tarnby Bridge said the cables were worn.', [['the cables were worn', 'said']]],
    // ... or with a verb in -s and a bare object ("helps refugees", quotes/speaker-restrictive.ts verbWithBareObject)
    ['A charity that helps refugees said its shelters were full.', [['its shelters were full', 'said']]],
    ['The depot that stores grain argued the levy was too high.', [['the levy was too high', 'argued']]],
    // after "that" the content starts after the cue
    ['The agency withheld data that customs officers said would expose the smugglers.', [['would expose the smugglers', 'said']]],
    ['Council staff drafted a rule that residents there say is too strict.', [['is too strict', 'say']]],
  ])('leaves alone: %s', (text, expected) => {
    expect(rows(text)).toEqual(expected);
  });
});
