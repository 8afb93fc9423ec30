import { describe, expect, it } from 'vitest';
import { verbCues } from '../verb-cues.js';

// A title or a lead kept, a reply in play, an occasion kept, a part sung or acted, a post struck: deeds, not words
// (cues/act-objects-sport.ts, the attack pattern in act-objects-force.ts).
describe('cues: "defended her title", "responded with two goals", "celebrated its anniversary", "attacked an army post"', () => {
  it.each([
    ['The champion defended her title in Doha.'],
    ['The champion successfully defended his crown on Saturday.'],
    ['Harlow held on and defended a 1-0 lead for 40 minutes.'],
    ['The incumbent easily defended her seat against two rivals.'],
    ['Orla United responded with two goals in the second half.'],
    ['The striker responded with a late equaliser.'],
    ['The school celebrated its 100th anniversary on Saturday.'],
    ['Lind celebrates her birthday on Sunday.'],
    ['Rebels attacked an army post near the border.'],
    ['The side attacked down the left all afternoon.'],
    ['Tarn voiced a song at the harvest festival.'],
    ['The actor voices the villain in the new cartoon.'],
  ])('%s: no verb cue', (text) => {
    expect(verbCues(text)).toEqual([]);
  });

  it.each([
    ['The minister defended her record on housing.', ['defended']],
    ['The coach defended the seat belt rule for team buses.', ['defended']],
    ['The mayor responded with a statement on Monday.', ['responded']],
    ['Fans responded with a roar of support for the coach.', ['responded']],
    ['The union celebrated the ruling as a victory for nurses.', ['celebrated']],
    ["Ruiz attacked the village's mayor over the budget.", ['attacked']],
    ['Critics attacked the party base for its silence.', ['attacked']],
    ['The senator attacked a post by her rival on social media.', ['attacked']],
    ['Parents voiced concern about the new bus route.', ['voiced concern about']],
    ['The singer voiced her support for the striking nurses.', ['voiced her support for']],
  ])('%s: keeps %j', (text, expected) => {
    expect(verbCues(text)).toEqual(expected);
  });
});
