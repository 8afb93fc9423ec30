// A past form right after the bare verb of an infinitive or a modal is the adjective of that verb's object, not a verb
// of its own (cues/participles.ts OBJECT_ADJECTIVE_LEAD): "to reconsider planned deals". A perfect, a passive, a quantity
// subject or a determiner after the form leave it a verb. Invented texts.
import { describe, expect, it } from 'vitest';
import { verbCues } from '../verb-cues.js';

describe('cues: a past form as the adjective of an object', () => {
  it.each<[string, string[]]>([
    ['The new levy led some ferry firms to reconsider planned routes.', []],
    ['The board would scrap proposed fees for river moorings.', []],
    ['Growers could face promised checks on every orchard.', []],
    ['The insurer did not dispute reported losses at the depot.', ['did not dispute']],
    ['The clubs agreed to discuss proposed changes to the calendar.', ['agreed']],
  ])('%s', (text, expected) => {
    expect(verbCues(text)).toEqual(expected);
  });

  it.each<[string, string[]]>([
    // a perfect or a passive: the form is the verb
    ['Ana Lind said she would have claimed damages.', ['said', 'would have claimed']],
    // a quantity before the form is its subject
    ['Close to half reported delays at the border.', ['reported']],
    // a determiner or a clause word after the form: it takes an object or a clause as a verb does
    ['Kerr wanted to know who agreed to the deal.', ['wanted to know', 'agreed']],
    // a sentence end between: the form opens a new clause
    ['The mayor refused to comment. Officials reported delays on Monday.', ['refused', 'reported']],
    // a plural after "to" is a noun ("close to", "a letter to"), so the form after it is that phrase's verb
    ['Sources close to ministers suggested changes before the budget.', ['suggested']],
    ['A letter to parents urged families to keep sick pupils at home.', ['urged']],
    ['Aides to mayors predicted defeat for the tram plan.', ['predicted']],
  ])('leaves alone: %s', (text, expected) => {
    expect(verbCues(text)).toEqual(expected);
  });
});

// After a comparison's "as" or "than", a past form before a bare noun is that noun's adjective (cues/participles.ts
// COMPARED_NOUN_NEXT); before an adverb, a determiner or an agent it is the writer's aside or a passive, left as it was.
describe('cues: a past form as an adjective after "as" or "than"', () => {
  it.each<[string, string[]]>([
    ['Own-label jam sold twice as fast as branded jars last year.', []],
    ['Tenants paid more than advertised rents in the old town.', []],
    ['Bookings fell as promised refunds ran late.', []],
    ['The grocer said own-label tea sold as fast as branded blends.', ['said']],
  ])('%s', (text, expected) => {
    expect(verbCues(text)).toEqual(expected);
  });

  it.each<[string, string[]]>([
    // an adverb after the form: the writer's aside or a passive with no subject, not a noun's adjective
    ['As reported earlier, the ferry will stop in May.', ['reported']],
    ['The levy will rise, as announced yesterday, in May.', ['announced']],
    // a subject before the form: a verb of its own
    ['The pier shut, as engineers warned last year.', ['warned']],
  ])('leaves alone: %s', (text, expected) => {
    expect(verbCues(text)).toEqual(expected);
  });
});

describe('cues: a participle of putting a text out, then a place or an agent and a form in -s', () => {
  // "A clip posted on TikTok claims ...": the participle describes the text, whose verb is the form in -s
  it.each<[string, string[]]>([
    ['A video posted on TikTok claims that the reservoir is poisoned.', ['claims']],
    ['The memo sent to night staff insists that no shifts will be cut.', ['insists']],
    ['A complaint filed in the county court alleges that the builder skipped inspections.', ['alleges']],
  ])('%s', (text, expected) => {
    expect(verbCues(text)).toEqual(expected);
  });

  it.each<[string, string]>([
    // no article before the noun: the participle may be the verb, its object shifted after the place
    ['Two wardens reported online claims that the herd was poisoned.', 'reported'],
    // the participle as the verb of a pronoun or a name
    ['She posted on Telegram that the ferry was cancelled.', 'posted'],
    ['Ivo Marsh posted on Reddit that the trial was rigged.', 'posted'],
  ])('%s', (text, first) => {
    expect(verbCues(text)[0]).toBe(first);
  });
});
