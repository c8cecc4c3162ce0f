/**
 * The `thidua` command line (SPEC §7). Exit codes: 0 ok; 1 error findings (check); 2 unusable input
 * or arguments, with a clear message on stderr.
 */
import * as fs from 'fs';
import * as path from 'path';
import { parseArgs } from './args';
import { processIo, texts, type CliIo } from './output';
import { runCheck } from './check';
import { runScore } from './score';
import { runTemplate } from './template';
import { runMerge } from './merge';

export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_USAGE = 2;

/** The version in package.json (two folders up from both src/cli and dist/cli). */
export function version(): string {
  try {
    return (JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', 'package.json'), 'utf8')) as { version: string }).version;
  } catch {
    return 'unknown';
  }
}

export interface MainOptions {
  /** Where to print; the process streams by default. */
  readonly io?: Omit<CliIo, 'lang'>;
  /** The clock (tests pin it). */
  readonly now?: Date;
}

export async function main(argv: string[], opts: MainOptions = {}): Promise<number> {
  const args = parseArgs(argv);
  const lang = args.lang ?? 'vi';
  const io: CliIo = opts.io ? { out: opts.io.out, err: opts.io.err, lang } : processIo(lang);
  const T = texts(lang);
  const now = opts.now ?? new Date();
  try {
    if (args.command === 'merge') return await runMerge(args.rest, io);
    if (args.version) {
      io.out(version());
      return EXIT_OK;
    }
    if (args.help) {
      io.out(T.usage);
      return EXIT_OK;
    }
    if (args.error) {
      io.err(args.error.kind === 'missingValue' ? T.missingValue(args.error.option) : T.badOption(args.error.option));
      io.err(T.usage);
      return EXIT_USAGE;
    }
    switch (args.command) {
      case 'check':
        return await runCheck(args, io, now);
      case 'score':
        return await runScore(args, io, now);
      case 'template':
        return await runTemplate(args, io);
      case null:
        io.err(T.noCommand);
        io.err(T.usage);
        return EXIT_USAGE;
      default:
        io.err(T.unknownCommand(args.command));
        io.err(T.usage);
        return EXIT_USAGE;
    }
  } catch (e) {
    // A bug, not a data problem: say what happened rather than dump a stack.
    io.err(T.failed((e as Error).message ?? String(e)));
    return EXIT_USAGE;
  }
}
