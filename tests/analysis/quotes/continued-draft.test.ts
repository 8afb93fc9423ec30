import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/analysis/index.js';
import { continuedDraft } from '../../../src/analysis/quotes/continued-draft.js';
import { NO_SPEAKER } from '../../../src/analysis/quotes/speaker.js';
import type { Draft } from '../../../src/analysis/quotes/draft.js';
import type { Ctx } from '../../../src/analysis/quotes/cue-context.js';
import type { Cue } from '../../../src/types.js';
import { runQuotes, type M } from '../quote-run.js';
import type { Entity } from '../../../src/types.js';

const ann: Entity = { name: 'Ann Lee', kind: 'person', roles: ['mayor'], aliases: ['Lee'], gender: 'female' };
const speakerRow = (q: ReturnType<typeof runQuotes>[number]) => [q.type, q.text, q.cue?.text ?? null, q.speakerMention?.text ?? null];

// Drafts of one sentence from their cue offsets and content ranges: [cueStart, cueEnd, contentStart, contentEnd, name]
type D = [number, number, number, number, string];
const drafts = (ds: D[]): Draft[] => ds.map(([cs, ce, s, e, name]) => ({
  start: s, end: e, rule: 'test', sentence: 0,
  cue: { text: 'said', start: cs, end: ce, lemma: 'say', kind: 'verb' } as Cue,
  who: { ...NO_SPEAKER, speaker: name },
}));
// continuedDraft reads only the sentence's text and start from its context: a blank sentence has no fronted clause
const ctxOf = (text = ' '.repeat(200)): Ctx => ({ s: { doc: { text } }, sentence: { start: 0, end: text.length } }) as unknown as Ctx;

describe('quotes/continued-draft: the attribution a participle or coordinated cue continues', () => {
  it.each([
    // "Officials said the mayor was referring to X, adding Y": the nested "referring" is skipped
    ['a cue nested in an earlier content that stops before the new cue', [[10, 14, 15, 60, 'officials'], [30, 44, 45, 60, 'mayor']] as D[], 70, 'officials'],
    // "(they want A and suggest B)": both in one outer content, the second continues the first
    ['two cues in the same outer content', [[10, 14, 15, 120, 'outer'], [30, 34, 35, 60, 'they']] as D[], 65, 'they'],
    // nothing nested: the last attribution
    ['no nesting', [[10, 14, 15, 40, 'first'], [50, 54, 55, 80, 'second']] as D[], 90, 'second'],
  ])('%s', (_name, ds, at, speaker) => {
    expect(continuedDraft(drafts(ds), 0, at, ctxOf())?.who.speaker).toBe(speaker);
  });

  it('looks only within the sentence', () => {
    const ds = drafts([[10, 14, 15, 60, 'a']]);
    expect(continuedDraft([...ds, { ...ds[0]!, sentence: 1 }], 1, 70, ctxOf())?.sentence).toBe(1);
  });

  it.each([
    // "When asked, Ivo Berg shrugged, saying ...": the 'asked' cue sits in the fronted clause, so 'saying' continues nothing
    ['When asked, Ivo Berg shrugged, saying no.', [[5, 10, 10, 10, 'asker']] as D[], 31, undefined],
    // the same cue with no fronted clause before it: 'saying' continues it
    ['Ivo Berg asked, then shrugged, saying no.', [[9, 14, 14, 14, 'Ivo Berg']] as D[], 31, 'Ivo Berg'],
  ])('a cue inside a fronted subordinate clause is continued by no main-clause participle: %s', (text, ds, at, speaker) => {
    expect(continuedDraft(drafts(ds), 0, at, ctxOf(text))?.who.speaker).toBe(speaker);
  });
});

// whole texts: a participle continues the verb cue before it, not a noun cue (and a gerund after a preposition, subjects.ts)
const quotes = (text: string) => analyze({ id: 't', text }).quotes;

describe('quotes/speaker: a participle continues a verb, not a noun cue', () => {
  const mentionOf = (text: string, cue: string) => quotes(text).find((q) => q.cue?.text === cue)?.speakerMention?.text ?? null;
  it.each([
    // the saying is the sentence subject's, not the possessor of the noun cue before it
    ['Both unions renewed their criticism of Tom Fenn, saying that the depot had failed.', 'saying', 'Both unions'],
    // a verb cue before the participle still passes its speaker on
    ['Ana Ruiz said the depot had failed, adding that the board knew.', 'adding', 'Ana Ruiz'],
    // a gerund after a preposition has the sentence's subject
    ['Ana Ruiz gave few details of the lease, aside from saying that the board knew.', 'saying', 'Ana Ruiz'],
    ['Ana Ruiz gave few details of the lease, apart from noting that the board knew.', 'noting', 'Ana Ruiz'],
    // ... but a gerund with its own subject after the preposition keeps it
    ['Ana Ruiz gave few details of the lease, aside from Bo Lind saying that the board knew.', 'saying', 'Bo Lind'],
    // "that" after a stance cue's preposition is a determiner, not a clause: the object's holder is the subject
    ['Ada Voss renewed her criticism of that decision by the harbour board.', 'renewed her criticism of', 'Ada Voss'],
    // ... while a noun of saying before "that" still reports the clause, held by its possessor
    ["Ada Voss's claim that the board knew was denied.", 'claim', 'Ada Voss'],
  ])('%s', (text, cue, mention) => {
    expect(mentionOf(text, cue)).toBe(mention);
  });
});

describe("quotes: a participle after a direct quote's attribution", () => {
  it('keeps the speaker of “...,” she said, referring to X: the participle is hers', () => {
    const text = '“It is over,” Ann Lee said, referring to the strike.';
    const qs = runQuotes(text, [['Ann Lee', 'name', 0]], [ann]);
    expect(qs.map(speakerRow)).toEqual([
      ['direct', 'It is over,', 'said', 'Ann Lee'],
      ['indirect', 'the strike', 'referring to', 'Ann Lee'],
    ]);
  });
});
