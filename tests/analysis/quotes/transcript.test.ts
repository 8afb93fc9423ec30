// Interview and broadcast transcripts (quotes/transcript.ts, step 0 of standalone.ts): a paragraph that opens with a
// speaker label is that speaker's verbatim speech, a direct quote; speech reported inside a turn stays nested in it.
// Invented texts; hand-built mentions (see quote-run.ts).
import { describe, expect, it } from 'vitest';
import { runQuotes, type M } from '../quote-run.js';
import type { Entity } from '../../../src/types.js';

const run = runQuotes;

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
