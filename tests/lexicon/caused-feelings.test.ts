// The verbs of causing a feeling (lexicon/caused-feelings.ts): each a framed feeling verb whose forms are its own in the
// form table (no earlier listing takes them), and the verbs the header leaves out stay out.
import { describe, expect, it } from 'vitest';
import { CAUSED_FEELING_LEMMAS, CAUSED_FEELING_VERBS } from '../../src/lexicon/caused-feelings.js';
import { SPEECH_FORMS } from '../../src/lexicon/speech-verbs.js';

describe('lexicon: verbs of causing a feeling', () => {
  it.each(CAUSED_FEELING_VERBS.map((v) => [v.lemma, v] as const))('%s: a framed feeling verb, its forms its own', (lemma, v) => {
    expect(v.group).toBe('feeling');
    expect(v.framed).toBe(true);
    expect(v.forms?.length).toBeGreaterThan(0);
    for (const f of v.forms ?? []) {
      expect(f).toBe(f.toLowerCase());
      expect(SPEECH_FORMS.get(f)?.lemma).toBe(lemma);
    }
  });

  it('lists each lemma once, and CAUSED_FEELING_LEMMAS holds just those', () => {
    expect(CAUSED_FEELING_LEMMAS.size).toBe(CAUSED_FEELING_VERBS.length);
    expect([...CAUSED_FEELING_LEMMAS]).toEqual(CAUSED_FEELING_VERBS.map((v) => v.lemma));
  });

  // as often the feeler's own view, a topic, the writer's word or a result in sport (the header says why)
  it.each(['worry', 'concern', 'please', 'stun', 'upset', 'shock', 'rattle', 'trouble'])('leaves out %s', (lemma) => {
    expect(CAUSED_FEELING_LEMMAS.has(lemma)).toBe(false);
  });
});
