import { describe, expect, it } from 'vitest';
import { TRADE_ACTS } from '../../../src/analysis/cues/act-objects-trade.js';
import { verbCues } from '../verb-cues.js';

// The amounts, results, goods and deals that make a speech verb an act (cues/act-objects-trade.ts): each pattern reads
// the text right after the form. Invented texts.
describe('cues: amounts, results, goods and deals after the form', () => {
  it.each([
    ['offer', ' $4 million for the mill'],
    ['add', ' a late second goal'],
    ['add', ' three new routes'],
    ['weigh', ' about 90 kilograms'],
    ['weigh', ' a tonne more than the old bus'],
    ['weigh', ' a hefty 90 kilos'],
    ['weigh', ' less than a kilo'],
    ['weigh', ' a combined 300 pounds'],
    ['weigh', ' an average of 3 tonnes'],
    // a number in words, the tens, the teens and the hundreds from the lexicon's number words
    ['weigh', ' nearly ninety kilos'],
    ['weigh', ' eleven stone'],
    ['weigh', ' hundreds of pounds more'],
    ['add', ' fourteen new cycle lanes'],
    ['decline', ' twelve percent over the winter'],
    ['decline', ' most were on the coast'],
    ['decline', ' the least in the region'],
    ['recall', ' 12,000 kettles over a wiring fault'],
    ['recall', ' a batch of cough syrup'],
    ['recall', ' over suspected listeria'],
    ['recall', ' due to a faulty seal'],
    ['post', ' record profits for the year'],
    ['write', ' eleven novels and a play'],
    // any count in words
    ['write', ' thirteen plays for the town theatre'],
    ['publish', ' forty-two hymns and a mass'],
    ['write', ' dozens of songs for the band'],
    ['publish', ' a string of crime thrillers'],
    ['agree', ' a fee with the Rovers'],
    ['decline', ' 4 percent in May'],
    ['declare', ' a special dividend'],
  ])('%s + "%s" is an act', (lemma, after) => {
    expect(TRADE_ACTS[lemma]?.test(after)).toBe(true);
  });

  it.each([
    ['offer', ' no comment on the sale'],
    ['add', ' that the mill would stay open'],
    ['weigh', ' a bid for the ferry company'],
    ['weigh', ' an appeal against the ruling'],
    // a word that only begins like a number word
    ['weigh', ' tentative offers from two buyers'],
    ['decline', ' onerous new terms for the loan'],
    ['recall', ' the day the mill closed'],
    ['recall', ' over dinner how the mill closed'],
    ['recall', ' a lot of things about her father'],
    ['post', ' a note saying the vote was rigged'],
    ['write', ' that the ferry would be sold'],
    ['write', ' two books arguing that the ferry was sold cheaply'],
    ['write', ' a book on the ferry sale'],
    // a count word that is no count of works
    ['write', ' one novel about the ferry'],
    ['write', ' seventeen times to the council'],
    ['publish', ' its annual report on Monday'],
    ['agree', ' that the fee was too high'],
    ['decline', ' to comment on the sale'],
    ['decline', ' most of the offers it received'],
    ['decline', ' most bids for the ground'],
    ['decline', ' the least hopeful offers'],
    ['declare', ' that the strike was over'],
  ])('%s + "%s" stays words', (lemma, after) => {
    expect(TRADE_ACTS[lemma]?.test(after)).toBe(false);
  });
});

// The same tables read by the verb pass on whole sentences: a result, a bail or a picture posted, a sum added up.
describe('cues: amounts, results and things posted make the verb a deed', () => {
  it.each([
    ['Dunmore City posted a 3-1 win over the visitors.'],
    ['Oat drink recalled over listeria fears'],
    ['Ines Varga wrote nine novels before she turned forty.'],
    ['Harlow Mills posts a smaller profit for the year.'],
    ['She posted bail on Friday.'],
    ['Ivo Sarn posted a picture of her allotment at the fair.'],
    ['The club posted a short video of the parade on Sunday.'],
    ['The repairs at the depot added up to a mess.'],
    ['The bakery declared bankruptcy in 2009.'],
  ])('leaves alone: %s', (text) => {
    expect(verbCues(text)).toEqual([]);
  });

  it.each([
    ['The agency posted a notice that the pier was closed.', ['posted']],
    ['The mayor posted a video saying the bridge would reopen.', ['posted', 'saying']],
    ['Ivo Sarn posted a photo that he said proved the dam had cracked.', ['posted', 'said']],
    ['Ines Varga wrote in her memoir that the mill was doomed.', ['wrote']],
  ])('keeps the speech: %s', (text, expected) => {
    expect(verbCues(text)).toEqual(expected);
  });
});
