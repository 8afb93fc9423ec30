// Runs the built command once over some of the probe texts (stdin JSON Lines, one thread, a private cache)
// and hands the test files its records. One spawn per test file, never one per case: each spawn pays
// Node start-up and the compromise load on a small shared machine.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { DOCS } from './probe-docs.js';

const ROOT = join(import.meta.dirname, '..', '..');
const BIN = join(ROOT, 'bin', 'attrib.js');

export type Span = { text: string; start: number; end: number };
export type Rec = Span & {
  doc: string; type?: string; speaker?: string | null; speakerKind?: string; role?: string | null; cue?: Span | null;
  quoted?: Span[]; value?: number | null; low?: number; high?: number; kind?: string; unit?: string | null;
  qualifier?: string; subject?: string | null; source?: string | null; hedge?: string | null; speakerMention?: Span | null; sourceMention?: Span | null;
};
export type Speaker = { name: string; kind: string; roles: string[]; aliases: string[] };
export type Envelope = { type: string; data: Rec & Speaker };

export interface ProbeRun {
  docs: Record<string, string>;
  code: number | null;
  envelopes: Envelope[];
  /** The records of one type ('quote', 'figure') from one document. */
  of: (type: string, doc: string) => Rec[];
  /** Removes the private cache folder. */
  cleanup: () => void;
}

/** The probe texts with these keys (every key must exist: a typo would silently test nothing). */
export function pick(keys: Iterable<string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const k of keys) {
    const text = DOCS[k];
    if (text === undefined) throw new Error(`no probe text '${k}'`);
    out[k] = text;
  }
  return out;
}

export function runProbe(docs: Record<string, string>): ProbeRun {
  // `npm test` builds first; a lone `vitest run tests/e2e` builds if dist/ is missing.
  if (!existsSync(join(ROOT, 'dist', 'main.js'))) execFileSync(process.execPath, [join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', ROOT]);
  const cacheDir = mkdtempSync(join(tmpdir(), 'attrib-probe-'));
  const input = Object.entries(docs).map(([id, text]) => JSON.stringify({ id, text })).join('\n') + '\n';
  const r = spawnSync(process.execPath, [BIN, 'extract', '--jsonl', '--jobs', '1', '-'], {
    cwd: ROOT, input, encoding: 'utf8',
    env: { PATH: process.env['PATH'] ?? '', HOME: process.env['HOME'] ?? '', ATTRIB_CACHE_DIR: cacheDir },
  });
  const envelopes = r.stdout.trimEnd().split('\n').filter((l) => l !== '').map((l) => JSON.parse(l) as Envelope);
  return {
    docs, code: r.status, envelopes,
    of: (type, doc) => envelopes.filter((e) => e.type === type && e.data.doc === doc).map((e) => e.data),
    cleanup: () => rmSync(cacheDir, { recursive: true, force: true }),
  };
}

/** The checks every probe file makes of its own run: a clean exit, one document record per text, no
 *  errors, and every record and mention slicing back to its text (the output contract). */
export function runsCleanly(run: ProbeRun): { documents: number; errors: Envelope[]; offsetFaults: string[] } {
  const offsetFaults: string[] = [];
  for (const { type, data } of run.envelopes) {
    if (type !== 'quote' && type !== 'figure') continue;
    const text = run.docs[data.doc] ?? '';
    for (const s of [data, data.cue, data.speakerMention, data.sourceMention, ...(data.quoted ?? [])]) {
      if (s && text.slice(s.start, s.end) !== s.text) offsetFaults.push(`${data.doc}: ${s.text}`);
    }
  }
  return {
    documents: run.envelopes.filter((e) => e.type === 'document').length,
    errors: run.envelopes.filter((e) => e.type === 'error'),
    offsetFaults,
  };
}

/** [type, speaker, speakerKind (null when `kind` is not checked), role] of the quote with this text and cue. */
export function quoteFacts(run: ProbeRun, doc: string, text: string, cue: string, kind: string | null): (string | null | undefined)[] | undefined {
  const q = run.of('quote', doc).find((r) => r.text === text && r.cue?.text === cue);
  // kind null: not checked (left open where the right kind is still being settled)
  return q && [q.type, q.speaker, kind === null ? null : q.speakerKind, q.role ?? null];
}

/** [doc, type, content text, speaker, speakerKind (null: not checked), role, cue] */
export type QuoteRow = [string, string, string, string, string | null, string | null, string];

/** The test each probe file opens with: a clean exit and the output contract (see runsCleanly). */
export function itRunsCleanly(run: () => ProbeRun): void {
  it('runs cleanly, and every record and mention slices back to its text', () => {
    expect(run().code).toBe(0);
    expect(runsCleanly(run())).toEqual({ documents: Object.keys(run().docs).length, errors: [], offsetFaults: [] });
  });
}

/** One test a row: the quote with this text and cue has this type, speaker, speaker kind and role. */
export function itFindsQuotes(rows: QuoteRow[], run: () => ProbeRun): void {
  it.each(rows)('%s: %s quote [%s] by %s', (doc, type, text, speaker, kind, role, cue) => {
    const facts = quoteFacts(run(), doc, text, cue, kind);
    expect(facts, `no quote [${text}] with cue ${cue}`).toBeDefined();
    expect(facts).toEqual([type, speaker, kind, role]);
  });
}

/** [doc, type, content text, speaker (canonical; null: nobody), cue]: a quote row without kind and role. */
export type ShortQuoteRow = [string, string, string, string | null, string];

/**
 * One test a row: a quote with this text (and, with `byCue`, this cue; else the first with the text) has
 * this type, speaker and cue.
 */
export function itFindsShortQuotes(rows: ShortQuoteRow[], run: () => ProbeRun, byCue = false): void {
  it.each(rows)('%s: %s quote [%s] by %s', (doc, type, text, speaker, cue) => {
    const q = run().of('quote', doc).find((r) => r.text === text && (!byCue || r.cue?.text === cue));
    expect(q, byCue ? `no quote [${text}] with cue ${cue}` : `no quote [${text}]`).toBeDefined();
    expect([q?.type, q?.speaker ?? null, q?.cue?.text]).toEqual([type, speaker, cue]);
  });
}
