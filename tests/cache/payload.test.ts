import { describe, expect, it } from 'vitest';
import { fromPayload, textKey, toPayload } from '../../src/cache/payload.js';
import type { Analysis } from '../../src/types.js';

const analysisOf = (id: string, text: string): Analysis => ({
  doc: { id, text },
  quotes: [{
    doc: id, type: 'direct', text: 'we will win', start: 1, end: 12, quoted: [], speaker: 'Ann Lee',
    speakerKind: 'person', speakerMention: { text: 'Lee', start: 20, end: 23 }, role: null,
    cue: { text: 'said', start: 15, end: 19 }, rule: 'test', speakerRule: null,
  }],
  figures: [],
  speakers: [{ name: 'Ann Lee', kind: 'person', roles: [], aliases: ['Lee'], quotes: 1, figures: 0, docs: [id] }],
});

describe('cache payload', () => {
  it.each([
    ['same id', 'a.txt', 'a.txt'],
    ['another id for the same text', 'a.txt', 'feed:42'],
    ['an id that looks like a field value', 'Ann Lee', 'x'],
  ])('re-applies the requested document id (%s)', (_name, storedId, askedId) => {
    const text = '"We will win," Lee said.';
    const back = fromPayload(toPayload(analysisOf(storedId, text)), { id: askedId, text, meta: { k: 1 } });
    const expected = analysisOf(askedId, text);
    expect(back).toEqual({ ...expected, doc: { id: askedId, text, meta: { k: 1 } } });
  });

  it('leaves the analysis it writes as it was (the id is swapped in place, then put back)', () => {
    const a = analysisOf('a.txt', 'text');
    const payload = toPayload(a);
    expect(a).toEqual(analysisOf('a.txt', 'text'));
    expect(payload).not.toContain('a.txt');
    expect(toPayload(a)).toBe(payload);
  });

  it('does not store the document text (the key stands for it)', () => {
    const text = 'A long and singular article body.';
    expect(toPayload(analysisOf('a', text))).not.toContain(text);
  });

  it.each([
    ['equal texts share a key', 'abc', 'abc', true],
    ['one character apart', 'abc', 'abd', false],
    ['line endings matter (offsets differ)', 'a\nb', 'a\r\nb', false],
  ])('textKey: %s', (_name, a, b, same) => {
    expect(textKey(a) === textKey(b)).toBe(same);
    expect(textKey(a)).toMatch(/^[0-9a-f]{64}$/);
  });
});
