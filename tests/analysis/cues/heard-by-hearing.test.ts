// "<content>, a court has heard." (cues/heard-by-hearing.ts): the hearing body after the claim, with the sentence's end
// after "heard", makes "heard" the cue; elsewhere "heard" still needs its clause (frames.ts HEARD_CLAUSE).
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/analysis/index.js';
import { verbCues } from '../verb-cues.js';

/** [content, cue] of the record whose cue is a form of "hear", or null. */
const heard = (text: string): [string, string] | null => {
  const q = analyze({ id: 'd', text }).quotes.find((x) => /heard/.test(x.cue?.text ?? ''));
  return q === undefined ? null : [q.text, q.cue?.text ?? ''];
};

describe('a court report: the claim, then the hearing that heard it', () => {
  it.each([
    ['A care worker stole cash from three residents over two years, a court has heard.', ['A care worker stole cash from three residents over two years', 'has heard']],
    ['The lorry driver was using his phone moments before the crash, an inquest heard.', ['The lorry driver was using his phone moments before the crash', 'heard']],
    ['The firm ignored two safety warnings, an employment tribunal heard on Tuesday.', ['The firm ignored two safety warnings', 'heard']],
    // (the clause after "heard" as before)
    ['The court heard that the pilot had slept for four hours.', ['the pilot had slept for four hours', 'heard']],
  ])('%s', (text, expected) => {
    expect(heard(text)).toEqual(expected);
  });

  it.each([
    // no hearing body before the form: a sound heard, or nothing told
    'Two loud bangs were heard, a neighbour said.',
    'The shots could be heard across the valley.',
    'She sang at the festival, where the choir was heard.',
    // the hearing as the place, with more after the form
    'The appeal was lodged, and the case will be heard by the court in May.',
    // a relative clause on what came before
    'The clerk read out the charge, which the jury had heard.',
    'The nurse described the fall, as the inquest heard.',
    // what the hearing heard as its act, not a claim; a hearer who is no hearing body
    'The jury heard evidence from two nurses on Tuesday.',
    'The tribunal heard the appeal in private.',
    'Witnesses at the trial heard the shots were fired.',
    'Neighbours heard the dogs barked all night.',
    // a preposition after "heard" opens no subject: who was heard from, not a claim
    'The jury heard from a nurse who worked nights.',
    // an -ed word after a determiner is an adjective or a reduced relative; a perceiver near the court is no hearing
    'The inquest heard a detailed statement from the driver.',
    'The court heard three experts called by the prosecution.',
    'Reporters outside the court heard the sentence was read out.',
  ])('leaves alone: %s', (text) => {
    expect(verbCues(text).filter((c) => /heard/.test(c))).toEqual([]);
  });
});
