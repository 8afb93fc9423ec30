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

  it('reads the judge as writing for a side, not about it', () => {
    expect(verbCues('Writing for the majority, Justice Ida Lind said the law was clear.')).toEqual(['said']);
  });
});
