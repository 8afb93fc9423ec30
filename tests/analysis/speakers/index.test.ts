import { describe, expect, it } from 'vitest';
import { findMentions } from '../../../src/analysis/mentions/index.js';
import { resolveSpeakers } from '../../../src/analysis/speakers/index.js';
import { mentionAt, mentionEndingBefore, mentionStartingAfter, mentionsIn, entityOf } from '../../../src/analysis/speakers/lookup.js';
import type { Cue } from '../../../src/types.js';
import type { Resolved } from '../../../src/analysis/state.js';

function resolve(text: string, cueWords: string[] = [], quotes: [number, number][] = []): Resolved {
  const cues: Cue[] = [];
  for (const w of cueWords) {
    for (let at = text.indexOf(w); at >= 0; at = text.indexOf(w, at + 1)) cues.push({ text: w, start: at, end: at + w.length, lemma: w, kind: 'verb' });
  }
  cues.sort((a, b) => a.start - b.start);
  const quoteSpans = quotes.map(([open, close]) => ({
    open, close, inner: { text: text.slice(open + 1, close - 1), start: open + 1, end: close - 1 }, depth: 0, role: 'speech' as const,
  }));
  return resolveSpeakers(findMentions({ doc: { id: 't', text }, paragraphs: [], sentences: [], quoteSpans, markup: [], speechWords: [], cues }));
}

/** The canonical name each occurrence of `mention` (its n-th occurrence, default the last) resolves to. */
function who(text: string, mention: string, nth = -1, cues: string[] = []): string | null {
  const s = resolve(text, cues);
  const all = s.mentions.filter((m) => m.text === mention);
  const m = nth < 0 ? all[all.length + nth] : all[nth];
  if (!m) throw new Error(`no mention "${mention}" in: ${s.mentions.map((x) => x.text).join(' | ')}`);
  return m.entity === null ? null : s.entities[m.entity]!.name;
}

describe('speakers: two people sharing a surname', () => {
  it.each([
    // a courtesy title or a gendered apposition that clashes is another person
    ['Mr. Okafor spoke first. Ms. Okafor spoke next. Later Ms. Okafor left.', 'Ms. Okafor', 'Ms. Okafor'],
    ['Mr. Okafor spoke first. Ms. Okafor spoke next. Later Mr. Okafor left.', 'Mr. Okafor', 'Mr. Okafor'],
    ['Ann Roe buried her son, Bo Roe. Later Ms. Roe left.', 'Ms. Roe', 'Ann Roe'],
    // couples named together: the lone given name shares the surname
    ['Later Rob and Ann Pell arrived. Mr. Pell said no.', 'Mr. Pell', 'Rob Pell'],
    ['Later Rob and Ann Pell arrived. Ms. Pell said no.', 'Ms. Pell', 'Ann Pell'],
  ])('%s', (text, mention, name) => {
    expect(who(text, mention)).toBe(name);
  });

  it.each([
    // a gender only a first-name list suggests does not split a person ("Leslie" is listed as a woman's name)
    ['Sen. Leslie Marsh spoke. Later Mr. Marsh left.', 'Mr. Marsh', 'Leslie Marsh'],
    // a surname the document uses on its own is no given name to share ("Lind and Ann Pell")
    ['Rob Lind spoke. Later Lind and Ann Pell met. Lind left.', 'Lind', 'Rob Lind'],
  ])('keeps one person: %s', (text, mention, name) => {
    expect(who(text, mention)).toBe(name);
  });
});

describe('speakers: short names join the fullest name', () => {
  it.each([
    // a courtesy title and a role word before the name stay out of the canonical name
    ['Madam Lise Varga, 74, spoke. Ms Varga said no.', 'Ms Varga', 'Lise Varga'],
    ['Pensioner Mara Quill spoke. Ms Quill said no.', 'Ms Quill', 'Mara Quill'],
    ['Mara Quill arrived late. Quill said it was cold.', 'Quill', 'Mara Quill'],
    ['Mr. Okafor spoke first. Later John Okafor left.', 'Mr. Okafor', 'John Okafor'],
    ['Foreign Minister Tomasz Wrenski spoke. Wrenski left.', 'Wrenski', 'Tomasz Wrenski'],
    ['Nguyen Thi Lan arrived. Nguyen spoke first.', 'Nguyen', 'Nguyen Thi Lan'],
    ['George Q. Adeyemi spoke. Later George Adeyemi left.', 'George Adeyemi', 'George Q. Adeyemi'],
    ['President Luiz Tavares da Silva spoke. Mr. Tavares da Silva left.', 'Mr. Tavares da Silva', 'Luiz Tavares da Silva'],
    ['Ana Pérez Olmedo spoke. Later Pérez Olmedo left.', 'Pérez Olmedo', 'Ana Pérez Olmedo'],
  ])('%s', (text, mention, name) => {
    expect(who(text, mention)).toBe(name);
  });

  it('gives a shared surname to the one mentioned last', () => {
    expect(who('Ann Pell spoke. Then Rob Pell spoke. Pell left.', 'Pell')).toBe('Rob Pell');
  });

  it('keeps a surname with the person it was already used for', () => {
    expect(who('Rob Pell spoke. Pell left. Then Ann Pell spoke. Pell said no.', 'Pell')).toBe('Rob Pell');
  });

  it('keeps different first names apart', () => {
    const s = resolve('Ann Pell spoke. Then Rob Pell spoke.');
    expect(s.entities.map((e) => e.name)).toEqual(['Ann Pell', 'Rob Pell']);
  });

  it('records both the role before a title and the title itself', () => {
    const s = resolve('The club’s security chief Captain Ivo Brandt said so.');
    expect(s.entities.find((x) => x.name === 'Ivo Brandt')!.roles).toEqual(['security chief', 'captain']);
  });

  // "Tarnby boss Ola Brenn": 'boss' after a club or firm is that body's head, a title before the name; the
  // relational nouns ('her colleague Ola Brenn') stay descriptions, recorded as no role.
  it.each([
    ['Tarnby boss Ola Brenn said the referee was wrong.', ['boss']],
    ['Her colleague Ola Brenn said the plan was late.', []],
  ])('%s: roles %j', (text, roles) => {
    expect(resolve(text).entities.find((x) => x.name === 'Ola Brenn')!.roles).toEqual(roles);
  });

  it('keeps the fullest form of a role', () => {
    const s = resolve('The secretary spoke. Press Secretary Dana Whitlock said so. The secretary left.');
    expect(s.entities.find((x) => x.name === 'Dana Whitlock')!.roles).toEqual(['press secretary']);
  });

  it('records roles and aliases on the entity', () => {
    const s = resolve('Foreign Minister Tomasz Wrenski spoke. Mr. Wrenski left. Wrenski, a former pilot, smiled.');
    const e = s.entities.find((x) => x.name === 'Tomasz Wrenski')!;
    expect(e.roles).toEqual(['foreign minister', 'former pilot']);
    expect(e.aliases).toEqual(expect.arrayContaining(['Wrenski', 'Mr. Wrenski']));
    expect(e.gender).toBe('male');
  });
});

describe('speakers: pronouns', () => {
  it.each([
    ['Foreign Minister Tomasz Wrenski met reporters. He said the talks went well.', 'He', 'Tomasz Wrenski'],
    ['Ingrid Solberg-Haas met her colleague. She said the talks went well.', 'She', 'Ingrid Solberg-Haas'],
    ['Kim Do Hyun met reporters. He said the talks went well.', 'He', 'Kim Do Hyun'],
    ['John Okafor met Emily Rourke. She said it was late.', 'She', 'Emily Rourke'],
    ['John Okafor met Emily Rourke. He said it was late.', 'He', 'John Okafor'],
    ['In a talk with Emily Rourke, John Okafor said he would go.', 'he', 'John Okafor'],
    ['Brightwater Corp. said its profits rose.', 'its', 'Brightwater Corp.'],
    ['Brightwater Corp. met. It said sales fell.', 'It', 'Brightwater Corp.'],
    ['Canadian officials met on Monday. They said nothing.', 'They', 'Canadian officials'],
    ['Brightwater Corp. said they would appeal.', 'they', 'Brightwater Corp.'],
    ['Ann Pell and Rob Lind met on Monday. They said nothing.', 'They', 'Ann Pell and Rob Lind'],
    ['Emily Rourke, who leads the team, said so.', 'who', 'Emily Rourke'],
    ['Emily Rourke spoke. She’s sure of it.', 'She', 'Emily Rourke'],
    ['They met Emily Rourke — who said no.', 'who', 'Emily Rourke'],
    // someone known to be a woman beats someone whose gender is unknown, and the unknown one stays unknown
    ['Okonkwo is praising Emily Rourke and her plans.', 'her', 'Emily Rourke'],
    ['Okonkwo is praising Emily Rourke and her plans. He said so.', 'He', 'Okonkwo'],
  ])('%s', (text, mention, name) => {
    expect(who(text, mention)).toBe(name);
  });

  it.each([
    ['After meeting John Okafor, Dan Ruiz said the deal was done. He left.', 'Dan Ruiz'],
    ['“It is done,” said Okonkwo after meeting John Okafor. He left.', 'Okonkwo'],
    ['“It is done,” Okonkwo said after meeting John Okafor. He left.', 'Okonkwo'],
  ])('prefers the subject of a speech verb in the sentence before: %s', (text, name) => {
    expect(who(text, 'He', -1, ['said'])).toBe(name);
  });

  it('does not take a name inside a quote for a pronoun outside it', () => {
    const text = 'Rob Lind spoke. “Ann Pell is wrong,” he said. She left.';
    const s = resolve(text, ['said'], [[text.indexOf('“'), text.indexOf('”') + 1]]);
    const name = (t: string): string | null => { const m = s.mentions.find((x) => x.text === t)!; return m.entity === null ? null : s.entities[m.entity]!.name; };
    expect([name('he'), name('She')]).toEqual(['Rob Lind', null]);
  });

  it.each([
    ['Brightwater Corp. met. It is believed that sales fell.', 'It'],
    ['Brightwater Corp. met. It was unclear why.', 'It'],
    ['I said we would win.', 'I'],
    ['I said we would win.', 'we'],
    ['The weather was bad. He said so.', 'He'],
    ['Emily Rourke spoke. He said so.', 'He'],
  ])('leaves unresolved: %s (%s)', (text, mention) => {
    expect(who(text, mention)).toBeNull();
  });
});

describe('speakers: descriptions', () => {
  it.each([
    ['Health Minister Emily Rourke spoke. The minister said no.', 'The minister', 'Emily Rourke'],
    ['Foreign Minister Tomasz Wrenski spoke. The diplomat said no.', 'The diplomat', 'Tomasz Wrenski'],
    ['Norway’s finance minister spoke first. Finance Minister Ola Brekke then left.', 'Norway’s finance minister', 'Ola Brekke'],
    ['Ann Pell met her Finnish colleague Tarja Lind.', 'her Finnish colleague', 'Tarja Lind'],
    ['Hugo Brandt, a veterinarian, said so.', 'a veterinarian', 'Hugo Brandt'],
    ['The Halden Institute, the company, said so.', 'the company', 'Halden Institute'],
    ['Ann Pell, 45, a nurse, said so.', 'a nurse', 'Ann Pell'],
    ['The Daily Courier ran the story. The newspaper said it stood by it.', 'The newspaper', 'Daily Courier'],
    // a spokesperson speaks for the body, here named by its kind word alone (spokespeople-kind.ts)
    ['A spokeswoman for the agency said no.', 'A spokeswoman for the agency', 'the agency'],
    // someone unnamed keeps the article: a description, not a name
    ['A nurse said no. Another nurse said yes.', 'Another nurse', 'another nurse'],
    ['Norway’s trade minister said no.', 'Norway’s trade minister', 'Norway’s trade minister'],
    ['Rob Lind spoke. Lind smiled. Ann Pell waved. Lind left. The nominee said no.', 'The nominee', 'Rob Lind'],
    ['Later Liberal Rob Lind spoke. Lind smiled. Lind left. The Liberal nominee said no.', 'The Liberal nominee', 'Rob Lind'],
    ['Ohio Sen. Ann Pell met Utah Sen. Rob Lind. The Ohio senator said no.', 'The Ohio senator', 'Ann Pell'],
    ['Ann Pell’s campaign said no. The campaign later agreed.', 'The campaign', 'Pell campaign'],
    ['The Halden Institute sued Norway. The company said no.', 'The company', 'Halden Institute'],
    ['Rob Lind spoke. His campaign said no.', 'His campaign', 'Lind campaign'],
    // a role in capitals after "the" is a description like "the minister"
    ['Tamsin Okoro, the Labour MP for the area, spoke. The MP said no.', 'The MP', 'Tamsin Okoro'],
    ['Rob Lind, the firm’s CEO, spoke. The CEO said no.', 'The CEO', 'Rob Lind'],
    // a headline's bare role noun: the titled name the story opens with
    ['Governor says ferry will run\n\nGov. Ada Quist said on Monday the ferry would run.', 'Governor', 'Ada Quist'],
  ])('%s', (text, mention, name) => {
    expect(who(text, mention)).toBe(name);
  });

  it.each([
    ['The minister said no.', 'The minister'],
    ['Ann Pell met Rob Lind. Neither lawyer spoke.', 'Neither lawyer'],
    ['Ann Pell met her colleague.', 'her colleague'],
    ['Emily Rourke spoke. The senator said no.', 'The senator'],
    ['Rob Lind spoke. Lind smiled. Lind left. The judge said no.', 'The judge'],
    ['Rob Lind spoke. Lind smiled. Lind left. The next mayor will say.', 'The next mayor'],
    // an epithet of wealth is no office the protagonist holds: no guess
    ['Rob Lind spoke. Lind smiled. Lind left. The billionaire said no.', 'The billionaire'],
    ['Rob Lind spoke. Lind smiled. Lind left. The tycoon said no.', 'The tycoon'],
    ['Ohio Sen. Rob Lind spoke. The Utah senator said no.', 'The Utah senator'],
    ['The MP said no.', 'The MP'],
  ])('leaves unresolved: %s', (text, mention) => {
    expect(who(text, mention)).toBeNull();
  });
});

describe('speakers: a body named only by its kind', () => {
  it.each([
    // the kind noun a body was introduced by fits it later ("the aid agency X ... the agency")
    ['Prices will rise, the aid agency Grainbridge warned. Later the agency said no.', 'the agency', 'Grainbridge'],
    ['Later the regulator Aquawatch fined Tull Foods. The regulator said no.', 'The regulator', 'Aquawatch'],
    ['Later regulator Jane Okafor fined Tull Foods. The regulator said no.', 'The regulator', 'Jane Okafor'],
    // "the union" with no union named is one party of its own, which later "the union" and "it" mean
    ['The union said rents would rise. It said fares would fall.', 'It', 'the union'],
    ['The union said rents would rise. Later the union said more.', 'the union', 'the union'],
    // an organisation that does not fit the kind is not it (a newspaper is no company; a place is no ministry)
    ['The Daily Courier sued Norway. The company said no.', 'The company', 'the company'],
    ['In Norway, the health ministry said no.', 'the health ministry', 'the health ministry'],
    ['From the Halden Institute, the agency said no.', 'the agency', 'the agency'],
    // a document is no company: "the company" is the firm that issued it
    ['Brightwater Corp. said in a statement that it would appeal. The company said more.', 'The company', 'Brightwater Corp.'],
  ])('%s (%s)', (text, mention, name) => {
    expect(who(text, mention)).toBe(name);
  });

  it.each([
    // a document speaks for an author; it is no party of its own
    ['The report said rents would rise.', 'The report'],
    // an extraposed clause's "it" stands for no one
    ['The union met. It is truly baffling that rents rose.', 'It'],
    ['The union met. It was odd how rents rose.', 'It'],
  ])('leaves unresolved: %s (%s)', (text, mention) => {
    expect(who(text, mention)).toBeNull();
  });
});

describe('speakers: it and they', () => {
  it.each([
    // in a sentence before, the subject (the first one named outside a prepositional phrase), not the last named
    ['The ministry met Acme Corp. on Monday. It said the talks went well.', 'It', 'the ministry'],
    ['In Norway, the ministry met Acme Corp. It said the talks went well.', 'It', 'the ministry'],
    ['Canadian officials met Norland envoys. They said the talks went well.', 'They', 'Canadian officials'],
    // in its own sentence, the nearest
    ['The ministry fined Acme Corp., which said it would appeal.', 'it', 'Acme Corp.'],
    // a country in a prepositional phrase is a place there, not the one that speaks (SP3)
    ['Brightwater Corp. expanded in Germany and France, and it said costs fell.', 'it', 'Brightwater Corp.'],
    ['Brightwater Corp. built a plant in China. It said costs fell.', 'It', 'Brightwater Corp.'],
    // ... but a country as the subject does speak, as its government
    ['Norway signed the deal on Monday. It said the terms were fair.', 'It', 'Norway'],
  ])('%s (%s)', (text, mention, name) => {
    expect(who(text, mention)).toBe(name);
  });
});

describe('speakers: organisations and groups', () => {
  it.each([
    ['The International Fisheries Council met. Later the IFC said no.', 'IFC', 'International Fisheries Council'],
    ['The Tarnby Daily Courier said so. The Courier added more.', 'Courier', 'Tarnby Daily Courier'],
    ['Later NBTV’s anchor spoke. NBTV said so.', 'NBTV', 'NBTV'],
    ['Canadian officials said it was late. Officials added more.', 'Officials', 'Canadian officials'],
    ['Some analysts expect more. Analysts said so.', 'Analysts', 'analysts'],
  ])('%s', (text, mention, name) => {
    expect(who(text, mention)).toBe(name);
  });

  it.each([
    // an unknown single name in apposition with an organisation's description is that organisation
    ['Brightwater, the company, said sales fell.', 'Brightwater', 'organization'],
    // a person's description leaves it a person; a place phrase is no apposition
    ['Marwick, the senator, said no.', 'Marwick', 'person'],
  ])('%s', (text, name, kind) => {
    expect(resolve(text).entities.find((e) => e.name === name)?.kind).toBe(kind);
  });

  it('gives each entity its kind', () => {
    const s = resolve('Emily Rourke, police and Brightwater Corp. all said so.');
    expect(s.entities.map((e) => [e.name, e.kind])).toEqual([['Emily Rourke', 'person'], ['police', 'group'], ['Brightwater Corp.', 'organization']]);
  });
});

describe('speakers: lookups by offset', () => {
  const text = 'Emily Rourke said no, said Dan Ruiz.';
  const s = resolve(text);
  it.each([
    ['mentionAt', mentionAt(s, 0, 5)?.text, 'Emily Rourke'],
    ['mentionAt (nothing there)', mentionAt(s, 13, 17)?.text, undefined],
    ['mentionEndingBefore', mentionEndingBefore(s, text.indexOf('said'))?.text, 'Emily Rourke'],
    ['mentionEndingBefore (a word between)', mentionEndingBefore(s, text.indexOf('no'))?.text, undefined],
    ['mentionStartingAfter', mentionStartingAfter(s, text.indexOf('Dan') - 1)?.text, 'Dan Ruiz'],
    ['mentionsIn', mentionsIn(s, 0, text.length).map((m) => m.text).join('|'), 'Emily Rourke|Dan Ruiz'],
    ['entityOf', entityOf(s, s.mentions[1]!)?.name, 'Dan Ruiz'],
  ])('%s', (_name, actual, expected) => {
    expect(actual).toBe(expected);
  });
});

describe('speakers: an organisation short form is its alias', () => {
  it.each([
    ['Brightwell Metals says the mine is safe. Brightwell says it will hire.', 'Brightwell', 'Brightwell Metals'],
    ['Quarro Holdings Ltd. posted a loss. Later Quarro said costs rose.', 'Quarro', 'Quarro Holdings Ltd.'],
    ['Summit Foods posted a loss. Later Summit said costs rose.', 'Summit', 'Summit Foods'],
    // the short form may come first (a press release's body before its "About Quintrell Robotics")
    ['Later Quintrell expects a profit. About Quintrell Robotics: it makes robots.', 'Quintrell', 'Quintrell Robotics'],
    // a legal suffix is dropped or kept: one firm
    ['Orlen Foods will buy a bakery. Later Orlen Foods Inc. said the deal was done.', 'Orlen Foods', 'Orlen Foods Inc.'],
  ])('%s', (text, mention, name) => {
    expect(who(text, mention)).toBe(name);
  });

  it.each([
    // a person with that surname keeps it (the founder of her own firm)
    ['Ann Quarro runs Quarro Holdings. Later Quarro said costs rose.', 'Quarro', 'Ann Quarro'],
    // a known first name alone is a person's, even after a firm it opens ("Hugo" is no short form of "Hugo Motors")
    ['Hugo Motors posted a loss. Later Hugo said costs rose.', 'Hugo', 'Hugo'],
    // a body named after its town: the town alone is no short form of it
    ['The Ashby Chamber of Trade said no. Later Ashby said yes.', 'Ashby', 'Ashby'],
    ['The Wexcombe Council said no. Later Wexcombe said yes.', 'Wexcombe', 'Wexcombe'],
  ])('leaves alone: %s', (text, mention, name) => {
    expect(who(text, mention)).toBe(name);
  });
});

describe('speakers: a body named by its trade', () => {
  it.each([
    // an unknown name in apposition with an organisation's kind is that organisation
    ['Threshold, the housing charity, said the cap was low.', 'Threshold', 'organization'],
    ['Skyvale, the airline, said fares would rise.', 'Skyvale', 'organization'],
    ['Mardell, the insurer, said claims rose.', 'Mardell', 'organization'],
  ])('%s', (text, mention, kind) => {
    const s = resolve(text, ['said']);
    const m = s.mentions.find((x) => x.text === mention);
    expect(m?.entity === null || m?.entity === undefined ? null : s.entities[m.entity]!.kind).toBe(kind);
  });

  it.each([
    // a person in apposition with a person's description stays a person
    ['Tamsin Achterberg, the airline chief, said fares would rise.', 'Tamsin Achterberg', 'person'],
    ['Mardell, a retired teacher, said claims rose.', 'Mardell', 'person'],
  ])('leaves alone: %s', (text, mention, kind) => {
    const s = resolve(text, ['said']);
    const m = s.mentions.find((x) => x.text === mention);
    expect(m?.entity === null || m?.entity === undefined ? null : s.entities[m.entity]!.kind).toBe(kind);
  });
});

describe('speakers: epithets refer back to the one person named in reach', () => {
  it.each([
    ['Tom Lund scored twice. Later the Dane said it was his best day.', 'the Dane', 'Tom Lund'],
    ['Ida Brenn scored twice. Later the 31-year-old said it was her best day.', 'the 31-year-old', 'Ida Brenn'],
    ['Ida Brenn scored twice. Later the forward said it was her best day.', 'the forward', 'Ida Brenn'],
    ['Ida Brenn scored twice. Later the former Ostrian international said it was her best day.', 'the former Ostrian international', 'Ida Brenn'],
    // a bare word no first-name list knows ("Tarnby", a club) does not make it two people; the club's name is no person
    ['Ida Brenn scored twice as Dunmore Rovers beat Tarnby. Later the Frenchwoman said it was her best day.', 'the Frenchwoman', 'Ida Brenn'],
    // of two people, the one who spoke
    ['Coach Ola Sand said Ida Brenn was brave. Later the Dane said the team was tired.', 'the Dane', 'Ola Sand'],
  ])('%s', (text, mention, name) => {
    expect(who(text, mention, -1, ['said'])).toBe(name);
  });

  it.each([
    // two people in reach, neither of them speaking: no guess
    ['Ada Lind fouled Pia Lund. Later the Dane said it was an accident.', 'the Dane'],
    // the gender the epithet states rules the person out
    ['Pia Lund scored twice. Later the Irishman said it was a fine goal.', 'the Irishman'],
    // a person whose title says otherwise is someone else
    ['Coach Ida Berg praised the team. Later the forward said it was tired.', 'the forward'],
    // offices are no epithets: the mayor after a resident is someone else
    ['Ada Lind lost her house. Later the mayor said help would come.', 'the mayor'],
  ])('leaves unresolved: %s', (text, mention) => {
    expect(who(text, mention, -1, ['said'])).toBeNull();
  });
});

describe('speakers: a role word opening the sentence is not part of the name', () => {
  it.each([
    ['Striker Pia Lund said no. Later Lund left.', 'Lund', 'Pia Lund'],
    ['Co-author Sam Adeyemi said no. Later Adeyemi left.', 'Adeyemi', 'Sam Adeyemi'],
  ])('%s', (text, mention, name) => {
    expect(who(text, mention)).toBe(name);
  });
});

describe('speakers: bodies and the people named by them', () => {
  it.each([
    // a body's description is no person whose role names that body
    ['Union organizer Lev Dunn spoke. Later the union said no.', 'the union', 'the union'],
    // "X chairs the union": the name is the subject of a verb, a later "he" means him
    ['Tom Sarn chairs the union. Later he said no.', 'he', 'Tom Sarn'],
    ['Tom Sarn heads a team. Later he said no.', 'he', 'Tom Sarn'],
  ])('%s', (text, mention, name) => {
    expect(who(text, mention, -1, ['said'])).toBe(name);
  });
});

describe('speakers: a firm named by its trade, a family', () => {
  it.each([
    ['Kai Moss of Tennby Research spoke. Later he said no.', 'he', 'Kai Moss'],
    ['Mr Quist’s family spoke. Later they said no.', 'they', 'Mr Quist’s family'],
  ])('%s', (text, mention, name) => {
    expect(who(text, mention, -1, ['said'])).toBe(name);
  });

  it('a firm named by its trade is an organisation', () => {
    const s = resolve('Starfall Music said no.', ['said']);
    expect(s.entities.map((e) => `${e.name}/${e.kind}`)).toEqual(['Starfall Music/organization']);
  });
});

describe('speakers: a club, and the statement it spoke through', () => {
  it.each([
    ['Dunmore Rovers lost again. Later the club said no.', 'the club', 'Dunmore Rovers'],
    ['Later Premier League side Tarnby Rovers lost. The side said no.', 'The side', 'Tarnby Rovers'],
    // "it" after "said in a statement" is the body, not the statement
    ['Later the club said in a statement that it was sorry. It said no.', 'It', 'the club'],
  ])('%s', (text, mention, name) => {
    expect(who(text, mention, -1, ['said'])).toBe(name);
  });
});

describe('speakers: a surname in capitals (a transcript label) is the person named before', () => {
  it.each([
    ['Mayor Ana Feld met residents. FELD: We will not close it.', 'FELD', 'Ana Feld'],
    // an acronym that matches no one stays an organisation; a person read off a headline in capitals is no match
    ['Later FELD said no.', 'FELD', 'FELD'],
    ['Former TCA chief spoke. Later TCA said no.', 'TCA', 'TCA'],
  ])('%s', (text, mention, name) => {
    expect(who(text, mention)).toBe(name);
  });
});

describe('speakers: a one-word firm read as a surname', () => {
  it.each([
    ['Lumera said sales would fall. Later the company said no.', 'the company', 'Lumera'],
  ])('%s', (text, mention, name) => {
    expect(who(text, mention, -1, ['said'])).toBe(name);
  });

  it.each([
    // the same lone word after the organisation it names was introduced is that organisation, not a person
    ['Later the messaging company Quillon was fined. Quillon said no.', 'Quillon', 'organization'],
    // ... a lone word no organisation was named by stays a person
    ['Later the company was fined. Quillon said no.', 'Quillon', 'person'],
  ])('kind: %s', (text, mention, kind) => {
    const s = resolve(text, ['said']);
    const m = s.mentions.filter((x) => x.text === mention).pop()!;
    expect(s.entities[m.entity!]!.kind).toBe(kind);
  });

  it.each([
    // a known first name, or a full name, is a person: "the company" is someone else
    ['Ida Brenn said sales would fall. Later the company said no.', 'the company', 'the company'],
    ['Ida said sales would fall. Later the company said no.', 'the company', 'the company'],
  ])('leaves alone: %s', (text, mention, name) => {
    expect(who(text, mention, -1, ['said'])).toBe(name);
  });
});
