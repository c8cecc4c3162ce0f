import { readUnits } from '../../../src/engine/units/readUnits';
import { unitList } from '../../../src/engine/registration/unitList';
import { checkUnits, looseUnitKey } from '../../../src/engine/units/checkUnits';
import { foldKey } from '../../../src/engine/cells/text';
import { renderFinding } from '../../../src/engine/findings/messages';
import { grid, where, FindingSink } from '../blocs/fixtures';

describe('readUnits', () => {
  it('rows crossed by a merged area read their data cells: a merge tail is empty, other rows their own values', () => {
    const g = grid(
      'Đơn vị',
      [
        ['STT', 'Tên đơn vị', 'Khối', 'Số CB-GV-NV'],
        [1, 'Trường A', 'Khối 1', 30],
        [2, 'Trường B', null, null],
        [3, 'Trường C', 'Khối 2', '40'],
      ],
      { merges: [{ r0: 1, c0: 2, r1: 2, c1: 3 }] },
    );
    const read = readUnits(g, new FindingSink());
    expect(read!.units.map((u) => [u.name, u.bloc, u.headcount, u.cell])).toEqual([
      ['Trường A', 'Khối 1', null, 'B2'],
      ['Trường B', '', null, 'B3'],
      ['Trường C', 'Khối 2', 40, 'B4'],
    ]);
  });

  it('reads names, blocs, headcount and level under a title', () => {
    const sink = new FindingSink();
    const r = readUnits(
      grid('Đơn vị', [
        ['DANH SÁCH ĐƠN VỊ'],
        ['STT', 'Tên đơn vị', 'Khối', 'Số CB-GV-NV', 'Cấp học'],
        [1, 'Trường THCS A', 'Khối THCS', 40, 'THCS'],
        [2, 'Trường TH B', 'Khối TH', '35', 'TH'],
        [],
        [3, 'Trường THCS A ', 'Khối THCS'],
      ]),
      sink,
    )!;
    expect(r.headerRow).toBe(1);
    expect(r.units.map((u) => [u.name, u.bloc, u.headcount, u.level, u.cell])).toEqual([
      ['Trường THCS A', 'Khối THCS', 40, 'THCS', 'B3'],
      ['Trường TH B', 'Khối TH', 35, 'TH', 'B4'],
    ]);
    expect(where(sink.items)).toEqual(['UNIT_DUPLICATE_LISTED@Đơn vị!B6']);
  });
  it('warns and gives up without a name column', () => {
    const sink = new FindingSink();
    expect(readUnits(grid('Đơn vị', [['STT', 'Khối']]), sink)).toBeNull();
    expect(where(sink.items)).toEqual(['UNITS_SHEET_NO_HEADER@Đơn vị!A1']);
  });
});

describe('checkUnits', () => {
  const listed = (name: string, bloc: string, cell: string) => ({ name, key: foldKey(name), bloc, headcount: null, level: '', cell });
  const scored = (unit: string, bloc: string, cell: string) => ({ unit, key: foldKey(unit), bloc, sheet: `S ${bloc}`, cell });

  it('passes when every listed unit is scored in its bloc (NFD names, Ð, spaces, "Trường" optional)', () => {
    const sink = new FindingSink();
    checkUnits(
      [listed('Trường THCS Lê Lợi', 'Khối THCS', 'B2'), listed('Trường TH Ðồng Tâm', 'THCS', 'B3')],
      'Đơn vị',
      [scored(' THCS  Lê Lợi'.normalize('NFD'), 'KHỐI THCS', 'B5'), scored('Trường TH Đồng Tâm', 'Khối THCS', 'B6')],
      sink,
    );
    expect(sink.items).toEqual([]);
    expect(looseUnitKey('truong thcs a')).toBe('thcs a');
    expect(['truong', 'truongthcs a', 'thcs truong a', 'truong truong a'].map(looseUnitKey)).toEqual(['truong', 'truongthcs a', 'thcs truong a', 'truong a']);
  });
  it('a listed unit without scores is an error; scored elsewhere is an error; unlisted is a warning', () => {
    const sink = new FindingSink();
    checkUnits(
      [listed('Trường A', 'Khối 1', 'B2'), listed('Trường B', 'Khối 1', 'B3')],
      'Đơn vị',
      [scored('Trường B', 'Khối 2', 'B4'), scored('Trường C', 'Khối 1', 'B5')],
      sink,
    );
    expect(sink.items.map((f) => `${f.code}:${f.severity}@${f.sheet}!${f.cell}`)).toEqual([
      'UNIT_NOT_SCORED:error@Đơn vị!B2',
      'UNIT_BLOC_MISMATCH:error@Đơn vị!B3',
      'UNIT_NOT_LISTED:warning@S Khối 1!B5',
    ]);
    expect(renderFinding(sink.items[0]!)).toBe('Đơn vị!B2: Đơn vị "Trường A" (Khối 1) có trong danh sách nhưng chưa có điểm chấm.');
  });
});

describe('the units list registration checks against', () => {
  const rows = [
    ['STT', 'Tên đơn vị', 'Khối'],
    [1, 'Trường THCS A', 'Khối THCS'],
    [2, 'Trường THCS A', 'Khối THCS'],
  ];
  const recs = [{ sheet: 'Đơn vị', role: 'units' as const, headerRow: 0, by: 'name' as const }];
  it('is the list the bloc stage read for the same sheet, without reading it again', () => {
    const g = grid('Đơn vị', rows);
    const read = readUnits(g, new FindingSink())!;
    // A list that differs from the sheet shows which one was used.
    const given = { sheet: 'Đơn vị', units: [{ ...read.units[0]!, name: 'Trường THCS B' }] };
    const list = unitList({ source: 't.xlsx', sheets: [g.sheet] }, recs, [], given);
    expect(list.units.map((u) => u.name)).toEqual(['Trường THCS B']);
  });
  it('reads a sheet nobody read, quietly, to the same list', () => {
    const a = grid('Đơn vị', rows);
    const b = grid('Đơn vị', rows);
    const quiet = unitList({ source: 't.xlsx', sheets: [a.sheet] }, recs, []);
    expect(quiet.units.map((u) => u.where?.cell)).toEqual(readUnits(b, new FindingSink())!.units.map((u) => u.cell));
    expect(quiet.units.map((u) => u.where?.cell)).toEqual(['B2']);
  });
});
