import { buildJsonReport, serializeJsonReport } from '../../../src/engine/report/json';
import type { NominationResult, QuotaResult } from '../../../src/engine/model';
import { sampleAnalysis } from '../../support/xlsxAnalysis';

const nomination: NominationResult = {
  sheet: 'Đề nghị khen thưởng',
  row: 7,
  cell: 'B7',
  name: 'Nguyễn Văn An',
  unit: 'Trường THCS Đầm Hà',
  award: 'CSTDCS',
  status: 'review',
  reasons: [{ code: 'HISTORY_MISSING', message: 'Đề nghị khen thưởng!H7: thiếu thành tích', status: 'review', source: 'Điều 21' }],
  kind: 'individual',
  voteShare: 0.8,
};
const quota: QuotaResult = { scope: 'Trường THCS Đầm Hà', award: 'CSTDCS', base: 14, limit: 2, count: 3, ok: false };

describe('buildJsonReport', () => {
  const report = buildJsonReport(sampleAnalysis({ nominations: [nomination], quotas: [quota] }), 'vi');

  it('has the SPEC §7 shape, version 1, keys in a fixed order', () => {
    expect(Object.keys(report)).toEqual(['version', 'blocs', 'nominations', 'quotas', 'issues']);
    expect(report.version).toBe(1);
    expect(Object.keys(report.blocs[0]!)).toEqual(['name', 'scale', 'units']);
    expect(Object.keys(report.blocs[0]!.units[0]!)).toEqual(['unit', 'selfTotal', 'base', 'bonus', 'deduction', 'total', 'rank', 'classification', 'proposal', 'status', 'notes']);
    expect(Object.keys(report.nominations[0]!)).toEqual(['sheet', 'row', 'name', 'unit', 'award', 'status', 'reasons']);
    expect(Object.keys(report.quotas[0]!)).toEqual(['scope', 'award', 'base', 'limit', 'count', 'ok']);
    expect(Object.keys(report.issues[0]!)).toEqual(['severity', 'code', 'sheet', 'cell', 'message']);
  });

  it('reports each unit with Vietnamese classification labels, proposals and rendered notes', () => {
    expect(report.blocs[0]).toMatchObject({ name: 'Khối THCS', scale: 100 });
    expect(report.blocs[0]!.units[0]).toEqual({
      unit: 'Trường THCS Quảng Tân',
      selfTotal: 99,
      base: 96.5,
      bonus: 2,
      deduction: 0,
      total: 98.5,
      rank: 1,
      classification: 'Xuất sắc',
      proposal: 'CO_TINH',
      status: 'proposed',
      notes: [],
    });
    expect(report.blocs[0]!.units[1]!.notes).toEqual(['TEST_NOTE {"x":1}']);
    expect(report.blocs[0]!.units[2]).toMatchObject({ proposal: null, status: 'vetoed', classification: 'Khá' });
    expect(report.blocs[1]!.units[0]!.selfTotal).toBeNull();
  });

  it('keeps Vietnamese classification labels even in English', () => {
    const en = buildJsonReport(sampleAnalysis(), 'en');
    expect(en.blocs[0]!.units[0]!.classification).toBe('Xuất sắc');
  });

  it('rounds scores to 2 decimals (no float noise)', () => {
    const a = sampleAnalysis();
    const b = a.blocs[0]!;
    const noisy = { ...a, blocs: [{ ...b, units: [{ ...b.units[0]!, total: 0.1 + 0.2, base: 95.005000000001 }] }] };
    const u = buildJsonReport(noisy, 'vi').blocs[0]!.units[0]!;
    expect(u.total).toBe(0.3);
    expect(u.base).toBe(95.01);
  });

  it('lists nominations with their reasons (code + message only) and quotas', () => {
    expect(report.nominations).toEqual([
      { sheet: 'Đề nghị khen thưởng', row: 7, name: 'Nguyễn Văn An', unit: 'Trường THCS Đầm Hà', award: 'CSTDCS', status: 'review', reasons: [{ code: 'HISTORY_MISSING', message: 'Đề nghị khen thưởng!H7: thiếu thành tích' }] },
    ]);
    expect(report.quotas).toEqual([{ scope: 'Trường THCS Đầm Hà', award: 'CSTDCS', base: 14, limit: 2, count: 3, ok: false }]);
  });

  it('renders issues with their location; absent sheet and cell are null', () => {
    expect(report.issues[0]).toEqual({ severity: 'warning', code: 'TEST_WARN', sheet: 'Khối THCS', cell: 'F7', message: 'Khối THCS!F7: TEST_WARN {}' });
    expect(report.issues[2]).toEqual({ severity: 'info', code: 'TEST_INFO', sheet: null, cell: null, message: 'TEST_INFO {}' });
  });

  it('serialises deterministically with a final newline', () => {
    const a = serializeJsonReport(buildJsonReport(sampleAnalysis(), 'vi'));
    const b = serializeJsonReport(buildJsonReport(sampleAnalysis(), 'vi'));
    expect(a).toBe(b);
    expect(a.endsWith('}\n')).toBe(true);
    expect(JSON.parse(a).version).toBe(1);
  });
});
