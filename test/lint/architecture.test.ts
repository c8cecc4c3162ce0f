/**
 * The dependency direction of ARCHITECTURE.md, checked two ways:
 * 1. every import in src/ is resolved to the folder it lands in and checked against the allowed matrix
 *    (and every package against the folders allowed to use it);
 * 2. the Office globals (Excel, Office, OfficeExtension) are referenced only in src/excel — plus
 *    `Office.onReady` in the two pages office.js boots;
 * and ESLint's `no-restricted-imports` / `no-restricted-globals` really fire on violations.
 */
import * as fs from 'fs';
import * as path from 'path';
import * as ts from 'typescript';
import { execFileSync } from 'child_process';

const ROOT = path.resolve(__dirname, '..', '..');
const SRC = path.join(ROOT, 'src');

interface Architecture {
  readonly allowed: Readonly<Record<string, readonly string[]>>;
  readonly startup: Readonly<Record<string, readonly string[]>>;
  readonly packageHomes: Readonly<Record<string, readonly string[]>>;
  readonly engineIndexOnly: readonly string[];
  readonly officeEntryFiles: readonly string[];
}
/** The matrix eslint.config.mjs enforces too (architecture.json, one source). */
const ARCH = JSON.parse(fs.readFileSync(path.join(ROOT, 'architecture.json'), 'utf8')) as Architecture;
/** Folder → folders it may import (itself always). */
const ALLOWED = ARCH.allowed;
/** The task pane's start-up files, which choose an adapter. */
const STARTUP = ARCH.startup;
/** Packages → folders that may use them; the engine and the port may use only zod. */
const PACKAGE_HOMES = ARCH.packageHomes;
const PURE = new Set(['engine', 'workbook']);
/** Shells that must use the engine's public index only. */
const ENGINE_INDEX_ONLY = new Set(ARCH.engineIndexOnly);
/**
 * The engine reads snapshots and produces plans: the two data contracts of src/workbook (plain types and
 * tiny pure helpers such as isCellError) are the engine's vocabulary, so it may import those two files.
 */
const ENGINE_CONTRACTS = new Set(['src/workbook/snapshot', 'src/workbook/plan']);
const OFFICE_ENTRY_FILES = new Set(ARCH.officeEntryFiles);

function walk(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return walk(p);
    return /\.tsx?$/.test(e.name) && !e.name.endsWith('.d.ts') ? [p] : [];
  });
}

const rel = (p: string) => path.relative(ROOT, p).split(path.sep).join('/');
const folderOf = (file: string) => rel(file).split('/')[1] ?? '';

function parse(file: string): ts.SourceFile {
  return ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true, file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
}

/** Module specifiers: import/export … from, import(), require(). */
export function importsOf(sf: ts.SourceFile): string[] {
  const out: string[] = [];
  const visit = (n: ts.Node) => {
    if ((ts.isImportDeclaration(n) || ts.isExportDeclaration(n)) && n.moduleSpecifier && ts.isStringLiteral(n.moduleSpecifier)) out.push(n.moduleSpecifier.text);
    if (ts.isCallExpression(n) && n.arguments.length === 1 && ts.isStringLiteralLike(n.arguments[0]!)) {
      if (n.expression.kind === ts.SyntaxKind.ImportKeyword || (ts.isIdentifier(n.expression) && n.expression.text === 'require')) out.push((n.arguments[0] as ts.StringLiteral).text);
    }
    if (ts.isImportTypeNode(n) && ts.isLiteralTypeNode(n.argument) && ts.isStringLiteral(n.argument.literal)) out.push(n.argument.literal.text);
    ts.forEachChild(n, visit);
  };
  visit(sf);
  return out;
}

/** Identifiers that name a global of office.js (not property names, not declarations of our own). */
export function officeGlobalsOf(sf: ts.SourceFile): { name: string; text: string }[] {
  const out: { name: string; text: string }[] = [];
  const visit = (n: ts.Node) => {
    if (ts.isIdentifier(n) && ['Excel', 'Office', 'OfficeExtension'].includes(n.text)) {
      const p = n.parent;
      const isProperty = (ts.isPropertyAccessExpression(p) && p.name === n) || (ts.isQualifiedName(p) && p.right === n) || ts.isPropertyAssignment(p) || ts.isImportSpecifier(p);
      if (!isProperty) out.push({ name: n.text, text: p.getText(sf).slice(0, 60) });
    }
    ts.forEachChild(n, visit);
  };
  visit(sf);
  return out;
}

function violations(file: string): string[] {
  const from = folderOf(file);
  const allowed = new Set([from, ...(ALLOWED[from] ?? []), ...(STARTUP[rel(file)] ?? [])]);
  const problems: string[] = [];
  for (const spec of importsOf(parse(file))) {
    if (spec.startsWith('.')) {
      const target = path.resolve(path.dirname(file), spec);
      const r = rel(target);
      if (!r.startsWith('src/')) {
        problems.push(`${rel(file)} imports ${spec} (outside src/)`);
        continue;
      }
      const to = r.split('/')[1] ?? '';
      if (from === 'engine' && ENGINE_CONTRACTS.has(r.replace(/\.tsx?$/, ''))) continue;
      if (ENGINE_INDEX_ONLY.has(from) && to === 'engine' && !['src/engine', 'src/engine/index'].includes(r)) problems.push(`${rel(file)} (${from}) imports ${spec}: use the engine's index`);
      if (!allowed.has(to)) problems.push(`${rel(file)} (${from}) imports ${spec} (${to})`);
      continue;
    }
    const pkg = spec.startsWith('@') ? spec.split('/')[0]! : spec.split('/')[0]!;
    const scoped = spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : pkg;
    if (PURE.has(from) && pkg !== 'zod') {
      problems.push(`${rel(file)} (${from}, pure) imports package ${spec}`);
      continue;
    }
    const homes = PACKAGE_HOMES[scoped] ?? PACKAGE_HOMES[pkg];
    if (homes && !homes.includes(from)) problems.push(`${rel(file)} (${from}) imports ${spec}, which belongs to ${homes.join('/')}`);
  }
  return problems;
}

describe('architecture: dependency direction', () => {
  const files = walk(SRC);

  it('finds the source tree', () => {
    expect(files.length).toBeGreaterThan(10);
    expect(files.map(folderOf)).toEqual(expect.arrayContaining(['engine', 'workbook', 'taskpane']));
  });

  it('every src/ file is in a known folder', () => {
    const unknown = files.filter((f) => !(folderOf(f) in ALLOWED)).map(rel);
    expect(unknown).toEqual([]);
  });

  it('no import crosses a forbidden boundary', () => {
    expect(files.flatMap(violations)).toEqual([]);
  });

  it('detects a forbidden import (the checker is not blind)', () => {
    const probe = path.join(SRC, 'engine', '__probe__.ts');
    const sf = ts.createSourceFile(probe, "import { x } from '../workbook/plan';\nimport React from 'react';", ts.ScriptTarget.Latest, true);
    expect(importsOf(sf)).toEqual(['../workbook/plan', 'react']);
  });

  it('only src/excel references the Office globals (the office.js pages may wait for Office.onReady)', () => {
    const found: string[] = [];
    for (const f of files) {
      if (folderOf(f) === 'excel') continue;
      for (const g of officeGlobalsOf(parse(f))) {
        if (OFFICE_ENTRY_FILES.has(rel(f)) && g.name === 'Office' && /^Office\.onReady\b/.test(g.text)) continue;
        found.push(`${rel(f)}: ${g.text}`);
      }
    }
    expect(found).toEqual([]);
  });

  it('recognises an Office global in code but not in a property name', () => {
    const sf = ts.createSourceFile('x.ts', 'await Excel.run(async (c) => c.sync());\nconst o = { Excel: 1 };\nfoo.Office = 2;', ts.ScriptTarget.Latest, true);
    expect(officeGlobalsOf(sf).map((g) => g.name)).toEqual(['Excel']);
  });
});

describe('architecture: ESLint enforces the same rules', () => {
  const forbidden: [string, string][] = [
    ['src/engine/scoring/__probe__.ts', "import type { WorkbookPort } from '../../workbook/port';\nexport type X = WorkbookPort;\n"],
    ['src/engine/__probe__.ts', "import { resolveWritePlan } from '../workbook/ownership';\nexport const x = resolveWritePlan;\n"],
    ['src/engine/__probe__.ts', "import { readFileSync } from 'fs';\nexport const x = readFileSync;\n"],
    ['src/workbook/__probe__.ts', "import { XlsxWorkbookPort } from '../xlsx';\nexport const x = XlsxWorkbookPort;\n"],
    ['src/excel/__probe__.ts', "import { XlsxWorkbookPort } from '../xlsx/port';\nexport const x = XlsxWorkbookPort;\n"],
    ['src/xlsx/__probe__.ts', "import { x } from '../minutes/build';\nexport const y = x;\n"],
    ['src/minutes/__probe__.ts', "import { x } from '../cli/main';\nexport const y = x;\n"],
    ['src/taskpane/components/__probe__.tsx', "import { createOfficePort } from '../../excel';\nexport const x = createOfficePort;\n"],
    ['src/taskpane/components/__probe2__.tsx', "import ExcelJS from 'exceljs';\nexport const x = ExcelJS;\n"],
    ['src/taskpane/__probe__.ts', "import { Utilities } from '@microsoft/office-js-helpers';\nexport const x = Utilities;\n"],
    ['src/taskpane/components/__probe3__.tsx', "import { analyze } from '../../engine/analyze';\nexport const x = analyze;\n"],
  ];
  const allowed: [string, string][] = [
    ['src/taskpane/index.tsx', "import { createOfficePort } from '../excel';\nexport const x = createOfficePort;\n"],
    ['src/taskpane/preview.tsx', "import { XlsxWorkbookPort } from '../xlsx';\nexport const x = XlsxWorkbookPort;\n"],
    ['src/engine/__probe__.ts', "import { z } from 'zod';\nimport { cleanText } from './cells/text';\nexport const x = [z, cleanText];\n"],
    ['src/workbook/__probe__.ts', "import { cleanText } from '../engine/cells/text';\nexport const x = cleanText;\n"],
    ['src/engine/cells/__probe__.ts', "import { isCellError } from '../../workbook/snapshot';\nimport type { SheetPlan } from '../../workbook/plan';\nexport const x = isCellError;\nexport type P = SheetPlan;\n"],
    ['src/cli/__probe__.ts', "import { XlsxWorkbookPort } from '../xlsx';\nexport const x = XlsxWorkbookPort;\n"],
    ['src/taskpane/components/__probe3__.tsx', "import { analyze } from '../../engine';\nimport { outputPlans } from '../engine';\nexport const x = [analyze, outputPlans];\n"],
  ];
  const globalsProbes: [string, string][] = [
    ['src/taskpane/hooks/__probe__.ts', 'export const run = () => Excel.run(async (c) => c.sync());\n'],
    ['src/engine/__probe__.ts', 'export const ready = () => Office.onReady();\n'],
    ['src/taskpane/index.tsx', 'export const run = () => Excel.run(async (c) => c.sync());\n'],
    ['src/excel/__probe__.ts', 'export const run = () => Excel.run(async (c) => c.sync());\n'],
  ];
  const syncInLoop: [string, string] = [
    'src/excel/__probe__.ts',
    [
      'export async function f(context: Excel.RequestContext, names: string[]) {',
      '  for (const n of names) {',
      '    context.workbook.worksheets.getItem(n).load("name");',
      '    await context.sync();',
      '  }',
      '}',
      '',
    ].join('\n'),
  ];

  // One ESLint process for all probes (loading the config and typescript-eslint takes seconds).
  let results: string[][] = [];
  beforeAll(() => {
    const probes = [...forbidden, ...allowed, ...globalsProbes, syncInLoop].map(([file, code]) => ({ file, code }));
    const out = execFileSync(process.execPath, [path.join(__dirname, 'lintProbes.js')], { cwd: ROOT, input: JSON.stringify(probes), encoding: 'utf8' });
    results = JSON.parse(out) as string[][];
  });
  const at = (i: number) => results[i] ?? [];

  it.each(forbidden.map((p, i) => [p[0], i] as const))('%s: a forbidden import is a lint error', (_file, i) => {
    expect(at(i)).toContain('no-restricted-imports');
  });

  it.each(allowed.map((p, i) => [p[0], forbidden.length + i] as const))('%s: an allowed import passes', (_file, i) => {
    expect(at(i)).not.toContain('no-restricted-imports');
  });

  it('Excel and Office globals outside src/excel are lint errors', () => {
    const base = forbidden.length + allowed.length;
    expect(at(base)).toContain('no-restricted-globals');
    expect(at(base + 1)).toContain('no-restricted-globals');
    expect(at(base + 2)).toContain('no-restricted-globals');
    expect(at(base + 3)).not.toContain('no-restricted-globals');
  });

  it('the Office add-in rules are on (a sync inside a loop is an error)', () => {
    expect(at(forbidden.length + allowed.length + globalsProbes.length)).toContain('office-addins/no-context-sync-in-loop');
  });
});
