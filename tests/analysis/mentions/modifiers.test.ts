// Modifiers of a description's head, and a sentence's first word in a name, that the word lists alone would not
// read right (mentions/description-start.ts, mentions/plural-who-verb.ts, mentions/sentence-start.ts).
import { describe, expect, it } from 'vitest';
import { findMentions } from '../../../src/analysis/mentions/index.js';
import type { Cued } from '../../../src/analysis/state.js';
import { segment } from '../../../src/analysis/segment/index.js';
import { findQuoteMarks } from '../../../src/analysis/quote-marks/index.js';
import { findCues } from '../../../src/analysis/cues/index.js';

const state = (text: string): Cued => ({ doc: { id: 't', text }, paragraphs: [], sentences: [], quoteSpans: [], markup: [], speechWords: [], cues: [] });
const found = (text: string): string[] => findMentions(state(text)).mentions.map((m) => `${m.kind}:${m.text}`);

describe('mentions: a plural, a gerund or a base verb form modifying the head', () => {
  it.each([
    ['Later the imports court ruled against Brenner.', 'description:the imports court'],
    ['Later a federal claims court said no.', 'description:a federal claims court'],
    ['On Monday the funds group said no.', 'description:the funds group'],
    ["Later the state's imports court ruled.", "description:the state's imports court"],
    ['Later the shipping company said no.', 'description:the shipping company'],
    ['Later a lobbying group said no.', 'description:a lobbying group'],
    ['Local cycling group Spokeline said the lanes were unsafe.', 'organization:Local cycling group Spokeline'],
    // a base form compromise lists only as a verb
    ['Later the patrol moderators said no.', 'group:the patrol moderators'],
    ['Later most vote experts agree.', 'group:most vote experts'],
  ])('%s', (text, expected) => {
    expect(found(text)).toContain(expected);
  });

  it.each([
    // after a noun, a relative "that" or with nothing before it, the plural or gerund is a verb
    ['Later the ministry says officials lied.', ['description:the ministry', 'group:officials']],
    ['It is a rule that forces companies to pay less.', ['pronoun:It', 'group:companies']],
    ['Later Officials say court rules were broken.', ['group:Officials']],
    ['There is no rule forcing candidates to file.', ['group:candidates']],
    // right after a relative "who" or "which", an -s word is the clause's verb, even one compromise does not list
    ['The Brae Trust, which advises tenants, said rents rose.', ['organization:Brae Trust', 'pronoun:which', 'group:tenants']],
    ['Ana Roe, who advises farmers, said the rain helped.', ['name:Ana Roe', 'pronoun:who', 'group:farmers']],
    // so is a base form after a plural's "who" when the verb after the head has a clause with its own subject
    ['Later parents who help teachers said the rota was unfair.', ['group:parents', 'pronoun:who', 'group:teachers']],
    // with the gap after the verb, or a singular before "who", the word modifies the plural
    ['Later the boys who aid workers said were lost came home.', ['group:the boys', 'pronoun:who', 'group:aid workers']],
    ['Later a man who aid workers said the army shot died.', ['description:a man', 'pronoun:who', 'group:aid workers', 'description:the army']],
    // a document is no body: "a trading statement" stays no mention
    ['Later sales fell, according to a trading statement.', []],
  ])('leaves alone: %s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe("mentions: a sentence's first word in a name", () => {
  it.each([
    // an ordinary word opening a name of ordinary words up to an organisation word
    ['Clear Water Trust said the river was dirty.', 'organization:Clear Water Trust'],
    ['Open Door Society said rents rose.', 'organization:Open Door Society'],
    // a judgement before a name describes it
    ['Embattled Vantor Corp said sales fell.', 'organization:Vantor Corp'],
    // a collective noun opening a sentence modifies the role or title after it, as it does inside one
    ['Police collision investigator Sgt Hana Vrba said the lorry skidded.', 'title-name:Police collision investigator Sgt Hana Vrba'],
    ['Police Chief Orla Brisk said the bridge was shut.', 'title-name:Police Chief Orla Brisk'],
  ])('%s', (text, expected) => {
    expect(found(text)[0]).toBe(expected);
  });

  it.each([
    // a quantifier, or a name of its own after the first word; a participle that opens a name stays
    ['Many Water Board staff said pay was low.', 'group:Many Water Board staff'],
    ['Strong Vantor Corp sales lifted shares.', 'organization:Vantor Corp'],
    ['Federated Growers president Tane Ruru said no.', 'title-name:Federated Growers president Tane Ruru'],
    // the collective noun as the subject, a verb between it and the title
    ['Police said Sgt Hana Vrba was hurt.', 'group:Police'],
    ['Police say traffic officer Ivo Strand closed the lane.', 'group:Police'],
    ['Police hired guard Hana Vrba last year.', 'group:Police'],
    // a quantifier before a title opens no title
    ['Both Mr. Lund and Mr. Kerr said no.', 'name:Mr. Lund'],
  ])('leaves alone: %s', (text, expected) => {
    expect(found(text)[0]).toBe(expected);
  });
});

// a verb cue inside the phrase ends it (mentions/descriptions.ts): the words after it are its object
describe('mentions: a verb cue is no modifier of the head after it', () => {
  const cued = (text: string): string[] => findMentions(findCues(findQuoteMarks(segment({ id: 't', text })))).mentions.map((m) => `${m.kind}:${m.text}`);
  it.each([
    ['The verdict alarmed lawyers.', ['group:lawyers']],
    ['The new toll has angered commuters.', ['group:commuters']],
  ])('%s', (text, expected) => {
    expect(cued(text)).toEqual(expected);
  });

  it.each([
    // no cue inside: the modifiers stay the head's
    ['Later the shipping company said no.', ['description:the shipping company']],
    ['The retired teachers said no.', ['group:The retired teachers']],
  ])('leaves alone: %s', (text, expected) => {
    expect(cued(text)).toEqual(expected);
  });
});
