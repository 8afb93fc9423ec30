import { describe, expect, it } from 'vitest';
import { runQuotes, type M } from '../quote-run.js';
import type { Entity } from '../../../src/types.js';

// The quote stage as a whole (quotes/index.ts) on hand-built mentions. Invented texts. A roundup's colon lead-in lines:
// lead-in-quotes.test.ts.

const run = runQuotes;

const ann: Entity = { name: 'Ann Lee', kind: 'person', roles: ['mayor'], aliases: ['Lee'], gender: 'female' };
const row = (q: ReturnType<typeof run>[number]) => [q.type, q.text, q.cue?.text ?? null, q.speakerMention?.text ?? null];

describe('quotes: direct', () => {
  it.each([
    ['“We will build the bridge,” Ann Lee said.', ['direct', 'We will build the bridge,', 'said', 'Ann Lee']],
    ['“We will build the bridge,” said Ann Lee, the mayor.', ['direct', 'We will build the bridge,', 'said', 'Ann Lee']],
    ['Ann Lee said: “We will build the bridge.”', ['direct', 'We will build the bridge.', 'said:', 'Ann Lee']],
    ["''We will build the bridge,'' Ann Lee wrote, ''and soon.''", ['direct', "We will build the bridge,'' Ann Lee wrote, ''and soon.", 'wrote', 'Ann Lee']],
    ['“Will you build the bridge?” Ann Lee asked.', ['direct', 'Will you build the bridge?', 'asked', 'Ann Lee']],
    ['“We will build the bridge.” — Ann Lee', ['direct', 'We will build the bridge.', '—', 'Ann Lee']],
  ])('%s', (text, expected) => {
    const qs = run(text, [['Ann Lee', 'name', 0]], [ann]);
    expect(qs.map(row)).toEqual([expected]);
    expect(qs[0]?.speaker).toBe('Ann Lee');
    expect(qs[0]?.role).toBe('mayor');
  });

  it.each([
    ['Some chanted “Build the bridge!”', 'Some', 'chanted'],
    ['Ann Lee quipped, “The bridge is a lovely one.”', 'Ann Lee', 'quipped'],
  ])('finds the quote and its cue in %s', (text, mention, cue) => {
    const qs = run(text, text.includes('Ann Lee') ? [['Ann Lee', 'name', 0]] : [['Some', 'group', null]], [ann]);
    expect(qs.map((q) => [q.type, q.speakerMention?.text, q.cue?.text])).toEqual([['direct', mention, cue]]);
  });

  it.each([
    ['“The bridge is safe,” Ann Lee continued.', 'continued'],
    ['“Is the bridge safe?” Ann Lee questioned.', 'questioned'],
  ])('reads an ambiguous form right after a closed quote as its cue: %s', (text, cue) => {
    const qs = run(text, [['Ann Lee', 'name', 0]], [ann]);
    expect(qs.map((q) => [q.type, q.cue?.text, q.speakerMention?.text])).toEqual([['direct', cue, 'Ann Lee']]);
  });
});

describe('quotes: partial and indirect', () => {
  it.each([
    ['Ann Lee pledged to finish the bridge “before the winter comes.”', ['partial', 'to finish the bridge “before the winter comes.”', 'pledged', 'Ann Lee']],
    ['Ann Lee pledged to finish the bridge “before winter” in her term, speaking at the site.', ['partial', 'to finish the bridge “before winter”', 'pledged', 'Ann Lee']],
    ['Ann Lee pledged to finish the bridge “before winter” in her term.', ['partial', 'to finish the bridge “before winter” in her term', 'pledged', 'Ann Lee']],
    ['Ann Lee said the bridge will open in May.', ['indirect', 'the bridge will open in May', 'said', 'Ann Lee']],
    ['Ann Lee said that the bridge will open in May.', ['indirect', 'the bridge will open in May', 'said', 'Ann Lee']],
    ['The bridge will open in May, Ann Lee said.', ['indirect', 'The bridge will open in May', 'said', 'Ann Lee']],
    ['The bridge will open in May, said Ann Lee.', ['indirect', 'The bridge will open in May', 'said', 'Ann Lee']],
    ['According to Ann Lee, the bridge will open in May.', ['indirect', 'the bridge will open in May', 'According to', 'Ann Lee']],
    ['The bridge will open in May, according to Ann Lee.', ['indirect', 'The bridge will open in May', 'according to', 'Ann Lee']],
    ['Ann Lee told reporters that the bridge will open in May.', ['indirect', 'the bridge will open in May', 'told', 'Ann Lee']],
    ['Ann Lee wrote in the long notice on the door of the town hall that the bridge will open in May.', ['indirect', 'the bridge will open in May', 'wrote', 'Ann Lee']],
    ['Ann Lee warned drivers to avoid a detour that could add an hour.', ['indirect', 'drivers to avoid a detour that could add an hour', 'warned', 'Ann Lee']],
    ['Ann Lee, who runs the city, said the bridge will open in May.', ['indirect', 'the bridge will open in May', 'said', 'Ann Lee']],
    ['Ann Lee, head of roads at the city, said the bridge will open in May.', ['indirect', 'the bridge will open in May', 'said', 'Ann Lee']],
    ['As for the bridge, Ann Lee said it will open in May.', ['indirect', 'it will open in May', 'said', 'Ann Lee']],
    ['In May, Ann Lee said, the bridge will open.', ['indirect', 'In May, Ann Lee said, the bridge will open', 'said', 'Ann Lee']],
    ['This bridge, Ann Lee said, is different.', ['indirect', 'This bridge, Ann Lee said, is different', 'said', 'Ann Lee']],
    ['The bridge was busy, Ann Lee said, including on Sundays.', ['indirect', 'The bridge was busy, Ann Lee said, including on Sundays', 'said', 'Ann Lee']],
    // a clause joined after the attribution is no part of the content
    ['The bridge will open in May, Ann Lee said, but she gave no reason.', ['indirect', 'The bridge will open in May', 'said', 'Ann Lee']],
    ['The bridge will open in May, Ann Lee told reporters, though the date may slip.', ['indirect', 'The bridge will open in May', 'told', 'Ann Lee']],
    // a trailing "as" clause is the writer's scene; a verb after ", but" with no subject is what the speaker did
    ['The bridge will open in May, Ann Lee said Monday, as rain kept falling over the whole valley.', ['indirect', 'The bridge will open in May', 'said Monday', 'Ann Lee']],
    ['Ann Lee said the bridge will open in May, but gave no reason.', ['indirect', 'the bridge will open in May', 'said', 'Ann Lee']],
    // a noun-like form ending the sentence after a comma and its subject
    ['The bridge will cost more, Ann Lee estimates.', ['indirect', 'The bridge will cost more', 'estimates', 'Ann Lee']],
    // a cue that ends in its preposition: the medium is no content; "only that" is no content either
    ['Ann Lee wrote on the city website that the bridge will open in May.', ['indirect', 'the bridge will open in May', 'wrote', 'Ann Lee']],
    ['Ann Lee would say only that the bridge will open in May.', ['indirect', 'the bridge will open in May', 'would say', 'Ann Lee']],
  ])('%s', (text, expected) => {
    const qs = run(text, [['Ann Lee', 'name', 0]], [ann]);
    expect(qs.map(row)).toEqual([expected]);
  });

  // (the denial's content is the claim noun heading its relative clause, gap-relative.ts)
  it('keeps both reports in "X argued that A, a claim Y denies."', () => {
    const qs = run('Ann Lee argued that the toll had doubled, a claim the council denies.', [['Ann Lee', 'name', 0]], [ann]);
    expect(qs.map((q) => [q.text, q.cue?.text])).toEqual([['the toll had doubled', 'argued'], ['a claim the council denies', 'denies']]);
  });

  // stances, feelings and findings with an object count as attributions (annotated news counts them)
  it.each([
    ['Ann Lee is backing the new bridge.', ['indirect', 'the new bridge', 'is backing', 'Ann Lee']],
    ['Ann Lee defended the toll on the bridge.', ['indirect', 'the toll on the bridge', 'defended', 'Ann Lee']],
    ['Ann Lee has portrayed the bridge as a lifeline.', ['indirect', 'the bridge as a lifeline', 'has portrayed', 'Ann Lee']],
    ['Ann Lee loves the old ferry.', ['indirect', 'the old ferry', 'loves', 'Ann Lee']],
    ['Ann Lee continued to criticize the toll plan.', ['indirect', 'the toll plan', 'continued to criticize', 'Ann Lee']],
    ['Ann Lee learned the bridge had failed its test.', ['indirect', 'the bridge had failed its test', 'learned', 'Ann Lee']],
  ])('finds a stance: %s', (text, expected) => {
    const qs = run(text, [['Ann Lee', 'name', 0]], [ann]);
    expect(qs.map(row)).toEqual([expected]);
  });

  it.each([
    ['The city plans to open the bridge in May.', ['indirect', 'to open the bridge in May', 'plans', null]],
    ['The builders hope to finish by June.', ['indirect', 'to finish by June', 'hope', null]],
  ])('reads an intention with its infinitive: %s', (text, expected) => {
    expect(run(text).map((q) => [q.type, q.text, q.cue?.text ?? null, q.speakerMention?.text ?? null].slice(0, 3))).toEqual([expected.slice(0, 3)]);
  });

  it.each([
    ['His plans to open the bridge were dropped.'],
  ])('leaves a noun with its infinitive alone: %s', (text) => {
    expect(run(text)).toEqual([]);
  });

  it('reads "a survey shows" as a finding with the survey as its source', () => {
    const qs = run('A city survey shows most drivers back the toll.', [['A city survey', 'description', null]]);
    expect(qs.map(row)).toEqual([['indirect', 'most drivers back the toll', 'shows', 'A city survey']]);
  });

  it.each([
    ['The report was long and the plan was late.'],
    ['The bridge, it is believed, will open in May.'],
    ['She cast her ballot at noon.'],
    ['Critics like Ann Lee stayed home.'],
    ['Ann Lee is credited with the bridge.'],
    ['Party loathing for the toll grew.'],
  ])('finds no quote in: %s', (text) => {
    expect(run(text)).toEqual([]);
  });

  it('keeps every offset true to the text', () => {
    const text = 'Ann Lee pledged “to finish it,” and said the rest, she added, is “easy.”\n“More to come.”';
    for (const q of run(text, [['Ann Lee', 'name', 0]], [ann])) {
      expect(text.slice(q.start, q.end)).toBe(q.text);
      for (const f of q.quoted) expect(text.slice(f.start, f.end)).toBe(f.text);
      if (q.cue) expect(text.slice(q.cue.start, q.cue.end)).toBe(q.cue.text);
    }
  });
});

describe('quotes: hostile input stays linear and sane', () => {
  it.each([
    ['a megabyte-long sentence of cues', 'he said, '.repeat(20_000)],
    ['thousands of "according to"', 'according to '.repeat(20_000)],
    ['thousands of closed quotes with attributions', '“x,” he said. '.repeat(10_000)],
    ['thousands of unclosed quote paragraphs', '“a\n'.repeat(20_000)],
    ['a run of closing parentheses before a cue', `${')'.repeat(50_000)} said it.`],
  ])('%s', (_name, text) => {
    for (const q of run(text)) expect(text.slice(q.start, q.end)).toBe(q.text);
  });
});
