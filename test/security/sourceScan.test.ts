/**
 * Security rules checked on the sources (SPEC §2: nothing leaves the machine): no dynamic code (eval,
 * new Function, string timers), no raw HTML injection (dangerouslySetInnerHTML, innerHTML), and no
 * network module or call anywhere in src/ — the engine, the adapters, the CLI and the pane alike.
 */
import * as fs from 'fs';
import * as path from 'path';

const ROOT = path.resolve(__dirname, '..', '..');
const SRC = path.join(ROOT, 'src');

function walk(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return walk(p);
    return /\.(tsx?|js|html)$/.test(e.name) ? [p] : [];
  });
}

/** Source text without comments, so a comment that names a rule does not break it. */
function code(file: string): string {
  return fs
    .readFileSync(file, 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
}

const FILES = walk(SRC).map((f) => ({ rel: path.relative(ROOT, f).split(path.sep).join('/'), text: code(f) }));

function offenders(pattern: RegExp, folders: readonly string[] = ['src/']): string[] {
  return FILES.filter((f) => folders.some((d) => f.rel.startsWith(d)) && pattern.test(f.text)).map((f) => f.rel);
}

describe('no dynamic code and no raw HTML', () => {
  it('scans a real source tree', () => {
    expect(FILES.length).toBeGreaterThan(100);
    expect(FILES.some((f) => f.rel === 'src/engine/analyze.ts')).toBe(true);
  });

  it('never calls eval or new Function, nor passes a string to setTimeout/setInterval', () => {
    expect(offenders(/\beval\s*\(/)).toEqual([]);
    expect(offenders(/\bnew\s+Function\s*\(/)).toEqual([]);
    expect(offenders(/\bFunction\s*\(\s*['"`]/)).toEqual([]);
    expect(offenders(/\bset(?:Timeout|Interval)\s*\(\s*['"`]/)).toEqual([]);
  });

  it('never injects raw HTML', () => {
    expect(offenders(/dangerouslySetInnerHTML/)).toEqual([]);
    expect(offenders(/\.(?:inner|outer)HTML\s*=/)).toEqual([]);
    expect(offenders(/\binsertAdjacentHTML\s*\(/)).toEqual([]);
    expect(offenders(/\bdocument\.write\s*\(/)).toEqual([]);
  });

  it('the probes fire on what they must catch', () => {
    const probe = (re: RegExp, s: string): boolean => re.test(s);
    expect(probe(/\beval\s*\(/, 'const x = eval ("1")')).toBe(true);
    expect(probe(/\bnew\s+Function\s*\(/, 'new Function("a", "return a")')).toBe(true);
    expect(probe(/dangerouslySetInnerHTML/, '<div dangerouslySetInnerHTML={{ __html: x }} />')).toBe(true);
    expect(code('/dev/null')).toBe('');
  });
});

describe('no network anywhere in src/', () => {
  const NET_MODULES = /(?:from\s+|require\s*\(\s*|import\s*\(\s*)['"](?:node:)?(?:http|https|http2|net|tls|dgram|dns|child_process|undici|axios|node-fetch|got|request|ws)['"]/;
  const NET_CALLS = /\b(?:fetch|XMLHttpRequest|WebSocket|EventSource)\s*\(|\bnew\s+(?:XMLHttpRequest|WebSocket|EventSource)\b|\bsendBeacon\s*\(|\bimportScripts\s*\(/;

  it('imports no network module in the engine, the workbook port, the xlsx adapter, the CLI or the minutes', () => {
    expect(offenders(NET_MODULES, ['src/engine/', 'src/workbook/', 'src/xlsx/', 'src/cli/', 'src/minutes/'])).toEqual([]);
  });

  it('makes no network call from any code, the task pane included', () => {
    expect(offenders(NET_MODULES)).toEqual([]);
    expect(offenders(NET_CALLS)).toEqual([]);
  });

  it('loads no script from anywhere but itself and the office.js CDN', () => {
    const srcs = FILES.filter((f) => f.rel.endsWith('.html')).flatMap((f) => [...f.text.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((m) => m[1]!));
    for (const s of srcs) expect(s).toMatch(/^(?:<%= officeJs %>|https:\/\/appsforoffice\.microsoft\.com\/lib\/1\/hosted\/office\.js|[^:/]+\.js)$/);
  });

  it('the probes fire on what they must catch', () => {
    expect(NET_MODULES.test("import * as https from 'https';")).toBe(true);
    expect(NET_MODULES.test("const net = require('node:net');")).toBe(true);
    expect(NET_CALLS.test("await fetch('https://example.com')")).toBe(true);
    expect(NET_CALLS.test('const x = new XMLHttpRequest();')).toBe(true);
    expect(NET_MODULES.test("import { promises as fs } from 'fs';")).toBe(false);
  });
});
