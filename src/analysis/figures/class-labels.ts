// Step 3d: a number right after a class label ("type 2 diabetes", "a stage four tumour", "phase 3 trials") names
// the class and counts nothing: an identifier. The labels are in lexicon/class-labels.ts.
import { BEFORE_BARE_VERB, CLASS_LABELS, VERB_LABELS } from '../../lexicon/class-labels.js';
import { wordBeforeBlanks } from '../segment/last-word.js';
import { isBlank } from './qualify-after.js';

/** Whether the word right before `start` (after one blank) is a class label used as a noun. */
export function classLabel(text: string, start: number): boolean {
  if (!isBlank(text[start - 1])) return false;
  const window = text.slice(Math.max(0, start - 40), start);
  const label = wordBeforeBlanks(window, isBlank);
  if (label === null || !CLASS_LABELS.has(label.toLowerCase())) return false;
  if (!VERB_LABELS.has(label.toLowerCase())) return true;
  const verb = wordBeforeBlanks(window.slice(0, window.trimEnd().length - label.length), isBlank);
  return verb === null || !BEFORE_BARE_VERB.has(verb.toLowerCase());
}
