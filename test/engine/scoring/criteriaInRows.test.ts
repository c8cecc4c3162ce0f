import { detectCriteriaInRows, readCriteriaInRows } from '../../../src/engine/scoring/criteriaInRows';
import { parseCriteriaRows } from '../../../src/engine/criteria/parseCriteria';
import type { CellValue } from '../../../src/workbook/snapshot';
import { grid, where, FindingSink } from '../blocs/fixtures';

const criteriaRows: CellValue[][] = [
  ['I', 'Chính trị', 30],
  ['1', 'Học tập', 10],
  ['2', 'Nề nếp', 20],
  ['II', 'Chuyên môn', 70],
  ['1', 'Dạy học', 70],
];

const units = (det: ReturnType<typeof detectCriteriaInRows>) => det!.units.map((u) => ({ name: u.name, self: u.self, bloc: u.bloc, main: u.main }));

describe('detectCriteriaInRows', () => {
  it('one score column per unit', () => {
    const g = grid('Khối A', [['TT', 'Nội dung', 'Điểm chuẩn', 'Trường A', 'Trường B', 'Ghi chú'], ...criteriaRows]);
    const det = detectCriteriaInRows(g)!;
    expect(det.lastHeaderRow).toBe(0);
    expect(units(det)).toEqual([
      { name: 'Trường A', self: null, bloc: null, main: 3 },
      { name: 'Trường B', self: null, bloc: null, main: 4 },
    ]);
  });

  it('a merged unit header over Tự chấm | Khối chấm, headers without diacritics', () => {
    const g = grid(
      'Khối A',
      [
        ['TT', 'Noi dung tieu chi', 'Diem toi da', 'Trường A', null, 'Trường B', null],
        [null, null, null, 'Tu cham', 'Khoi cham', 'Tự chấm', 'Điểm thống nhất'],
        ...criteriaRows,
      ],
      { merges: [{ r0: 0, c0: 3, r1: 0, c1: 4 }, { r0: 0, c0: 5, r1: 0, c1: 6 }] },
    );
    const det = detectCriteriaInRows(g)!;
    expect(det.lastHeaderRow).toBe(1);
    expect(units(det)).toEqual([
      { name: 'Trường A', self: 3, bloc: 4, main: null },
      { name: 'Trường B', self: 5, bloc: 6, main: null },
    ]);
  });

  it('a pair without a merge ("center across selection") still belongs to its unit', () => {
    const g = grid('Khối A', [['TT', 'Nội dung', 'Điểm', 'Trường A', null], [null, null, null, 'Tự chấm', 'Khối chấm'], ...criteriaRows]);
    expect(units(detectCriteriaInRows(g))).toEqual([{ name: 'Trường A', self: 3, bloc: 4, main: null }]);
  });

  it('unit names in the row above a one-row criteria header', () => {
    const g = grid(
      'Khối A',
      [
        [null, null, null, 'Trường A', null],
        ['TT', 'Nội dung', 'Điểm', 'Tự chấm', 'Khối chấm'],
        ...criteriaRows,
      ],
      { merges: [{ r0: 0, c0: 3, r1: 0, c1: 4 }] },
    );
    const det = detectCriteriaInRows(g)!;
    expect(det.header.row).toBe(1);
    expect(units(det)).toEqual([{ name: 'Trường A', self: 3, bloc: 4, main: null }]);
    expect(det.units[0]!.nameCell).toEqual({ r: 0, c: 3 });
  });

  it('a caption above the unit names', () => {
    const g = grid(
      'Khối A',
      [['TT', 'Nội dung', 'Điểm chuẩn', 'Điểm các đơn vị', null], [null, null, null, 'Trường A', 'Trường B'], ...criteriaRows],
      { merges: [{ r0: 0, c0: 3, r1: 0, c1: 4 }] },
    );
    expect(units(detectCriteriaInRows(g)).map((u) => u.name)).toEqual(['Trường A', 'Trường B']);
  });

  it('a single-unit form takes its unit from "Đơn vị: …" above the header, else from the sheet name', () => {
    const form = grid('Mẫu 1', [['Đơn vị: Trường THCS Lê Lợi'], ['TT', 'Nội dung', 'Điểm chuẩn', 'Tự chấm', 'Khối chấm'], ...criteriaRows]);
    expect(units(detectCriteriaInRows(form))).toEqual([{ name: 'Trường THCS Lê Lợi', self: 3, bloc: 4, main: null }]);
    const bare = grid('THCS Lê Lợi', [['TT', 'Nội dung', 'Điểm chuẩn', 'Tự chấm'], ...criteriaRows]);
    expect(units(detectCriteriaInRows(bare))).toEqual([{ name: 'THCS Lê Lợi', self: 3, bloc: null, main: null }]);
  });

  it('a criteria table without units has no unit columns; a sheet without the header is not this layout', () => {
    expect(detectCriteriaInRows(grid('T', [['TT', 'Nội dung', 'Điểm chuẩn', 'Ghi chú'], ...criteriaRows]))!.units).toEqual([]);
    expect(detectCriteriaInRows(grid('T', [['STT', 'Đơn vị', 'I', 'II']]))).toBeNull();
  });
});

describe('readCriteriaInRows', () => {
  const scoring: CellValue[][] = [
    ['TT', 'Nội dung', 'Điểm chuẩn', 'Trường A', 'Trường B'],
    ['I', 'Chính trị', 30],
    ['1', 'Học tập', 10, 9, 10],
    ['2', 'Nề nếp', 20, 18, 20],
    ['II', 'Chuyên môn', 70],
    ['1', 'Dạy học', 70, 65, 60],
  ];

  it('uses its own rows as criteria when there is no criteria sheet', () => {
    const g = grid('Khối A', scoring);
    const sink = new FindingSink();
    const s = readCriteriaInRows(g, detectCriteriaInRows(g)!, null, 'Khối A', sink);
    expect(s.criteria.sheet).toBe('Khối A');
    expect(s.criteria.scale).toBe(100);
    expect(s.items.map((i) => `${i.node.key}@${i.where.r}`)).toEqual(['I.1@2', 'I.2@3', 'II.1@5']);
    expect(s.units.map((u) => [u.name, u.scoreCol, u.selfCol, Array.from(u.cells.main)])).toEqual([
      ['Trường A', 3, null, [3, 3, 3]],
      ['Trường B', 4, null, [4, 4, 4]],
    ]);
    expect(sink.items).toEqual([]);
  });

  it('matches rows to the criteria sheet by code, also when the sheet has no group rows', () => {
    const criteria = parseCriteriaRows(grid('Tiêu chí', [['TT', 'Nội dung', 'Điểm'], ...criteriaRows]), { code: 0, content: 1, max: 2, type: null }, 1, new FindingSink(), { report: false }).table;
    const g = grid('Khối A', [
      ['TT', 'Nội dung', 'Điểm chuẩn', 'Trường A'],
      ['1', 'Học tập', 10, 9],
      ['2', 'Nề nếp', 25, 18],
      ['1', 'Dạy học', 70, 65],
      ['9', 'Không có trong bảng', 5, 5],
    ]);
    const sink = new FindingSink();
    const s = readCriteriaInRows(g, detectCriteriaInRows(g)!, criteria, 'Khối A', sink);
    expect(s.criteria).toBe(criteria);
    expect(s.items.map((i) => i.node.key)).toEqual(['I.1', 'I.2', 'II.1']);
    expect(where(sink.items)).toEqual(['SCORING_MAX_DIFFERS@Khối A!C3', 'SCORING_ROW_UNMATCHED@Khối A!A5']);
  });

  it('sheets of one template share the matching; each gets its own findings, a changed cell its own result', () => {
    const criteria = parseCriteriaRows(grid('Tiêu chí', [['TT', 'Nội dung', 'Điểm'], ...criteriaRows]), { code: 0, content: 1, max: 2, type: null }, 1, new FindingSink(), { report: false }).table;
    const rows = (max: number) => [
      ['TT', 'Nội dung', 'Điểm chuẩn', 'Trường A'],
      ['1', 'Học tập', 10, 9],
      ['2', 'Nề nếp', max, 18],
      ['1', 'Dạy học', 70, 65],
    ];
    const sink = new FindingSink();
    const read = (name: string, max: number, hiddenRows: number[] = []) => {
      const g = grid(name, rows(max), { hiddenRows });
      return readCriteriaInRows(g, detectCriteriaInRows(g)!, criteria, name, sink);
    };
    const a = read('Khối A', 25);
    const b = read('Khối B', 25);
    const c = read('Khối C', 20);
    const d = read('Khối D', 25, [3]);
    expect([a, b, c].map((s) => s.items.map((i) => `${i.node.key}@${i.where.r}`))).toEqual([
      ['I.1@1', 'I.2@2', 'II.1@3'],
      ['I.1@1', 'I.2@2', 'II.1@3'],
      ['I.1@1', 'I.2@2', 'II.1@3'],
    ]);
    expect(d.items.map((i) => i.node.key)).toEqual(['I.1', 'I.2']);
    // One template, one list of items (read only) and one row index for its sheets.
    expect(b.items).toBe(a.items);
    expect(b.units[0]!.cells.rows).toBe(a.units[0]!.cells.rows);
    expect(d.items).not.toBe(a.items);
    expect(where(sink.items)).toEqual([
      'SCORING_MAX_DIFFERS@Khối A!C3',
      'SCORING_MAX_DIFFERS@Khối B!C3',
      'ROWS_HIDDEN@Khối D!A4',
      'SCORING_MAX_DIFFERS@Khối D!C3',
      'SCORING_CRITERION_MISSING@Khối D!A1',
    ]);
  });

  it('a criteria row crossed by a merged area is matched on its data cells (the merge tail reads empty)', () => {
    const criteria = parseCriteriaRows(grid('Tiêu chí', [['TT', 'Nội dung', 'Điểm'], ...criteriaRows]), { code: 0, content: 1, max: 2, type: null }, 1, new FindingSink(), { report: false }).table;
    const rows = [
      ['TT', 'Nội dung', 'Điểm chuẩn', 'Trường A'],
      ['1', 'Học tập', 10, 9],
      ['2', 'Nề nếp', 20, 18],
      ['1', 'Dạy học', 70, 65],
    ];
    const read = (name: string, merges: { r0: number; c0: number; r1: number; c1: number }[]) => {
      const g = grid(name, rows, { merges });
      const sink = new FindingSink();
      const s = readCriteriaInRows(g, detectCriteriaInRows(g)!, criteria, name, sink);
      return [s.items.map((i) => `${i.node.key}@${i.where.r}`), where(sink.items)];
    };
    // Row 3's code merged down from row 2: row 3 has no code of its own, its criterion goes unmatched.
    expect(read('Khối M', [{ r0: 2, c0: 0, r1: 3, c1: 0 }])).toEqual([['I.1@1', 'I.2@2'], ['SCORING_CRITERION_MISSING@Khối M!A1']]);
    // A title merged over the max cell of its own row: the row has no max, and is matched as before.
    expect(read('Khối P', [{ r0: 1, c0: 1, r1: 1, c1: 2 }])).toEqual([['I.1@1', 'I.2@2', 'II.1@3'], []]);
  });

  it('reports criteria missing from the sheet', () => {
    const criteria = parseCriteriaRows(grid('Tiêu chí', [['TT', 'Nội dung', 'Điểm'], ...criteriaRows]), { code: 0, content: 1, max: 2, type: null }, 1, new FindingSink(), { report: false }).table;
    const g = grid('Khối A', [['TT', 'Nội dung', 'Điểm chuẩn', 'Trường A'], ['I', 'Chính trị', 30], ['1', 'Học tập', 10, 9]]);
    const sink = new FindingSink();
    readCriteriaInRows(g, detectCriteriaInRows(g)!, criteria, 'Khối A', sink);
    expect(where(sink.items)).toEqual(['SCORING_CRITERION_MISSING@Khối A!A1']);
    expect(sink.items[0]!.params).toMatchObject({ codes: 'I.2, II.1', count: 2 });
  });

  it('skips the column-number row under the header', () => {
    const g = grid('Khối A', [scoring[0]!, [1, 2, 3, 4, 5], ...scoring.slice(1)]);
    const s = readCriteriaInRows(g, detectCriteriaInRows(g)!, null, 'Khối A', new FindingSink());
    expect(s.criteria.leaves.map((l) => l.key)).toEqual(['I.1', 'I.2', 'II.1']);
  });

  it('points the typed total at the total row', () => {
    const g = grid('Khối A', [...scoring, [null, 'Tổng cộng', 100, 92, 90]]);
    const s = readCriteriaInRows(g, detectCriteriaInRows(g)!, null, 'Khối A', new FindingSink());
    expect(s.units.map((u) => u.typedTotal)).toEqual([{ r: 6, c: 3 }, { r: 6, c: 4 }]);
  });

  it('pairs: self and bloc columns per unit, views of each unit column over the item rows, keys folded, a duplicate column reported', () => {
    const g = grid('Khối A', [
      ['TT', 'Nội dung', 'Điểm chuẩn', 'Trường Á', null, 'Trường B', null, 'Trường Á'],
      [null, null, null, 'Tự chấm', 'Khối chấm', 'Tự chấm', 'Khối chấm', 'Tự chấm'],
      ['1', 'Học tập', 10, 9, 8, 10, 10, 9],
      ['2', 'Nề nếp', 20, 18, 18, 20, 19, 18],
    ]);
    const sink = new FindingSink();
    const s = readCriteriaInRows(g, detectCriteriaInRows(g)!, null, 'Khối A', sink);
    expect(s.units.map((u) => [u.name, u.key, u.bloc, u.scoreCol, u.selfCol, u.hasSelf, u.hasBloc])).toEqual([
      ['Trường Á', 'truong a', 'Khối A', 4, 3, true, true],
      ['Trường B', 'truong b', 'Khối A', 6, 5, true, true],
    ]);
    const cells = s.units.map((u) => [u.cells.rows, u.cells.self, u.cells.bloc, u.cells.main].map((a) => Array.from(a)));
    expect(cells).toEqual([
      [[2, 3], [3, 3], [4, 4], [-1, -1]],
      [[2, 3], [5, 5], [6, 6], [-1, -1]],
    ]);
    expect(where(sink.items)).toEqual(['SCORING_UNIT_DUPLICATE@Khối A!H1']);
  });
});
