import { describe, expect, it } from 'vitest';
import { verbCues } from '../verb-cues.js';

// A plural speech form that a preposition governs is a noun ("amid calls for", "With hopes of"), and so is a
// capitalised plural opening its sentence with "of" or "for" after it ("Hopes of a thaw faded").
describe('cues: a plural form after a preposition, or opening its sentence before of/for, is no verb', () => {
  it.each([
    ['Amid calls for her resignation, the warden stayed silent.', []],
    ['Crowds gathered in Velmar amid calls for calm.', []],
    ['After calls for a recount, the Tarn board met.', []],
    ['With hopes of a thaw, the talks in Orvik resumed.', []],
    ['Despite warnings from staff, the depot stayed open.', []],
    ['Hopes of a quick recovery at Brandt Mills faded.', []],
    ['Fears of a price war grew on Monday.', []],
    ['The dam held. Hopes of a dry week faded, the ranger said.', ['said']],
    // "reports that" after a preposition is a noun with a clause: cues/nominal-unheld reports it, with no source
    ['Shares fell amid reports that the Orvik mill would close.', []],
    // after "in", what the words came in: a noun, whatever modifies it next
    ['The harbour master said in remarks translated by an aide that the pier would reopen.', ['said']],
    ['In remarks posted online, the Velmar coach said he would stay.', ['said']],
    ['In replies to the ferry union, Brandt Mills stood firm.', []],
    ['She thanked the crew in tweets sent late on Sunday.', ['thanked']],
    // a speech verb before "in" is no contact clause's verb: its "in" takes the noun
    ['The ferry captain Ida Varn hired wrote in comments posted online that the crossing was rough.', ['wrote']],
    ['Last week the Orvik board said in statements to staff that pay would rise.', ['said']],
    ['Later the mayor thanked volunteers in remarks broadcast on local radio.', ['thanked']],
    // a noun-like form after an "in" that no contact clause strands, with a determiner after it, stays the noun
    ['The coach answered in remarks the club had drafted.', ['answered']],
    ['Tallis Foods set out its case in claims the board filed on Friday.', []],
  ])('no verb cue: %s', (text, expected) => {
    expect(verbCues(text)).toEqual(expected);
  });

  it.each([
    // a stranded preposition ends a relative clause: the form after it is the subject's verb
    ['The firm Ida Varn worked with says the deal is off.', ['says']],
    // a stranded "in" before a verb with its object or clause
    ['The fund Ida Varn invested in says the deal is off.', ['says']],
    ['The league the Orvik club plays in warns that fees will rise.', ['warns']],
    ['The town Tam Berg grew up in remarks how quiet it has become.', ['remarks']],
    // (a noun-like form there too: its clause after it makes it the verb)
    ['The league the Orvik club plays in claims the fee is fair.', ['claims']],
    // a contact clause ending in the stranded "in" with no object or clause after the verb
    ['The choir she grew up in argues for a bigger hall.', ['argues for']],
    ['The guild Ida Varn is active in warns members about the new fees.', ['warns']],
    ['The league the Orvik club plays in insists on a cap.', ['insists on']],
    // a verb in -s with a subject before it, and a headline-style opening with a clause after it
    ['The warden hopes the deal will hold.', ['hopes']],
    ['Hopes the deal will hold, Ida Varn says.', ['Hopes', 'says']],
  ])('keeps the verb: %s', (text, expected) => {
    expect(verbCues(text)).toEqual(expected);
  });
});

// A bare singular form with its complement right after a preposition is a noun whose article a headline dropped ("Row
// over plan to shut the pool"); a relative clause that strands the preposition keeps the verb reading after it.
describe('cues: a bare singular form with its complement after a preposition is a headline noun', () => {
  it.each([
    ['Council split over plan to close the harbour library', []],
    ['Rally against plan to shut Orvik pool draws 2,000', []],
    ['Villagers angry at call for new bypass', []],
    ['Outrage after pledge to sell Tarn Park to developers', []],
    ['Ferry firm under fire over promise of free crossings', []],
    ['Growers wary of deal, uneasy about vow to cut quotas', []],
    // the speech verb of the sentence stays
    ['Members voted for plan to merge the two branches, the union said.', ['said']],
  ])('no verb cue: %s', (text, expected) => {
    expect(verbCues(text)).toEqual(expected);
  });

  it.each([
    // a relative clause strands the preposition: the bare form is the head's verb
    ['The groups Ida Varn worked with plan to sue the council.', ['plan']],
    ['Parents who campaigned against plan to keep protesting.', ['campaigned against', 'plan', 'protesting']],
    ['The families the council dealt with plan to stay put.', ['plan']],
    // the clause may have "it" for subject, an adverb, a particle or an object before the stranded preposition
    ['The shipyards it partners with plan to cut shifts.', ['plan']],
    ['The charities she once worked with plan to merge.', ['plan']],
    ['The cousins he grew up with plan to open a cafe.', ['plan']],
    ['The lenders the club borrowed heavily from plan to call in the loans.', ['plan']],
    // a preposition with no object of its own, then a plural subject's verb and its clause
    ['Those who voted against say the bill is flawed.', ['say']],
    // no preposition right before the form
    ['Residents of the Orvik estate plan to appeal.', ['plan']],
    ['Tenants in the north tower plan to withhold rent.', ['plan']],
  ])('keeps the verb: %s', (text, expected) => {
    expect(verbCues(text)).toEqual(expected);
  });
});
