import { describe, expect, it } from 'vitest';
import { verbCues } from '../verb-cues.js';

// Disputing a question (Levin's correspond verbs: clash, spar, quarrel, wrangle, bicker, squabble, feud): a cue only
// with the question after "over" or "about" (disputed-question.ts),
// the preposition read into the cue (verb-span-words.ts).
describe('cues: a dispute over a question is each side’s stance', () => {
  it.each([
    ['The two harbour boards clashed over whether the ferry should run at night.', ['clashed over']],
    ['Beekeepers have sparred with the county for months over how close hives may stand to a school.', ['have sparred']],
    ['The heirs quarrelled about who would keep the farmhouse.', ['quarrelled about']],
    ['Delegates wrangled late into the night over which rules should apply to the vote.', ['wrangled']],
    ['The cousins bickered over where the reunion should be held.', ['bickered over']],
    ['The neighbours quarrelled over what the new fence would cost.', ['quarrelled over']],
    // a free relative naming what the fight was over is no question: its own verb of naming is the cue
    ['Strikers clashed with guards over what they saw as a broken promise.', ['saw as']],
    ['Crofters have feuded with the estate over what critics call a land grab.', ['call']],
    ['Trustees squabbled about why the museum lost its grant.', ['squabbled about']],
    ['The two clubs have feuded for years over who owns the pitch.', ['have feuded']],
    // a headline's present tense after its plural subject
    ['Growers clash over how to share the river', ['clash over']],
  ])('%s', (text, expected) => {
    expect(verbCues(text)).toEqual(expected);
  });

  it.each([
    // a fight or a clash of things, with no question after it
    ['Fans clashed with police outside the ground.'],
    ['The two sides clashed over the weekend in the cup final.'],
    ['The curtains clash with the old carpet.'],
    ['The brothers have feuded for years.'],
    ['She quarrelled with a neighbour about the hedge.'],
    ['The senator debated the governor twice in October.'],
    // deliberating a question is no side's view
    ['The board spent the evening debating whether to sell the depot.'],
    // the nouns, with the question after them
    ['Clashes over how the border is patrolled left three people hurt.'],
    ['A bitter feud over who owns the quarry went to court.'],
    ['The squabble about which road to close has dragged on.'],
    // the plural nouns after an adjective that opens the sentence
    ['Fresh clashes over who runs the dock broke out on Friday.'],
    ['Bitter feuds over whether the chapel should close split the parish.'],
    ['Renewed squabbles over which town hosts the fair soured the season.'],
  ])('leaves alone: %s', (text) => {
    expect(verbCues(text)).toEqual([]);
  });
});
