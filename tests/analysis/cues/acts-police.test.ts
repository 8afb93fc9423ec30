import { describe, expect, it } from 'vitest';
import { verbCues } from '../verb-cues.js';

// Police and emergency copy with no one speaking (cues/acts-police.ts; a loss reported, act-objects.ts): crews turning
// out, suspects questioned, wanted or sought, things reported missing or stolen; and the same verbs where they still
// report someone's words.
describe('cues: deeds in police and emergency copy', () => {
  it.each([
    // turning out for an emergency, or only how fast
    ['Firefighters responded to a call about smoke at the mill.'],
    ['Officers responded to reports of a man with an axe on Quay Street.'],
    ['Paramedics responded within six minutes.'],
    // a suspect questioned by police, even about something; a passive with police as the agent
    ['Detectives questioned a 31-year-old man about the break-in.'],
    ['Police have questioned two women over the fire at the depot.'],
    ['A driver was questioned by police and released without charge.'],
    ['Police questioned three men on Friday.'],
    ['Detectives questioned the taxi driver for two hours.'],
    ['Officers questioned her at the station.'],
    // a suspect sought by the law, and an interview in custody ("for questioning" with no object)
    ['A fisherman, 44, is wanted for questioning after the harbour fire.'],
    ['A man wanted on suspicion of arson was arrested at the ferry port.'],
    ['The landlord is wanted by police in two counties.'],
    ['A baker is wanted in connection with a string of thefts.'],
    ['The pilot was wanted on a federal warrant.'],
    ['A courier was held for questioning overnight.'],
    ['Two dock workers were taken in for questioning on Monday.'],
    // a loss reported to the police
    ['His sister reported him missing on Sunday night.'],
    ['Ada Lee reported the van stolen from her drive.'],
    ['Dock staff reported the forklifts stolen.'],
    ['A neighbour reported her missing that evening.'],
    ['His crew reported him missing two days later.'],
    // people hunted, or wanted for a post
    ['Detectives are seeking a driver after the crash on Mill Lane.'],
    ['Police seek three teenagers over a fire at the depot'],
    ['The ferry line is seeking staff for the summer.'],
    ['Officers sought two women seen near the quay.'],
  ])('%s: no verb cue', (text) => {
    expect(verbCues(text)).toEqual([]);
  });

  it.each([
    // a want that is someone's (a club's, a council's), and questioning with its object
    ['The striker was wanted by three clubs.', ['was wanted']],
    ['The mayor wanted the council to act.', ['wanted']],
    ['The land is wanted for housing, the council said.', ['is wanted for', 'said']],
    ['She was picked for questioning the minister at the debate.', ['questioning']],
    // words answered, a doubt raised by someone not holding a suspect
    ['The union responded to calls for calm with a strike notice.', ['responded to']],
    ['The minister responded to the audit within hours, calling it flawed.', ['responded to', 'calling']],
    ['The senator questioned the chief about the overtime bill.', ['questioned']],
    ['Detectives questioned whether the fire was an accident.', ['questioned']],
    ['Senators questioned the chief executive about the fees.', ['questioned']],
    ['Ola Berg questioned the wisdom of the toll.', ['questioned']],
    ["The judge questioned the witnesses' account.", ['questioned']],
    ['Ola Berg questioned them on the cost of the pier.', ['questioned']],
    // a number of missing people, or the missing as a clause's subject
    ['Police reported the number of missing walkers had doubled.', ['reported']],
    ['Coastguards reported the two divers missing were safe.', ['reported']],
    // a view, a post or a prize sought, an aim, the people's say: no one hunted (moved from acts-plain-news.test.ts)
    ["The council is seeking residents' views on the plan.", ['is seeking']],
    ['The party is seeking a new leader.', ['is seeking']],
    ['The union will seek a pay rise of 6 percent.', ['will seek']],
    ['Ruiz is seeking the votes of workers in the port towns.', ['is seeking']],
    ['The board sought to question two men about the levy.', ['sought']],
  ])('%s: keeps %j', (text, expected) => {
    expect(verbCues(text)).toEqual(expected);
  });
});
