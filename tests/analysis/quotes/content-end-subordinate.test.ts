// A subordinate clause with its own subject and cue ends the content before it (quotes/content-end-subordinate.ts);
// a reason, a sourceless passive time clause and a question after a preposition stay in it. Invented texts.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/analysis/index.js';
import { runQuotes, type M } from '../quote-run.js';
import type { Entity } from '../../../src/types.js';

const ann: Entity = { name: 'Ann Lee', kind: 'person', roles: ['mayor'], aliases: ['Lee'], gender: 'female' };
const speakerRow = (q: ReturnType<typeof runQuotes>[number]) => [q.type, q.text, q.cue?.text ?? null, q.speakerMention?.text ?? null];

const row = (q: ReturnType<typeof runQuotes>[number]) => [q.type, q.text, q.cue?.text ?? null];

const rows = (text: string) => analyze({ id: 't', text }).quotes.map((q) => [q.text, q.cue?.text ?? null]);

describe('quotes: a subordinate clause with its own cue ends the content', () => {
  it.each<[string, (string | null)[][]]>([
    ['The mayor backs the ferry plan while several councillors said the bridge was cheaper.', [['the ferry plan', 'backs'], ['the bridge was cheaper', 'said']]],
    // a time measure and a comma before 'after': the content ends at the comma
    ['The coach said the squad was tired, a day after the owner said the season was lost.', [['the squad was tired', 'said'], ['the season was lost', 'said']]],
    // a subject with a person noun and "to" whom the person serves: its own clause
    ['The port said the cranes would run by May, though aides to the governor said privately that June was likelier.', [['the cranes would run by May', 'said'], ['June was likelier', 'said']]],
    ['The board insists the fares are fair, while an adviser to Mayor Olsen argued they were too high.', [['the fares are fair', 'insists'], ['they were too high', 'argued']]],
    ['The league said the stadium deal was dead, although lawyers to the club owners said talks went on.', [['the stadium deal was dead', 'said'], ['talks went on', 'said']]],
    // a longer subject with its "of" phrase after the subordinator: a second speaker all the same
    ['The minister said the reform would pass by June, though several members of her own party have said they will vote against it.',
      [['the reform would pass by June', 'said'], ['they will vote against it', 'have said']]],
    ['The league believes the final will sell out, although two of the three ticket agencies have warned that sales are slow.',
      [['the final will sell out', 'believes'], ['sales are slow', 'have warned']]],
    ["The airline expects fares to fall, whereas the chief economist of the pilots' association argued that fuel costs would rise.",
      [['fares to fall', 'expects'], ['fuel costs would rise', 'argued']]],
  ])('%s', (text, expected) => {
    expect(rows(text)).toEqual(expected);
  });

  it.each<[string, (string | null)[][]]>([
    // the longer subject does not open the clauses that stay: a reason, a condition, a limit in time
    ['She said she resigned because the head of the audit team thought the firm was failing.', [['she resigned because the head of the audit team thought the firm was failing', 'said']]],
    ['He said he would quit if several members of the board said the plan had failed.', [['he would quit if several members of the board said the plan had failed', 'said']]],
    ['The coach said the team played well until the captain of the visiting side was injured.', [['the team played well until the captain of the visiting side was injured', 'said']]],
    // a reason given inside a reported clause is part of what was said
    ['She said she resigned because her partner thought the firm was failing.', [['she resigned because her partner thought the firm was failing', 'said']]],
    // a time clause around a passive with no agent dates the event
    ['The union said the talks stalled after the bonus scheme was announced.', [['the talks stalled after the bonus scheme was announced', 'said']]],
    // an infinitive's "to" in the words before the later verb: no subject of its own
    ['The mayor said the pier would reopen before engineers had to confirm the repairs were sound.', [['the pier would reopen before engineers had to confirm the repairs were sound', 'said']]],
    ['The mayor said the pier would reopen once engineers go to the site and confirm it is safe.', [['the pier would reopen once engineers go to the site and confirm it is safe', 'said']]],
  ])('leaves alone: %s', (text, expected) => {
    expect(rows(text)).toEqual(expected);
  });
});

describe('quotes: a subordinate clause after the content', () => {
  it.each<[string, M[], string[][]]>([
    // a reason is part of what was said
    ['Tom Fenn said he had quit the club because he did not think the fees were fair.', [['Tom Fenn', 'name', 0], ['he', 'pronoun', 0], ['he', 'pronoun', 0]],
      [['indirect', 'he had quit the club because he did not think the fees were fair', 'said']]],
    // "when" after a preposition asks a question inside the content
    ['The treasurer declined to elaborate on when the council planned to repay the loan.', [['The treasurer', 'description', null]],
      [['indirect', 'to elaborate on when the council planned to repay the loan', 'declined']]],
  ])('keeps it in the content: %s', (text, ms, expected) => {
    expect(runQuotes(text, ms).map(row)).toEqual(expected);
  });

  it.each<[string, M[], string[][]]>([
    ['Ida Moss backed the plan while her deputy thinks it is too costly.', [['Ida Moss', 'name', 0], ['her deputy', 'description', 1]],
      [['indirect', 'the plan', 'backed'], ['indirect', 'it is too costly', 'thinks']]],
  ])('ends the content at a contrast with its own speaker: %s', (text, ms, expected) => {
    expect(runQuotes(text, ms).map(row)).toEqual(expected);
  });
});

describe("quotes: a stance's content ends at a subordinate clause with its own cue", () => {
  it('ends the content of a stance where a subordinate clause with its own cue begins', () => {
    const text = 'Ann Lee is backing the toll because she fears the ferry will sink.';
    const qs = runQuotes(text, [['Ann Lee', 'name', 0], ['she', 'pronoun', 0]], [ann]);
    expect(qs.map(speakerRow)).toEqual([
      ['indirect', 'the toll', 'is backing', 'Ann Lee'],
      ['indirect', 'the ferry will sink', 'fears', 'she'],
    ]);
  });
});
