/**
 * Golden test: the example workbook (`thidua template`) → analyze → JSON report, compared with
 * test/fixtures/template-report.json; plus the outcomes the example was built to show, asserted one by
 * one so that regenerating the golden file cannot hide a change of meaning.
 */
import { analyze } from '../../../src/engine/analyze';
import { exampleTemplateSheets, templateToSnapshot } from '../../../src/engine/template';
import { buildJsonReport, serializeJsonReport } from '../../../src/engine/report/json';
import { GOLDEN_NOW, goldenReport } from '../../support/xlsxGolden';

const report = buildJsonReport(analyze(templateToSnapshot(exampleTemplateSheets()), { now: GOLDEN_NOW, lang: 'vi' }), 'vi');

describe('example workbook → JSON report', () => {
  it('matches the golden report', () => {
    expect(report).toEqual(goldenReport(report));
  });

  it('is deterministic', () => {
    const again = buildJsonReport(analyze(templateToSnapshot(exampleTemplateSheets()), { now: GOLDEN_NOW, lang: 'vi' }), 'vi');
    expect(serializeJsonReport(again)).toBe(serializeJsonReport(report));
  });

  it('Khối THCS: veto keeps its rank, the tie at 95 is broken by deductions, flag and merits go to the right units', () => {
    const thcs = report.blocs.find((b) => b.name === 'Khối THCS')!;
    expect(thcs.scale).toBe(100);
    expect(thcs.units.map((u) => [u.unit, u.total, u.rank, u.proposal, u.status])).toEqual([
      ['Trường THCS Đầm Hà', 98, 1, 'CO_TINH', 'proposed'],
      ['Trường THCS Dực Yên', 95.5, 2, null, 'vetoed'],
      ['Trường THCS Tân Bình', 95, 3, 'BANG_KHEN', 'proposed'],
      ['Trường THCS Quảng Tân', 95, 4, 'BANG_KHEN', 'proposed'],
      ['Trường THCS Quảng Lợi', 88, 5, null, 'none'],
      ['Trường THCS Đại Bình', 80.5, 6, null, 'none'],
    ]);
    expect(thcs.units.map((u) => u.classification)).toEqual(['Xuất sắc', 'Xuất sắc', 'Xuất sắc', 'Xuất sắc', 'Tốt', 'Khá']);
    expect(thcs.units.every((u) => u.notes.length > 0 || u.rank === 1)).toBe(true);
  });

  it('Khối Tiểu học: the tie at 93 is broken by the base score, the tie at 90 is shared', () => {
    const th = report.blocs.find((b) => b.name === 'Khối Tiểu học')!;
    expect(th.units.map((u) => [u.unit, u.total, u.rank, u.proposal])).toEqual([
      ['Trường TH Đầm Hà', 98, 1, 'CO_TINH'],
      ['Trường TH Quảng Tân', 93, 2, 'BANG_KHEN'],
      ['Trường TH Tân Bình', 93, 3, 'BANG_KHEN'],
      ['Trường TH Dực Yên', 90, 4, null],
      ['Trường TH Quảng Lợi', 90, 4, null],
      ['Trường TH Đại Bình', 79, 6, null],
    ]);
  });

  it('raises the warnings the example shows on purpose, and no error', () => {
    const codes = report.issues.map((i) => [i.severity, i.code, i.sheet, i.cell]);
    expect(codes).toEqual(expect.arrayContaining([['warning', 'SCORE_VETO', 'Khối THCS', expect.any(String)], ['warning', 'SCORE_GAP', 'Khối THCS', expect.any(String)], ['warning', 'SCORE_BLOC_EMPTY', 'Khối THCS', 'O7']]));
    expect(report.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(report.nominations.length).toBeGreaterThan(0);
  });
});
