// A that-clause with a subject of its own goes on over a verb after a bare "and" (quotes/content-end-cuts.ts
// thatClauseGoesOn): "told the court that Ivo Berg phoned her and said ..." is one report of the speaker's, not a
// second one that credits Berg's words to her; but a verb in the first cue's tense that cannot join the clause's own
// ("estimated that the repairs would take a month and urged ...") is the speaker's second act. Invented texts; hand-built mentions (quote-run.ts).
import { describe, expect, it } from 'vitest';
import { runQuotes, type M } from '../quote-run.js';

const ADA: M[] = [['Ada Kim', 'name', 0]];
const rows = (text: string) => runQuotes(text, ADA).map((q) => [q.text, q.cue?.text ?? null]);

describe('quotes: a that-clause with its own subject keeps its second verb', () => {
  it.each<[string, (string | null)[][]]>([
    ['Ada Kim told the court that Ivo Berg phoned her and said he would sue her.',
      [['Ivo Berg phoned her and said he would sue her', 'told']]],
    ['Ada Kim told the jury that her landlord called her and warned she would lose the flat.',
      [['her landlord called her and warned she would lose the flat', 'told']]],
    ['Ada Kim said that most tenants want a rent cap and also support a land tax.',
      [['most tenants want a rent cap and also support a land tax', 'said']]],
  ])('%s', (text, expected) => {
    expect(rows(text)).toEqual(expected);
  });

  it.each<[string, (string | null)[][]]>([
    // no 'that': the second verb is the speaker's own second act
    ['Ada Kim said the plan was dead and called for a new vote.', [['the plan was dead', 'said'], ['a new vote', 'called for']]],
    // a pronoun subject may be the speaker herself
    ['Ada Kim said that she was tired and praised her staff.', [['she was tired', 'said'], ['her staff', 'praised']]],
    // a comma or an aside in the clause: no single clause to go on with
    ['Ada Kim said that the plan, in her view, was dead and called for a new vote.',
      [['the plan, in her view, was dead', 'said'], ['a new vote', 'called for']]],
  ])('leaves alone: %s', (text, expected) => {
    expect(rows(text)).toEqual(expected);
  });

  it.each<[string, (string | null)[][]]>([
    // a modal in the clause: "would take ... and urged" cannot be one subject's two verbs, so the cue's subject urged
    ['Ada Kim estimated that the repairs would take a month and urged both sides to settle.',
      [['the repairs would take a month', 'estimated'], ['both sides to settle', 'urged']]],
    ['Ada Kim says that the ferry will run late and urges travellers to book early.',
      [['the ferry will run late', 'says'], ['travellers to book early', 'urges']]],
    ['Ada Kim has confirmed that the pool will close and has apologised to swimmers for the delay.',
      [['the pool will close', 'has confirmed'], ['to swimmers for the delay', 'has apologised']]],
    // a present auxiliary in the clause, a past after its 'and'
    ['Ada Kim ruled that the lease is void and ordered the tenants to pay costs.',
      [['the lease is void', 'ruled'], ['the tenants to pay costs', 'ordered']]],
  ])('a second act of the speaker after the clause: %s', (text, expected) => {
    expect(rows(text)).toEqual(expected);
  });

  it.each<[string, (string | null)[][]]>([
    // the two verbs differ in tense from each other but the second is no tense of the first cue's ('had' may be shared)
    ['Ada Kim said that the storm had flooded the road and warned drivers to stay home.',
      [['the storm had flooded the road and warned drivers to stay home', 'said']]],
    // a present in the clause and a present after it: the clause's subject may do both
    ['Ada Kim says that most tenants are angry and want a rent cap.', [['most tenants are angry and want a rent cap', 'says']]],
  ])('still goes on: %s', (text, expected) => {
    expect(rows(text)).toEqual(expected);
  });
});
