/**
 * Builds what the end-to-end tests serve: the production web build (dist/web, reused when it is newer
 * than every source file) and the office.js stub. Both test files may start at once, so building is
 * serialised with a lock directory.
 */
import { execFile } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';

export const ROOT = path.resolve(__dirname, '..', '..', '..');
export const WEB = path.join(ROOT, 'dist', 'web');
export const ARTIFACTS = path.join(ROOT, 'test-artifacts');
export const E2E_OUT = path.join(ARTIFACTS, 'e2e');
export const SCREENSHOTS = path.join(ARTIFACTS, 'screenshots');
const LOCK = path.join(ARTIFACTS, '.e2e-build-lock');

function newestMtime(dir: string): number {
  if (!fs.existsSync(dir)) return 0;
  let newest = 0;
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    newest = Math.max(newest, e.isDirectory() ? newestMtime(p) : fs.statSync(p).mtimeMs);
  }
  return newest;
}

function run(args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    execFile(process.execPath, args, { cwd: ROOT, maxBuffer: 64 * 1024 * 1024 }, (err, stdout, stderr) => {
      if (err) reject(new Error(`${args.join(' ')} failed:\n${stdout}\n${stderr}`));
      else resolve();
    });
  });
}

const webpackCli = () => require.resolve('webpack-cli/bin/cli.js', { paths: [ROOT] });

async function withLock<T>(body: () => Promise<T>): Promise<T> {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  const deadline = Date.now() + 15 * 60_000;
  for (;;) {
    try {
      fs.mkdirSync(LOCK);
      break;
    } catch {
      // A lock older than 15 minutes belongs to a run that died.
      const age = Date.now() - (fs.statSync(LOCK, { throwIfNoEntry: false })?.mtimeMs ?? Date.now());
      if (age > 15 * 60_000) fs.rmSync(LOCK, { recursive: true, force: true });
      if (Date.now() > deadline) throw new Error('Timed out waiting for the e2e build lock');
      await new Promise((r) => setTimeout(r, 500));
    }
  }
  try {
    return await body();
  } finally {
    fs.rmSync(LOCK, { recursive: true, force: true });
  }
}

/** dist/web, built now unless it is newer than src/, assets/ and the build config (E2E_REBUILD=1 forces it). */
export async function ensureWebBuild(): Promise<void> {
  await withLock(async () => {
    const report = path.join(WEB, 'build-report.json');
    const built = fs.existsSync(report) ? fs.statSync(report).mtimeMs : 0;
    const sources = Math.max(newestMtime(path.join(ROOT, 'src')), newestMtime(path.join(ROOT, 'assets')), fs.statSync(path.join(ROOT, 'webpack.config.js')).mtimeMs);
    if (process.env.E2E_REBUILD !== '1' && built > sources) return;
    await run([webpackCli(), '--mode', 'production']);
  });
}

/** The office.js stand-in, bundled into test-artifacts/e2e/office-stub.js; returns its source. */
export async function buildOfficeStub(): Promise<string> {
  return withLock(async () => {
    const out = path.join(E2E_OUT, 'office-stub.js');
    const sources = Math.max(newestMtime(path.join(ROOT, 'src')), newestMtime(path.join(ROOT, 'test', 'support')), newestMtime(__dirname));
    if (!fs.existsSync(out) || fs.statSync(out).mtimeMs < sources) {
      await run([webpackCli(), '--config', path.join(__dirname, 'stub.webpack.config.js'), '--env', `out=${E2E_OUT}`]);
    }
    return fs.readFileSync(out, 'utf8');
  });
}
