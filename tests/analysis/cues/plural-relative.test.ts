import { describe, expect, it } from 'vitest';
import { allCues } from '../verb-cues.js';

// A noun-like form in -s with a relative clause whose verb agrees only with a plural ("reports that track spending",
// "claims that have circulated") is the plural noun, whatever stands before it: a demonstrative "that" takes no plural
// verb (cues/plural-relative.ts pluralRelative, and the bare verb with a gerund object in THAT_RELATIVE_CLAUSE). Invented texts.
describe('cues: a plural noun before a relative clause with a plural verb', () => {
  it.each([
    // a bare verb with a gerund object, after a modifier, a capitalised adjective or a body's name
    ['Quarterly reports that track spending were released on Friday.'],
    ['Federal audit reports that cover long-term borrowing are due in May.'],
    ['Tarn Valley Water Board reports that track late-season pumping show a rise.'],
    // a plural-only auxiliary after "that", after a collective noun or a body
    ['The union claims that have circulated online are false, its leader said.', ['said']],
    ['The Harbour Board reports that have gone unread fill a whole shelf.'],
    ['Ferry company calls that were ignored led to the closure.'],
  ])('%s', (text, expected: string[] = []) => {
    expect(allCues(text)).toEqual(expected);
  });

  it.each([
    // "that" a demonstrative or a determiner: a singular verb, or a noun after it
    ['Ruiz claims that is false.', ['claims']],
    ['The union claims that ruling hurts workers.', ['claims']],
    ['Ruiz reports that funding fell in March.', ['reports']],
    // a noun and an -ing noun, then the clause's own verb (singular, past or modal): the clause's subject, no relative
    ['Okafor claims that bulk buying is cheaper.', ['claims']],
    ['The agency reports that cargo shipping fell by a tenth.', ['reports']],
    ['The union fears that rail funding will be cut.', ['fears']],
    ['Senator Vail claims that crop spraying poisons the river.', ['claims']],
    // "have-nots" is a noun, "were it not" an inverted condition
    ['The union claims that have-nots suffer most.', ['claims']],
    ['The board claims that were it not for the grant, the pool would close.', ['claims']],
    // a clause with its own subject after "that"
    ['The Harbour Board reports that ferries are late.', ['reports']],
    ['Quarterly, the agency reports that spending rose.', ['reports']],
  ])('%s: keeps %j', (text, expected) => {
    expect(allCues(text)).toEqual(expected);
  });
});
