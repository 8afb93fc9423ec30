// lexicon/past-forms.ts: the irregular pasts that are deeds (ACTION_PASTS) leave out the verbs of saying and knowing,
// which after a comma open an inverted frame (", said a spokesman") rather than a main clause's predicate.
import { describe, expect, it } from 'vitest';
import { ACTION_PASTS, IRREGULAR_PASTS, PARTICIPLE_BY, PAST_PARTICIPLE } from '../../src/lexicon/past-forms.js';

describe('lexicon: ACTION_PASTS', () => {
  it.each(['left', 'took', 'gave', 'sold', 'held'])('holds the deed %s', (w) => {
    expect(ACTION_PASTS).toContain(w);
  });

  it.each(['said', 'told', 'wrote', 'spoke', 'thought', 'knew'])('leaves out the verb of saying or knowing %s', (w) => {
    expect(ACTION_PASTS).not.toContain(w);
  });

  it('is drawn from IRREGULAR_PASTS', () => {
    expect(ACTION_PASTS.every((w) => IRREGULAR_PASTS.includes(w))).toBe(true);
  });
});

// PAST_PARTICIPLE and PARTICIPLE_BY are regex pieces the passive and aside rules share ("The memo, seen by the Ledger,")
describe('lexicon: PARTICIPLE_BY', () => {
  const participleBy = new RegExp(String.raw`^${PARTICIPLE_BY}`, 'u');

  it.each(['reviewed by', 'taken by', 'drawn by', 'shown by', 'seen by', 'led by'])('reads %s as a participle and its agent', (s) => {
    expect(participleBy.test(s)).toBe(true);
  });

  it.each(['stood by', 'says by', 'reviewed byline'])('leaves alone %s', (s) => {
    expect(participleBy.test(s)).toBe(false);
  });

  it('is PAST_PARTICIPLE with "by" after it', () => {
    expect(PARTICIPLE_BY.startsWith(PAST_PARTICIPLE)).toBe(true);
  });
});
