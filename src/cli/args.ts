/** argv → what the user asked for. Never throws: problems come back as `error` for exit code 2. */
import type { Lang } from '../engine';

export interface ParsedArgs {
  readonly command: string | null;
  readonly positionals: string[];
  readonly output: string | null;
  readonly json: string | null;
  readonly docx: string | null;
  readonly lang: Lang | null;
  readonly help: boolean;
  readonly version: boolean;
  /** The raw arguments after the command (handed as is to `merge`). */
  readonly rest: string[];
  readonly error: { readonly kind: 'badOption' | 'missingValue'; readonly option: string } | null;
}

const VALUE_OPTIONS: Readonly<Record<string, 'output' | 'json' | 'docx' | 'lang'>> = {
  '-o': 'output',
  '--output': 'output',
  '--out': 'output',
  '--json': 'json',
  '--docx': 'docx',
  '--lang': 'lang',
};

export function parseArgs(argv: readonly string[]): ParsedArgs {
  let command: string | null = null;
  const positionals: string[] = [];
  const values: { output: string | null; json: string | null; docx: string | null; lang: string | null } = { output: null, json: null, docx: null, lang: null };
  let help = false;
  let version = false;
  let error: ParsedArgs['error'] = null;
  let rest: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (command === 'merge') {
      // merge parses its own arguments; only --lang is also read here, for our own messages.
      rest = argv.slice(i);
      const li = rest.findIndex((x) => x === '--lang' || x.startsWith('--lang='));
      if (li >= 0) values.lang = rest[li]!.includes('=') ? rest[li]!.slice(7) : rest[li + 1] ?? null;
      break;
    }
    const eq = a.indexOf('=');
    const name = a.startsWith('--') && eq > 0 ? a.slice(0, eq) : a;
    const key = VALUE_OPTIONS[name];
    if (key) {
      const v = name !== a ? a.slice(eq + 1) : argv[++i];
      if (v === undefined || v === '' || (name === a && v.startsWith('-') && v !== '-')) {
        error ??= { kind: 'missingValue', option: name };
        if (v !== undefined && name === a) i--;
        continue;
      }
      values[key] = v;
    } else if (a === '-h' || a === '--help') help = true;
    else if (a === '-V' || a === '--version' || a === '-v') version = true;
    else if (a.startsWith('-') && a !== '-') error ??= { kind: 'badOption', option: a };
    else if (command === null) command = a;
    else positionals.push(a);
  }
  let lang: Lang | null = null;
  if (values.lang === 'vi' || values.lang === 'en') lang = values.lang;
  else if (values.lang !== null) error ??= { kind: 'badOption', option: `--lang ${values.lang}` };
  return { command, positionals, output: values.output, json: values.json, docx: values.docx, lang, help, version, rest, error };
}
