import { describe, expect, it } from 'vitest';
import { verbCues } from '../verb-cues.js';

describe('cues: a reputation or a known fact ("is known for", "it is widely known that")', () => {
  it.each([
    ['The firm is best known for its cheap ferries.', ['is best known for']],
    ['Abroad, the envoy is better known as a keen sailor.', ['is better known as']],
    ['Mayor Ida Lind is known as a careful spender.', ['is known as']],
    ['It is well known that the port loses money.', ['is well known']],
  ])('%s', (text, expected) => {
    expect(verbCues(text)).toEqual(expected);
  });

  it.each([
    // "known as" naming something, "known" with nothing after it, the active "know"
    ['The rebels, a group known as the Hawks, fled.'],
    ['Cheap ferries are the thing the firm is known for.'],
    ['The best known case is old.'],
    ['We know the port loses money.'],
  ])('leaves alone: %s', (text) => {
    expect(verbCues(text)).toEqual([]);
  });
});
