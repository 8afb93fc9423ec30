import { describe, expect, it } from 'vitest';
import { segment } from '../../src/analysis/segment/index.js';
import { findQuoteMarks } from '../../src/analysis/quote-marks/index.js';
import { findCues } from '../../src/analysis/cues/index.js';

const verbCues = (text: string): string[] =>
  findCues(findQuoteMarks(segment({ id: 't', text }))).cues.filter((c) => c.kind === 'verb').map((c) => c.text);

describe('cues: speech verbs used as deeds', () => {
  it.each([
    // greeting people or a birth, not approving anything
    ['The mayor welcomed the visitors at the gate.'],
    ['As she welcomed several hundred guests, the band played.'],
    ['The coach welcomed her to the club on Monday.'],
    ['The captain welcomed them aboard.'],
    ['The club welcomed back the injured striker.'],
    ['The couple welcomed a baby daughter in May.'],
    // a cause accounting for an effect, and the idiom of being answerable
    ['The drought could help explain why the orchards are failing.'],
    ['Cheaper fuel helps explain the rise in traffic.'],
    ['Councillor Ivo Sarn has some explaining to do.'],
    // "thanks" as the noun after a verb of saying or giving
    ['Dana Kerr took the stage to say thanks.'],
    ['The crew gave thanks at the harbour.'],
  ])('leaves alone: %s', (text) => {
    expect(verbCues(text)).toEqual([]);
  });

  it.each([
    // approving a decision, a ruling or news is a stance
    ['The mayor welcomed the ruling as overdue.', ['welcomed']],
    ['The union welcomed her decision to stay.', ['welcomed']],
    ['Residents welcomed the news that the plant would stay open.', ['welcomed']],
    // someone explaining, and thanking someone
    ['The mayor explained why the bridge closed.', ['explained']],
    ['Ana Ruiz thanks the volunteers in a letter.', ['thanks']],
  ])('keeps the stance or the speech: %s', (text, expected) => {
    expect(verbCues(text)).toEqual(expected);
  });
});
