// quote-marks/markup.ts: the tags left in scraped news (their quoted attribute values are no quotes), and a walker that
// asks, for increasing offsets, whether an offset is inside one. Invented texts.
import { describe, expect, it } from 'vitest';
import { insideMarkup, markupSpans } from '../../../src/analysis/quote-marks/markup.js';

const tags = (text: string): string[] => markupSpans(text).map((r) => text.slice(r.start, r.end));

describe('quote-marks/markup: markupSpans', () => {
  it.each<[string, string[]]>([
    ['<post id="77" by="@ferryfan">Rain again.</post>', ['<post id="77" by="@ferryfan">', '</post>']],
    ['Before <br/> after <em>now</em>.', ['<br/>', '<em>', '</em>']],
  ])('finds %s', (text, expected) => {
    expect(tags(text)).toEqual(expected);
  });

  it.each<string>([
    'No tags at all.',
    // a comparison is no tag: no letter after the "<"
    'Rents rose by < 3 percent, and 5 > 4.',
    // a tag never spans a line
    'The <note\nby="x"> text.',
    // a tag is at most 300 characters
    `<p ${'x'.repeat(310)}>`,
  ])('leaves %s', (text) => {
    expect(tags(text)).toEqual([]);
  });
});

describe('quote-marks/markup: insideMarkup', () => {
  it('answers for increasing offsets', () => {
    const text = 'A <b x="1">bold</b> word';
    const inside = insideMarkup(markupSpans(text));
    const at = (s: string): number => text.indexOf(s);
    expect([at('A'), at('<b'), at('"1"'), at('>bold'), at('bold'), at('</b>'), at(' word')].map(inside))
      .toEqual([false, true, true, true, false, true, false]);
  });

  it('is never inside with no tags', () => {
    const inside = insideMarkup([]);
    expect([0, 5, 100].map(inside)).toEqual([false, false, false]);
  });
});
