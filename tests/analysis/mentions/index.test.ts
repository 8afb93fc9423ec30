import { describe, expect, it } from 'vitest';
import { findMentions } from '../../../src/analysis/mentions/index.js';
import type { Cued } from '../../../src/analysis/state.js';

const state = (text: string, cueWords: string[] = []): Cued => {
  const cues = cueWords.map((w) => ({ text: w, start: text.indexOf(w), end: text.indexOf(w) + w.length, lemma: w, kind: 'verb' as const }));
  return { doc: { id: 't', text }, paragraphs: [], sentences: [], quoteSpans: [], markup: [], speechWords: [], cues };
};
const found = (text: string): string[] => findMentions(state(text)).mentions.map((m) => `${m.kind}:${m.text}`);
const roleOf = (text: string, mention: string): string | null | undefined => findMentions(state(text)).mentions.find((m) => m.text === mention)?.role;

describe('mentions: names compromise does not know', () => {
  it.each([
    ['Yesterday Priya Raman-Okafor said no.', ['name:Priya Raman-Okafor']],
    ["Later Seamus O'Driscoll spoke.", ["name:Seamus O'Driscoll"]],
    ['Then Ludmila van der Berg arrived.', ['name:Ludmila van der Berg']],
    ['Critics cited J.R. Tolkwell and George Q. Adeyemi.', ['group:Critics', 'name:J.R. Tolkwell', 'name:George Q. Adeyemi']],
    ['The report quoted Nguyen Thi Lan at length.', ['description:The report', 'name:Nguyen Thi Lan']],
    ['We met José Ángel Ñúñez there.', ['pronoun:We', 'name:José Ángel Ñúñez']],
    ['Reporters met Bashar al-Hakimi on Monday.', ['group:Reporters', 'name:Bashar al-Hakimi']],
    ['Okonkwo left early.', ['name:Okonkwo']],
    // a headline ending in "in" is no place phrase of the paragraph after it
    ['Regulators step in\n\nOkonkwo froze the funds.', ['group:Regulators', 'name:Okonkwo']],
    // a particle opening a surname at the start of a sentence
    ['De la Vega left early.', ['name:De la Vega']],
    ['Van der Berg left early.', ['name:Van der Berg']],
    // a particle-like word before a common word is just a word
    ['Van drivers left early.', ['group:Van drivers']],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

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

describe('mentions: titles and roles', () => {
  it.each([
    ['Foreign Minister Tomasz Wrenski said so.', 'Foreign Minister Tomasz Wrenski', 'foreign minister'],
    ['On Monday Sen. Mara Quill said so.', 'Sen. Mara Quill', 'senator'],
    ['Colonel Ivo Brandt said so.', 'Colonel Ivo Brandt', 'colonel'],
    ['The U.K. Trade Secretary Alma Fenwick said so.', 'U.K. Trade Secretary Alma Fenwick', 'trade secretary'],
    ['Deputy Secretary of Energy Rob Tallis said so.', 'Deputy Secretary of Energy Rob Tallis', 'deputy secretary of energy'],
    ['The ministry’s security chief General Ada Korhonen said so.', 'The ministry’s security chief General Ada Korhonen', 'security chief'],
    ['Republican pollster Dana Whitlock said so.', 'Republican pollster Dana Whitlock', 'pollster'],
    ['Later Crown Prince Faisal bin Khalid al-Nahyan said so.', 'Crown Prince Faisal bin Khalid al-Nahyan', 'crown prince'],
    ['CEO Jean-Luc Marchetti said so.', 'CEO Jean-Luc Marchetti', 'ceo'],
    // members of parliaments, in capitals before the name: a role, not part of the name
    ['Later MP Tamsin Okoro said so.', 'MP Tamsin Okoro', 'mp'],
    ['Conservative MP Ivo Brandt said so.', 'Conservative MP Ivo Brandt', 'mp'],
    ['Later MEP Ivo Brandt said so.', 'MEP Ivo Brandt', 'mep'],
    // stage of life and trade words before a name are roles, not part of it
    ['Retiree Mara Quill said so.', 'Retiree Mara Quill', 'retiree'],
    ['Later forecaster Ivo Brandt said so.', 'forecaster Ivo Brandt', 'forecaster'],
    ['Former Maine Gov. Ed Harlan said so.', 'Former Maine Gov. Ed Harlan', 'former governor'],
    // UK abbreviated titles, no period
    ['Later Cllr Mary Oakes said so.', 'Cllr Mary Oakes', 'councillor'],
    ['Later DCI Claire Onyango said so.', 'DCI Claire Onyango', 'detective chief inspector'],
  ])('%s', (text, mention, role) => {
    expect(roleOf(text, mention)).toBe(role);
  });

  it.each([
    ['Hugo Brandt, a veterinarian, said so.', 'Hugo Brandt', 'veterinarian'],
    ['The firm’s chief executive, Dana Whitlock, said so.', 'Dana Whitlock', 'chief executive'],
    ['Ann Pell, the agency’s director, said so.', 'Ann Pell', 'director'],
  ])('apposition: %s', (text, mention, role) => {
    expect(roleOf(text, mention)).toBe(role);
  });

  it.each([
    ['Mr. Okafor said so.', 'Mr. Okafor'],
    ['Dr. Lise Varga said so.', 'Dr. Lise Varga'],
    ['Madam Lise Varga said so.', 'Madam Lise Varga'],
  ])('courtesy titles give no role: %s', (text, mention) => {
    expect(roleOf(text, mention)).toBeNull();
  });
});

describe('mentions: a plural noun in an organisation name', () => {
  it.each([
    // a headline's verb before the plural is no word of the name
    ['Officials Say Nurses Union Is Right', 'organization:Nurses Union'],
  ])('%s', (text, org) => {
    expect(found(text)).toContain(org);
  });
});

describe('mentions: descriptions, pronouns, organisations and groups', () => {
  it.each([
    ['The minister said no.', ['description:The minister']],
    ['A spokeswoman for the agency said no.', ['description:A spokeswoman for the agency']],
    ['She met his Finnish colleague.', ['pronoun:She', 'description:his Finnish colleague']],
    ['The newspaper reported it.', ['description:The newspaper', 'pronoun:it']],
    ['Norway’s foreign minister spoke.', ['description:Norway’s foreign minister']],
    ['the former minister of health', ['description:the former minister of health']],
    ['Police said they had left.', ['group:Police', 'pronoun:they']],
    ['Canadian officials said so.', ['group:Canadian officials']],
    ['Some analysts expect more.', ['group:Some analysts']],
    ['Democrats objected.', ['group:Democrats']],
    ['The Ministry of Health said so.', ['organization:Ministry of Health']],
    // a role in capitals after "the" is a description; other capitals stay a body's acronym
    ['The MP said so.', ['description:The MP']],
    ['The NTSB said so.', ['organization:NTSB']],
    // a plural person noun before a person noun that is a verb here ("suspect"): the plural is the group
    ['Later many residents suspect foul play.', ['group:many residents']],
    // ... a plural before an organisation's head still modifies it
    ['Later the workers union said so.', ['description:the workers union']],
    ['Brightwater Corp. said so.', ['organization:Brightwater Corp.']],
    ['The Halden Institute said so.', ['organization:Halden Institute']],
    ['NATO said so.', ['organization:NATO']],
    ['Later BRIGHTWAVE said so.', ['organization:BRIGHTWAVE']],
    ['TARNBYVILLE, Ohio — Nothing happened.', []],
    ['She voted Christian Democratic.', ['pronoun:She', 'organization:Christian Democratic']],
    ['Emily Rourke, who leads the team, said so.', ['name:Emily Rourke', 'pronoun:who']],
    ['I think we know.', ['pronoun:I', 'pronoun:we']],
    ['The emails show it.', ['description:The emails', 'pronoun:it']],
    ['Then the Liberal nominee and the TV anchor spoke.', ['description:the Liberal nominee', 'description:the TV anchor']],
    ['Republicans said so.', ['group:Republicans']],
    ['Strategists said so.', ['group:Strategists']],
    ['Voters who said so.', ['group:Voters', 'pronoun:who']],
    ['Analysts suspect a deal.', ['group:Analysts']],
    ['He read ‘The’ aloud.', ['pronoun:He']],
    ['The agencies said so.', ['group:The agencies']],
    ['Someone said so.', ['pronoun:Someone']],
    ['He said no. The board agreed.', ['pronoun:He', 'description:The board']],
    ['They flew to the United States.', ['pronoun:They', 'organization:United States']],
    // a plural possessive owns the phrase; the head comes after it
    ["Rents fell, the tenants' union said.", ["description:the tenants' union"]],
    ['Patients’ groups objected.', ['group:Patients’ groups']],
    // an organisation's kind before its name: the name is the organisation's
    ['Consumer group Tapwatch objected.', ['organization:Consumer group Tapwatch']],
    ['He told the group Ann Lee would run.', ['pronoun:He', 'description:the group', 'name:Ann Lee']],
    // documents that speak for their authors are no surnames at the start of a sentence
    ['Data from the Harbour Statistics Bureau show it.', ['organization:Harbour Statistics Bureau', 'pronoun:it']],
    // a lone unknown word after "the" names a body or a thing, never a person
    ['She cited the Grondwet again.', ['pronoun:She', 'organization:Grondwet']],
    ['Later the Storting said no.', ['organization:Storting']],
    // ... but before a noun it modifies ("the Okafor plan"), and without the article, it stays a name
    ['She backed the Okafor plan.', ['pronoun:She', 'name:Okafor']],
    ['Later Okafor said no.', ['name:Okafor']],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it('gives pronouns gender and number', () => {
    const m = findMentions(state('He and she said they knew it.')).mentions;
    expect(m.map((x) => x.gender)).toEqual(['male', 'female', 'plural', 'neuter']);
  });

  it('keeps offsets exact, sorted and non-overlapping', () => {
    const text = 'Foreign Minister Tomasz Wrenski met his Finnish colleague, and Canadian officials said the ministry’s spokesman agreed.';
    const m = findMentions(state(text)).mentions;
    for (const x of m) expect(text.slice(x.start, x.end)).toBe(x.text);
    for (let i = 1; i < m.length; i++) expect(m[i]!.start).toBeGreaterThanOrEqual(m[i - 1]!.end);
  });
});

describe('mentions: capitalised common words as surnames', () => {
  const withCue = (text: string, cue: string): string[] => findMentions(state(text, [cue])).mentions.map((m) => `${m.kind}:${m.text}`);
  it.each([
    ['“It is over,” Stone said.', 'said', ['pronoun:It', 'name:Stone']],
    ['“It is over,” said Reed.', 'said', ['pronoun:It', 'name:Reed']],
    ['Nadia Stone spoke first. Later Stone left.', 'spoke', ['name:Nadia Stone', 'name:Stone']],
  ])('%s', (text, cue, expected) => {
    expect(withCue(text, cue)).toEqual(expected);
  });

  it.each([
    ['The Bond market fell.', 'fell', []],
    ['“It is over,” Officials said.', 'said', ['pronoun:It', 'group:Officials']],
    ['“It is over.” Defense said nothing.', 'said', ['pronoun:It']],
    ['In Defense said nothing.', 'said', []],
  ])('leaves alone: %s', (text, cue, expected) => {
    expect(withCue(text, cue)).toEqual(expected);
  });
});

describe('mentions: terminal escapes are no text', () => {
  it.each([
    ['osc title, 7-bit', 'Hello \x1b]0;Mara Quill\x07 and more.'],
    ['osc title, C1', 'Hello \x9d0;Mara Quill\x9c and more.'],
    ['osc hyperlink target', 'See \x1b]8;;http://x.test/Mara Quill\x1b\\here\x1b]8;;\x1b\\ now.'],
  ])('%s', (_name, text) => {
    expect(findMentions(state(text)).mentions.map((m) => m.text)).not.toContain('Mara Quill');
  });

  it('keeps a name in coloured text', () => {
    expect(findMentions(state('\x1b[1mMara Quill\x1b[0m spoke.')).mentions.map((m) => m.text)).toContain('Mara Quill');
  });
});

describe('mentions: invariants on awkward text', () => {
  it.each([
    ['crlf', 'Sen. Mara Quill said so.\r\nShe left.\r\n'],
    ['lone surrogates', 'Ann \ud800Pell said \udc00 so. He left.'],
    ['emoji and accents', 'José 🎉 Ñúñez and the minister’s aide said so.'],
    ['all caps', 'THE MINISTER SAID NO. OFFICIALS AGREED.'],
    ['dots and initials', 'J. R. R. Tolkwell, U.S. Sen. A.B. Quill, Mr. . Dr.'],
    ['possessives only', 'Pell’s Quill’s Lind’s’s'],
    ['unbalanced quotes', '“He said ‘she said “they said'],
    ['empty', ''],
  ])('%s', (_name, text) => {
    const m = findMentions(state(text)).mentions;
    for (const x of m) {
      expect(text.slice(x.start, x.end)).toBe(x.text);
      expect(x.end).toBeGreaterThan(x.start);
    }
    for (let i = 1; i < m.length; i++) expect(m[i]!.start).toBeGreaterThanOrEqual(m[i - 1]!.end);
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

describe('mentions: a gerund inside an institution name', () => {
  const first = (text: string): string | undefined => found(text)[0];
  it.each([
    ['Figures from the Office for Fair Pricing show a rise.', 'organization:Office for Fair Pricing'],
    ['Later the Agency for Rural Housing said no.', 'organization:Agency for Rural Housing'],
    // a headline verb after the name still ends it
    ['The Ministry of Energy Says Prices Rose', 'organization:Ministry of Energy'],
    ['The Office for Tourism Plans Cuts', 'organization:Office for Tourism'],
  ])('%s', (text, expected) => {
    expect(first(text)).toBe(expected);
  });
});

describe('mentions: epithets by nationality and age, sports clubs', () => {
  it.each([
    ['Later the Dane said no.', ['description:the Dane']],
    ['Later the Frenchwoman, who scored, said no.', ['description:the Frenchwoman', 'pronoun:who']],
    ['Later the 31-year-old said no.', ['description:the 31-year-old']],
    ['Later the former Ostrian international said no.', ['description:the former Ostrian international']],
    // a club is named by a word no surname is
    ['Later Dunmore Rovers said no.', ['organization:Dunmore Rovers']],
    // "side" names a team as "club" does, and a town's name after either is the club's
    ['Later Premier League side Tarnby City said no.', ['organization:Premier League side Tarnby City']],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it.each([
    // a demonym before a noun modifies it
    ['Later the Danish government said no.', ['description:the Danish government']],
    ['Later the German people said no.', ['group:the German people']],
    // a town after a noun that is no club's is the town
    ['Later the mayor of Tarnby City said no.', ['description:the mayor']],
  ])('leaves alone: %s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it('an age gives no role', () => {
    expect(roleOf('Later the 31-year-old said no.', 'the 31-year-old')).toBeNull();
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

describe('mentions: a bare role noun opening a headline', () => {
  const foundWith = (text: string, cues: string[]): string[] => findMentions(state(text, cues)).mentions.map((m) => `${m.kind}:${m.text}`);
  it.each([
    // a headline drops its articles: the role noun before its verb (or its cue) is a description
    ['Governor says ferry will run\n\nGov. Ada Quist said on Monday the ferry would run.', [], 'description:Governor'],
    ['Premier rules out new levy\n\nPremier Ada Quist said no.', ['rules out'], 'description:Premier'],
    // the role noun after the words of its description, from the text's first word
    ['Former Navy chief says fleet is too small\n\nAdm. Ivo Berg spoke.', [], 'description:Former Navy chief'],
    ['Velm Bank chief economist warns of rate rise\n\nIda Holm spoke.', ['warns'], 'description:Velm Bank chief economist'],
  ])('%s', (text, cues, expected) => {
    expect(foundWith(text, cues)[0]).toBe(expected);
  });

  it.each([
    // not in a sentence that ends with a full stop, not past the text's first word, not before a noun
    ['Governor says ferry will run.', []],
    ['Later Governor says ferry will run\n\nShe agreed.', []],
    ['Premier rules out new levy\n\nPremier Ada Quist said no.', []],
    ['Former Navy chief says fleet is too small.', []],
    ['Reporters asked why Former Navy chief says no\n\nShe agreed.', []],
  ])('leaves alone: %s', (text, cues) => {
    expect(foundWith(text, cues).filter((m) => m.startsWith('description:'))).toEqual([]);
  });
});

describe('mentions: a name before a verb in -s', () => {
  it.each([
    ['Tom Sarn chairs the union.', ['name:Tom Sarn', 'description:the union']],
    // a name before a plural it modifies, then a verb: a group
    ['Ann Lee supporters said no.', ['group:Ann Lee supporters']],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe('mentions: "and" inside an institution name', () => {
  it.each([
    ['Later the Soil and Seed Administration said no.', ['organization:Soil and Seed Administration']],
    ['Later the Canals and Harbors Commission said no.', ['organization:Canals and Harbors Commission']],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it.each([
    // two people, and two bodies each complete with its own organisation word
    ['Later Ann and Bo Lind left.', ['name:Ann', 'name:Bo Lind']],
    ['Later Tarvo News and Ostria News said no.', ['organization:Tarvo News', 'organization:Ostria News']],
  ])('leaves alone: %s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});
