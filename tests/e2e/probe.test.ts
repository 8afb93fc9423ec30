// End-to-end probe: the built command run once over short invented news texts in several
// styles (UK single quotes and 'per cent', wire copy, inverted "said X", finance, measures,
// courts, a live blog, transcripts, a text with no attribution). Each case is a behaviour a
// fact-checker relies on that is right today, kept here so it stays right; many are faults the
// probe found on invented articles and the owners fixed. Every name and number is made up.
// One CLI spawn for the whole file (stdin JSON Lines), then table-driven checks of its records.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const BIN = join(ROOT, 'bin', 'attrib.js');

const DOCS: Record<string, string> = {
  'uk-single':
    "Councillor Nia Brandreth defended the budget. 'Nobody here wanted to raise bills,' she told the meeting. " +
    "Opposition leader Tomas Arkwright said residents had been 'let down' by a 4.9 per cent rise and a £3.2m gap.",
  wire:
    'Mayor Ida Strand said the town would borrow $12 million to rebuild the pier. "We will not wait for the province," ' +
    'Strand told reporters. More than 5,000 homes are without power, according to the utility Ferrowind Energy.',
  inverted: '"It was a gift," said goalkeeper Tariq Benali. Prosecutors said the money paid for two boats.',
  finance:
    'Shares in Palvoro Systems fell 12.4% to $38.16 on Thursday. The company expects revenue between $720 million ' +
    'and $745 million. It employs approximately 2,300 people.',
  measures:
    'Sea levels are rising by about 4 millimetres a year. A 58-year-old man was hurt. The line will cost 82 billion kroner. ' +
    'The pipeline moves at least 35 billion cubic metres of gas.',
  hedge: 'The bridge, which cost an estimated $4.8 million, reportedly carries 9,000 cars a day.',
  court:
    'Judge Marisol Dekker said the defendant had "betrayed every donor." His lawyer, Ruth Okonkwo, asked for a ' +
    'sentence of no more than three years.',
  liveblog:
    '10:40 - The airport has cancelled all 214 flights, officials said. "Stay away from the coast," Governor Lena Marsh ' +
    'said in a statement.',
  plain: 'The ferry crossed the sound at dawn. Herons stood in the shallows while the tide turned.',
  // A quote running over two paragraphs: the first paragraph has no closing mark (news convention).
  paragraphs:
    '"We are not going to pretend this is easy," Ms. Vela said. "But the ore has to come from somewhere.\n\n' +
    '"Better here, under strict rules, than somewhere with none."',
  medial: 'The border, Feld said, would stay open.',
  colon: 'Feld said: "The border stays open. Nothing has changed."',
  dash: '"Fares will stay flat" — Oda Fenn, transport minister',
  scare: 'The so-called "reform" has cost taxpayers $2 million. The film "River of Salt" opened on Friday.',
  curly: "‘Nothing will change,’ Kaur said. Ms Kaur called the plan \"reckless\" and \"unfair\".",
  india: 'The metro carries around 62 lakh riders a day and lost nearly Rs 1,200 crore last year.',
  asia: 'Exports reached ¥300 billion, while imports cost 3.5 trillion won.',
  // Speaker constructions where a second name stands near the cue and must not take the quote.
  outlet: 'Ana Feld told the Harbour Gazette that the border would stay open.',
  meeting: 'Feld, speaking after a meeting with Ivo Sarn, said the border would stay open.',
  unlike: 'Unlike Ivo Sarn, Feld believes the border should stay open.',
  possessive: "Ivo Sarn's spokeswoman, Dana Holt, said the border would stay open.",
  radio: '"The border stays open," Feld told Radio Norland on Monday.',
  // Faults found by probing and since fixed, kept fixed: a wire dateline is not reported content; a reported
  // clause before a direct quote of the same speaker stays, and the direct quote is one record.
  dateline: 'LONDON (Reuters) - Talks on the dam broke down on Sunday, officials said.',
  pair: 'Tara Singh said rents had doubled. "We cannot pay," she said.',
  periods: 'Inventories will take at least two quarters to clear. Taxes could rise by as much as 6 percent, Mayor Ola Brenn warned.',
  // Acts that are not speech (a verb of speaking with a plain object, an adverb or a pronoun).
  acts:
    'Sigrid and I talk often. We have answered them. I promise you that. Transport minister Halvard Strand spoke to us. ' +
    'Jon Reyes pleaded guilty to two counts of fraud.',
  // An interview transcript: the answer turn is the interviewee's direct speech.
  transcript: 'Transport minister Halvard Strand spoke to us.\n\nQ: When will the trains run?\n\nStrand: We are aiming for 2034.',
  // A clause joined after the attribution is not part of the reported content.
  trailing: 'The border would stay open, Feld said, but she gave no date. The port would reopen, Feld told reporters, though she gave no date.',
  social: 'Minister Ana Feld wrote on social media that the border would stay open.',
  doctor: 'Prices will rise, said Dr. Omar Quist.',
  // A pronoun inside the quoted words refers to someone else and must not block the speaker's pronoun.
  inner: '"Nothing will change," Tova Rask said. "He told me twice," she added.',
  // A quote paragraph with no cue after a paragraph about one person is that person's.
  profile: 'Mayor Pia Lund has run the town for 12 years.\n\n"I love this place. I will not leave it."',
  belief: 'Ana Feld is confident that the border will stay open. Just over 3,000 people attended.',
  // A trailing clause after the attribution is not the content, however long it runs.
  aslede: 'Floods have forced people out, officials said, as rain continued to fall over the whole region.',
  elided: 'He said more would follow, but gave no figure.',
  // UK single quotes around a plural possessive: the apostrophe does not close the quote.
  ukposs: "'The workers' pay is too low,' said Nell Drury.",
  // Who speaks: the author of a review, the body the data come from, the group after its descriptor.
  review: 'A review by Professor Tamsin Gale found that the scheme had failed.',
  bureau: 'Data from the Bureau of Harbour Statistics show that 4,100 ships docked last year.',
  descriptor: 'Consumer group WaterWatch argues that shareholders took too much. Think tank Norbridge Institute said the rules were weak.',
  estimates: 'Leaks cost £2 billion a year, Aqualine estimates.',
  imperative: 'Say you earn $40,000 a year. Tell your mayor what you think.',
  // A claim and its denial are two reports of the same content.
  claim: 'Rhys Moran argued that the agency had changed its counting rules, a claim the agency denies.',
  moved: 'Net income dropped 31% to $212 million.',
  // A non-restrictive relative after the reported clause is not part of it; its quoted words are the speaker's.
  relative: 'Haile said the country had offered more water, which he called "a generous proposal."',
  // The speaker's organisation (with a plural possessive) does not take her pronoun.
  member: "Tara Singh of the Riverside Tenants' Association said rents had doubled.\n\n\"We cannot pay,\" she said.",
  // British spellings of cue verbs and the UK councillor abbreviation.
  british: 'Saudi officials signalled that output cuts would be extended. The bridge is safe, Cllr Mary Oakes said.',
  units: 'Temperatures fell to -12C. Unemployment rose 0.3 percentage points to 4.4%. The lake covers 1,000 sq km.',
};

type Span = { text: string; start: number; end: number };
type Rec = Span & {
  doc: string; type?: string; speaker?: string | null; speakerKind?: string; role?: string | null; cue?: Span | null;
  quoted?: Span[]; value?: number | null; low?: number; high?: number; kind?: string; unit?: string | null;
  qualifier?: string; subject?: string | null; source?: string | null; hedge?: string | null; speakerMention?: Span | null; sourceMention?: Span | null;
};
type Speaker = { name: string; kind: string; roles: string[]; aliases: string[] };
type Envelope = { type: string; data: Rec & Speaker };

let envelopes: Envelope[] = [];
let code: number | null = null;
let cacheDir = '';

beforeAll(() => {
  // `npm test` builds first; a lone `vitest run tests/e2e` builds if dist/ is missing.
  if (!existsSync(join(ROOT, 'dist', 'main.js'))) execFileSync(process.execPath, [join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', ROOT]);
  cacheDir = mkdtempSync(join(tmpdir(), 'attrib-probe-'));
  const input = Object.entries(DOCS).map(([id, text]) => JSON.stringify({ id, text })).join('\n') + '\n';
  // One thread: the tests share a small machine, and worker start-up would only slow this down.
  const r = spawnSync(process.execPath, [BIN, 'extract', '--jsonl', '--jobs', '1', '-'], {
    cwd: ROOT, input, encoding: 'utf8',
    env: { PATH: process.env['PATH'] ?? '', HOME: process.env['HOME'] ?? '', ATTRIB_CACHE_DIR: cacheDir },
  });
  code = r.status;
  envelopes = r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as Envelope);
});
afterAll(() => rmSync(cacheDir, { recursive: true, force: true }));

const of = (type: string, doc: string): Rec[] => envelopes.filter((e) => e.type === type && e.data.doc === doc).map((e) => e.data);

describe('attrib probe (built, invented news)', { timeout: 60_000 }, () => {
  it('runs cleanly over every document', () => {
    expect(code).toBe(0);
    expect(envelopes.filter((e) => e.type === 'document')).toHaveLength(Object.keys(DOCS).length);
    expect(envelopes.filter((e) => e.type === 'error')).toEqual([]);
  });

  it('every record and every mention slices back to its text', () => {
    for (const { type, data } of envelopes) {
      if (type !== 'quote' && type !== 'figure') continue;
      const text = DOCS[data.doc] ?? '';
      for (const s of [data, data.cue, data.speakerMention, data.sourceMention, ...(data.quoted ?? [])]) {
        if (s) expect(text.slice(s.start, s.end), `${data.doc}: ${s.text}`).toBe(s.text);
      }
    }
  });

  // [doc, type, content text, speaker, speakerKind (null: not checked), role, cue]
  it.each([
    ['uk-single', 'direct', 'Nobody here wanted to raise bills,', 'Nia Brandreth', 'person', 'councillor', 'told'],
    ['uk-single', 'partial', "residents had been 'let down' by a 4.9 per cent rise and a £3.2m gap", 'Tomas Arkwright', 'person', 'leader', 'said'],
    ['wire', 'indirect', 'the town would borrow $12 million to rebuild the pier', 'Ida Strand', 'person', 'mayor', 'said'],
    ['wire', 'direct', 'We will not wait for the province,', 'Ida Strand', 'person', 'mayor', 'told'],
    ['wire', 'indirect', 'More than 5,000 homes are without power', 'Ferrowind Energy', 'organization', null, 'according to'],
    ['inverted', 'direct', 'It was a gift,', 'Tariq Benali', 'person', 'goalkeeper', 'said'],
    ['inverted', 'indirect', 'the money paid for two boats', 'Prosecutors', 'group', null, 'said'],
    ['finance', 'indirect', 'revenue between $720 million and $745 million', 'Palvoro Systems', 'organization', null, 'expects'],
    ['court', 'partial', 'the defendant had "betrayed every donor."', 'Marisol Dekker', 'person', 'judge', 'said'],
    ['court', 'indirect', 'a sentence of no more than three years', 'Ruth Okonkwo', 'person', 'lawyer', 'asked for'],
    ['liveblog', 'direct', 'Stay away from the coast,', 'Lena Marsh', 'person', 'governor', 'said in a statement'],
    ['colon', 'direct', 'The border stays open. Nothing has changed.', 'Feld', 'person', null, 'said:'],
    ['dash', 'direct', 'Fares will stay flat', 'Oda Fenn', 'person', 'transport minister', '—'],
    ['curly', 'direct', 'Nothing will change,', 'Kaur', 'person', null, 'said'],
    ['curly', 'partial', 'the plan "reckless" and "unfair"', 'Kaur', 'person', null, 'called'],
    ['outlet', 'indirect', 'the border would stay open', 'Ana Feld', 'person', null, 'told'],
    ['meeting', 'indirect', 'the border would stay open', 'Feld', 'person', null, 'said'],
    ['unlike', 'indirect', 'the border should stay open', 'Feld', 'person', null, 'believes'],
    ['possessive', 'indirect', 'the border would stay open', 'Dana Holt', 'person', 'spokeswoman', 'said'],
    ['radio', 'direct', 'The border stays open,', 'Feld', 'person', null, 'told'],
    ['transcript', 'direct', 'We are aiming for 2034', 'Halvard Strand', 'person', 'minister', ':'],
    ['trailing', 'indirect', 'The border would stay open', 'Feld', 'person', null, 'said'],
    ['trailing', 'indirect', 'The port would reopen', 'Feld', 'person', null, 'told'],
    ['social', 'indirect', 'the border would stay open', 'Ana Feld', 'person', 'minister', 'wrote on'],
    ['doctor', 'indirect', 'Prices will rise', 'Omar Quist', 'person', null, 'said'],
    ['inner', 'direct', 'He told me twice,', 'Tova Rask', 'person', null, 'added'],
    ['belief', 'indirect', 'the border will stay open', 'Ana Feld', 'person', null, 'is confident'],
    ['aslede', 'indirect', 'Floods have forced people out', 'officials', 'group', null, 'said'],
    ['ukposs', 'direct', "The workers' pay is too low,", 'Nell Drury', 'person', null, 'said'],
    ['review', 'indirect', 'the scheme had failed', 'Tamsin Gale', 'person', 'professor', 'found'],
    ['bureau', 'indirect', '4,100 ships docked last year', 'Bureau of Harbour Statistics', 'organization', null, 'show'],
    ['descriptor', 'indirect', 'shareholders took too much', 'WaterWatch', 'organization', null, 'argues'],
    ['descriptor', 'indirect', 'the rules were weak', 'Norbridge Institute', 'organization', null, 'said'],
    ['estimates', 'indirect', 'Leaks cost £2 billion a year', 'Aqualine', null, null, 'estimates'],
    ['claim', 'indirect', 'the agency had changed its counting rules', 'Rhys Moran', 'person', null, 'argued'],
    ['relative', 'indirect', 'the country had offered more water', 'Haile', 'person', null, 'said'],
    ['relative', 'direct', 'a generous proposal.', 'Haile', 'person', null, 'called'],
    ['member', 'direct', 'We cannot pay,', 'Tara Singh', 'person', null, 'said'],
    ['british', 'indirect', 'output cuts would be extended', 'Saudi officials', 'group', null, 'signalled'],
    ['british', 'indirect', 'The bridge is safe', 'Mary Oakes', 'person', 'councillor', 'said'],
    ['dateline', 'indirect', 'Talks on the dam broke down on Sunday', 'officials', 'group', null, 'said'],
    ['pair', 'indirect', 'rents had doubled', 'Tara Singh', 'person', null, 'said'],
    ['pair', 'direct', 'We cannot pay,', 'Tara Singh', 'person', null, 'said'],
  ])('%s: %s quote [%s] by %s', (doc, type, text, speaker, kind, role, cue) => {
    const q = of('quote', doc).find((r) => r.text === text && r.cue?.text === cue);
    expect(q, `no quote [${text}] with cue ${cue}`).toBeDefined();
    // kind null: not checked (left open where the right kind is still being settled)
    expect([q?.type, q?.speaker, kind === null ? null : q?.speakerKind, q?.role ?? null]).toEqual([type, speaker, kind, role]);
  });

  it.each([['plain'], ['measures'], ['hedge'], ['scare'], ['india'], ['units'], ['acts'], ['imperative']])('%s: no sentence there reports speech, so no quote', (doc) => {
    expect(of('quote', doc)).toEqual([]);
  });

  // [doc, figure text, value, kind, unit, qualifier, source, hedge]
  it.each([
    ['uk-single', '4.9 per cent', 4.9, 'percent', '%', 'up', 'Tomas Arkwright', null],
    ['uk-single', '£3.2m', 3_200_000, 'money', 'GBP', 'exact', 'Tomas Arkwright', null],
    ['wire', '$12 million', 12_000_000, 'money', 'USD', 'exact', 'Ida Strand', null],
    ['wire', 'More than 5,000', 5000, 'count', null, 'more-than', 'Ferrowind Energy', null],
    ['inverted', 'two', 2, 'count', null, 'exact', 'Prosecutors', null],
    ['finance', '12.4%', 12.4, 'percent', '%', 'down', null, null],
    ['finance', '$38.16', 38.16, 'money', 'USD', 'exact', null, null],
    ['finance', 'approximately 2,300', 2300, 'count', null, 'about', null, null],
    ['measures', 'about 4 millimetres', 4, 'measure', 'mm', 'about', null, null],
    ['measures', '58-year-old', 58, 'measure', 'year', 'exact', null, null],
    ['measures', '82 billion kroner', 82_000_000_000, 'money', 'NOK', 'exact', null, null],
    ['measures', 'at least 35 billion cubic metres', 35_000_000_000, 'measure', 'm³', 'at-least', null, null],
    ['hedge', '$4.8 million', 4_800_000, 'money', 'USD', 'about', null, 'an estimated'],
    ['hedge', '9,000', 9000, 'count', null, 'exact', null, 'reportedly'],
    ['court', 'no more than three years', 3, 'measure', 'year', 'at-most', 'Ruth Okonkwo', null],
    ['liveblog', '214', 214, 'count', null, 'exact', 'officials', null],
    ['scare', '$2 million', 2_000_000, 'money', 'USD', 'exact', null, null],
    ['india', 'around 62 lakh', 6_200_000, 'count', null, 'about', null, null],
    ['india', 'nearly Rs 1,200 crore', 12_000_000_000, 'money', 'INR', 'about', null, null],
    ['asia', '¥300 billion', 300_000_000_000, 'money', 'JPY', 'exact', null, null],
    ['asia', '3.5 trillion won', 3_500_000_000_000, 'money', 'KRW', 'exact', null, null],
    ['periods', 'at least two quarters', 2, 'measure', 'quarter', 'at-least', null, null],
    ['periods', 'as much as 6 percent', 6, 'percent', '%', 'at-most', 'Ola Brenn', null],
    ['belief', 'Just over 3,000', 3000, 'count', null, 'more-than', null, null],
    ['units', '-12C', -12, 'measure', '°C', 'exact', null, null],
    ['units', '0.3 percentage points', 0.3, 'percent', 'pp', 'up', null, null],
    ['units', '4.4%', 4.4, 'percent', '%', 'exact', null, null],
    ['units', '1,000 sq km', 1000, 'measure', 'km²', 'exact', null, null],
  ])('%s: figure [%s] = %s', (doc, text, value, kind, unit, qualifier, source, hedge) => {
    const f = of('figure', doc).find((r) => r.text === text);
    expect(f, `no figure [${text}]`).toBeDefined();
    expect([f?.value, f?.kind, f?.unit ?? null, f?.qualifier, f?.source ?? null, f?.hedge ?? null]).toEqual([value, kind, unit, qualifier, source, hedge]);
  });

  it('a quote paragraph after a paragraph about one person is that person\'s', () => {
    const [q, ...rest] = of('quote', 'profile');
    expect(rest).toEqual([]);
    expect([q?.type, q?.text, q?.speaker]).toEqual(['direct', 'I love this place. I will not leave it.', 'Pia Lund']);
  });

  it('a clause joined after the attribution with an elided subject stays out of the content', () => {
    expect(of('quote', 'elided').map((q) => q.text)).toEqual(['more would follow']);
  });

  it('one span and cue give one record', () => {
    for (const doc of Object.keys(DOCS)) {
      const spans = of('quote', doc).map((q) => `${q.start}:${q.end}:${q.cue?.start ?? ''}`);
      expect(new Set(spans).size, doc).toBe(spans.length);
    }
  });

  it('what moved is the subject of the figures of its move', () => {
    expect(of('figure', 'moved').map((f) => [f.text, f.subject])).toEqual([
      ['31%', 'Net income'], ['$212 million', 'Net income'],
    ]);
  });

  it('a range keeps both ends', () => {
    const f = of('figure', 'finance').find((r) => r.text === 'between $720 million and $745 million');
    expect([f?.low, f?.high, f?.unit]).toEqual([720_000_000, 745_000_000, 'USD']);
  });

  // Asserted loosely on purpose: whether an interrupted quote is one record or two is the owners' call.
  it('a quote running over two paragraphs keeps every part verbatim, all by its speaker', () => {
    const quotes = of('quote', 'paragraphs');
    expect(quotes.length).toBeGreaterThan(0);
    for (const q of quotes) expect([q.type, q.speaker]).toEqual(['direct', 'Vela']);
    expect(quotes.flatMap((q) => q.quoted ?? []).map((s) => s.text)).toEqual([
      'We are not going to pretend this is easy,', 'But the ore has to come from somewhere.', 'Better here, under strict rules, than somewhere with none.',
    ]);
  });

  it('a medial attribution ("X, Feld said, would ...") reports the clause around it', () => {
    const q = of('quote', 'medial').find((r) => r.speaker === 'Feld');
    expect(q?.text.startsWith('The border')).toBe(true);
    expect(q?.text.endsWith('would stay open')).toBe(true);
  });

  it('the plain text yields no figure', () => {
    expect(of('figure', 'plain')).toEqual([]);
  });

  // [canonical name, kind, an alias it must carry (or null), a role it must carry (or null)]
  it.each([
    ['Ida Strand', 'person', 'Strand', 'mayor'],
    ['Nia Brandreth', 'person', null, 'councillor'],
    ['Ferrowind Energy', 'organization', null, null],
    ['Prosecutors', 'group', null, null],
  ])('speaker %s is one %s entity', (name, kind, alias, role) => {
    const found = envelopes.filter((e) => e.type === 'speaker' && e.data.name === name).map((e) => e.data);
    expect(found).toHaveLength(1);
    expect(found[0]?.kind).toBe(kind);
    if (alias) expect(found[0]?.aliases).toContain(alias);
    if (role) expect(found[0]?.roles).toContain(role);
  });
});
