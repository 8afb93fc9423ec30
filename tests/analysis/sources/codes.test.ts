// A code's digits (src/analysis/sources/index.ts isCode) are no figure anyone vouches for, even inside reported words;
// a number after a name or a label keeps the speaker, as any count in their words does. Invented sentences.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/analysis/index.js';

function sourceOf(text: string, figure: string): string | null | undefined {
  const f = analyze({ id: 't', text }).figures.find((c) => c.text === figure);
  expect(f, `${figure} in ${text}`).toBeDefined();
  return f?.source;
}

describe('figure sources: codes', () => {
  it.each<[string, string, string | null]>([
    // glued to letters: a model or a group's name
    ['Ada Kim said the airline would fly an Embraer E175 on the route.', '175', null],
    ['Ivo Berg said the A320 fleet was ageing.', '320', null],
    ['Ivo Berg said flight MH44 was late.', '44', null],
  ])('%s -> %s has source %s', (text, figure, want) => {
    expect(sourceOf(text, figure)).toBe(want);
  });

  it.each<[string, string, string]>([
    // the count beside the code is still the speaker's
    ['Ivo Berg said the A320 fleet would grow to 40 planes.', '40', 'Ivo Berg'],
    // after a hyphen or a name, a number is left to the speaker (PolNeAR's convention)
    ['Ada Kim said the Tarn-3 probe was lost.', '3', 'Ada Kim'],
    ['Ada Kim said 12 Orvo 100 firms paid no tax.', '12', 'Ada Kim'],
  ])('%s -> %s keeps %s', (text, figure, want) => {
    expect(sourceOf(text, figure)).toBe(want);
  });
});
