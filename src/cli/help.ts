// Help texts: examples lead (clig.dev), and the exit codes are part of the contract.

/** An "Examples:" block for a command's --help: [command line, what it shows]. */
export function examples(list: [string, string][]): string {
  return `\nExamples:\n${list.map(([cmd, what]) => `  $ ${cmd}\n      ${what}`).join('\n')}\n`;
}

export const EXIT_CODES = `
Exit codes:
  0  results were printed
  1  the run went fine but found nothing
  2  usage error, or an input could not be read (reported on stderr, after every result that worked)
`;

export const ROOT_EXAMPLES = examples([
  ['attrib quotes', 'every quote of the bundled seed article, with its speaker'],
  ['attrib who-said tariffs articles/', 'who said "tariffs", across a folder'],
  ['attrib figures --unsourced news.jsonl', 'figures no named source vouches for'],
  ['attrib quotes news/ --jsonl | jq -r .speaker | sort | uniq -c | sort -rn', 'who gets quoted most'],
  ['cat dump.jsonl | attrib extract --jsonl - > records.jsonl', 'everything, as a map step of a pipeline'],
]);
