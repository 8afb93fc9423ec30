// A first-person quote paragraph after a paragraph about one person (quotes/paragraph-speaker.ts, step 5 of
// standalone.ts) is that person's. Invented texts; hand-built mentions (see quote-run.ts).
import { describe, expect, it } from 'vitest';
import { runQuotes, type M } from '../quote-run.js';
import type { Entity } from '../../../src/types.js';

const run = runQuotes;

const ida: Entity = { name: 'Ida Strand', kind: 'person', roles: ['mayor'], aliases: ['Strand'], gender: 'female' };
const tom: Entity = { name: 'Tom Reyes', kind: 'person', roles: [], aliases: [], gender: 'male' };
const council: Entity = { name: 'Tarn Council', kind: 'organization', roles: [], aliases: [], gender: null };

describe('standalone: a first-person quote paragraph after a paragraph about one person is that person', () => {
  it.each<[string, M[], Entity[], string | null]>([
    ['Mayor Ida Strand has run the town for 12 years.\n\n“I love this place. I will not leave it.”', [['Ida Strand', 'title-name', 0]], [ida], 'Ida Strand'],
    ['Ida Strand grew up here. Strand left at 18.\n\n“We always came back. My parents are buried here.”', [['Ida Strand', 'name', 0], ['Strand', 'name', 0]], [ida], 'Ida Strand'],
    // an attributed quote two paragraphs up does not outrank the person just introduced
    ['“We will build it,” Tom Reyes said.\n\nIda Strand has run the town for 12 years.\n\n“I love this place. I will not leave it.”',
      [['Tom Reyes', 'name', 1], ['Ida Strand', 'name', 0]], [ida, tom], 'Ida Strand'],
    // nor does a quote that ends its paragraph two paragraphs up (its end offset is the next paragraph's edge)
    ['Tom Reyes has run the mill since 1990.\n\n“I love this place.”\n\nIda Strand has run the town for 12 years.\n\n“I will not leave it.”',
      [['Tom Reyes', 'name', 1], ['Ida Strand', 'name', 0]], [ida, tom], 'Ida Strand'],
  ])('%j', (text, ms, entities, expected) => {
    const qs = run(text, ms, entities);
    expect(qs[qs.length - 1]?.speaker).toBe(expected);
    expect(qs[qs.length - 1]?.rule).toBe('paragraph-before');
  });

  it.each<[string, M[], Entity[]]>([
    // no first person: a description, a slogan, someone else's words
    ['Ida Strand has run the town for 12 years.\n\n“The best small town in the north, bar none.”', [['Ida Strand', 'name', 0]], [ida]],
    // the quote names the person: someone else speaks about her
    ['Ida Strand has run the town for 12 years.\n\n“Strand has failed all of us, every one.”', [['Ida Strand', 'name', 0], ['Strand', 'name', 0]], [ida]],
    // two people, or a person and a body, in the paragraph before
    ['Ida Strand met Tom Reyes in May.\n\n“I love this place. I will not leave it.”', [['Ida Strand', 'name', 0], ['Tom Reyes', 'name', 1]], [ida, tom]],
    ['Ida Strand wrote to Tarn Council in May.\n\n“I love this place. I will not leave it.”', [['Ida Strand', 'name', 0], ['Tarn Council', 'organization', 1]], [ida, council]],
  ])('leaves alone %j', (text, ms, entities) => {
    expect(run(text, ms, entities).filter((q) => q.rule === 'paragraph-before')).toEqual([]);
  });
});
