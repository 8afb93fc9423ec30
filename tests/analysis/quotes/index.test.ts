import { describe, expect, it } from 'vitest';
import { runQuotes, type M } from '../quote-run.js';
import { segment } from '../../../src/analysis/segment/index.js';
import { findQuoteMarks } from '../../../src/analysis/quote-marks/index.js';
import { findCues } from '../../../src/analysis/cues/index.js';
import { finalize } from '../../../src/analysis/quotes/finalize.js';
import { SpeechSpans } from '../../../src/analysis/quotes/text-utils.js';
import { NO_SPEAKER } from '../../../src/analysis/quotes/speaker.js';
import type { Entity } from '../../../src/types.js';

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

  it('joins a quote interrupted by "she said" into one direct quote with two fragments', () => {
    const text = '“We will build it,” Ann Lee said. “And we will pay for it.”';
    const qs = run(text, [['Ann Lee', 'name', 0]], [ann]);
    expect(qs).toHaveLength(1);
    expect(qs[0]?.quoted.map((f) => f.text)).toEqual(['We will build it,', 'And we will pay for it.']);
  });

  it.each([
    ['Some chanted “Build the bridge!”', 'Some', 'chanted'],
    ['Ann Lee quipped, “The bridge is a lovely one.”', 'Ann Lee', 'quipped'],
  ])('finds the quote and its cue in %s', (text, mention, cue) => {
    const qs = run(text, text.includes('Ann Lee') ? [['Ann Lee', 'name', 0]] : [['Some', 'group', null]], [ann]);
    expect(qs.map((q) => [q.type, q.speakerMention?.text, q.cue?.text])).toEqual([['direct', mention, cue]]);
  });

  it('keeps both a lead-in and the quote after its colon', () => {
    const text = 'Ann Lee praised the plan: “It will carry cars by May,” she said.';
    const qs = run(text, [['Ann Lee', 'name', 0], ['she', 'pronoun', 0]], [ann]);
    expect(qs.map((q) => [q.type, q.text, q.cue?.text])).toEqual([
      ['indirect', 'the plan', 'praised'],
      ['direct', 'It will carry cars by May,', 'said'],
    ]);
  });

  it('gives a colon lead-in across a line break its speaker', () => {
    const qs = run('Ann Lee added:\n“The bridge opens in May.”', [['Ann Lee', 'name', 0]], [ann]);
    expect(qs.map(row)).toEqual([['direct', 'The bridge opens in May.', 'added:', 'Ann Lee']]);
  });

  it('keeps each line of a roundup ("Name, Outlet: “...”") a quote of its own, by the name on that line', () => {
    const text = 'What they said.\n\nAnn Lee, Daily Ledger: "The bridge opening mattered to the whole city."\n\nTom Reyes, Radio Nine: "The toll is the real loser here."';
    const qs = run(text, [['Ann Lee', 'name', 0], ['Tom Reyes', 'name', null]], [ann]);
    expect(qs.map((q) => [q.type, q.text, q.speakerMention?.text])).toEqual([
      ['direct', 'The bridge opening mattered to the whole city.', 'Ann Lee'],
      ['direct', 'The toll is the real loser here.', 'Tom Reyes'],
    ]);
  });

  it.each([
    ['“The bridge is safe,” Ann Lee continued.', 'continued'],
    ['“Is the bridge safe?” Ann Lee questioned.', 'questioned'],
  ])('reads an ambiguous form right after a closed quote as its cue: %s', (text, cue) => {
    const qs = run(text, [['Ann Lee', 'name', 0]], [ann]);
    expect(qs.map((q) => [q.type, q.cue?.text, q.speakerMention?.text])).toEqual([['direct', cue, 'Ann Lee']]);
  });

  it.each([
    // a quote paragraph right after the paragraph that ends with the attribution goes on with the quote
    ['“The bridge is safe,” Ann Lee said.\n\n“It will open in May.”', ['The bridge is safe,', 'It will open in May.']],
    // a long attribution sentence between two quotes in one paragraph still interrupts one quote
    // a cue after the attribution ("as the crowd cheered") does not take the next quote for itself
    ['“The bridge is safe,” Ann Lee said, as the audience cheered. “It will open in May.”', ['The bridge is safe,', 'It will open in May.']],
    ["''The bridge is safe,'' said Ann Lee, who ran the roads board from 2001 to 2009 and now teaches planning at the city college. ''It will open in May.''", ['The bridge is safe,', 'It will open in May.']],
  ])('joins the parts of one quote across its attribution: %s', (text, fragments) => {
    const qs = run(text, [['Ann Lee', 'name', 0]], [ann]);
    expect(qs.map((q) => [q.type, q.quoted.map((f) => f.text), q.speaker])).toEqual([['direct', fragments, 'Ann Lee']]);
  });

  it.each([
    // the next quote has its own attribution: the cue before keeps its own content
    ['Ann Lee said rents had doubled. “We cannot pay,” she said.', [['indirect', 'rents had doubled', 'said', 'Ann Lee'], ['direct', 'We cannot pay,', 'said', 'she']]],
    ['Ann Lee defended the toll. “Nobody wanted this,” she said.', [['indirect', 'the toll', 'defended', 'Ann Lee'], ['direct', 'Nobody wanted this,', 'said', 'she']]],
    // with no attribution of its own, the quote after a bare object or adverbial is the cue's content
    ['Ann Lee defended the toll. “Nobody wanted this.”', [['direct', 'Nobody wanted this.', 'defended', 'Ann Lee']]],
    ['Ann Lee spoke about the toll. “Nobody wanted this.”', [['direct', 'Nobody wanted this.', 'spoke about', 'Ann Lee']]],
  ])('gives one record to a quote after a short attribution sentence: %s', (text, rows) => {
    const qs = run(text, text.includes('she') ? [['Ann Lee', 'name', 0], ['she', 'pronoun', 0]] : [['Ann Lee', 'name', 0]], [ann]);
    expect(qs.map(row)).toEqual(rows);
  });

  it('keeps a quote paragraph apart when another sentence follows the attribution', () => {
    const text = '“The bridge is safe,” Ann Lee said. She left at noon.\n\n“It will open in May.”';
    const qs = run(text, [['Ann Lee', 'name', 0], ['She', 'pronoun', 0]], [ann]);
    expect(qs.map((q) => [q.text, q.rule])).toEqual([['The bridge is safe,', 'content-X-said'], ['It will open in May.', 'continuation']]);
  });

  it('gives a quote paragraph with no new attribution the previous speaker', () => {
    const text = '“The bridge opens in May,” Ann Lee said. Rain fell.\n“It will carry ten thousand cars a day.”';
    const qs = run(text, [['Ann Lee', 'name', 0]], [ann]);
    expect(qs.map((q) => [q.text, q.speaker, q.rule])).toEqual([
      ['The bridge opens in May,', 'Ann Lee', 'content-X-said'],
      ['It will carry ten thousand cars a day.', 'Ann Lee', 'continuation'],
    ]);
  });

  it('carries a speaker over at most two paragraphs, also when the quote ends its paragraph', () => {
    const near = '“The bridge opens in May,” Ann Lee said.\n\nRain fell.\n\n“It will carry ten thousand cars a day.”';
    const far = '“The bridge opens in May,” Ann Lee said.\n\nRain fell.\n\nThe river rose.\n\n“It will carry ten thousand cars a day.”';
    const last = (text: string) => run(text, [['Ann Lee', 'name', 0]], [ann]).map((q) => [q.speaker, q.rule]).slice(-1)[0];
    expect(last(near)).toEqual(['Ann Lee', 'continuation']);
    expect(last(far)).not.toEqual(['Ann Lee', 'continuation']);
  });

  it('gives a quote inside a sentence with no cue the named subject of that sentence', () => {
    const qs = run('Ann Lee painted the bridge as a swan, “smooth above and busy below the water.”', [['Ann Lee', 'name', 0]], [ann]);
    expect(qs.map((q) => [q.type, q.speaker, q.speakerRule])).toEqual([['direct', 'Ann Lee', 'sentence-subject']]);
  });

  it('never takes "I" inside the quote as its speaker, and flags an unknown speaker', () => {
    const qs = run('Nobody knew. “I will build the bridge and I will pay for it.”', [['I', 'pronoun', null]]);
    expect(qs.map((q) => [q.type, q.speaker, q.speakerKind, q.speakerMention])).toEqual([['direct', null, 'unknown', null]]);
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

  it.each([
    // how long someone spoke is no content
    ['Ann Lee spoke for an hour.', []],
    ['Ann Lee spoke for 20 minutes.', []],
    ['Ann Lee argued for hours.', []],
    ['Ann Lee talked for about three hours.', []],
    // what they spoke for, or a clause that names a time, still is
    ['Ann Lee argued for a new bridge.', ['indirect', 'a new bridge', 'argued for', 'Ann Lee']],
    ['Ann Lee said it will take three years.', ['indirect', 'it will take three years', 'said', 'Ann Lee']],
  ])('a content that is only a span of time: %s', (text, expected) => {
    const qs = run(text, [['Ann Lee', 'name', 0]], [ann]);
    expect(qs.map(row)).toEqual(expected.length ? [expected] : []);
  });

  it('reads "..., said X, an apposition." as inverted even when a name stands earlier in the content', () => {
    const text = '“It is unlikely” that Tom Reyes can win, said Ann Lee, an analyst at the city college.';
    const qs = run(text, [['Tom Reyes', 'name', null], ['Ann Lee', 'name', 0]], [ann]);
    expect(qs.map((q) => [q.type, q.cue?.text, q.speakerMention?.text])).toEqual([['partial', 'said', 'Ann Lee']]);
  });

  it.each([
    ['Ann Lee, who runs the city, said Tom Reyes was right.', 'Tom Reyes was right'],
    ['Ann Lee, who runs the city, said Mr. Reyes had lied.', 'Mr. Reyes had lied'],
    ['Ann Lee, who met the mayor on Monday, said the talks failed.', 'the talks failed'],
  ])('keeps a clause after "X, who ..., said" as the content: %s', (text, content) => {
    const qs = run(text, [['Ann Lee', 'name', 0]], [ann]);
    expect(qs.map((q) => [q.text, q.speaker])).toEqual([[content, 'Ann Lee']]);
  });

  it.each([
    ['According to Ann Lee, who spoke on condition of anonymity, the bridge will open.', [['the bridge will open', 'According to']]],
    ['Ann Lee spoke at the meeting.', []],
  ])('reads where and how someone spoke as no content: %s', (text, expected) => {
    expect(run(text, [['Ann Lee', 'name', 0]], [ann]).map((q) => [q.text, q.cue?.text])).toEqual(expected);
  });

  it('ends a content before a relative clause with its own cue: "said A, which he called B"', () => {
    const qs = run('Ann Lee said the council had raised the toll, which she called “a disgrace.”', [['Ann Lee', 'name', 0], ['she', 'pronoun', 0]], [ann]);
    expect(qs.map((q) => [q.type, q.text, q.cue?.text])).toEqual([['indirect', 'the council had raised the toll', 'said'], ['direct', 'a disgrace.', 'called']]);
  });

  it('keeps both reports in "X argued that A, a claim Y denies."', () => {
    const qs = run('Ann Lee argued that the toll had doubled, a claim the council denies.', [['Ann Lee', 'name', 0]], [ann]);
    expect(qs.map((q) => [q.text, q.cue?.text])).toEqual([['the toll had doubled', 'argued'], ['the toll had doubled', 'denies']]);
  });

  it('keeps the clause after "a neighbour, who ..., said" as content, not as the speaker', () => {
    const qs = run('A neighbour, who asked not to be named, said she saw the fire.');
    expect(qs.filter((q) => q.cue?.text === 'said').map((q) => [q.text, q.rule])).toEqual([['she saw the fire', 'X-said-content']]);
  });

  it('splits "said A, adding that B" into two quotes by the same speaker', () => {
    const qs = run('Ann Lee said the bridge is safe, adding that it will open in May.', [['Ann Lee', 'name', 0]], [ann]);
    expect(qs.map((q) => [q.text, q.cue?.text, q.speaker])).toEqual([
      ['the bridge is safe', 'said', 'Ann Lee'],
      ['it will open in May', 'adding', 'Ann Lee'],
    ]);
  });

  it.each([
    ['The mayor met Ann Lee, who says the plan failed.', 'Ann Lee, who', 'relative-antecedent'],
    ['Ann Lee cycled home on Monday and says the plan failed.', 'Ann Lee', 'sentence-subject'],
    ['Ann Lee shook her head, saying that the plan failed.', 'Ann Lee', 'sentence-subject'],
    ['Ann Lee rode to work and said the plan failed.', 'Ann Lee', 'sentence-subject'],
    ['The mayor met Ann Lee, who in May said the plan failed.', 'Ann Lee, who', 'relative-antecedent'],
    ['Ann Lee effectively conceded the plan failed.', 'Ann Lee', 'subject'],
  ])('finds the speaker of %s', (text, mention, rule) => {
    const qs = run(text, [['Ann Lee', 'name', 0]], [ann]);
    expect(qs.map((q) => [q.text, q.speaker, q.speakerMention?.text, q.speakerRule])).toEqual([['the plan failed', 'Ann Lee', mention, rule]]);
  });

  it('ends a reported clause where a new clause with its own speaker begins', () => {
    const text = 'Ann Lee said the bridge is safe, but she added that “the road is not.”';
    const qs = run(text, [['Ann Lee', 'name', 0], ['she', 'pronoun', 0]], [ann]);
    expect(qs.map((q) => [q.type, q.text, q.cue?.text, q.speakerMention?.text])).toEqual([
      ['indirect', 'the bridge is safe', 'said', 'Ann Lee'],
      // (the writer's "that" before the marks makes the quote partial: quotes/coordination.test.ts)
      ['partial', 'that “the road is not.”', 'added', 'she'],
    ]);
  });

  it.each([
    ['The bridge is expected to open in May.', 'The bridge is expected to open in May'],
    ['The old ferry was criticized as unsafe.', 'The old ferry was criticized as unsafe'],
    ['The toll seems too high for most drivers.', 'The toll seems too high for most drivers'],
  ])('reports the whole clause of a passive or raising cue with no source named: %s', (text, content) => {
    const qs = run(text);
    expect(qs.map((q) => [q.text, q.speakerMention, q.rule])).toEqual([[content, null, 'passive-clause']]);
  });

  it.each([
    // an impersonal passive: "It" is a placeholder, the "that" clause is what is reported
    ['It is understood that the ferry will close.', 'the ferry will close', 'impersonal-passive'],
    ['It was revealed on Friday that the toll had doubled.', 'the toll had doubled', 'impersonal-passive'],
    ['Voters were angry after it was widely reported that the mayor lied.', 'the mayor lied', 'impersonal-passive'],
    // the raising form names who is reported on: its subject stays in the content
    ['Ann Lee is understood to have signed the lease.', 'Ann Lee is understood to have signed the lease', 'passive-clause'],
  ])('reports the "that" clause of an impersonal passive, not its placeholder subject: %s', (text, content) => {
    // (the rule that finds it may be SPEAKERS' voice reading of the expletive "it" or impersonal-passive)
    const qs = run(text);
    expect(qs.map((q) => q.text)).toEqual([content]);
  });

  it('keeps the agent of a passive cue as its speaker, and the clause after the cue as content', () => {
    const qs = run('The plan was criticized by Ann Lee as too costly.', [['Ann Lee', 'name', 0]], [ann]);
    expect(qs.map((q) => [q.speaker, q.rule])).toEqual([['Ann Lee', 'X-said-content']]);
  });

  it.each([
    ['The closure was reported by Ann Lee.', 'The closure'],
    ['The new toll was announced by Ann Lee on Monday.', 'The new toll'],
    ['The new toll was announced on Monday by Ann Lee.', 'The new toll'],
  ])('reports the subject of a passive cue whose agent ends the clause: %s', (text, content) => {
    const qs = run(text, [['Ann Lee', 'name', 0]], [ann]);
    expect(qs.map((q) => [q.text, q.speaker, q.rule])).toEqual([[content, 'Ann Lee', 'passive-agent-subject']]);
  });

  it('leaves a passive cue with more after its agent to the clause rules', () => {
    const qs = run('The plan was criticized by Ann Lee because it was late.', [['Ann Lee', 'name', 0]], [ann]);
    expect(qs.map((q) => q.rule)).not.toContain('passive-agent-subject');
  });

  it.each([
    ['Ann Lee is expected to open the bridge in May.', null, 'unknown'],
    ['The plan was criticized by Ann Lee as too costly.', 'Ann Lee', 'person'],
  ])('does not take the subject of a passive cue as its speaker: %s', (text, speaker, kind) => {
    const qs = run(text, [['Ann Lee', 'name', 0]], [ann]);
    expect(qs.map((q) => [q.speaker, q.speakerKind])).toEqual([[speaker, kind]]);
  });

  it('resolves a pronoun through the entity SPEAKERS gave it', () => {
    const qs = run('She said the bridge will open in May.', [['She', 'pronoun', 0]], [ann]);
    expect(qs.map((q) => [q.speaker, q.speakerMention?.text, q.speakerKind])).toEqual([['Ann Lee', 'She', 'person']]);
  });

  it('prefers the name over the apposition in "X, a doctor, said"', () => {
    const qs = run('Ann Lee, a doctor, said the clinic will close.', [['Ann Lee', 'name', 0], ['a doctor', 'description', null]], [ann]);
    expect(qs[0]?.speakerMention?.text).toBe('Ann Lee');
  });

  it('types a paraphrase with a quoted word before "he said" as partial', () => {
    const qs = run('Hello “world,” he said.', [['he', 'pronoun', null]]);
    expect(qs.map((q) => [q.type, q.text, q.quoted.map((f) => f.text)])).toEqual([['partial', 'Hello “world,”', ['world,']]]);
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

  it('reads "Asked whether ..., X said" as two attributions: a question by nobody named, then the answer', () => {
    const text = 'Asked whether the bridge is safe, Ann Lee said it is.';
    const qs = run(text, [['Ann Lee', 'name', 0]], [ann]);
    expect(qs.map(row)).toEqual([
      ['indirect', 'whether the bridge is safe', 'Asked', null],
      ['indirect', 'it is', 'said', 'Ann Lee'],
    ]);
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

  it('reads "X\'s claim that ..." as reported speech with the possessor as its source', () => {
    const qs = run("Ann Lee's claim that the bridge was safe drew laughs.", [['Ann Lee', 'name', 0]], [ann]);
    expect(qs.map((q) => [q.type, q.cue?.text, q.speaker, q.rule])).toEqual([['indirect', 'claim', 'Ann Lee', 'noun-that']]);
    expect(qs[0]?.text.startsWith('the bridge was safe')).toBe(true);
  });

  it('reads a Title Case headline "X Says Y" as reported speech', () => {
    const qs = run('Ann Lee Says Bridge Will Open In May\n\nThe city council met on Monday.', [['Ann Lee', 'name', 0]], [ann]);
    expect(qs.map(row)).toEqual([['indirect', 'Bridge Will Open In May', 'Says', 'Ann Lee']]);
  });

  it('reads "a survey shows" as a finding with the survey as its source', () => {
    const qs = run('A city survey shows most drivers back the toll.', [['A city survey', 'description', null]]);
    expect(qs.map(row)).toEqual([['indirect', 'most drivers back the toll', 'shows', 'A city survey']]);
  });

  it('ends the content of a stance where a subordinate clause with its own cue begins', () => {
    const text = 'Ann Lee is backing the toll because she fears the ferry will sink.';
    const qs = run(text, [['Ann Lee', 'name', 0], ['she', 'pronoun', 0]], [ann]);
    expect(qs.map(row)).toEqual([
      ['indirect', 'the toll', 'is backing', 'Ann Lee'],
      ['indirect', 'the ferry will sink', 'fears', 'she'],
    ]);
  });

  it('ends an adverbial participle clause at its comma, so the main clause keeps its own cue', () => {
    const text = 'While discussing the budget, Ann Lee said the bridge will open in May.';
    const qs = run(text, [['Ann Lee', 'name', 0]], [ann]);
    expect(qs.map((q) => [q.text, q.cue?.text])).toEqual([
      ['the budget', 'discussing'],
      ['the bridge will open in May', 'said'],
    ]);
  });

  it('keeps the speaker of “...,” she said, referring to X: the participle is hers', () => {
    const text = '“It is over,” Ann Lee said, referring to the strike.';
    const qs = run(text, [['Ann Lee', 'name', 0]], [ann]);
    expect(qs.map(row)).toEqual([
      ['direct', 'It is over,', 'said', 'Ann Lee'],
      ['indirect', 'the strike', 'referring to', 'Ann Lee'],
    ]);
  });

  it.each([
    ['The report was long and the plan was late.'],
    ['It is believed the bridge will open in May.'],
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

describe('quotes: finalize', () => {
  it.each([
    // a transcript turn has no marks but is verbatim: direct, the whole turn quoted
    ['A: We are aiming for the spring.', 3, 'transcript-turn', ['direct', 'We are aiming for the spring', ['We are aiming for the spring']]],
    // any other draft without marks is reported speech
    ['A: We are aiming for the spring.', 3, 'X-said-content', ['indirect', 'We are aiming for the spring', []]],
    // a content of pronouns, particles and adverbs only says nothing ...
    ['We talk often.', 8, 'X-said-content', null],
    ['He spoke to us.', 9, 'X-said-content', null],
    ['I promise you that.', 10, 'X-said-content', null],
    // ... but one word standing for a claim named before is a content
    ['He hated it.', 9, 'X-said-content', ['indirect', 'it', []]],
  ] as const)('types a draft by its rule and marks: %s (%s)', (text, start, rule, expected) => {
    const s = findCues(findQuoteMarks(segment({ id: 't', text })));
    const resolved = { ...s, mentions: [], entities: [] };
    const q = finalize(resolved, { start, end: text.length, cue: null, who: NO_SPEAKER, rule, sentence: 0 }, new SpeechSpans(s.quoteSpans));
    expect(q === null ? null : [q.type, q.text, q.quoted.map((f) => f.text)]).toEqual(expected);
  });
});
