/**
 * Issue 7's bundle budgets on the production build (dist/web, rebuilt by the e2e build helper only when
 * older than the sources): the Excel-hosted pane's initial JavaScript ≤ 350 KB gzip, and ExcelJS absent
 * from its initial chunks (it may only come lazily). Also the source-map attribution behind the
 * breakdown that `npm run bench` prints.
 */
import * as path from 'path';
import { INITIAL_GZIP_BUDGET, measureEntry, originOf, piecesBySource, readBuildReport } from '../../bench/web/bundle';
import { ensureWebBuild, WEB } from '../e2e/support/build';

describe('source-map attribution', () => {
  test('each generated piece belongs to the source its mapping names', () => {
    // Line 1: "AAAA" at col 0 → source 0; "GAAC" at col 3 → source 1 (delta +1); line 2: "AADC" → source 0 (delta -1).
    const code = 'abcdefg\nxyz';
    const pieces = piecesBySource(code, { sources: ['webpack://x/./node_modules/react/index.js', 'webpack://x/./src/a.ts'], mappings: 'AAAA,GCAA;ADAA' });
    expect(pieces.get('webpack://x/./node_modules/react/index.js')).toEqual(['abc', 'xyz']);
    expect(pieces.get('webpack://x/./src/a.ts')).toEqual(['defg']);
  });

  test('origins: React, Fluent (and what it is built on), ExcelJS, office-js-helpers, our code', () => {
    expect(originOf('webpack://t/./node_modules/react-dom/cjs/react-dom.production.js')).toBe('react');
    expect(originOf('webpack://t/./node_modules/@fluentui/react-button/lib/Button.js')).toBe('fluent');
    expect(originOf('webpack://t/./node_modules/@griffel/core/index.js')).toBe('fluent');
    expect(originOf('webpack://t/./node_modules/exceljs/dist/exceljs.min.js')).toBe('exceljs');
    expect(originOf('webpack://t/./node_modules/@microsoft/office-js-helpers/dist/office.helpers.js')).toBe('office-js-helpers');
    expect(originOf('webpack://t/./src/engine/analyze.ts')).toBe('ours');
    expect(originOf('node_modules/zod/index.js')).toBe('other');
  });
});

describe('the Excel-hosted task pane bundle', () => {
  beforeAll(async () => {
    await ensureWebBuild();
  }, 600_000);

  test('initial JavaScript is at most 350 KB gzip, and the breakdown accounts for all of it', () => {
    const b = measureEntry(WEB, 'taskpane');
    expect(b.files.length).toBeGreaterThan(0);
    expect(b.gzip).toBeLessThanOrEqual(INITIAL_GZIP_BUDGET);
    const attributed = Object.values(b.byOrigin).reduce((n, o) => n + o.bytes, 0);
    // Every byte but the newlines between mapped lines is attributed to an origin.
    expect(Math.abs(attributed - b.bytes)).toBeLessThan(b.bytes * 0.01);
    expect(b.byOrigin.ours.bytes).toBeGreaterThan(0);
    expect(b.byOrigin.react.bytes).toBeGreaterThan(0);
    expect(b.byOrigin.fluent.bytes).toBeGreaterThan(0);
  });

  test('ExcelJS is not in its initial chunks (by the build report and by the source maps)', () => {
    const b = measureEntry(WEB, 'taskpane');
    expect(b.exceljsModules).toEqual([]);
    expect(b.byOrigin.exceljs.bytes).toBe(0);
    const report = readBuildReport(WEB).entrypoints.taskpane!;
    expect(report.initialModules.some((m) => m.startsWith('src/taskpane/'))).toBe(true);
    expect(report.initialModules.filter((m) => m.includes(`node_modules${path.posix.sep}exceljs`))).toEqual([]);
  });
});
