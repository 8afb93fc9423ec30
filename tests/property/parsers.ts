// Strict readers for the delimited formats: unlike a forgiving reader they throw on anything
// RFC 4180 (CSV) or linear TSV would not allow, so a property test catches malformed output.

/** RFC 4180: CRLF-terminated records; a field is bare (no `"`, `,`, CR, LF) or fully quoted with `""` inside. */
export function parseCsvStrict(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  while (i < text.length) {
    let cell = '';
    if (text[i] === '"') {
      i++;
      for (;;) {
        if (i >= text.length) throw new Error('unterminated quoted field');
        if (text[i] === '"') {
          if (text[i + 1] === '"') { cell += '"'; i += 2; continue; }
          i++;
          break;
        }
        cell += text[i++];
      }
    } else {
      while (i < text.length && text[i] !== ',' && text[i] !== '\r' && text[i] !== '\n') {
        if (text[i] === '"') throw new Error(`bare quote at ${i}`);
        cell += text[i++];
      }
    }
    row.push(cell);
    if (text[i] === ',') { i++; continue; }
    if (text.startsWith('\r\n', i)) { rows.push(row); row = []; i += 2; continue; }
    throw new Error(`expected , or CRLF at ${i}, found ${JSON.stringify(text[i])}`);
  }
  if (row.length) throw new Error('last record not terminated by CRLF');
  return rows;
}

const TSV_ESCAPES: Record<string, string> = { t: '\t', n: '\n', r: '\r', '\\': '\\' };

/** Linear TSV: one record a line, fields split by tabs, `\t \n \r \\ \xHH \uHHHH` escapes read back. */
export function parseTsvStrict(text: string): string[][] {
  if (text !== '' && !text.endsWith('\n')) throw new Error('last line not terminated');
  return text.split('\n').slice(0, -1).map((line) => {
    if (line.includes('\r')) throw new Error('raw CR in a TSV line');
    return line.split('\t').map((cell) =>
      cell.replace(/\\(x[0-9a-f]{2}|u[0-9a-f]{4}|.)/g, (_, e: string) => {
        if (e.length > 1) return String.fromCharCode(parseInt(e.slice(1), 16));
        const c = TSV_ESCAPES[e];
        if (c === undefined) throw new Error(`unknown escape \\${e}`);
        return c;
      }),
    );
  });
}

/** Characters that must never reach a terminal raw (C0 but newline, DEL, C1, bidi overrides). */
export const TERMINAL_UNSAFE = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
