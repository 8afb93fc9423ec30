// lexicon/speech-verbs-saying.ts, read through the cue stage: "reference" is speech in its verb forms only ("he said,
// referencing the audit"); after a determiner its participle is an adjective.
import { describe, expect, it } from 'vitest';
import { allCues } from '../analysis/verb-cues.js';

describe('verbs of referring', () => {
  it.each([
    // "referencing" and "referenced" are speech; the adjective after a determiner is not
    ['He said, referencing the audit, that costs rose.', ['said', 'referencing']],
    ['The referenced study was old.', []],
  ])('%s', (text, expected) => {
    expect(allCues(text)).toEqual(expected);
  });
});
