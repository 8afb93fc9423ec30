// lexicon/verb-forms.ts: the forms of a verb from its lemma, written once for the lists that read a verb in all its forms.
import { describe, expect, it } from 'vitest';
import { regularForms, verbForms } from '../../src/lexicon/verb-forms.js';

describe('lexicon/verb-forms: verbForms', () => {
  it.each<[string, string[]]>([
    ['warn', ['warn', 'warns', 'warned', 'warning']],
    ['vote', ['vote', 'votes', 'voted', 'voting']],
    ['deny', ['deny', 'denies', 'denied', 'denying']],
    ['brush', ['brush', 'brushes', 'brushed', 'brushing']],
    ['shrug', ['shrug', 'shrugs', 'shrugged', 'shrugging']],
    ['signal', ['signal', 'signals', 'signaled', 'signaling', 'signalled', 'signalling']],
    ['level', ['level', 'levels', 'leveled', 'leveling', 'levelled', 'levelling']],
    ['pin', ['pin', 'pins', 'pinned', 'pinning']],
    // irregular: the table, not the suffixes
    ['take', ['take', 'takes', 'took', 'taken', 'taking']],
    ['stand', ['stand', 'stands', 'stood', 'standing']],
    ['throw', ['throw', 'throws', 'threw', 'thrown', 'throwing']],
    ['put', ['put', 'puts', 'putting']],
    ['seek', ['seek', 'seeks', 'sought', 'seeking']],
    ['pay', ['pay', 'pays', 'paid', 'paying']],
  ])('%s', (lemma, forms) => {
    expect(verbForms(lemma)).toEqual(forms);
  });
  it('leaves alone: a verb the table lacks gets no irregular past ("bake" is not "book")', () => {
    expect(regularForms('bake')).toEqual(['bake', 'bakes', 'baked', 'baking']);
  });
});
