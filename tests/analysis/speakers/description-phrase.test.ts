// A name right after a description apposes the description's last noun: "her colleague Ola Brenn" is the colleague,
// but in "an analyst at the research firm Tarvo" the name is the firm's, and the description, set off by commas after
// a person's name, is that person's (speakers/description-reference.ts endsWithHead).
import { describe, expect, it } from 'vitest';
import { segment } from '../../../src/analysis/segment/index.js';
import { findQuoteMarks } from '../../../src/analysis/quote-marks/index.js';
import { findCues } from '../../../src/analysis/cues/index.js';
import { findMentions } from '../../../src/analysis/mentions/index.js';
import { resolveSpeakers } from '../../../src/analysis/speakers/index.js';

/** The entity name of the first description mention of the text (null: none resolved). */
function descriptionOwner(text: string): string | null {
  const s = resolveSpeakers(findMentions(findCues(findQuoteMarks(segment({ id: 't', text })))));
  const d = s.mentions.find((m) => m.kind === 'description');
  if (d === undefined) throw new Error(`no description in: ${s.mentions.map((m) => m.text).join(' | ')}`);
  return d.entity === null ? null : s.entities[d.entity]!.name;
}

describe('speakers: a description ending in a phrase before a name', () => {
  it.each([
    ['Hugo Brandt, an analyst at the research firm Quellin, said the shares were cheap.', 'Hugo Brandt'],
    ["Ann Pell, the head of the bakers' guild Farina, said the strike would go ahead.", 'Ann Pell'],
  ])('%s', (text, name) => {
    expect(descriptionOwner(text)).toBe(name);
  });

  it.each([
    // the description's head right before the name: the name is the description's
    ['On Monday her colleague Ola Brenn said the plan was late.', 'Ola Brenn'],
  ])('leaves alone: %s', (text, name) => {
    expect(descriptionOwner(text)).toBe(name);
  });
});
