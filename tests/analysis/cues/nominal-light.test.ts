import { describe, expect, it } from 'vitest';
import { nominal, read } from './nominal-read.js';

describe('a light verb with a stance noun: the verb, the noun and its preposition are the cue; the subject holds it', () => {
  it.each([
    ['Mayor Ola Brandt made a plea for calm after the riots.', 'made a plea for', 'calm', 'Mayor Ola Brandt'],
    ['Senator Pia Ruiz has repeatedly made the case for lower fares.', 'has repeatedly made the case for', 'lower fares', 'Senator Pia Ruiz'],
    ['Local farmers threw their support behind the toll plan.', 'threw their support behind', 'the toll plan', 'Local farmers'],
    ['The board heaped praise on the outgoing chief.', 'heaped praise on', 'the outgoing chief', 'The board'],
    ['Ida Ek launched a blistering attack on the governor.', 'launched a blistering attack on', 'the governor', 'Ida Ek'],
    ['The firm made no mention of the layoffs.', 'made no mention of', 'the layoffs', 'The firm'],
    ['The guild on Tuesday issued a stern rebuke of the club.', 'issued a stern rebuke of', 'the club', 'The guild on Tuesday'],
    // an -ly noun is no adverb of the verb
    ['The family made a plea for privacy.', 'made a plea for', 'privacy', 'The family'],
    // a second verb of saying after "and" is the subject's next act, not the object's
    ['The guild delivered a sharp rebuke of the levy and vowed to fight it.', 'delivered a sharp rebuke of', 'the levy', 'The guild'],
    // backing, blessing, scorn and blame in idioms: thrown, put, given, heaped, pinned, laid
    ['The growers’ union threw its weight behind the canal bill.', 'threw its weight behind', 'the canal bill', 'The growers’ union'],
    ['The dockers have put their full weight behind the pay claim.', 'have put their full weight behind', 'the pay claim', 'The dockers'],
    ['The harbour board gave its blessing to the new ferry route.', 'gave its blessing to', 'the new ferry route', 'The harbour board'],
    ['The bishop heaped scorn on the casino bid.', 'heaped scorn on', 'the casino bid', 'The bishop'],
    ['The coach put the blame on the pitch.', 'put the blame on', 'the pitch', 'The coach'],
    ['An inquiry laid the blame on poor upkeep of the pier.', 'laid the blame on', 'poor upkeep of the pier', 'An inquiry'],
  ])('%s', (text, cue, content, source) => {
    expect(read(text)).toEqual([cue, content, source]);
  });

  it.each([
    // an attack with no word of speech before it is a deed of war
    ['The rebels launched an attack on the port.'],
    ['Two drones made an attack on the depot.'],
    // "issue" as a noun, and "support" with no light verb: help, not a stance
    ['The issue of support for the bill divided them.'],
    ['The state gave support to flood victims.'],
    // "case" and "mention" only with their own preposition
    ['The judge made the case files public.'],
    ['She made mention to nobody.'],
    // a body's weight behind a thing pushed; blame and weight as other nouns; a blessing with no "to"
    ['Rescuers put their weight behind the stalled van.'],
    ['The prop put his weight behind the scrum.'],
    ['The council put the blame game aside.'],
    ['The lorry lost weight after the refit.'],
    ['Nobody will take the blame for the flood.'],
    ['The rain was a blessing for the growers.'],
  ])('gives nothing: %s', (text) => {
    expect(nominal(text)).toEqual([]);
  });
});
