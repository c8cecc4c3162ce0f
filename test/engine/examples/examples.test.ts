/**
 * Advanced examples (điển hình tiên tiến, SPEC §9): target groups, count rules per unit, bloc and list
 * (a unit with exactly the minimum ✓, one under ✗, one over the maximum ✗), defaults, the output sheet.
 */
import { analyzeExamples } from '../../../src/engine/examples/analyzeExamples';
import { readGroup } from '../../../src/engine/examples/groups';
import { unitList } from '../../../src/engine/registration/unitList';
import { examplesSheetPlan } from '../../../src/engine/plan/examplesSheet';
import { DEFAULT_PARAMS, type Params } from '../../../src/engine/settings/params';
import type { ExampleRule } from '../../../src/engine/settings/cycleParams';
import { renderFinding } from '../../../src/engine/findings/messages';
import type { CellValue } from '../../../src/workbook/snapshot';
import { book, sheet, where, FindingSink } from '../blocs/fixtures';

const UNITS = sheet('Đơn vị', [
  ['STT', 'Tên đơn vị', 'Khối'],
  [1, 'Trường THCS A', 'Khối THCS'],
  [2, 'Trường THCS B', 'Khối THCS'],
  [3, 'Trường TH C', 'Khối Tiểu học'],
]);
const HEADER = ['Đơn vị', 'Họ và tên / Tên mô hình', 'Đối tượng', 'Lĩnh vực'];

function run(rows: CellValue[][], rules?: ExampleRule[]) {
  const params: Params = rules ? { ...DEFAULT_PARAMS, exampleRules: rules } : DEFAULT_PARAMS;
  const snap = book(UNITS, sheet('Điển hình tiên tiến', [HEADER, ...rows]));
  const sink = new FindingSink();
  const r = analyzeExamples(snap, params, sink, { units: unitList(snap, [{ sheet: 'Đơn vị', role: 'units', headerRow: 0, by: 'name' }], []), blocs: [] });
  return { result: r.result!, sheets: r.sheets, sink };
}

describe('readGroup', () => {
  it('understands the target groups as typed', () => {
    expect(['Giáo viên', 'GV', 'Cán bộ quản lý', 'Hiệu trưởng', 'Nhân viên kế toán', 'Học sinh lớp 9A', 'Tập thể, mô hình', 'Mô hình'].map(readGroup)).toEqual([
      'GV', 'GV', 'CBQL', 'CBQL', 'NV', 'HS', 'TAPTHE', 'TAPTHE',
    ]);
    expect(readGroup('Phụ huynh')).toBeNull();
    expect(readGroup('')).toBeNull();
  });
});

describe('count rules', () => {
  const staff = (unit: string, n: number): CellValue[][] => Array.from({ length: n }, (_, i) => [unit, `GV ${unit} ${i + 1}`, 'Giáo viên', null]);

  it('a unit with exactly the minimum passes, one under fails (✗ with a warning)', () => {
    const { result, sink } = run([...staff('Trường THCS A', 2), ...staff('Trường THCS B', 1), ...staff('Trường TH C', 3)], [{ scope: 'unit', groups: ['CBQL', 'GV', 'NV'], min: 2, max: null }]);
    expect(result.counts.map((c) => [c.scope, c.count, c.ok])).toEqual([
      ['Trường THCS A', 2, true],
      ['Trường THCS B', 1, false],
      ['Trường TH C', 3, true],
    ]);
    expect(where(sink.items)).toEqual(['EXAMPLE_COUNT_LOW@Điển hình tiên tiến!A4']);
    expect(renderFinding(sink.items[0]!)).toBe('Điển hình tiên tiến!A4: Đơn vị «Trường THCS B»: 1 điển hình (Cán bộ quản lý, Giáo viên, Nhân viên), chưa đủ tối thiểu 2.');
  });

  it('a bloc exactly at the maximum passes, one over fails', () => {
    const models = (unit: string, n: number): CellValue[][] => Array.from({ length: n }, (_, i) => [unit, `Mô hình ${unit} ${i + 1}`, 'Tập thể, mô hình', null]);
    const { result, sink } = run([...models('Trường THCS A', 2), ...models('Trường THCS B', 2), ...models('Trường TH C', 3)], [{ scope: 'bloc', groups: ['TAPTHE'], min: 1, max: 3 }]);
    expect(result.counts.map((c) => [c.scope, c.count, c.ok])).toEqual([
      ['Khối THCS', 4, false],
      ['Khối Tiểu học', 3, true],
    ]);
    expect(sink.items.map((f) => [f.code, f.params.scope, f.params.max])).toEqual([['EXAMPLE_COUNT_HIGH', 'Khối THCS', 3]]);
    expect(renderFinding(sink.items[0]!, 'en')).toBe('Điển hình tiên tiến!A2: Bloc "Khối THCS": 4 example(s) (Collectives, models), more than the maximum 3.');
  });

  it('applies the defaults of SPEC §9: each school ≥ 2 staff and ≥ 3 students, each bloc 1–3 models, the list ≥ 10', () => {
    const rows: CellValue[][] = [
      ['Trường THCS A', 'An', 'Giáo viên', null],
      ['Trường THCS A', 'Bình', 'Cán bộ quản lý', null],
      ['Trường THCS A', 'Châu', 'Học sinh', null],
      ['Trường THCS A', 'Dung', 'Học sinh', null],
      ['Trường THCS A', 'Em', 'Học sinh', null],
      ['Trường THCS A', 'Mô hình X', 'Tập thể, mô hình', null],
    ];
    const { result } = run(rows);
    const ok = (scope: string) => result.counts.filter((c) => c.scope === scope).map((c) => [c.count, c.ok]);
    expect(ok('Trường THCS A')).toEqual([[2, true], [3, true]]);
    expect(ok('Trường THCS B')).toEqual([[0, false], [0, false]]);
    expect(ok('Khối THCS')).toEqual([[1, true]]);
    expect(ok('Khối Tiểu học')).toEqual([[0, false]]);
    expect(ok('Toàn danh sách')).toEqual([[6, false]]);
  });

  it('checks entries: missing or unknown groups, unlisted units, duplicates counted once, a model column means a collective', () => {
    const snap = book(
      UNITS,
      sheet('Điển hình', [
        ['Đơn vị', 'Họ và tên', 'Tên mô hình', 'Đối tượng'],
        ['Trường THCS A', 'An', null, null],
        ['Trường THCS A', 'Bình', null, 'Phụ huynh'],
        ['Trường THCS Z', 'Cường', null, 'Giáo viên'],
        ['Trường THCS A', null, 'Vườn trường', null],
        ['Trường THCS A', 'Bình', null, 'Giáo viên'],
        ['Khối THCS', null, 'Cụm chuyên môn', 'Tập thể'],
      ]),
    );
    const sink = new FindingSink();
    const r = analyzeExamples(snap, DEFAULT_PARAMS, sink, { units: unitList(snap, [{ sheet: 'Đơn vị', role: 'units', headerRow: 0, by: 'name' }], []), blocs: [] }).result!;
    expect(where(sink.items).slice(0, 4)).toEqual([
      'EXAMPLE_GROUP_MISSING@Điển hình!D2',
      'EXAMPLE_GROUP_UNKNOWN@Điển hình!D3',
      'EXAMPLE_DUPLICATE@Điển hình!B6',
      'EXAMPLE_UNIT_UNLISTED@Điển hình!A4',
    ]);
    expect(r.entries.map((e) => [e.name, e.group, e.bloc])).toEqual([
      ['An', null, 'Khối THCS'],
      ['Bình', null, 'Khối THCS'],
      ['Cường', 'GV', ''],
      ['Vườn trường', 'TAPTHE', 'Khối THCS'],
      ['Cụm chuyên môn', 'TAPTHE', 'Khối THCS'],
    ]);
    // The bloc's own model counts for the bloc.
    expect(r.counts.filter((c) => c.level === 'bloc').map((c) => [c.scope, c.count])).toEqual([
      ['Khối THCS', 2],
      ['Khối Tiểu học', 0],
    ]);
  });
});

describe('the output sheet', () => {
  it('lists the entries, then the counts per unit with ✓/✗ and what is missing', () => {
    const { result } = run([['Trường THCS A', 'An', 'Giáo viên', 'Dạy học'], ['Trường THCS A', 'Bình', 'Giáo viên', 'Dạy học']], [{ scope: 'unit', groups: ['GV'], min: 2, max: null }]);
    const plan = examplesSheetPlan(result, { params: DEFAULT_PARAMS, now: new Date('2025-05-20T03:00:00Z'), lang: 'vi' });
    expect(plan.name).toBe('Tổng hợp điển hình tiên tiến');
    const text = plan.values.map((r) => r.filter((v) => v !== null).join(' | '));
    expect(text).toEqual(
      expect.arrayContaining([
        'I. DANH SÁCH ĐIỂN HÌNH TIÊN TIẾN',
        '1 | Trường THCS A | An | Giáo viên | Dạy học',
        'II. ĐỐI CHIẾU SỐ LƯỢNG THEO QUY ĐỊNH',
        'STT | Phạm vi | Đối tượng | Số lượng | Quy định | Đạt | Ghi chú',
        '1 | Trường THCS A | Giáo viên | 2 | tối thiểu 2 | ✓',
        '2 | Trường THCS B | Giáo viên | 0 | tối thiểu 2 | ✗ | Thiếu 2',
        'Quy định: Mỗi trường: tối thiểu 2 Giáo viên.',
      ]),
    );
    expect(plan.print?.orientation).toBe('landscape');
    expect(plan.hyperlinks.map((h) => [h.sheet, h.cell])).toEqual([
      ['Điển hình tiên tiến', 'A2'],
      ['Điển hình tiên tiến', 'A3'],
    ]);
  });
});
