// A number right after a class label names the class (src/analysis/figures/class-labels.ts): "phase 3 trials", "type
// 2 diabetes"; unless the label is a verb there ("plans to stage 3 rallies"). Texts are invented.
import { describe, expect, it } from 'vitest';
import { classLabel } from '../../../src/analysis/figures/class-labels.js';

const labelled = (text: string, num: string): boolean => classLabel(text, text.indexOf(num));

describe('classLabel', () => {
  it.each<[string, string, boolean]>([
    ['The drug entered phase 3 trials.', '3', true],
    ['She has type 2 diabetes.', '2', true],
    ['The region moved to tier 3 rules.', '3', true],
    // a label that is also a verb, after "to" or a modal: the verb, and the number counts
    ['They plan to stage 3 rallies.', '3', false],
    ['Police will level 2 charges.', '2', false],
    // no label, or no blank before the number
    ['They held 3 rallies.', '3', false],
    ['Tier-3 rules apply.', '3', false],
  ])('%s (%s) -> %s', (text, num, want) => expect(labelled(text, num)).toBe(want));
});
