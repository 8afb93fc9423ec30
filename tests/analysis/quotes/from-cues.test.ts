// Drafts from the cues of each sentence (quotes/from-cues.ts): a question the writer puts to "you" holds no belief.
// Invented texts; hand-built mentions (see quote-run.ts).
import { describe, expect, it } from 'vitest';
import { runQuotes, type M } from '../quote-run.js';

const row = (q: ReturnType<typeof runQuotes>[number]) => [q.type, q.text, q.cue?.text ?? null];

describe('quotes: a question put to "you"', () => {
  it.each(['Q: Were you worried about the cost?', 'Do you really think the bridge is safe?'])('holds no belief: %s', (text) => {
    expect(runQuotes(text, [['you', 'pronoun', null]]).map((q) => q.text)).toEqual([]);
  });

  it.each<[string, M[], string]>([
    ['Does the mayor think the bridge is safe?', [['the mayor', 'description', 0]], 'the bridge is safe?'],
    ['You said the bridge was safe.', [['You', 'pronoun', null]], 'the bridge was safe'],
  ])('keeps %s', (text, ms, content) => {
    expect(runQuotes(text, ms).map((q) => q.text)).toEqual([content]);
  });
});
