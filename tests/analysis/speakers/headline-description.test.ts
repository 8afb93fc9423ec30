// A headline's description shortens the title its lead gives in full ("Former Treasury chief says ..." and then
// "Former Treasury Secretary Ada Kim said"): it names the person whose title holds every word of it but its head.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/analysis/index.js';

const first = (text: string): string => {
  const q = analyze({ id: 't', text }).quotes[0];
  return `${q?.speaker ?? null}/${q?.speakerMention?.text ?? null}`;
};

describe('speakers: a headline description named in the lead', () => {
  it.each([
    ['Former Treasury chief says rates must rise\n\nFormer Treasury Secretary Ada Kim said on Tuesday that rates would rise.', 'Ada Kim/Former Treasury chief'],
    ['Ex-Navy chief warns on budget cuts\n\nFormer Navy Secretary Ivo Berg said on Monday that the cuts were reckless.', 'Ivo Berg/Ex-Navy chief'],
    ['Tarn health chief says lists too long\n\nTarn Health Minister Ada Kim said on Friday that the lists had grown.', 'Ada Kim/Tarn health chief'],
  ])('%s', (text, expected) => {
    expect(first(text)).toBe(expected);
  });

  it.each([
    // the lead's person holds no word of the description: nobody
    ['Former Treasury chief says rates must rise\n\nIvo Berg, a Navy veteran, said on Tuesday that rates would rise.', 'null/Former Treasury chief'],
    // not a headline: the description is no shortened title
    ['Rates rose again. The former Treasury chief said they must fall. Former Treasury Secretary Ada Kim said so too.', 'null/The former Treasury chief'],
  ])('leaves alone: %s', (text, expected) => {
    expect(first(text)).toBe(expected);
  });
});
