// A stance noun no one holds by name (cues/nominal-open.ts): the noun, its modifiers and the preposition are the cue,
// the object after it the content, and no speaker.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/analysis/index.js';
import { findNominalCues } from '../../../src/analysis/cues/nominal.js';

/** [cue, content, speaker] of the open stance record, or null. */
const open = (text: string): [string, string, string | null] | null => {
  const q = analyze({ id: 'd', text }).quotes.find((x) => x.rule === 'noun-object' && /(?:criticism|opposition|outrage)/.test(x.cue?.text ?? ''));
  return q === undefined ? null : [q.cue?.text ?? '', q.text, q.speaker];
};

describe('a stance noun no one holds', () => {
  it.each([
    ['Pressure mounts on the coach after criticism of his tactics.', ['criticism of', 'his tactics', null]],
    ['The growing opposition to the toll road has split the council.', ['growing opposition to', 'the toll road', null]],
    ['The ferry firm lost riders because of civic and moral outrage over fare rises.', ['civic and moral outrage over', 'fare rises', null]],
    ['Amid fierce criticism of the new timetable, the rail operator apologised.', ['fierce criticism of', 'the new timetable', null]],
    // the object ends before a main verb of swelling or fading, at the sentence's end too
    ['Ticket sales rose, and criticism of the club owner faded.', ['criticism of', 'the club owner', null]],
    ['Opposition grew in the valley, but outrage over the dam subsided by May.', ['outrage over', 'the dam', null]],
    // or before a main verb of reaching further
    ['The main opposition to the quarry comes from hill farmers.', ['main opposition to', 'the quarry', null]],
    ['By noon, outrage over the ferry fares spread to the islands.', ['outrage over', 'the ferry fares', null]],
  ])('%s', (text, expected) => {
    expect(open(text)).toEqual(expected);
  });
});

describe('leaves alone', () => {
  const cues = (text: string): string[] => findNominalCues(text, () => false).map((c) => c.text);
  it.each([
    // a verb governs the noun: its own reading, or none
    ['The mayor dismissed criticism of the plan as noise.'],
    ['The ministry ignored opposition to the quarry for years.'],
    // the subject's own stance ("in opposition to")
    ['The senator, in opposition to her party, backed the levy.'],
    // no object after the noun
    ['Criticism grew louder in the spring.'],
    // a political opposition, no stance noun with an object
    ['The opposition won three seats in the by-election.'],
    // a noun this reading leaves out: no holder, and condemnation is not read so
    ['There was swift condemnation of the raid.'],
  ])('%s', (text) => {
    expect(cues(text)).toEqual([]);
  });
});
