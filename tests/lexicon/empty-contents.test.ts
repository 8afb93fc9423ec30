// What a cue's content may be that reports no claim (lexicon/empty-contents.ts; used by quotes/finalize.ts and
// quotes/content-after.ts). Invented texts.
import { describe, expect, it } from 'vitest';
import { CIRCUMSTANCE_ONLY, FOUND_WHERE_ONLY, GREETING_CONTENT, ONLY_A_DATE } from '../../src/lexicon/empty-contents.js';

describe('lexicon/empty-contents: only where or in what state, after a participle of finding', () => {
  it.each([' in river', ' safe after night on ridge', ' dead near the summit', ' off the coast of Varn'])('where or how: %j', (after) => {
    expect(FOUND_WHERE_ONLY.test(after)).toBe(true);
  });
  it.each([' in most cases staff had erred', ' in 2019 that the fund was short', ' in favour of the tenants', ' rust on the pier', ' to be forged'])(
    'an object, a clause or a ruling: %j', (after) => {
      expect(FOUND_WHERE_ONLY.test(after)).toBe(false);
    });
});

describe('lexicon/empty-contents: a greeting, thanks or a prayer', () => {
  it.each(['goodbye to its last cannery', 'farewell to the ferry', 'a fond farewell to the crew', 'hello to the crowd', 'thank you to the nurses', 'a prayer for the fishermen', 'grace'])(
    'a greeting: %j', (content) => {
      expect(GREETING_CONTENT.test(content)).toBe(true);
    });
  it.each(['goodbye was the hardest part', 'thanks to the levy, rents fell', 'thanks to the levy rents fell', 'the farewell party would go ahead', 'prayers alone would not rebuild the pier', 'farewells to staff would be held in June'])(
    'a claim: %j', (content) => {
      expect(GREETING_CONTENT.test(content)).toBe(false);
    });
});

describe('lexicon/empty-contents: the medium alone is where someone spoke, not what', () => {
  it.each(['online', 'by phone', 'in person', 'on air', 'over the phone', 'on social media', 'by video link'])('the medium: %j', (content) => {
    expect(CIRCUMSTANCE_ONLY.test(content)).toBe(true);
  });
  it.each(['online that the vote was rigged', 'online photos of the flood', 'phone bills would rise', 'the airline was late', 'in person voting was slow'])(
    'a clause or an object: %j', (content) => {
      expect(CIRCUMSTANCE_ONLY.test(content)).toBe(false);
    });
});

describe('lexicon/empty-contents: "at least" and "at most" open a figure, not a place', () => {
  it.each(['at least 12 people died in the crash', 'at least 150 minutes of exercise a week', 'at most 300 homes flooded', "last year's budget at the meeting", 'last year at the meeting that fares would rise'])('a content: %j', (content) => {
    expect(CIRCUMSTANCE_ONLY.test(content)).toBe(false);
  });
  it.each(['at the town hall', 'at a rally in the square', 'last year at the meeting', 'on Monday at a rally in the square'])('where someone spoke: %j', (content) => {
    expect(CIRCUMSTANCE_ONLY.test(content)).toBe(true);
  });
});

describe('lexicon/empty-contents: a date alone, the hour of the day before it included', () => {
  it.each(['late on Wednesday', 'early on Friday', 'earlier on Monday', 'late in March', 'on Tuesday', 'late Sunday night'])('only a date: %j', (content) => {
    expect(ONLY_A_DATE.test(content)).toBe(true);
  });
  it.each(['late on Wednesday the ferry sank', 'early in the season', 'late fees on Monday', 'on Tuesday that the mill shut'])('more than a date: %j', (content) => {
    expect(ONLY_A_DATE.test(content)).toBe(false);
  });
});
