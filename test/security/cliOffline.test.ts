/**
 * The CLI makes no network call: every way Node can reach the network is replaced by a trap that
 * records and throws, then `template`, `check`, `score` (with JSON and minutes) and `merge` run.
 */
import { promises as fs } from 'fs';
import * as path from 'path';
import { runCli, tempDir } from '../support/xlsxCli';

const attempts: string[] = [];
const restore: (() => void)[] = [];
type Mod = Record<string, unknown>;
const http = require('http') as Mod;
const https = require('https') as Mod & { get: (url: string) => unknown };
const net = require('net') as Mod;
const tls = require('tls') as Mod;
const dns = require('dns') as Mod;

function trap(mod: Mod, names: string[], label: string): void {
  for (const n of names) {
    const original = mod[n];
    mod[n] = (...args: unknown[]) => {
      attempts.push(`${label}.${n}(${String(args[0]).slice(0, 60)})`);
      throw new Error(`network call refused by the test: ${label}.${n}`);
    };
    restore.push(() => {
      mod[n] = original;
    });
  }
}

let dir: string;
beforeAll(async () => {
  dir = await tempDir();
  trap(http, ['request', 'get'], 'http');
  trap(https, ['request', 'get'], 'https');
  trap(net, ['connect', 'createConnection'], 'net');
  trap(tls, ['connect'], 'tls');
  trap(dns, ['lookup', 'resolve'], 'dns');
  const g = globalThis as unknown as Mod;
  const fetch = g.fetch;
  g.fetch = (url: unknown) => {
    attempts.push(`fetch(${String(url)})`);
    throw new Error('network call refused by the test: fetch');
  };
  restore.push(() => {
    g.fetch = fetch;
  });
});
afterAll(async () => {
  for (const r of restore.reverse()) r();
  await fs.rm(dir, { recursive: true, force: true });
});

it('runs every command without touching the network', async () => {
  const book = path.join(dir, 'mau.xlsx');
  expect((await runCli(['template', '-o', book])).code).toBe(0);
  expect((await runCli(['check', book])).code).toBeLessThan(2);
  const score = await runCli(['score', book, '-o', path.join(dir, 'ket-qua.xlsx'), '--json', path.join(dir, 'r.json'), '--docx', path.join(dir, 'bb.docx')]);
  expect(score.code).toBe(0);
  const merged = await runCli(['merge', book, '-o', path.join(dir, 'gop.xlsx')]);
  expect(merged.code).toBe(0);
  expect(attempts).toEqual([]);
  // The traps are live: a call would have been recorded.
  expect(() => https.get('https://example.invalid/')).toThrow(/refused by the test/);
  expect(attempts).toEqual(['https.get(https://example.invalid/)']);
}, 120_000);
