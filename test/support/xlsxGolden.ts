/**
 * The golden JSON report of the example workbook. `UPDATE_GOLDEN=1 npx jest test/engine/report` rewrites
 * test/fixtures/template-report.json after a deliberate change (review the diff before committing).
 */
import { existsSync, readFileSync, writeFileSync } from 'fs';
import * as path from 'path';
import type { JsonReport } from '../../src/engine/report/json';
import { serializeJsonReport } from '../../src/engine/report/json';

export const GOLDEN_REPORT = path.join(__dirname, '..', 'fixtures', 'template-report.json');
export const GOLDEN_NOW = new Date('2026-11-21T03:00:00Z');

export function goldenReport(actual: JsonReport): JsonReport {
  if (process.env.UPDATE_GOLDEN === '1' || !existsSync(GOLDEN_REPORT)) {
    if (process.env.CI && !existsSync(GOLDEN_REPORT)) throw new Error(`Missing golden file ${GOLDEN_REPORT}`);
    writeFileSync(GOLDEN_REPORT, serializeJsonReport(actual));
  }
  return JSON.parse(readFileSync(GOLDEN_REPORT, 'utf8')) as JsonReport;
}
