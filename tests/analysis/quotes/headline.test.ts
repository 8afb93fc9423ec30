import { describe, expect, it } from 'vitest';
import { runQuotes, type M } from '../quote-run.js';
import type { Entity } from '../../../src/types.js';

const ann: Entity = { name: 'Ann Lee', kind: 'person', roles: ['mayor'], aliases: ['Lee'], gender: 'female' };
const speakerRow = (q: ReturnType<typeof runQuotes>[number]) => [q.type, q.text, q.cue?.text ?? null, q.speakerMention?.text ?? null];

const run = (text: string, ms: M[] = [], entities: Entity[] = []) => runQuotes(text, ms, entities).filter((q) => q.rule === 'headline-source');

const lee: Entity = { name: 'Ann Lee', kind: 'person', roles: [], aliases: ['Lee'], gender: 'female' };
const dral: Entity = { name: 'Ivo Dral', kind: 'person', roles: [], aliases: [], gender: 'male' };
const police: Entity = { name: 'Police', kind: 'group', roles: [], aliases: [], gender: 'plural' };
const row = (q: ReturnType<typeof run>[number]) => [q.type, q.text, q.cue?.text ?? null, q.speakerMention?.text ?? null];

describe('headline: "Source: claim" is an attribution', () => {
  it.each<[string, M[], Entity[], (string | null)[]]>([
    // a person's name with a known first name
    ['Ann Lee: We Will Not Raise Taxes.\n\nThe mayor spoke on Monday.', [['Ann Lee', 'name', 0]], [lee], ['indirect', 'We Will Not Raise Taxes', ':', 'Ann Lee']],
    // a surname of someone the article names in full
    ['Lee: Roads Will Open By June.\n\nMayor Ann Lee spoke on Monday.', [['Lee', 'name', 0], ['Ann Lee', 'name', 0]], [lee], ['indirect', 'Roads Will Open By June', ':', 'Lee']],
    // a titled name, a group, evidence, the press, a known organisation
    ['TV star Ivo Dral: Final Was Tense.', [['TV star Ivo Dral', 'title-name', 0]], [dral], ['indirect', 'Final Was Tense', ':', 'TV star Ivo Dral']],
    ['Police: Driver Was Over The Limit.', [['Police', 'group', 0]], [police], ['indirect', 'Driver Was Over The Limit', ':', 'Police']],
    ['Poll: Ann Lee Leads In Ohio.', [['Ann Lee', 'name', 0]], [lee], ['indirect', 'Ann Lee Leads In Ohio', ':', 'Poll']],
    ['Newspaper: Minister Hid Ferry Costs.', [], [], ['indirect', 'Minister Hid Ferry Costs', ':', 'Newspaper']],
    ['Paper: Mayor Met The Bidder In May.', [], [], ['indirect', 'Mayor Met The Bidder In May', ':', 'Paper']],
    ['Oxfam: Minister Misled The Envoy.', [], [], ['indirect', 'Minister Misled The Envoy', ':', 'Oxfam']],
    // a quote that is only part of the headline: the whole rest is the claim
    ['Ann Lee: ‘Of Course’ The Budget Will Pass.', [['Ann Lee', 'name', 0]], [lee], ['partial', '‘Of Course’ The Budget Will Pass', ':', 'Ann Lee']],
  ])('%j', (text, ms, entities, expected) => {
    expect(run(text, ms, entities).map(row)).toEqual([expected]);
  });

  it.each<[string, M[], Entity[]]>([
    // topic labels (BBC style) and genre labels are no source
    ['Brexit: What Happens Next For Farmers?', [['Brexit', 'name', null]], []],
    ['Climate change: Seas Rise Faster Than Feared.', [['Climate', 'name', null]], []],
    ['Analysis: Lee Is Likely To Quit Soon.', [], []],
    ['The Latest: Two Ferries Sail Today.', [], []],
    ['Exclusive: Lee To Quit Next Month.', [], []],
    // a sports desk's listing and a notice's details
    ['Results: Tolby 2 Varn 0; Kessel 1 Orme 1.', [], []],
    ['Tickets: Adults Pay 8 Pounds At The Door.', [], []],
    // a section name and an interjection credit no one
    ['Media: A Week Of Ferry Stories.', [], []],
    ['Wow: Ferry Crosses In Record Time.', [], []],
    // a comma makes it a headline of its own, not a label
    ['Beyond the ferry, a larger question: Is This Crew Ready?', [], []],
    // not the headline: a body paragraph "Name: ..." is a list item or a section
    ['The race narrows.\n\nAnn Lee: Win in a walk.', [['Ann Lee', 'name', 0]], [lee]],
    // a dateline or a kicker in capitals
    ['NEW DELHI: The Corporation Expects More.', [], []],
    // a figure after the colon
    ['Ann Lee: 3 Wins.', [['Ann Lee', 'name', 0]], [lee]],
  ])('leaves alone %j', (text, ms, entities) => {
    expect(run(text, ms, entities)).toEqual([]);
  });
});

describe('quotes: a Title Case headline', () => {
  it('reads a Title Case headline "X Says Y" as reported speech', () => {
    const qs = runQuotes('Ann Lee Says Bridge Will Open In May\n\nThe city council met on Monday.', [['Ann Lee', 'name', 0]], [ann]);
    expect(qs.map(speakerRow)).toEqual([['indirect', 'Bridge Will Open In May', 'Says', 'Ann Lee']]);
  });
});
