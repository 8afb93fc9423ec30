// A report of its own in parentheses inside another content (quotes/parenthetical-report.ts), after its cue or before
// its frame: both records stand, and where the parenthesis closes the outer content, that content ends before it.
// Invented texts.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/analysis/index.js';

/** [cue, content] of each record. */
const rows = (text: string): [string | null, string][] =>
  analyze({ id: 'd', text }).quotes.map((q) => [q.cue?.text ?? null, q.text]);

describe('a report in parentheses stands beside the content it interrupts', () => {
  it.each<[string, [string, string][]]>([
    // the parenthesis closes the outer content: the outer content ends before it
    ['The footage showed the ferry listing badly (the coastguard later said it had hit a sandbar).', [
      ['showed', 'the ferry listing badly'], ['later said', 'it had hit a sandbar'],
    ]],
    ['Tomas Vehr praised the new clinic (his critics argue that it cost too much).', [
      ['praised', 'the new clinic'], ['argue', 'it cost too much'],
    ]],
    ['The bulletin described heavy flooding near the dam (residents say the sirens never sounded).', [
      ['described', 'heavy flooding near the dam'], ['say', 'the sirens never sounded'],
    ]],
    // words of the outer content after the parenthesis: the outer content is left whole, the inner stands beside it
    ['The report cited a rise in thefts (the chief has disputed the count) across the county.', [
      ['cited', 'a rise in thefts (the chief has disputed the count) across the county'], ['has disputed', 'the count'],
    ]],
    // inside a content that stands before its own frame: both stand, the outer content whole
    ['Two nurses (one of whom said she was tired) left early, the manager said.', [
      ['said', 'Two nurses (one of whom said she was tired) left early'], ['said', 'she was tired'],
    ]],
  ])('%s', (text, expected) => {
    expect(rows(text)).toEqual(expected);
  });
});

describe('the speaker of the report in parentheses', () => {
  // "one of whom": one of the nurses, unnamed (speaker null, kind unknown, the phrase its mention), not "Two nurses"
  it.each<[string, [string, string | null, string, string | null][]]>([
    ['Two nurses (one of whom said she was tired) left early, the manager said.', [
      ['Two nurses (one of whom said she was tired) left early', null, 'unknown', 'the manager'],
      ['she was tired', null, 'unknown', 'one of whom'],
    ]],
    // a relative pronoun opening the "(" before the cue: the head before the bracket speaks, beside the frame's record
    ['Dr Ives (who said the tap water was safe) was later sacked, the board said.', [
      ['Dr Ives (who said the tap water was safe) was later sacked', 'the board', 'organization', 'the board'],
      ['the tap water was safe', 'Ives', 'person', 'Dr Ives (who'],
    ]],
    ['The pool\'s manager (who said the heater had failed) quit, staff said.', [
      ["The pool's manager (who said the heater had failed) quit", 'staff', 'group', 'staff'],
      ['the heater had failed', null, 'unknown', "The pool's manager (who"],
    ]],
  ])('%s', (text, expected) => {
    expect(analyze({ id: 'd', text }).quotes.map((q) => [q.text, q.speaker, q.speakerKind, q.speakerMention?.text ?? null])).toEqual(expected);
  });
});

describe('leaves alone', () => {
  it.each<[string, [string, string][]]>([
    // a parenthesis with no report of its own is part of the content
    ['Ana Ruiz said the bridge (built in 1931) would close.', [['said', 'the bridge (built in 1931) would close']]],
    // a parenthesis with no report of its own before the frame, the same
    ['The mill will shut (the date is not set), the union said.', [['said', 'The mill will shut (the date is not set)']]],
    // a relative clause in parentheses is not a subject of its own right after the "("
    ['Ana Ruiz said the bridge (which the state says is unsafe) would close.', [['said', 'the bridge (which the state says is unsafe) would close']]],
    // the same before the frame: the relative clause, or a pronoun after "including", is no subject right after "("
    ['The bridge (which engineers say is unsafe) will close in June, the council said.', [
      ['said', 'The bridge (which engineers say is unsafe) will close in June'],
    ]],
    ['Three players (including one who said he had the flu) missed training, the manager told reporters.', [
      ['told', 'Three players (including one who said he had the flu) missed training'],
    ]],
    // a relative clause in parentheses after the cue stays in the content (no frame after it)
    ['Ana Ruiz said the vet (who denied any fault) would resign.', [['said', 'the vet (who denied any fault) would resign']]],
    // a comparison with another's word is part of what was said
    ['Ana Ruiz said the toll would rise (as the mayor predicted last year).', [['said', 'the toll would rise (as the mayor predicted last year)']]],
    // inside quotation marks, the parenthesis is the speaker's own words
    ['Ana Ruiz said the plan was "a disaster (the engineers said so) from day one."', [['said', 'the plan was "a disaster (the engineers said so) from day one."']]],
    // a nested report without parentheses stays with the outer record
    ['Ana Ruiz said the coastguard had told her the ferry hit a sandbar.', [['said', 'the coastguard had told her the ferry hit a sandbar']]],
  ])('%s', (text, expected) => {
    expect(rows(text)).toEqual(expected);
  });
});
