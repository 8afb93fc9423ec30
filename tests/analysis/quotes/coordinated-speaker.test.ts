// "..., company and union officials say.": a coordinated subject after the comma still closes the content
// before it (quotes/content-before.ts COORDINATED_SUBJECT), and so does a head whose post-modifier takes the pair
// ("..., the union representing nurses and midwives said."); before, the cue had no record.
// Invented texts; hand-built mentions (quote-run.ts).
import { describe, expect, it } from 'vitest';
import { runQuotes, type M } from '../quote-run.js';

const rows = (text: string, ms: M[]) => runQuotes(text, ms).map((q) => [q.text, q.cue?.text ?? null]);

describe('quotes: a postposed coordinated speaker', () => {
  it.each<[string, M[], string[][]]>([
    ['Mill workers are on strike for a second week, company and union officials say.', [['union officials', 'group', null]], [['Mill workers are on strike for a second week', 'say']]],
    ['The river at Tarnby is rising fast, police and fire crews warned.', [['police', 'group', null]], [['The river at Tarnby is rising fast', 'warned']]],
    // the head's post-modifier takes the pair as its object (of, for, from, at, representing)
    ['Pay talks have collapsed, the union representing nurses and midwives said.', [['the union', 'organization', null]], [['Pay talks have collapsed', 'said']]],
    ['The ferry will not sail on Sunday, a group of island farmers and growers warned.', [['a group', 'organization', null]], [['The ferry will not sail on Sunday', 'warned']]],
    ['Waiting lists grew again in May, the Department of Health and Care said on Monday.', [['the Department', 'organization', null]], [['Waiting lists grew again in May', 'said']]],
    ['The road will reopen at noon, crews from the council and police said.', [['crews', 'group', null]], [['The road will reopen at noon', 'said']]],
  ])('%s', (text, ms, expected) => {
    expect(rows(text, ms)).toEqual(expected);
  });

  it.each<[string, M[], string[][]]>([
    // a clause joined by ", and" is no subject pair: the cue's content follows it
    ['He went home, and the officials said nothing.', [['the officials', 'group', null]], []],
    // a clause after the cue is its content
    ['The vote failed, she left and the others said they would try again.', [['the others', 'group', null]], [['they would try again', 'said']]],
    // a post-modifier's object that goes on into a verb: a clause, not a subject pair
    ['Rents rose, tenants of Arden left and officials said the budget was short.', [['officials', 'group', null]], [['the budget was short', 'said']]],
    ['The vote failed, the leader of the group left and the others said they would try again.', [['the others', 'group', null]], [['they would try again', 'said']]],
  ])('leaves alone: %s', (text, ms, expected) => {
    expect(rows(text, ms)).toEqual(expected);
  });
});
