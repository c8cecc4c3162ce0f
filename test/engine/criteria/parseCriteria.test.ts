import { parseCriteriaRows } from '../../../src/engine/criteria/parseCriteria';
import type { Criterion } from '../../../src/engine/model';
import type { CellValue } from '../../../src/workbook/snapshot';
import { renderFinding } from '../../../src/engine/findings/messages';
import { grid, where, FindingSink } from '../blocs/fixtures';

const COLS = { code: 0, content: 1, max: 2, type: 3 };

function parse(rows: CellValue[][], opts: { hiddenRows?: number[] } = {}) {
  const sink = new FindingSink();
  const g = grid('Tiêu chí', [['TT', 'Nội dung', 'Điểm chuẩn', 'Loại'], ...rows], opts);
  const r = parseCriteriaRows(g, COLS, 1, sink, { report: true });
  return { ...r, sink };
}

const shape = (n: Criterion): unknown => [n.key, n.type, n.max, ...(n.children.length ? [n.children.map(shape)] : [])];

describe('parseCriteriaRows — hierarchy', () => {
  it('builds groups, criteria, sub-criteria and items from the codes; only leaves are scored', () => {
    const { table, sink } = parse([
      ['I', 'Chính trị', 30],
      ['1', 'Học tập', 10],
      ['2', 'Nề nếp', 20],
      ['2.1', 'Giờ giấc', 10],
      ['2.2', 'Trang phục', 10],
      ['a', 'Giáo viên', 5],
      ['b', 'Học sinh', 5],
      ['II', 'Chuyên môn', 70],
      ['1', 'Dạy học', 70],
    ]);
    expect(sink.items).toEqual([]);
    expect(table.roots.map(shape)).toEqual([
      ['I', 'CHUAN', 30, [['I.1', 'CHUAN', 10], ['I.2', 'CHUAN', 20, [['I.2.1', 'CHUAN', 10], ['I.2.2', 'CHUAN', 10, [['I.2.2.a', 'CHUAN', 5], ['I.2.2.b', 'CHUAN', 5]]]]]]],
      ['II', 'CHUAN', 70, [['II.1', 'CHUAN', 70]]],
    ]);
    expect(table.leaves.map((l) => l.key)).toEqual(['I.1', 'I.2.1', 'I.2.2.a', 'I.2.2.b', 'II.1']);
    expect(table.leaves.map((l) => l.level)).toEqual([1, 2, 3, 3, 1]);
    expect(table.leaves[0]!.row).toBe(3);
    expect(table.scale).toBe(100);
  });

  it('works without Roman groups and with capital-letter groups above Roman ones', () => {
    const flat = parse([
      ['1', 'a', 40],
      ['2', 'b', 60],
    ]).table;
    expect(flat.leaves.map((l) => l.key)).toEqual(['1', '2']);
    const nested = parse([
      ['A', 'PHẦN ĐIỂM CHUẨN', null],
      ['I', 'x', null],
      ['1', 'y', 50],
      ['II', 'z', null],
      ['1', 'w', 50],
      ['B', 'PHẦN ĐIỂM THƯỞNG', null],
      ['1', 'v', 5],
    ]).table;
    expect(nested.leaves.map((l) => `${l.key}:${l.type}`)).toEqual(['A.I.1:CHUAN', 'A.II.1:CHUAN', 'B.1:CONG']);
    expect(nested.scale).toBe(100);
  });

  it('skips description rows, reads "Tổng cộng", and numbers typed as text', () => {
    const { table, totalRow, sink } = parse([
      ['1', 'a', '10,5'],
      [null, '- minh chứng: biên bản', null],
      ['2', 'b', '9.5'],
      [null, 'Tổng cộng', 20],
    ]);
    expect(table.scale).toBe(20);
    expect(totalRow).toEqual({ row: 4, max: 20 });
    expect(sink.items).toEqual([]);
  });
});

describe('parseCriteriaRows — types', () => {
  it('inherits Cộng / Trừ / Liệt from group titles unless the leaf says otherwise', () => {
    const { table } = parse([
      ['I', 'Tiêu chí chuẩn', 10],
      ['1', 'a', 10],
      ['II', 'Điểm thưởng', 5],
      ['1', 'Giải tỉnh', 3],
      ['2', 'Giải huyện', 2, 'Chuẩn'],
      ['III', 'Các nội dung trừ điểm', null],
      ['1', 'Vi phạm nhẹ', 2],
      ['IV', 'Tiêu chí liệt', null],
      ['1', 'Có cán bộ vi phạm pháp luật', null],
      ['V', 'Khác', null],
      ['1', 'Sáng kiến', 4, 'Cộng'],
      ['2', 'Thiếu báo cáo', 1, 'tru'],
    ]);
    expect(table.leaves.map((l) => `${l.key}:${l.type}`)).toEqual(['I.1:CHUAN', 'II.1:CONG', 'II.2:CHUAN', 'III.1:TRU', 'IV.1:LIET', 'V.1:CONG', 'V.2:TRU']);
    expect(table.scale).toBe(12);
  });

  it('warns on an unknown type and keeps the inherited one', () => {
    const { table, sink } = parse([['1', 'a', 10, 'Bắt buộc']]);
    expect(table.leaves[0]!.type).toBe('CHUAN');
    expect(where(sink.items)).toEqual(['CRITERIA_BAD_TYPE@Tiêu chí!D2']);
  });
});

describe('parseCriteriaRows — findings', () => {
  it('group max vs Σ children: equal passes, different warns and the leaves win', () => {
    expect(parse([['I', 'x', 30], ['1', 'a', 10], ['2', 'b', 20]]).sink.items).toEqual([]);
    const { table, sink } = parse([['I', 'x', 30], ['1', 'a', 10], ['2', 'b', 25]]);
    expect(table.scale).toBe(35);
    expect(where(sink.items)).toEqual(['CRITERIA_GROUP_SUM_MISMATCH@Tiêu chí!C2']);
    expect(renderFinding(sink.items[0]!)).toBe('Tiêu chí!C2: Điểm chuẩn của nhóm I là 30 nhưng tổng các tiêu chí con là 35; dùng tổng các tiêu chí con.');
  });

  it('a bonus group maximum is a cap, not a sum to check', () => {
    expect(parse([['I', 'x', 10], ['1', 'c', 10], ['II', 'Điểm cộng', 5], ['1', 'a', 3], ['2', 'b', 3]]).sink.items).toEqual([]);
  });

  it('compares at 2 decimals (0.1 + 0.2 = 0.3)', () => {
    expect(parse([['I', 'x', 0.3], ['1', 'a', 0.1], ['2', 'b', 0.2]]).sink.items).toEqual([]);
  });

  it('reports duplicate codes and keeps both rows apart', () => {
    const { table, sink } = parse([['1', 'a', 10], ['2', 'b', 10], ['2', 'c', 10]]);
    expect(table.leaves.map((l) => l.key)).toEqual(['1', '2', '2#2']);
    expect(where(sink.items)).toEqual(['CRITERIA_DUPLICATE_CODE@Tiêu chí!A4']);
    expect(sink.items[0]!.params).toEqual({ code: '2', first: 'A3' });
  });

  it('reports an empty group, a leaf without maximum, a bad maximum and a row without code', () => {
    const { table, sink } = parse([
      ['I', 'Nhóm trống', null],
      ['II', 'x', null],
      ['1', 'a', null],
      ['2', 'b', 'mười'],
      ['3', 'c', 10],
      [null, 'dòng có điểm', 5],
    ]);
    expect(table.leaves.map((l) => l.key)).toEqual(['II.1', 'II.2', 'II.3']);
    expect(where(sink.items)).toEqual(['CRITERIA_ROW_NO_CODE@Tiêu chí!A7', 'CRITERIA_GROUP_EMPTY@Tiêu chí!A2', 'CRITERIA_LEAF_NO_MAX@Tiêu chí!C4', 'CRITERIA_BAD_MAX@Tiêu chí!C5']);
  });

  it('a table without leaves or with a 0-point scale is an error', () => {
    expect(where(parse([[null, 'chỉ có chữ', null]]).sink.items)).toEqual(['CRITERIA_NO_LEAVES@Tiêu chí!A1']);
    const zero = parse([['1', 'Vi phạm', null, 'Liệt']]);
    expect(where(zero.sink.items)).toEqual(['CRITERIA_ZERO_SCALE@Tiêu chí!A1']);
    expect(zero.sink.items[0]!.severity).toBe('error');
  });

  it('checks a typed total against the scale', () => {
    expect(parse([['1', 'a', 40], ['2', 'b', 60], [null, 'Tổng điểm', 100]]).sink.items).toEqual([]);
    expect(where(parse([['1', 'a', 40], ['2', 'b', 50], [null, 'Tổng điểm', 100]]).sink.items)).toEqual(['CRITERIA_TOTAL_MISMATCH@Tiêu chí!C4']);
  });

  it('reports formula errors and ambiguous numbers in the max column', () => {
    const { sink } = parse([['1', 'a', { error: '#REF!' }], ['2', 'b', '1.000'], ['3', 'c', 10]]);
    expect(where(sink.items).slice(0, 2)).toEqual(['CELL_FORMULA_ERROR@Tiêu chí!C2', 'CELL_NUMBER_AMBIGUOUS@Tiêu chí!C3']);
  });

  it('skips hidden rows with an info; silent mode reports nothing', () => {
    const { table, sink } = parse([['1', 'a', 10], ['2', 'b', 20]], { hiddenRows: [2] });
    expect(table.leaves.map((l) => l.key)).toEqual(['1']);
    expect(where(sink.items)).toEqual(['ROWS_HIDDEN@Tiêu chí!A3']);
    const quiet = new FindingSink();
    parseCriteriaRows(grid('T', [['TT', 'Nội dung', 'Điểm'], ['1', 'a', null]], { hiddenRows: [] }), COLS, 1, quiet, { report: false });
    expect(quiet.items).toEqual([]);
  });

  it('a code merged over two rows counts once', () => {
    const sink = new FindingSink();
    const g = grid('T', [['TT', 'Nội dung', 'Điểm'], ['1', 'dòng 1', 10], ['1', 'dòng 2 (tiếp)', null]], { merges: [{ r0: 1, c0: 0, r1: 2, c1: 0 }] });
    const r = parseCriteriaRows(g, { code: 0, content: 1, max: 2, type: null }, 1, sink, { report: true });
    expect(r.table.leaves.map((l) => l.key)).toEqual(['1']);
    expect(sink.items).toEqual([]);
  });
});
