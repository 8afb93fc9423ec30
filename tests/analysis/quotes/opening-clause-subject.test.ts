// A cue in an opening prepositional clause ("In a statement confirming the merger, X thanked ...") is the main clause
// subject's, also when that subject is a name with its article outside the mention (quotes/subjects.ts).
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/analysis/index.js';

const sources = (text: string): string[] => analyze({ id: 't', text }).quotes.map((q) => `${q.cue?.text}:${q.speakerMention?.text ?? null}`);

describe('speakers: the subject after an opening clause', () => {
  it.each([
    ['In a statement confirming the merger, the Tarnby Nurses Union thanked its members.', 'confirming:Tarnby Nurses Union'],
    ['In a letter praising the plan, the Orla Valley Trust urged the council to act.', 'praising:Orla Valley Trust'],
    ['In a letter praising the plan, the union urged the council to act.', 'praising:the union'],
  ])('%s', (text, expected) => {
    expect(sources(text)).toContain(expected);
  });

  it.each([
    // a word other than the article between the comma and the mention: no subject right after the clause
    ['In a letter praising the plan, several members of the Orla Valley Trust urged the council to act.', 'praising:Orla Valley Trust'],
    ['In a statement confirming the merger, the Tarnby Nurses Union thanked its members.', 'confirming:a statement'],
  ])('leaves alone: %s', (text, absent) => {
    expect(sources(text)).not.toContain(absent);
  });
});
