import { describe, expect, it } from 'vitest';
import { scoreFigureSources } from '../../src/eval/figure-sources.js';

// The gold side of the figure-source score: which gold attribution holds each digit figure.
// Only the gold is checked here (what attrib predicts belongs to the other stages' tests).
interface GoldQuote { start: number; end: number; speaker: string | null; speakerStart: number | null; speakerEnd: number | null; fragments?: [number, number][] }

/** A gold quote over `content` (found in `text`) said by `speaker` (found in `text`, or null). */
function gold(text: string, content: string, speaker: string | null, fragments?: string[]): GoldQuote {
  const start = text.indexOf(content);
  const s = speaker === null ? -1 : text.indexOf(speaker);
  const q: GoldQuote = { start, end: start + content.length, speaker, speakerStart: s < 0 ? null : s, speakerEnd: s < 0 ? null : s + speaker!.length };
  if (fragments) q.fragments = fragments.map((f) => { const a = text.indexOf(f); return [a, a + f.length]; });
  return q;
}

/** The gold speaker the scorer gives each digit run, as text ('-' for no attribution, 'null' for a sourceless one). */
function goldSpeakers(text: string, quotes: GoldQuote[]): Record<string, string> {
  const out: Record<string, string> = {};
  scoreFigureSources([{ id: 'x', text, quotes }], (c) => {
    const digits = text.slice(c.span[0], c.span[1]);
    out[digits] = !c.gold ? '-' : c.gold.speakerStart === null ? 'null' : text.slice(c.gold.speakerStart, c.gold.speakerEnd!);
  });
  return out;
}

describe('scoreFigureSources: the gold attribution holding a figure', () => {
  const frame = '“We lost 40 boats,” Ann Roe, who ran the port from 1990 to 1995, said. “Then 12 more.”';
  const nested = 'Bo Lee said the mayor believes 300 homes flooded, and 7 roads closed.';
  const sourceless = 'It is thought 25 bridges failed. The port has 9 cranes.';
  it.each<[string, string, GoldQuote[], Record<string, string>]>([
    ['a figure in either part of an interrupted quote is its speaker’s', frame,
      [gold(frame, frame.slice(1, -1), 'Ann Roe', ['We lost 40 boats,', 'Then 12 more.'])], { 40: 'Ann Roe', 12: 'Ann Roe' }],
    ['a figure in the frame between the parts is in no content', frame,
      [gold(frame, frame.slice(1, -1), 'Ann Roe', ['We lost 40 boats,', 'Then 12 more.'])], { 1990: '-', 1995: '-' }],
    ['without fragments the whole span is content', frame,
      [gold(frame, frame.slice(1, -1), 'Ann Roe')], { 1990: 'Ann Roe' }],
    ['the innermost attribution wins', nested,
      [gold(nested, 'the mayor believes 300 homes flooded, and 7 roads closed', 'Bo Lee'), gold(nested, '300 homes flooded', 'the mayor')], { 300: 'the mayor', 7: 'Bo Lee' }],
    ['an attribution with no source gives none', sourceless,
      [gold(sourceless, '25 bridges failed', null)], { 25: 'null', 9: '-' }],
  ])('%s', (_name, text, quotes, want) => {
    const got = goldSpeakers(text, quotes);
    for (const [digits, speaker] of Object.entries(want)) expect(got[digits]).toBe(speaker);
  });
});
