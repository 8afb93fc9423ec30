// Document text is untrusted: an article can carry ESC sequences, carriage returns or bidi
// overrides that would repaint, hide or reorder what a terminal shows. Every renderer that
// can reach a terminal passes cells through one of these escapers first.

// C0 controls, DEL and C1 controls (0x9B is a one-byte CSI on some terminals), plus the
// bidi embedding/override/isolate marks used in "Trojan Source" spoofing.
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

function code(ch: string): string {
  const n = ch.charCodeAt(0);
  return n <= 0xff ? `\\x${n.toString(16).padStart(2, '0')}` : `\\u${n.toString(16).padStart(4, '0')}`;
}

/** For table cells: newlines and tabs become visible escapes, like every other control. */
export function escapeTerminal(s: string): string {
  return s.replace(UNSAFE, (ch) => (ch === '\n' ? '\\n' : ch === '\r' ? '\\r' : ch === '\t' ? '\\t' : code(ch)));
}

/**
 * Linear TSV (Postgres TEXT / Miller): `\t \n \r \\` escaped so every record stays on one
 * line; other controls escaped as `\xHH` / `\uHHHH` (unambiguous because `\\` is escaped).
 */
export function escapeTsv(s: string): string {
  return s.replace(/[\\\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, (ch) =>
    ch === '\\' ? '\\\\' : ch === '\n' ? '\\n' : ch === '\r' ? '\\r' : ch === '\t' ? '\\t' : code(ch),
  );
}

// CSV keeps tab, CR and LF (RFC 4180 quotes them); anything else unsafe is escaped visibly
// because a spreadsheet has no use for an ESC byte and a terminal must never see one.
const CSV_UNSAFE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/** RFC 4180: a field with a comma, quote, CR or LF is quoted, and inner quotes doubled. */
export function escapeCsv(s: string): string {
  const safe = s.replace(CSV_UNSAFE, code);
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

// JSON.stringify already escapes C0; DEL, C1 and bidi marks are escaped too so JSON printed
// on a terminal is as safe as a table. The output stays valid JSON with the same values.
const JSON_UNSAFE = /[\u007f-\u009f\u202a-\u202e\u2066-\u2069\u2028\u2029]/g;

export function stringifyJson(value: unknown, indent?: number): string {
  return JSON.stringify(value, null, indent).replace(JSON_UNSAFE, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
