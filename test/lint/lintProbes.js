#!/usr/bin/env node
/**
 * Lints source texts given on stdin as JSON [{ file, code }] with the repository's ESLint config and prints
 * the rule ids reported for each, as JSON. Run in a plain Node process because the flat config is an ES
 * module, which jest's VM cannot import.
 */
'use strict';
const path = require('path');
const { ESLint } = require('eslint');

async function main() {
  const root = path.resolve(__dirname, '..', '..');
  const probes = JSON.parse(require('fs').readFileSync(0, 'utf8'));
  const eslint = new ESLint({ cwd: root });
  const out = [];
  for (const p of probes) {
    const [result] = await eslint.lintText(p.code, { filePath: path.join(root, p.file) });
    out.push((result ? result.messages : []).map((m) => m.ruleId || m.message));
  }
  process.stdout.write(JSON.stringify(out));
}

main().catch((e) => {
  process.stderr.write(String(e && e.stack ? e.stack : e));
  process.exit(1);
});
