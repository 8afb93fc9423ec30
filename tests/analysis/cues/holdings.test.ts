import { describe, expect, it } from 'vitest';
import { verbCues } from '../verb-cues.js';

describe('cues: holdings, reminders and disputes; deals, hardship and judges writing', () => {
  it.each([
    ['In a split ruling, the tribunal held that the lease was void.', ['held']],
    ['The chief reminded cyclists that the limit is 20.', ['reminded']],
    ['Ana Ruiz disputed the account.', ['disputed']],
    ['Both unions agreed that the offer was fair.', ['agreed']],
  ])('%s', (text, expected) => {
    expect(verbCues(text)).toEqual(expected);
  });

  it.each([
    // acts: a meeting held, a post held, a likeness, a noun
    ['The club held a meeting.'],
    ['She held that post for a decade.'],
    ['The song reminds me of home.'],
    ['The pay dispute dragged on.'],
    // a deal settled, hardship borne, a judge's side
    ['Kelby Town have agreed a fee with Orrin for the winger.'],
    ['Ferry Board agree deal for two new boats'],
    ['Tenants feel the pinch as rents rise.'],
  ])('leaves alone: %s', (text) => {
    expect(verbCues(text)).toEqual([]);
  });

  it.each([
    // the judge writes for a side, not about it: the participle, or the finite verb with nothing it reports
    ['Writing for the majority, Justice Ida Lind said the law was clear.', ['said']],
    ['Justice Ida Lind, writing for a unanimous court, said the law was clear.', ['said']],
    ['Judge Omar Selby wrote for the panel. The ruling was brief.', []],
    // ... but after the quote it closes, or with a that-clause, the finite verb reports the opinion (cue "wrote" alone)
    ['"The fee was never lawful," Justice Ida Lind wrote for the majority.', ['wrote']],
    ['"The lease is void," Judge Omar Selby wrote for a divided court.', ['wrote']],
    ['Justice Ida Lind wrote for the court that the fee was never lawful.', ['wrote']],
  ])('a judge writing for a side: %s', (text, expected) => {
    expect(verbCues(text)).toEqual(expected);
  });
});
