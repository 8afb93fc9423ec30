// Verbs of hinting, wondering and scorn take "at" as their particle (cues/verb-span-words.ts PARTICLES): what they
// are aimed at is the content, and "at" is the cue's; after other verbs "at" opens where something was said.
// Invented texts.
import { describe, expect, it } from 'vitest';
import { verbCues } from '../verb-cues.js';

describe('cues: "at" after a verb of hinting, wondering or scorn is its particle', () => {
  it.each([
    ['The water board hinted at a rise in fares next spring.', ['hinted at']],
    ['The ferry company hints at what its new boats might cost.', ['hints at']],
    ['The coach marveled at the speed of her recovery.', ['marveled at']],
    ['The dockers scoffed at the new offer.', ['scoffed at']],
    // a noun whose that-clause is its own content is still what the scorn is aimed at (AT_NOUN_CLAUSE)
    ['The mayor scoffed at the idea that the bridge would close before spring.', ['scoffed at']],
    ['Fans sneered at the notion that the stadium could be sold.', ['sneered at']],
    ['The chef hinted at the possibility that the bistro would reopen in May.', ['hinted at']],
  ])('%s', (text, expected) => {
    expect(verbCues(text)).toEqual(expected);
  });

  it.each([
    // "at" after a verb of saying is where it was said
    ['The mayor said at a rally that the pier would reopen.', ['said']],
    // with a clause right after it the verb keeps no particle
    ['The coach hinted that changes were coming.', ['hinted']],
    // a short "at" phrase before a that-clause is where it was said, the clause the content
    ['The minister hinted at a news conference that tolls would rise.', ['hinted']],
    ['The striker scoffed at the hearing that the fine was unfair.', ['scoffed']],
    ['The senator hinted at a fundraising dinner that she would run again.', ['hinted']],
  ])('leaves alone: %s', (text, expected) => {
    expect(verbCues(text)).toEqual(expected);
  });
});
