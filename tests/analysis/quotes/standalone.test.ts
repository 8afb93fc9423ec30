import { describe, expect, it } from 'vitest';
import { runQuotes, type M } from '../quote-run.js';
import type { Entity } from '../../../src/types.js';

const ann: Entity = { name: 'Ann Lee', kind: 'person', roles: ['mayor'], aliases: ['Lee'], gender: 'female' };

const run = runQuotes;

const vela: Entity = { name: 'Ines Vela', kind: 'person', roles: [], aliases: ['Vela'], gender: 'female' };
const row = (q: ReturnType<typeof run>[number]) => [q.type, q.text, q.cue?.text ?? null, q.speaker];

describe('standalone: a quote over paragraphs attributed in a later paragraph is one quote', () => {
  it.each([
    // attribution in the last paragraph
    ['“We will not pretend this is easy. The ore must come from somewhere.\n\n“Better here than elsewhere,” Ms. Vela said.',
      [['direct', 'We will not pretend this is easy. The ore must come from somewhere.\n\n“Better here than elsewhere,', 'said', 'Ines Vela']]],
    // three paragraphs, attribution in the last, inverted cue
    ['The mine opened.\n\n“We looked everywhere.\n\n“Nothing else was left.\n\n“Better here,” said Vela.',
      [['direct', 'We looked everywhere.\n\n“Nothing else was left.\n\n“Better here,', 'said', 'Ines Vela']]],
    // and the part after an interruption in the last paragraph goes with it
    ['“We looked everywhere.\n\n“Better here,” Ms. Vela said. “It is safe.”',
      [['direct', 'We looked everywhere.\n\n“Better here,” Ms. Vela said. “It is safe.', 'said', 'Ines Vela']]],
  ])('%j', (text, expected) => {
    expect(run(text, [['Vela', 'name', 0]], [vela]).map(row)).toEqual(expected);
  });

  it.each([
    // a quote closed in its paragraph is not running on: the next paragraph's attribution is its own
    ['“We looked everywhere and found nothing at all.”\n\n“Better here,” Ms. Vela said.',
      [['direct', 'We looked everywhere and found nothing at all.', null, null], ['direct', 'Better here,', 'said', 'Ines Vela']]],
    // attributed in its first paragraph: unchanged, the later paragraph continues it
    ['“Better here,” Ms. Vela said. “We looked everywhere.\n\n“Nothing else was left.”',
      [['direct', 'Better here,” Ms. Vela said. “We looked everywhere.\n\n“Nothing else was left.', 'said', 'Ines Vela']]],
  ])('leaves alone %j', (text, expected) => {
    expect(run(text, [['Vela', 'name', 0]], [vela]).map(row)).toEqual(expected);
  });

  it('leaves a running quote that opens after an attribution in its paragraph to the interrupted quote', () => {
    // “A,” X said. “B.¶“C,” she added.  -> B (and C) go on with A, not with "she added"
    const text = '“Prices are up,” Vela said. “Wages are not.\n\n“We are not blind to it,” she added.';
    expect(run(text, [['Vela', 'name', 0]], [vela]).map(row)[0]).toEqual(['direct', 'Prices are up,” Vela said. “Wages are not.\n\n“We are not blind to it,', 'said', 'Ines Vela']);
  });
});

const strand: Entity = { name: 'Halvard Strand', kind: 'person', roles: ['minister'], aliases: ['Strand'], gender: 'male' };
const wells: Entity = { name: 'Kara Wells', kind: 'person', roles: ['host'], aliases: ['Wells'], gender: 'female' };
const fenn: Entity = { name: 'Oda Fenn', kind: 'person', roles: ['minister'], aliases: ['Fenn'], gender: 'female' };
const moss: Entity = { name: 'Ida Moss', kind: 'person', roles: ['mayor'], aliases: ['Moss'], gender: 'female' };
const tarrow: Entity = { name: 'Ben Tarrow', kind: 'person', roles: ['host'], aliases: ['Tarrow'], gender: 'male' };
const teller: Entity = { name: 'Runa Teller', kind: 'person', roles: ['harpist'], aliases: ['Teller'], gender: 'female' };
const turn = (q: ReturnType<typeof run>[number]) => [q.type, q.text, q.speaker, q.speakerMention?.text ?? null];

describe('standalone: the answer turns of an interview or broadcast transcript are direct quotes', () => {
  it.each<[string, string, M[], Entity[], (string | null)[][]]>([
    ['Q: and name labels; the questions are not quotes',
      'Q: When will the trains run?\n\nStrand: We are aiming for 2034.\n\nQ: And the cost?\n\nStrand: It will rise.',
      [['Strand', 'name', 0], ['Strand', 'name', 0]], [strand],
      [['direct', 'We are aiming for 2034', 'Halvard Strand', 'Strand'], ['direct', 'It will rise', 'Halvard Strand', 'Strand']]],
    ['A: answers are the person the introduction names',
      'Halvard Strand has led the ministry since May.\n\nQ: When will the trains run?\n\nA: We are aiming for 2034.',
      [['Halvard Strand', 'name', 0]], [strand],
      [['direct', 'We are aiming for 2034', 'Halvard Strand', 'Halvard Strand']]],
    ['the Q. A. style',
      'Halvard Strand spoke to us.\n\nQ. When will the trains run?\n\nA. We are aiming for 2034.',
      [['Halvard Strand', 'name', 0]], [strand],
      [['direct', 'We are aiming for 2034', 'Halvard Strand', 'Halvard Strand']]],
    ['broadcast labels in capitals, a role in brackets, a surname for a later turn',
      'HOST KARA WELLS: Will fares rise?\n\nODA FENN (MINISTER): No.\n\nWELLS: Are you sure?\n\nFENN: Yes, quite sure.',
      [['KARA WELLS', 'name', 0], ['ODA FENN', 'name', 1], ['WELLS', 'name', 0], ['FENN', 'organization', null]], [wells, fenn],
      [['direct', 'Will fares rise?', 'Kara Wells', 'KARA WELLS'], ['direct', 'No', 'Oda Fenn', 'ODA FENN'],
        ['direct', 'Are you sure?', 'Kara Wells', 'WELLS'], ['direct', 'Yes, quite sure', 'Oda Fenn', 'FENN']]],
    ['an answer runs over an unlabelled paragraph, not into a heading or past the last turn',
      'Q: Why the delay?\n\nStrand: Steel rose.\n\nWages rose too.\n\nThe cost\n\nQ: And now?\n\nStrand: We wait.\n\nThe line opens in 2034.',
      [['Strand', 'name', 0], ['Strand', 'name', 0]], [strand],
      [['direct', 'Steel rose.\n\nWages rose too', 'Halvard Strand', 'Strand'], ['direct', 'We wait', 'Halvard Strand', 'Strand']]],
    ['labels in capitals the mentions read no name in: a surname and a role the introduction gives',
      'Radio talk with Mayor Ida Moss and host Ben Tarrow.\n\nHOST: What went wrong?\n\nMOSS: We did not explain it.\n\nHOST: Will you try again?\n\nMOSS: Yes.',
      [['Mayor Ida Moss', 'title-name', 0], ['host Ben Tarrow', 'title-name', 1], ['MOSS', 'organization', null], ['MOSS', 'organization', null]], [moss, tarrow],
      [['direct', 'What went wrong?', 'Ben Tarrow', 'HOST'], ['direct', 'We did not explain it', 'Ida Moss', 'MOSS'],
        ['direct', 'Will you try again?', 'Ben Tarrow', 'HOST'], ['direct', 'Yes', 'Ida Moss', 'MOSS']]],
    // (a "Q:" beside it and no other label the mentions name: the surname alone ties the label to the intro's person)
    ['a surname label in capitals beside "Q:" turns, the intro naming that person',
      'Harpist Runa Teller left the orchestra in May.\n\nQ: Why now?\n\nTELLER: It was time.\n\nQ: What next?\n\nTELLER: Teaching.',
      [['Runa Teller', 'name', 0]], [teller],
      [['direct', 'It was time', 'Runa Teller', 'TELLER'], ['direct', 'Teaching', 'Runa Teller', 'TELLER']]],
    ['reported speech inside a turn is nested in it',
      'Q: Is the plan safe?\n\nStrand: My deputy said the plan was sound, and I agree.',
      [['Strand', 'name', 0]], [strand],
      [['direct', 'My deputy said the plan was sound, and I agree', 'Halvard Strand', 'Strand']]],
  ])('%s', (_name, text, ms, entities, expected) => {
    expect(run(text, ms, entities).filter((q) => q.rule === 'transcript-turn').map(turn)).toEqual(expected);
  });

  it.each<[string, string, M[], Entity[]]>([
    // one name label is a roundup line, not a transcript
    ['a lone name label', 'Halvard Strand: The plan is dead.', [['Halvard Strand', 'name', 0]], [strand]],
    // press-release and fact-box labels name no one, even when they recur
    ['press-release labels', 'Outlook: Sales will rise.\n\nMedia contact: Ana Pereira.', [], []],
    ['a fact box', 'Price: 20 dollars.\n\nWeight: 3 kg.\n\nPrice: 30 dollars.\n\nWeight: 4 kg.', [], []],
    // kickers in capitals are no speakers
    ['live-blog kickers', 'UPDATE: Roads are closed.\n\nBREAKING: Power is out.\n\nUPDATE: Schools shut.', [], []],
    // a fact box in capitals names no one, though its labels recur
    ['a fact box in capitals', 'PRICE: 20 dollars.\n\nWEIGHT: 3 kg.\n\nPRICE: 30 dollars.\n\nWEIGHT: 4 kg.', [], []],
    // a label in capitals beside "Q:" turns that is no surname of the intro's person: a fact box
    ['a recurring capital label that names no one in the intro',
      'Harpist Runa Teller plays on Friday.\n\nQ: What does it cost?\n\nFEE: Ten dollars.\n\nQ: And children?\n\nFEE: Free.',
      [['Runa Teller', 'name', 0]], [teller]],
    // two named people, each labelled once: no one speaks twice, so no dialogue
    ['two labels once each', 'Halvard Strand: Rail.\n\nKara Wells: Roads.', [['Halvard Strand', 'name', 0], ['Kara Wells', 'name', 1]], [strand, wells]],
  ])('leaves alone %s', (_name, text, ms, entities) => {
    expect(run(text, ms, entities).filter((q) => q.rule === 'transcript-turn')).toEqual([]);
  });
});

describe('standalone: transcripts stay linear and keep nested speech inside the turn', () => {
  it('gives one record for a turn that reports someone else', () => {
    const text = 'Q: Is the plan safe?\n\nStrand: My deputy said the plan was sound, and I agree.';
    expect(run(text, [['Strand', 'name', 0]], [strand]).map((q) => q.rule)).toEqual(['transcript-turn']);
  });

  it('reads thousands of turns', () => {
    const text = Array.from({ length: 3000 }, (_, i) => (i % 2 === 0 ? 'Q: Why?' : `A: Because ${i}.`)).join('\n\n');
    expect(run(text).filter((q) => q.rule === 'transcript-turn')).toHaveLength(1500);
  });
});

const ida: Entity = { name: 'Ida Strand', kind: 'person', roles: ['mayor'], aliases: ['Strand'], gender: 'female' };
const tom: Entity = { name: 'Tom Reyes', kind: 'person', roles: [], aliases: [], gender: 'male' };
const council: Entity = { name: 'Tarn Council', kind: 'organization', roles: [], aliases: [], gender: null };

describe('standalone: a first-person quote paragraph after a paragraph about one person is that person', () => {
  it.each<[string, M[], Entity[], string | null]>([
    ['Mayor Ida Strand has run the town for 12 years.\n\n“I love this place. I will not leave it.”', [['Ida Strand', 'title-name', 0]], [ida], 'Ida Strand'],
    ['Ida Strand grew up here. Strand left at 18.\n\n“We always came back. My parents are buried here.”', [['Ida Strand', 'name', 0], ['Strand', 'name', 0]], [ida], 'Ida Strand'],
    // an attributed quote two paragraphs up does not outrank the person just introduced
    ['“We will build it,” Tom Reyes said.\n\nIda Strand has run the town for 12 years.\n\n“I love this place. I will not leave it.”',
      [['Tom Reyes', 'name', 1], ['Ida Strand', 'name', 0]], [ida, tom], 'Ida Strand'],
    // nor does a quote that ends its paragraph two paragraphs up (its end offset is the next paragraph's edge)
    ['Tom Reyes has run the mill since 1990.\n\n“I love this place.”\n\nIda Strand has run the town for 12 years.\n\n“I will not leave it.”',
      [['Tom Reyes', 'name', 1], ['Ida Strand', 'name', 0]], [ida, tom], 'Ida Strand'],
  ])('%j', (text, ms, entities, expected) => {
    const qs = run(text, ms, entities);
    expect(qs[qs.length - 1]?.speaker).toBe(expected);
    expect(qs[qs.length - 1]?.rule).toBe('paragraph-before');
  });

  it.each<[string, M[], Entity[]]>([
    // no first person: a description, a slogan, someone else's words
    ['Ida Strand has run the town for 12 years.\n\n“The best small town in the north, bar none.”', [['Ida Strand', 'name', 0]], [ida]],
    // the quote names the person: someone else speaks about her
    ['Ida Strand has run the town for 12 years.\n\n“Strand has failed all of us, every one.”', [['Ida Strand', 'name', 0], ['Strand', 'name', 0]], [ida]],
    // two people, or a person and a body, in the paragraph before
    ['Ida Strand met Tom Reyes in May.\n\n“I love this place. I will not leave it.”', [['Ida Strand', 'name', 0], ['Tom Reyes', 'name', 1]], [ida, tom]],
    ['Ida Strand wrote to Tarn Council in May.\n\n“I love this place. I will not leave it.”', [['Ida Strand', 'name', 0], ['Tarn Council', 'organization', 1]], [ida, council]],
  ])('leaves alone %j', (text, ms, entities) => {
    expect(run(text, ms, entities).filter((q) => q.rule === 'paragraph-before')).toEqual([]);
  });
});

describe('standalone: a block quote without marks after "X said:" ending its paragraph', () => {
  const lee: Entity = { name: 'Ann Lee', kind: 'person', roles: ['mayor'], aliases: [], gender: 'female' };
  const ms: M[] = [['Ann Lee', 'name', 0]];
  it.each([
    ['Ann Lee, the mayor, said:\n\nWe will rebuild the bridge by June.', ['indirect', 'We will rebuild the bridge by June', 'said:', 'Ann Lee']],
    // the verb's own reading before the colon ("In a statement") gives way to the block
    ['In a statement, Ann Lee added:\n\nIt is typical of the agency. It knows nothing about roads.', ['indirect', 'It is typical of the agency. It knows nothing about roads', 'added:', 'Ann Lee']],
  ])('%j', (text, expected) => {
    expect(run(text, ms, [lee]).map(row)).toEqual([expected]);
  });

  it.each([
    // a quote in marks after the colon is the colon lead-in's
    ['Ann Lee said:\n\n“We will rebuild the bridge by June.”', 'X-said-colon'],
    // content after the colon in the same paragraph stays
    ['Ann Lee said: the bridge will open soon.\n\nIt is new.', 'X-said-content'],
  ])('leaves alone %j', (text, rule) => {
    expect(run(text, ms, [lee]).map((q) => q.rule)).toEqual([rule]);
  });

  it.each([
    // a list or a heading after the colon is no speech; nor a colon after a capitalised name word
    'Ann Lee said:\n\nRoads\n\nBridges',
    'The donors who met the Department of State:\n\nAcme gave two million dollars to the fund.',
    'The minister has three tasks ahead of her:\n\nWin the vote and keep the party together.',
  ])('makes no block quote of %j', (text) => {
    expect(run(text, text.includes('Ann Lee') ? ms : [], [lee]).filter((q) => q.rule === 'colon-block')).toEqual([]);
  });
});

describe('standalone: a quote sentence right after a report goes on with it', () => {
  it.each<[string, M[], (string | null)[][]]>([
    ['Ida Moss added that the levy would fall. “It is only fair,” she said.', [['Ida Moss', 'name', 0], ['she', 'pronoun', 0]],
      [['indirect', 'the levy would fall', 'added'], ['direct', 'It is only fair,', 'said']]],
    ['Ida Moss added that the levy would fall. “It is only fair.”', [['Ida Moss', 'name', 0]],
      [['partial', 'the levy would fall. “It is only fair.”', 'added']]],
    ['Ida Moss praised the levy.\n\n“It is only fair.”\n\n“We all gain.”', [['Ida Moss', 'name', 0]],
      [['partial', 'the levy.\n\n“It is only fair.”', 'praised'], ['direct', 'We all gain.', null]]],
  ])('%s', (text, ms, expected) => {
    expect(run(text, ms).map((q) => [q.type, q.text, q.cue?.text ?? null])).toEqual(expected);
  });
});

describe('standalone: a quote paragraph with no new attribution continues the one before', () => {
  it('keeps a quote paragraph apart when another sentence follows the attribution', () => {
    const text = '“The bridge is safe,” Ann Lee said. She left at noon.\n\n“It will open in May.”';
    const qs = runQuotes(text, [['Ann Lee', 'name', 0], ['She', 'pronoun', 0]], [ann]);
    expect(qs.map((q) => [q.text, q.rule])).toEqual([['The bridge is safe,', 'content-X-said'], ['It will open in May.', 'continuation']]);
  });

  it('gives a quote paragraph with no new attribution the previous speaker', () => {
    const text = '“The bridge opens in May,” Ann Lee said. Rain fell.\n“It will carry ten thousand cars a day.”';
    const qs = runQuotes(text, [['Ann Lee', 'name', 0]], [ann]);
    expect(qs.map((q) => [q.text, q.speaker, q.rule])).toEqual([
      ['The bridge opens in May,', 'Ann Lee', 'content-X-said'],
      ['It will carry ten thousand cars a day.', 'Ann Lee', 'continuation'],
    ]);
  });

  it('carries a speaker over at most two paragraphs, also when the quote ends its paragraph', () => {
    const near = '“The bridge opens in May,” Ann Lee said.\n\nRain fell.\n\n“It will carry ten thousand cars a day.”';
    const far = '“The bridge opens in May,” Ann Lee said.\n\nRain fell.\n\nThe river rose.\n\n“It will carry ten thousand cars a day.”';
    const last = (text: string) => runQuotes(text, [['Ann Lee', 'name', 0]], [ann]).map((q) => [q.speaker, q.rule]).slice(-1)[0];
    expect(last(near)).toEqual(['Ann Lee', 'continuation']);
    expect(last(far)).not.toEqual(['Ann Lee', 'continuation']);
  });
});
