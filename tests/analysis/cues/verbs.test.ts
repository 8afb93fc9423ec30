// Speech verbs from the lexicon in their speech or stance frames (cues/verbs.ts, findVerbCues): judgement, feeling
// and cognition verbs, passives, intentions. Through the cue stage; invented texts.
import { describe, expect, it } from 'vitest';
import { kindedCues } from '../verb-cues.js';

describe('cues: speech verbs in their frames', () => {
  it.each([
    // judgement, feeling and cognition verbs
    ['She has openly characterized the plan as reckless.', ['verb:has openly characterized']],
    ['Tom Reyes loves the new library.', ['verb:loves']],
    ['They would like a new vote.', ['verb:would like']],
    ['She cast the vote as a betrayal.', ['verb:cast']],
    ['Voters learned the count was late.', ['verb:learned']],
    // name, rule and release in their speech frames; a verb prefix keeps a hyphenated verb
    ['Ines Varga named the tunnel as her top worry.', ['verb:named']],
    ['Ines Varga named the tunnel a disgrace.', ['verb:named']],
    ['The tribunal ruled that the fee was unlawful.', ['verb:ruled']],
    ['A county judge ruled Tuesday against the levy.', ['verb:ruled Tuesday']],
    ['The club released a statement on the transfer.', ['verb:released']],
    // a passive with adverbs between "be" and the participle
    ['The closure was later reported by the Harbor Ledger.', ['verb:was later reported']],
    // British spellings
    ['The minister signalled that fares would rise.', ['verb:signalled']],
    // the same verbs in their speech or stance frames
    ['The firm offered its support to the mayor.', ['verb:offered its support to']],
    ['Tomas Brel appeared to concede the point.', ['verb:appeared to concede']],
    ['Tomas Brel pleaded with the judge for time.', ['verb:pleaded']],
    ['A spokesman called the plan reckless.', ['verb:called']],
    ['The two authors co-wrote that the dam leaked.', ['verb:wrote']],
    // a question put by someone unnamed, and an intention with its infinitive
    ['Asked about the plan, she said it was fine.', ['verb:Asked about', 'verb:said']],
    ['The city plans to open a park.', ['verb:plans']],
    // a participle with its particle after "he said"
    ['He said it, referring to the mayor.', ['verb:said', 'verb:referring to']],
    // an irregular past; views and intentions in their frames; a passive keeps its "as"
    ['The council sought to calm the traders.', ['verb:sought']],
    ['Many farmers see the levy as a trap.', ['verb:see']],
    ['The dam was seen as a risk.', ['verb:was seen as']],
    ['Orla Vance regards the tunnel as a folly.', ['verb:regards']],
    ['Tomas Brel looks to expand the fleet.', ['verb:looks']],
    ['The league is looking for a new sponsor.', ['verb:is looking for']],
    ['The plan was often criticized as vague.', ['verb:was often criticized as']],
    // passive beliefs with no agent; a final-attribution form after "the <noun>" with its object
    ['Most of the leaks are believed to be old.', ['verb:are believed']],
    ['The blaze is thought to have started in a shed.', ['verb:is thought']],
    ['The bureau estimates the levy would raise $4 million.', ['verb:estimates']],
    // a stance adjective with "of"; "felt" with a clause; an appeal for help; the medium is no particle
    ['Dockers are cautiously supportive of the deal.', ['verb:are cautiously supportive of']],
    ['Coach Ira Bell felt his side deserved a draw.', ['verb:felt']],
    ['Police have appealed for witnesses.', ['verb:have appealed for']],
    ['Ivo Sarn wrote on social media that it was over.', ['verb:wrote']],
    // "put it" with a pause after it, "compared X to Y", speaking of something
    ['The bridge is, as Ada Voss put it, a disgrace.', ['verb:put it']],
    ['Ada Voss compared the mayor to a magician.', ['verb:compared']],
    ['He often speaks of his years at sea.', ['verb:often speaks of']],
    ['He has spoken out about the cuts.', ['verb:has spoken out about']],
    // a message and the participle that reports it are one cue
    ['The mayor issued a statement saying the bridge was safe.', ['verb:issued a statement saying']],
  ])('%s', (text, expected) => {
    expect(kindedCues(text)).toEqual(expected);
  });
});
