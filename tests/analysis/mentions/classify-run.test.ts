// What a capitalised run names (mentions/classify-run.ts), seen through the mention stage: names no lexicon knows,
// capitalised words that name no one, firms named by their trade, role words opening a sentence. Invented texts.
import { describe, expect, it } from 'vitest';
import { found, roleOf } from './mentions-of.js';

describe('mentions: capitalised words that are not names', () => {
  it.each([
    ['Speaking on Friday, she left.', ['pronoun:she']],
    ['In March nothing happened.', []],
    ['Swedish troops advanced.', ['group:Swedish troops']],
    ['He flew to Paris.', ['pronoun:He']],
    // towns no lexicon knows, by their shape or their context
    ['He spoke in Marlow Springs and San Teodoro.', ['pronoun:He']],
    ['He spoke in Tarnby, Ohio, and in Quillford.', ['pronoun:He']],
    ['He spoke in Tarnby, Mich., on Monday.', ['pronoun:He']],
    // ... a lone word after "in" across a line break of hard-wrapped text is a town too
    ['He was born in\nQuillford and stayed.', ['pronoun:He']],
    ['She praised the Greenfield Accords on Memorial Day.', ['pronoun:She']],
    ['Obviously nobody came.', ['pronoun:nobody']],
    ['Evil \x1b[2J said it.', ['pronoun:it']],
    ['They met Govs. Ann Pell and Rob Lind.', ['pronoun:They', 'name:Ann Pell', 'name:Rob Lind']],
    ['They cheered Democrat Ann Pell.', ['pronoun:They', 'name:Democrat Ann Pell']],
    ['Then Ruritanians voted.', ['group:Ruritanians']],
    ['He read it in The Morning Ledger.', ['pronoun:He', 'pronoun:it', 'organization:Morning Ledger']],
    ['There was a company car.', []],
    ['The party’s rules changed.', []],
    // a country, not the pronoun "us"
    ['US forces left.', ['organization:US']],
    ['THE MINISTER SAID NO. NATO AGREED WITH JOHN OKAFOR.', ['organization:NATO', 'name:JOHN OKAFOR']],
    ['He kept telling voters.', ['pronoun:He', 'group:voters']],
    ['The White House replied, as did the Supreme Court.', ['organization:White House', 'organization:Supreme Court']],
    ['Later Cliff Stone spoke.', ['name:Cliff Stone']],
    // the pronoun ends at the apostrophe: the contracted verb is the clause's (a cue may start there)
    ['I’d say no.', ['pronoun:I']],
    ["He's not saying.", ['pronoun:He']],
    // a name before a verb is the verb's subject, not a modifier of its object
    ['At noon, Okonkwo assured tenants.', ['name:Okonkwo', 'group:tenants']],
    ['Then Brightwater Corp. dismissed workers.', ['organization:Brightwater Corp.', 'group:workers']],
    ['Later Okonkwo wants officials gone.', ['name:Okonkwo', 'group:officials']],
    // ... but a demonym or a name right before the head still modifies it
    ['Later Canadian senior officials spoke.', ['group:Canadian senior officials']],
    ['Then Brightwater workers struck.', ['group:Brightwater workers']],
    // trades, sciences and sport positions name people
    ['Local engineers warned of delays.', ['group:Local engineers']],
    ['The epidemiologist and the striker agreed.', ['description:The epidemiologist', 'description:the striker']],
    // an adjective-shaped word opening a sentence before a plural of people or bodies modifies it
    ['Local schools want more.', ['group:Local schools']],
    ['Regional officials said so.', ['group:Regional officials']],
    // "one" before a person noun introduces someone, as "a" does
    ['One nurse, who asked not to be named, said so.', ['description:One nurse', 'pronoun:who']],
    // a plural noun (with or without its possessive apostrophe) before an organisation word is part of its name
    ["She leads the Pine Lake Nurses' Union now.", ['pronoun:She', "organization:Pine Lake Nurses' Union"]],
    ['She spoke for the Kettle Valley Doctors’ Forum.', ['pronoun:She', 'organization:Kettle Valley Doctors’ Forum']],
    ['The Dock Workers Federation agreed.', ['organization:Dock Workers Federation']],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe('mentions: companies and bodies named by their trade or joined by "&" / "for"', () => {
  it.each([
    // a trade word closing the name makes a firm, not a person
    ['Braxton Robotics said it would hire staff.', ['organization:Braxton Robotics', 'pronoun:it', 'group:staff']],
    ['Later Northvale Rail said no.', ['organization:Northvale Rail']],
    ['Later Quennell Foods Inc. said no.', ['organization:Quennell Foods Inc.']],
    ['Later the Morrow Cancer Registry said no.', ['organization:Morrow Cancer Registry']],
    // a trade word that is also a verb form still belongs to the name
    ['The harbour will close, the Velmar Shipping Company said.', ['organization:Velmar Shipping Company']],
    // "&" between two names, "for" after an organisation word: one name
    ['A report by Marsh & Ollen found damp.', ['description:A report', 'organization:Marsh & Ollen']],
    ['Figures from the Office for Water Quality show a rise.', ['organization:Office for Water Quality']],
    // forecasting trades speak as a group
    ['Forecasters expect heavy rain.', ['group:Forecasters']],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it.each([
    // people stay people: a first name and surname, a surname after "for" that no organisation word opens
    ['Later Ann Railton said no.', ['name:Ann Railton']],
    ['She voted for Tomas Quill.', ['pronoun:She', 'name:Tomas Quill']],
    // "and" (unlike "&") joins two people
    ['Later Ann Roe and Bo Lind left.', ['name:Ann Roe', 'name:Bo Lind']],
  ])('leaves alone: %s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe('mentions: role words opening a sentence, titles before bodies, verbs before names', () => {
  it.each([
    // a person noun capitalised only because it opens the sentence, then a first name: the role, not the name
    ['Striker Pia Lund said no.', ['title-name:Striker Pia Lund']],
    ['Co-author Sam Adeyemi said no.', ['title-name:Co-author Sam Adeyemi']],
    // a title before an organisation word names the body
    ['Later the Governor Hospital said no.', ['organization:Governor Hospital']],
    // an unknown word before a plural document or body noun modifies it
    ['Internal emails show the plan.', []],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it.each([
    ['Striker Pia Lund said no.', 'Striker Pia Lund', 'striker'],
    ['Co-author Sam Adeyemi said no.', 'Co-author Sam Adeyemi', 'co-author'],
    ['Later consumer advocate Tariq Bello said no.', 'consumer advocate Tariq Bello', 'advocate'],
  ])('role: %s', (text, mention, role) => {
    expect(roleOf(text, mention)).toBe(role);
  });

  it.each([
    // after a subject pronoun a role noun is a verb: no title for the name after it
    ['I suspect Mr Fane lied.', ['pronoun:I', 'name:Mr Fane']],
    // a surname opening a sentence stays a name ("Roe said"), a word before a role noun and a name joins the title
    ['Quist said no.', ['name:Quist']],
  ])('leaves alone: %s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});
