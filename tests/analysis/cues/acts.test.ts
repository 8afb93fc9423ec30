import { describe, expect, it } from 'vitest';
import { verbCues } from '../verb-cues.js';
import { kindedCues } from '../verb-cues.js';

// The checks cues/acts.ts makes itself, before and after its tables (act-objects*.test.ts, acts-passive.test.ts,
// acts-plain-news.test.ts, acts-police.test.ts test those): a cause, an idiom, a noun, a force of nature, an event called, a letter written.
describe('cues: speech verbs used as deeds', () => {
  it.each([
    // a cause accounting for an effect, and the idiom of being answerable
    ['The drought could help explain why the orchards are failing.'],
    ['Cheaper fuel helps explain the rise in traffic.'],
    ['Now the harbour board has a lot of explaining to do.'],
    // "thanks" as the noun after a verb of saying or giving
    ['Dana Kerr rose at the dinner to say thanks.'],
    ['The crew gave thanks at the harbour.'],
    // a particle of return, a stretch of time
    ['The council will bring back that tram.'],
    ['It is a reform he has pushed for weeks.'],
    // a force of nature does deeds
    ['Hurricane Ola hammered the coast on Tuesday.'],
    ['The wildfire threatened 200 homes near Varn.'],
    ['Floodwaters threatened to swamp the levee.'],
    ['The virus attacks the immune system.'],
    ['The swollen river threatened homes along the bank.'],
    ['Floodwater threatens homes along the Tarn.'],
    ['The heat threatens crops in Orvik.'],
    // convening an event
    ['The union called a snap strike for Monday.'],
    // writing to someone with nothing of the writing reported
    ['Over the years she has written letters for dozens of neighbours.'],
    ['He wrote a check to the campaign in May.'],
  ])('leaves alone: %s', (text) => {
    expect(verbCues(text)).toEqual([]);
  });

  it.each([
    // someone explaining, and thanking someone
    ['The mayor explained why the bridge closed.', ['explained']],
    ['Ana Ruiz thanks the volunteers in a letter.', ['thanks']],
    ['She has pushed for a recount.', ['has pushed for']],
    ['Voters back the plan.', ['back']],
    // a storm's name inside a longer name, or a storm only as a modifier, leaves the subject a body or people
    ['The National Storm Center threatened to sue the county.', ['threatened']],
    ['Ferry crews caught in the storm described huge waves.', ['described']],
    ['She wrote a letter to the harbour board asking that the pier stay open.', ['wrote a letter to the harbour board asking']],
    ['He wrote a letter to the editor about the toll.', ['wrote']],
  ])('keeps the stance or the speech: %s', (text, expected) => {
    expect(verbCues(text)).toEqual(expected);
  });
});

// cues/acts: "assuming"/"supposing" after a comma, a dash or a bracket, or opening the sentence, is the conjunction of a
// condition, no belief.
describe('cues: "assuming" and "supposing" as conjunctions of a condition', () => {
  it.each([
    ['The mill could reopen by May, assuming the new boiler arrives.'],
    ['The mill could reopen by May -- assuming that the new boiler arrives.'],
    ['Supposing the talks fail, the port will close.'],
  ])('%s: no cue', (text) => {
    expect(verbCues(text)).toEqual([]);
  });

  it.each([
    ['Traders are assuming the bank will hold rates.', ['are assuming']],
    ['The board assumes the levy will pass.', ['assumes']],
  ])('keeps the verb: %s', (text, expected) => {
    expect(verbCues(text)).toEqual(expected);
  });
});

describe('cues: speech forms read as acts', () => {
  it.each([
    // acts: a figure, a place or a plea after the verb; reduced relatives and naming participles
    ['The firm offered $3 billion for the port.'],
    ['He weighs 80kg these days.'],
    ['Tomas Brel appeared at the county court on Friday.'],
    ['Tomas Brel pleaded guilty to theft.'],
    ['It ran in a video posted on the club website.'],
    ['Now a company called Verlan Mines owns the land.'],
    ['She bought a tell-all memoir.'],
    // seeing, looking at, and a bare participle describing a noun
    ['We see growth in the north.'],
    ['She saw him as he left the hall.'],
    ['He looked to the sky.'],
    ['They looked for a while and went home.'],
    ['Voters looking for a change stayed home.'],
    // a mood, convening an event, a legal appeal, importance rather than a stance
    ['She felt betrayed by the vote.'],
    ['The dockers have called a strike for May.'],
    ['The firm appealed the ruling.'],
    ['The vote is critical to the plan.'],
    ['The bureau estimates were wrong.'],
    // the idiom, and a noun after a demonstrative
    ['That said, the dam held.'],
    ['That report was late.'],
    ['They watched that show twice.'],
    // the same forms as acts: an oath of office, a strike on goal, a game, a compound
    ['The minister was sworn in on Monday.'],
    ['The striker hit the post twice.'],
    ['They played the final on Sunday.'],
    ['Rain hit back-to-back games.'],
    ['She put it on the table.'],
    ['Sales rose 4 percent compared with last year.'],
    ['Speaking of money, the fund is empty.'],
    ['Ana Ruiz works at a think tank in Lisbon.'],
    // a noun compound after a name; scoring; going on doing
    ['Strand comments start at noon.'],
    ['Kessler added a second from the penalty spot.'],
    ['The index added 2% on Friday.'],
    ['The trial continues on Thursday.'],
    ['Ida Strand looked in the mirror before the vote.'],
    ['Ruiz continues to lead the field.'],
    ['They pushed the bill through.'],
    ['She pressed the button.'],
    ['It is a pressing issue.'],
    ['Fishing is against the rules.'],
    ['Prosecutors later showed the jury a photo.'],
    // an aside in parentheses, a label, an epithet
    ['An unknown rookie (think Ivo Sarn in 1988) may surprise.'],
    ['(WARNING: Clip contains flashing lights.)'],
    ['Noted painter Ida Strand arrived.'],
    ['The city issued 40 permits.'],
    ['The issue is the cost.'],
    ['The project was late.'],
  ])('leaves alone: %s', (text) => {
    expect(kindedCues(text).filter((c) => c.startsWith('verb:'))).toEqual([]);
  });
});

// a referee's decision called is an event called (CALLED_EVENT; moved out of acts-plain-news.test.ts)
describe('cues: a decision called in play', () => {
  it.each([
    ['The referee called a penalty in the 90th minute.'],
  ])('%s: no verb cue', (text) => {
    expect(verbCues(text)).toEqual([]);
  });
});
