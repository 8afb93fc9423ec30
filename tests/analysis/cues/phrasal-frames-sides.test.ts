// cues/phrasal-frames.ts: phrasal verbs of taking sides and attacking in words, with their particle a cue and without it
// (or with a place or a thing) a deed (moved out of noun-or-verb.test.ts). Invented texts.
import { describe, expect, it } from 'vitest';
import { allCues } from '../verb-cues.js';

describe('phrasal verbs of taking sides and attacking in words', () => {
  it.each([
    ['The mayor sided with the union on pay.', ['sided with']],
    ['Ida Strand took aim at the budget.', ['took aim at']],
    ['Tom Fenn has taken some shots at the council.', ['has taken some shots at']],
    ['Fenn sounded off on the fares.', ['sounded off on']],
    ['Lee doubled down on the pledge.', ['doubled down on']],
    ['The union came out against the plan.', ['came out against']],
    ['Lee likened the council to a circus.', ['likened']],
    ['Ruiz belittled the report.', ['belittled']],
    ['Ida Strand took offense at the remark.', ['took offense at']],
    // the idioms of objecting or claiming with "take"
    ['The harbour board took issue with the survey.', ['took issue with']],
    ['Ivo Marsh takes strong exception to the ruling.', ['takes strong exception to']],
    ['The coach took credit for the turnaround in form.', ['took credit for']],
    ['The growers’ union has taken a firm stand against the pay cap.', ['has taken a firm stand against']],
    ['The council took a firm stand on the levy.', ['took a firm stand on']],
    ['The senator took a stand on the new bridge tolls.', ['took a stand on']],
    ['Ana Voss took a strong stand on the steps the city must take.', ['took a strong stand on']],
    ['Ida Holm took a stand on the Senate floor against the bill.', ['took a stand on']],
    // more idioms of judging in words: questioning, dismissing, attacking
    ['The lawyer cast doubt on the harbour survey.', ['cast doubt on']],
    ['A new audit casts fresh doubt over the ferry deal.', ['casts fresh doubt over']],
    ['Growers poured cold water on the canal plan.', ['poured cold water on']],
    ['The bishop pours scorn on the casino bid.', ['pours scorn on']],
    ['The coach hit out at the referees.', ['hit out at']],
    ['Dockers are hitting out against the levy.', ['are hitting out against']],
    ['Rival bidders have poured cold water on talk of a merger.', ['have poured cold water on']],
    // "see X as Y" with a longer object; not "as" opening a clause
    ['Many tenants see the budget of the board as unfair.', ['see']],
    ['We saw the mayor at the old market as we left.', []],
    ['Mayor Sides With Dockers On Pay', ['Sides With']],
    // being told a claim, with its clause
    ['The court heard that the driver had been drinking.', ['heard']],
    ['We heard from residents that the water was brown.', ['heard']],
    ['She heard the shots at noon.', []],
    // without the particle the same verbs are acts or motion
    ['Lee took a train to Leeds.', []],
    // "take" with these nouns but not in the idioms: a matter carried somewhere, cards accepted, a witness's place
    ['She took the issue to the full council.', []],
    ['The stall took credit cards all summer.', []],
    ['The ferry pilot took the stand on Tuesday.', []],
    // a place stood on, not an issue
    ['Protesters took a stand on the steps of the town library.', []],
    ['Dockers took a stand on the picket line all night.', []],
    ['Fans took a stand on the old bridge at dawn.', []],
    // the same verbs as deeds: a vote cast, water poured, a storm that struck
    ['Ida Vale cast her vote at noon.', []],
    ['Voters cast doubts aside and turned out.', []],
    ['The crew poured water on the burning shed.', []],
    ['Firefighters poured cold water on the flames.', []],
    ['The medic poured cold water on her burned hand.', []],
    ['Ana Sol cast her ballot as the polls closed.', []],
    ['The squall hit out of nowhere.', []],
    ['She came out of the store.', []],
    ['The deal will double the port’s size.', []],
    ['Both sides with a stake met.', []],
    ['The bells sounded at noon.', []],
  ])('%s', (text, expected) => {
    expect(allCues(text)).toEqual(expected);
  });
});