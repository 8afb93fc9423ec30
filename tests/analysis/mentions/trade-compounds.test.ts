// A verb-like word opening the clause before a plural head that speaks is the head's modifier ("Shop owners said",
// "Nursing staff warned"), not a verb cut off the group (mentions/description-start.ts).
import { describe, expect, it } from 'vitest';
import { findMentions } from '../../../src/analysis/mentions/index.js';
import type { Cued } from '../../../src/analysis/state.js';

/** The mentions of `text` with a verb cue on `cueWord`. */
function found(text: string, cueWord: string): string[] {
  const start = text.indexOf(cueWord);
  const cues = [{ start, end: start + cueWord.length, text: cueWord, lemma: cueWord, kind: 'verb' as const }];
  const state: Cued = { doc: { id: 't', text }, paragraphs: [], sentences: [], quoteSpans: [], markup: [], speechWords: [], cues };
  return findMentions(state).mentions.map((m) => `${m.kind}:${m.text}`);
}

describe('mentions: a trade compound opening its clause', () => {
  it.each([
    ['Shop owners said the road should reopen.', 'said', 'group:Shop owners'],
    ['Nursing staff warned that the ward was full.', 'warned', 'group:Nursing staff'],
    ['Boat crews say the cut will sink them.', 'say', 'group:Boat crews'],
    ['On Monday, shop owners said the road should reopen.', 'said', 'group:shop owners'],
    // a short place phrase between the group and its cue
    ['Boat crews in Dunbeg, Co Wexmoor, have warned that a cut will sink them.', 'have warned', 'group:Boat crews'],
    ['Nursing staff at the Elm Street clinic said the ward was full.', 'said', 'group:Nursing staff'],
  ])('%s', (text, cue, expected) => {
    expect(found(text, cue)).toContain(expected);
  });

  it.each([
    // after a comma an "-ing" word is the clause's verb, not the group's modifier
    ['Ann Vale quit, adding officials said she had to.', 'said', 'group:adding officials'],
    // the place phrase ends at the sentence: the cue after it is another subject's
    ['Shop owners in the square. The mayor said no.', 'said', 'group:Shop owners'],
    // a verb in mid-sentence before the group stays the verb
    ['The mayor will meet shop owners who say the road should reopen.', 'say', 'group:meet shop owners'],
  ])('leaves alone: %s', (text, cue, absent) => {
    expect(found(text, cue)).not.toContain(absent);
  });
});
