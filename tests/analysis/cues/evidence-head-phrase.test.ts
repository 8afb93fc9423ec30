import { describe, expect, it } from 'vitest';
import { verbCues } from '../verb-cues.js';

// A bare "show" after a sentence-opening plural evidence noun (or photos, footage) and its short postmodifier is that noun's verb when an
// object or a clause follows (cues/evidence-head-phrase.ts).
describe('cues: an evidence form after a plural evidence noun and its postmodifier', () => {
  it.each([
    ['Polls in the state show Ruiz ahead.', ['show']],
    ['Polls conducted by the college show Ruiz ahead.', ['show']],
    ['Records reviewed by the paper show the firm delayed the recall.', ['show']],
    // (a short participle too)
    ['Records seen by the court show the firm delayed the recall.', ['show']],
    ['Documents filed in court show the firm delayed the recall.', ['show']],
    ['Records from the state show that turnout fell.', ['show']],
    // a clause whose subject is a bare noun or a figure
    ['Figures from the ministry show prices rose by 4 per cent.', ['show']],
    ['Results from the trial show 40 patients recovered within a week.', ['show']],
    // (a count past ten in words opens the object too: lexicon PLURAL_COUNT_WORDS)
    ['Data from the league show eleven clubs lost money.', ['show']],
    ['Data from the agency show hospital admissions were falling.', ['show']],
    ['Photos posted online show the flood reached the second floor.', ['show']],
    ['Records released on Monday show the firm paid no tax.', ['show']],
    // (its verb agreeing with it: a collective noun takes either number, a singular the singular)
    ['Figures from the clinic show staff were underpaid.', ['show']],
    ['Data from the weather service show rainfall was below average.', ['show']],
    // a mass noun of recorded media takes the form in -s; a count may open the clause after it
    ['Footage posted online shows the bridge swaying in high wind.', ['shows']],
    ['Video released on Friday shows two stewards opening the gate.', ['shows']],
    // (a word before the form that names a source as often as a kind of show: SHOW_KINDS leaves it out)
    ['Photos from the air show the flood has spread.', ['show']],
    ['Data from the county show rents rose.', ['show']],
    ['Figures from the game show the striker ran 12 kilometres.', ['show']],
    ['Figures from the horse show the colt was lame.', ['show']],
  ])('%s', (text, expected) => {
    expect(verbCues(text)).toEqual(expected);
  });

  it.each([
    // a phrase of topic, whose object the form ends; no evidence noun at the head; no object or clause after the form
    ['Reports on the reality show The Den were false.', []],
    ['Polls of the talk show audience were mixed.', []],
    ['Tickets for the show in the state show sold out.', []],
    ['Fans in the state show up early.', []],
    // a noun "show" in the phrase, with its own verb right after it and no clause's subject between
    ['Figures from the motor show were higher this year.', []],
    ['Tickets posted online show up in minutes.', []],
    // ... nor a word of a compound noun or a time, whose verb agrees only with the plural head
    ['Reports from the trade show floor were upbeat.', []],
    ['Data from the game show contestants was leaked.', []],
    ['Figures from the boat show this year were higher.', []],
    // ... nor a kind of show before the form, even with a clause that agrees after it (lexicon SHOW_KINDS)
    ['Figures from the boat show organizers were released.', []],
    ['Clips from the talk show hosts were shared widely.', []],
    // a head in -s that is no plural (lexicon pluralEnding): the bare form does not agree with it
    ['Analysis from the agency show prices rose.', []],
    // the form in -s after a countable head
    ['Tickets posted online shows the demand.', []],
  ])('leaves alone: %s', (text, expected) => {
    expect(verbCues(text)).toEqual(expected);
  });
});
