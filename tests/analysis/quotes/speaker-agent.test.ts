import { describe, expect, it } from 'vitest';
import { agentAfter } from '../../../src/analysis/quotes/speaker-agent.js';
import { analyze } from '../../../src/analysis/index.js';
import { segment } from '../../../src/analysis/segment/index.js';
import { findQuoteMarks } from '../../../src/analysis/quote-marks/index.js';
import { findCues } from '../../../src/analysis/cues/index.js';
import { findMentions } from '../../../src/analysis/mentions/index.js';
import { resolveSpeakers } from '../../../src/analysis/speakers/index.js';

describe('quotes/speaker-agent: the agent of a passive cue', () => {
  it.each([
    // the agent of a passive a few words after the cue, modifiers before its name aside
    ['The proposal was endorsed on Monday by former rival Ilse Marwick.', 'endorsed', 'Ilse Marwick'],
    ['Such fees are considered unfair by Ilse Marwick and her party.', 'considered', 'Ilse Marwick'],
    // no "by" in the clause, or one past its end: nobody
    ['The proposal was endorsed on Monday, and Tomas was praised by Ilse Marwick.', 'endorsed', null],
  ])('agentAfter finds the agent of the passive in %s', (text, cue, speaker) => {
    const s = resolveSpeakers(findMentions(findCues(findQuoteMarks(segment({ id: 't', text })))));
    const at = text.indexOf(cue) + cue.length;
    expect(agentAfter(s, at, text.length)?.speaker ?? null).toBe(speaker);
  });
});

// whole texts: the agent speaks for the passive's quote, within its clause only
const quotes = (text: string) => analyze({ id: 't', text }).quotes;

describe('quotes/speaker-agent: the agent as the speaker of the quote', () => {
  it.each([
    // the agent of a passive cue a few words after it, within the clause
    ['The levy was endorsed on Monday by former rival Ilse Marwick.', 'Ilse Marwick', 'Ilse Marwick'],
    ['Such fees are considered unfair by Ruritanian farmers.', 'Ruritanian farmers', 'Ruritanian farmers'],
  ])('%s', (text, mention, speaker) => {
    const q = quotes(text).filter((x) => x.speakerMention?.text === mention).pop();
    expect([q?.speakerMention?.text ?? null, q?.speaker ?? null]).toEqual([mention, speaker]);
  });

  it('takes no agent past the clause of a passive cue', () => {
    const q = quotes('The levy was praised on Monday, and Tomas was hit by a car.').find((x) => x.cue?.text === 'was praised');
    expect(q?.speakerMention ?? null).toBeNull();
  });
});
