/** Runs the CLI in-process, capturing what it prints. */
import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { main } from '../../src/cli/main';

export interface CliRun {
  readonly code: number;
  readonly out: string;
  readonly err: string;
}

export const CLI_NOW = new Date('2026-11-21T03:00:00Z');

export async function runCli(argv: string[]): Promise<CliRun> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { io: { out: (s) => out.push(s), err: (s) => err.push(s) }, now: CLI_NOW });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

export async function tempDir(): Promise<string> {
  return fs.mkdtemp(path.join(os.tmpdir(), 'thidua-cli-'));
}
