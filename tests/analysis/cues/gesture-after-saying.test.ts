import { describe, expect, it } from 'vitest';
import { verbCues } from '../verb-cues.js';

// "pointing" toward or at something right after a verb of saying and a comma (cues/gesture-after-saying.ts): a stage
// direction that goes with the words, pointing nothing out.
describe('cues: a gesture with words just said', () => {
  it.each([
    ['"That is where the water came in," the farmer said, pointing toward the barn.', ['said']],
    ['"We rebuild from here," Ines Halloway added, pointing up at the charred roof beams.', ['added']],
    ['The ranger explained, pointing across the valley, that the trail had washed away.', ['explained']],
    ['"Look at the size of it," he shouted, pointing at the crane.', ['shouted']],
  ])('%s', (text, expected) => {
    expect(verbCues(text)).toEqual(expected);
  });

  it.each([
    // citing evidence ("to"), blaming ("as"), and "pointing" with no verb of saying right before it
    ['"Prices will fall," she said, pointing to the drop in fuel costs.', ['said', 'pointing to']],
    ['The mayor said, pointing at the water board as the culprit, that the repairs were late.', ['said', 'pointing']],
    ['Critics, pointing at the deficit, said the plan was reckless.', ['pointing', 'said']],
    ['"It was never safe," she said, pointing out that the bridge had failed twice.', ['said', 'pointing out']],
  ])('keeps the pointing out: %s', (text, expected) => {
    expect(verbCues(text)).toEqual(expected);
  });
});
