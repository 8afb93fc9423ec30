// End-to-end probe, held-out styles (PROBE, session 7): short invented texts in the news styles of a new
// held-out set (a planning committee, an art critic, an Irish minister and skipper, rents "according to figures
// released by", a live blog with timestamps, a doping ban, a merger opposed by farmers, an inquest, a lawsuit's
// complaint, two brothers, a call for resignation, an analysis of unions and federations), run once through the
// built command. Every name and number is made up. Rows hold what the command gets right today, so a later
// rule that breaks one of these styles shows here.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { itRunsCleanly, runProbe, type ProbeRun, itFindsShortQuotes, type ShortQuoteRow } from './probe-run.js';

const DOCS: Record<string, string> = {
  committee: 'Council officers had recommended approval. Committee chairman Ian Ross said the site was "simply too wet" for homes.\n',
  critic: 'Critic Ola Berg called the show "a triumph of nerve," praising the lighting.\n',
  marine: 'The Minister for the Marine, Aine Kelly, said she had fought "tooth and nail" for the fleet.\n',
  released: 'Median rents rose 2 per cent to $610, according to figures released on Thursday by the Tenancy Board.\n',
  liveblog: '11.30pm: Pollster Ravi Menon cautioned that the margin of error was large. "Treat it as a forecast," he wrote on social media.\n',
  ban: 'The sprinter has denied wrongdoing. The national federation welcomed the decision.\n',
  merger: "Farmers' groups oppose the deal. The Dairy Growers' League claims the chain would dictate prices to suppliers, and its chairman, Sean Fahy, wants the regulator to block it.\n",
  inquest: 'Staff nurse Beth Ode told the court the ward had been short of two nurses that night.\n',
  lawsuit: 'The complaint, filed Monday in federal court, alleges that Zorvo hid the losses. The suit seeks class-action status.\n',
  brothers: 'Anton says he built the business alone. Viktor disputes that.\n',
  standaside: 'Opposition MP Dan Mwale called for the minister to stand aside. Prime Minister Ruth Lang said she retained full confidence in him.\n',
  unions: "Unions see the pilot as proof that the five-day week is a habit. The Public Services Union hopes to put it on the table in next year's talks.\n",
  estimates: "The nurses' union believes the real problem is staffing. It estimates the province is short about 900 nurses.\n",
};

// [doc, type, content text, speaker (canonical; null: nobody), cue]
const QUOTES: ShortQuoteRow[] = [
  // a recommendation is a stance; a title run before the name is no part of it
  ['committee', 'indirect', 'approval', 'Council officers', 'had recommended'],
  ['committee', 'partial', 'the site was "simply too wet" for homes', 'Ian Ross', 'said'],
  // a critic's verdict and the praise in its participle clause are two records
  ['critic', 'partial', 'the show "a triumph of nerve,"', 'Ola Berg', 'called'],
  ['critic', 'indirect', 'the lighting', 'Ola Berg', 'praising'],
  ['marine', 'partial', 'she had fought "tooth and nail" for the fleet', 'Aine Kelly', 'said'],
  // the body that released the figures vouches for them
  ['released', 'indirect', 'Median rents rose 2 per cent to $610', 'Tenancy Board', 'according to'],
  ['liveblog', 'indirect', 'the margin of error was large', 'Ravi Menon', 'cautioned'],
  ['liveblog', 'direct', 'Treat it as a forecast,', 'Ravi Menon', 'wrote'],
  // denials, welcomes and oppositions are stances whose content is their object
  ['ban', 'indirect', 'wrongdoing', null, 'has denied'],
  // (a body named by its kind word speaks as that body: lexicon/body-kinds.ts)
  ['ban', 'indirect', 'the decision', 'the national federation', 'welcomed'],
  ['merger', 'indirect', 'the deal', "Farmers' groups", 'oppose'],
  ['merger', 'indirect', 'the chain would dictate prices to suppliers', "Dairy Growers' League", 'claims'],
  ['merger', 'indirect', 'the regulator to block it', 'Sean Fahy', 'wants'],
  ['inquest', 'indirect', 'the ward had been short of two nurses that night', 'Beth Ode', 'told'],
  // a document with a participle after it alleges what follows the verb
  ['lawsuit', 'indirect', 'Zorvo hid the losses', null, 'alleges'],
  ['lawsuit', 'indirect', 'class-action status', null, 'seeks'],
  ['brothers', 'indirect', 'he built the business alone', 'Anton', 'says'],
  ['brothers', 'indirect', 'that', 'Viktor', 'disputes'],
  ['standaside', 'indirect', 'the minister to stand aside', 'Dan Mwale', 'called for'],
  ['standaside', 'indirect', 'she retained full confidence in him', 'Ruth Lang', 'said'],
  ['unions', 'indirect', 'the pilot as proof that the five-day week is a habit', 'Unions', 'see'],
  ['unions', 'indirect', "to put it on the table in next year's talks", 'Public Services Union', 'hopes'],
  // 'It' in the next sentence is the union that believed
  ['estimates', 'indirect', 'the real problem is staffing', "the nurses' union", 'believes'],
  ['estimates', 'indirect', 'the province is short about 900 nurses', "the nurses' union", 'estimates'],
];

let run: ProbeRun;
beforeAll(() => { run = runProbe(DOCS); });
afterAll(() => run.cleanup());

describe('attrib probe: held-out styles of session 7 (built, invented news)', { timeout: 60_000 }, () => {
  itRunsCleanly(() => run);

  itFindsShortQuotes(QUOTES, () => run, true);

  it.each(['marine', 'released', 'inquest'])('%s: exactly one quote', (doc) => {
    expect(run.of('quote', doc)).toHaveLength(1);
  });
});
