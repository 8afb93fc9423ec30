// Heights written with the foot and inch marks, or with the inches spelled after "-foot"
// (src/analysis/figures/height-marks.ts): one length in feet. Invented sentences.
import { describe, expect, it } from 'vitest';
import { expectOne, found } from './figures-of.js';

describe('height marks: catches', () => {
  it.each<[string, string, number]>([
    ['The new center, listed at 6\'9", arrived from Toledo on Tuesday.', '6\'9"', 6.75],
    ['Deputies are looking for a man about 5’8” wearing a grey hoodie.', 'about 5’8”', 5 + 8 / 12],
    ['The 6′0″ goalkeeper made four saves.', '6′0″', 6],
    ['At 6\'11 and 250 pounds, the rookie fills the lane.', '6\'11', 6 + 11 / 12],
    ['Her 5\' 4" frame hides a strong serve.', '5\' 4"', 5 + 4 / 12],
    ['The suspect is 5\'10\'\' with short hair.', '5\'10\'\'', 5 + 10 / 12],
    ['The barn door is 10\'6" high.', '10\'6"', 10.5],
    // the inches spelled and hyphened to "foot"
    ['The five-foot-eleven winger scored twice.', 'five-foot-eleven', 5 + 11 / 12],
    ['A lanky six-foot-two freshman started at forward.', 'six-foot-two', 6 + 2 / 12],
  ])('%s', (text, want, value) => {
    const f = found(text).find((x) => x.text === want);
    expect(f, JSON.stringify(found(text))).toBeDefined();
    expect(f!.kind).toBe('measure');
    expect(f!.unit).toBe('ft');
    expect(f!.value).toBeCloseTo(value, 9);
  });
});

describe('height marks: leaves alone', () => {
  it.each<[string, string[]]>([
    // an apostrophe before the digits: a decade
    ['Radio hits from the \'70s played all night.', ['\'70s']],
    // a number closing a single-quoted phrase, then a word
    ['The coach called the loss \'a 3\' on his scale.', ['3']],
    // a foot mark with no inches is as often a closing quote
    ['They put up a 6\' fence last spring.', ['6']],
    // a chain of marks: degrees, minutes and seconds of an angle
    ['The buoy sits at 41°20\'7" north.', ['41', '20', '7"']],
    // a leading zero: minutes and seconds of a race, not feet and inches (one time: race-times.ts)
    ['She ran the mile in 4\'05" on Saturday.', ['4\'05"']],
    // a decimal after the digits is no count of inches
    ['The gauge read 6\'3.5 by noon.', ['6', '3.5']],
    // a further hyphened word after the spelled number: another compound
    ['Workers built a six-foot-one-way barrier.', ['six-foot']],
  ])('%s', (text, want) => {
    expect(found(text).map((x) => x.text)).toEqual(want);
  });
});

describe('findFigures: dates, years, times, ordinals, identifiers are not quantities', () => {
  it('a straight quote closing a quoted name after a number is no inch mark', () => {
    expectOne('Staff joined the "Raise to 20" drive.', { text: '20', kind: 'count', unit: null });
    expectOne('He bought a 12" pizza.', { text: '12"', unit: 'in' });
  });
});
