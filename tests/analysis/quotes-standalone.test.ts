import { describe, expect, it } from 'vitest';
import { segment } from '../../src/analysis/segment/index.js';
import { findQuoteMarks } from '../../src/analysis/quote-marks/index.js';
import { findCues } from '../../src/analysis/cues/index.js';
import { attributeQuotes } from '../../src/analysis/quotes/index.js';
import type { Entity, Mention, MentionKind } from '../../src/types.js';

// Hand-built mentions (what SPEAKERS provides): [words, kind, entity index]
type M = [string, MentionKind, number | null];

function run(text: string, ms: M[] = [], entities: Entity[] = []) {
  const cued = findCues(findQuoteMarks(segment({ id: 't', text })));
  const mentions: Mention[] = [];
  let from = 0;
  for (const [words, kind, entity] of ms) {
    const start = text.indexOf(words, from);
    if (start < 0) throw new Error(`no "${words}"`);
    mentions.push({ text: words, start, end: start + words.length, kind, entity, role: null, gender: null });
    from = start + words.length;
  }
  return attributeQuotes({ ...cued, mentions, entities }).quotes;
}

const vela: Entity = { name: 'Ines Vela', kind: 'person', roles: [], aliases: ['Vela'], gender: 'female' };
const row = (q: ReturnType<typeof run>[number]) => [q.type, q.text, q.cue?.text ?? null, q.speaker];

describe('standalone: a quote over paragraphs attributed in a later paragraph is one quote', () => {
  it.each([
    // attribution in the last paragraph
    ['“We will not pretend this is easy. The ore must come from somewhere.\n\n“Better here than elsewhere,” Ms. Vela said.',
      [['direct', 'We will not pretend this is easy. The ore must come from somewhere.\n\n“Better here than elsewhere,', 'said', 'Ines Vela']]],
    // three paragraphs, attribution in the last, inverted cue
    ['The mine opened.\n\n“We looked everywhere.\n\n“Nothing else was left.\n\n“Better here,” said Vela.',
      [['direct', 'We looked everywhere.\n\n“Nothing else was left.\n\n“Better here,', 'said', 'Ines Vela']]],
    // and the part after an interruption in the last paragraph goes with it
    ['“We looked everywhere.\n\n“Better here,” Ms. Vela said. “It is safe.”',
      [['direct', 'We looked everywhere.\n\n“Better here,” Ms. Vela said. “It is safe.', 'said', 'Ines Vela']]],
  ])('%j', (text, expected) => {
    expect(run(text, [['Vela', 'name', 0]], [vela]).map(row)).toEqual(expected);
  });

  it.each([
    // a quote closed in its paragraph is not running on: the next paragraph's attribution is its own
    ['“We looked everywhere and found nothing at all.”\n\n“Better here,” Ms. Vela said.',
      [['direct', 'We looked everywhere and found nothing at all.', null, null], ['direct', 'Better here,', 'said', 'Ines Vela']]],
    // attributed in its first paragraph: unchanged, the later paragraph continues it
    ['“Better here,” Ms. Vela said. “We looked everywhere.\n\n“Nothing else was left.”',
      [['direct', 'Better here,” Ms. Vela said. “We looked everywhere.\n\n“Nothing else was left.', 'said', 'Ines Vela']]],
  ])('leaves alone %j', (text, expected) => {
    expect(run(text, [['Vela', 'name', 0]], [vela]).map(row)).toEqual(expected);
  });

  it('leaves a running quote that opens after an attribution in its paragraph to the interrupted quote', () => {
    // “A,” X said. “B.¶“C,” she added.  -> B (and C) go on with A, not with "she added"
    const text = '“Prices are up,” Vela said. “Wages are not.\n\n“We are not blind to it,” she added.';
    expect(run(text, [['Vela', 'name', 0]], [vela]).map(row)[0]).toEqual(['direct', 'Prices are up,” Vela said. “Wages are not.\n\n“We are not blind to it,', 'said', 'Ines Vela']);
  });
});
