import { blocTemplateSheets, exampleTemplateSheets, templateToSheetPlans, templateToSnapshot } from '../../../src/engine/template';
import type { TemplateSheet } from '../../../src/engine/template/types';
import { readNumber, compare2, round2 } from '../../../src/engine/cells/values';
import type { PlanValue } from '../../../src/workbook/plan';

const sheets = blocTemplateSheets();
const byName = (n: string): TemplateSheet => sheets.find((s) => s.name === n)!;

function num(v: PlanValue | undefined): number | null {
  const r = readNumber(v ?? null, { maxSane: 100 });
  return r.kind === 'number' ? r.value : null;
}

/** The criteria rows of a sheet (below the header), as SPEC §3.2 reads them. */
function criteriaRows(s: TemplateSheet): { code: string; max: number | null; type: string; row: PlanValue[] }[] {
  const start = (s.headerRow ?? 0) + (s.headerRowCount ?? 1);
  const header = s.rows[s.headerRow ?? 0]!;
  const typeCol = header.indexOf('Loại');
  let groupType = '';
  return s.rows.slice(start).map((row) => {
    const code = String(row[0]);
    const own = typeCol >= 0 ? String(row[typeCol] ?? '') : '';
    if (/^[IVX]+$/.test(code)) groupType = own;
    return { code, max: num(row[2]), type: own || (/^[IVX]+$/.test(code) ? '' : groupType), row };
  });
}

describe('example template', () => {
  it('has every bloc input sheet of SPEC §3 with legal, unique names', () => {
    expect(sheets.map((s) => s.name)).toEqual(['Cấu hình', 'Tiêu chí', 'Khối THCS', 'Khối Tiểu học', 'Đơn vị', 'Suy tôn']);
    const all = exampleTemplateSheets().map((s) => s.name);
    expect(all.slice(0, 6)).toEqual(sheets.map((s) => s.name));
    expect(all).toEqual(expect.arrayContaining(['Đề nghị khen thưởng', 'Đề nghị tập thể']));
    expect(new Set(all.map((n) => n.toUpperCase())).size).toBe(all.length);
    for (const s of exampleTemplateSheets()) expect(s.name.length).toBeLessThanOrEqual(31);
  });

  it('Cấu hình holds the issuing body, place, period and signature names', () => {
    const values = new Map(byName('Cấu hình').rows.slice(1).map((r) => [r[0], r[1]]));
    expect(byName('Cấu hình').rows[0]).toEqual(['Tham số', 'Giá trị', 'Ghi chú']);
    expect(values.get('Tên cơ quan')).toBe('PHÒNG GIÁO DỤC VÀ ĐÀO TẠO ĐẦM HÀ');
    expect(values.get('Cơ quan chủ quản')).toBe('UBND HUYỆN ĐẦM HÀ');
    expect(values.get('Địa danh')).toBe('Đầm Hà');
    expect(values.get('Năm học')).toBe('2024-2025');
    expect(values.get('Người lập biểu')).toBeTruthy();
    expect(values.get('Chủ tịch Hội đồng')).toBeTruthy();
  });

  it('Tiêu chí: groups equal the sum of their children, the Chuẩn scale is 100, with bonus, deduction and veto lines', () => {
    const rows = criteriaRows(byName('Tiêu chí'));
    const leaves = rows.filter((r, i) => {
      const next = rows[i + 1];
      if (!next) return true;
      const depth = (c: string): number => (/^[IVX]+$/.test(c) ? 0 : /^\d+$/.test(c) ? 1 : /^\d+\.\d+$/.test(c) ? 2 : 3);
      return depth(next.code) <= depth(r.code);
    });
    const scale = leaves.filter((l) => l.type === '').reduce((a, l) => a + (l.max ?? 0), 0);
    expect(scale).toBe(100);
    expect(leaves.filter((l) => l.type === 'Cộng').length).toBe(2);
    expect(leaves.filter((l) => l.type === 'Trừ').length).toBe(2);
    expect(leaves.filter((l) => l.type === 'Liệt').length).toBe(1);
    // Each group's max = Σ its leaves' max (veto lines have none).
    let group: { max: number | null; sum: number } | null = null;
    const groups: { max: number | null; sum: number }[] = [];
    for (const r of rows) {
      if (/^[IVX]+$/.test(r.code)) groups.push((group = { max: r.max, sum: 0 }));
      else if (leaves.includes(r)) group!.sum += r.max ?? 0;
    }
    for (const g of groups) if (g.max !== null) expect(g.sum).toBe(g.max);
    expect(rows.map((r) => r.code)).toEqual(expect.arrayContaining(['I', '1', '1.1', '1.2', '2', '3', 'a', 'b', 'II', 'III']));
  });

  describe('Khối THCS (criteria in rows)', () => {
    const s = byName('Khối THCS');
    const header = s.rows[s.headerRow!]!;
    const sub = s.rows[s.headerRow! + 1]!;
    const units = header.filter((v, i) => i >= 3 && typeof v === 'string') as string[];
    // The scoring sheet has no Loại column: types come from Tiêu chí, line by line.
    const types = criteriaRows(byName('Tiêu chí')).map((r) => r.type);
    const rows = criteriaRows(s).map((r, i) => ({ ...r, type: types[i]! }));
    const isLeaf = (i: number): boolean => rows[i]!.row.length > 3;

    function totals(unitIndex: number): { base: number; bonus: number; deduction: number; total: number; self: number; vetoed: boolean; emptyBloc: number } {
      const col = 3 + 2 * unitIndex;
      let base = 0, bonus = 0, deduction = 0, self = 0, vetoed = false, emptyBloc = 0;
      rows.forEach((r, i) => {
        if (!isLeaf(i)) return;
        const selfV = r.row[col];
        const blocV = r.row[col + 1];
        if (r.type === 'Liệt') {
          vetoed = vetoed || blocV === 'x';
          return;
        }
        if ((blocV === null || blocV === undefined) && selfV !== null) emptyBloc++;
        const v = num(blocV) ?? num(selfV) ?? 0;
        const sv = num(selfV) ?? 0;
        if (r.type === 'Cộng') bonus += v;
        else if (r.type === 'Trừ') deduction += v;
        else base += v;
        self += r.type === 'Trừ' ? -sv : sv;
      });
      return { base, bonus, deduction, total: round2(base + bonus - deduction), self: round2(self), vetoed, emptyBloc };
    }

    it('has 6 units, each a merged name over Tự chấm | Khối chấm', () => {
      expect(units.length).toBe(6);
      units.forEach((_, i) => {
        expect(sub[3 + 2 * i]).toBe('Tự chấm');
        expect(sub[4 + 2 * i]).toBe('Khối chấm');
        expect(s.merges).toContainEqual({ r0: s.headerRow!, c0: 3 + 2 * i, r1: s.headerRow!, c1: 4 + 2 * i });
      });
    });

    it('repeats the criteria of Tiêu chí line by line', () => {
      expect(rows.map((r) => [r.code, r.max])).toEqual(criteriaRows(byName('Tiêu chí')).map((r) => [r.code, r.max]));
    });

    it('scores within 0..max, with decimal-comma text numbers and exactly one empty Khối chấm cell', () => {
      let text = 0, empty = 0;
      rows.forEach((r, i) => {
        if (!isLeaf(i) || r.type === 'Liệt') return;
        for (let c = 3; c < 3 + 2 * units.length; c++) {
          const v = r.row[c];
          if (typeof v === 'string') text++;
          const n = num(v);
          if (n !== null) {
            expect(n).toBeGreaterThanOrEqual(0);
            expect(n).toBeLessThanOrEqual(r.max!);
          }
        }
      });
      for (let i = 0; i < units.length; i++) empty += totals(i).emptyBloc;
      expect(text).toBeGreaterThanOrEqual(2);
      expect(empty).toBe(1);
    });

    it('gives the intended totals: a veto, a tie at 95 broken by deductions, a large self-vs-bloc gap', () => {
      const t = units.map((u, i) => ({ unit: u, ...totals(i) }));
      expect(t.map((x) => x.total)).toEqual([98, 95, 95, 95.5, 88, 80.5]);
      expect(t.filter((x) => x.vetoed).map((x) => x.unit)).toEqual(['Trường THCS Dực Yên']);
      const [quangTan, tanBinh] = [t[1]!, t[2]!];
      expect(compare2(quangTan.total, tanBinh.total)).toBe(0);
      expect(tanBinh.deduction).toBeLessThan(quangTan.deduction);
      expect(t.filter((x) => Math.abs(x.self - x.total) > 5).map((x) => x.unit)).toEqual(['Trường THCS Quảng Lợi']);
    });
  });

  describe('Khối Tiểu học (units in rows)', () => {
    const s = byName('Khối Tiểu học');
    const header = s.rows[s.headerRow!]!;
    const body = s.rows.slice(s.headerRow! + 1);

    it('has STT, Đơn vị, one column per group I-III, Điểm cộng, Điểm trừ, Tổng', () => {
      expect(header[0]).toBe('STT');
      expect(header[1]).toBe('Đơn vị');
      expect(header.slice(2, 5).map((h) => String(h).split('.')[0])).toEqual(['I', 'II', 'III']);
      expect(header.slice(5)).toEqual(['Điểm cộng', 'Điểm trừ', 'Tổng']);
    });

    it('types totals that agree with the groups, and holds one unbreakable tie', () => {
      for (const r of body) expect(r[7]).toBe((r[2] as number) + (r[3] as number) + (r[4] as number) + (r[5] as number) - (r[6] as number));
      const key = (r: PlanValue[]): string => `${r[7]}|${r[6]}|${(r[2] as number) + (r[3] as number) + (r[4] as number)}`;
      const keys = body.map(key);
      expect(keys.filter((k, i) => keys.indexOf(k) !== i).length).toBe(1);
    });
  });

  it('Đơn vị lists every scored unit with its bloc; Suy tôn has a vote per flag candidate', () => {
    const units = byName('Đơn vị').rows.slice(1);
    expect(byName('Đơn vị').rows[0]).toEqual(['STT', 'Tên đơn vị', 'Khối', 'Số CB-GV-NV', 'Cấp học']);
    expect(units.length).toBe(12);
    expect(new Set(units.map((u) => u[2]))).toEqual(new Set(['Khối THCS', 'Khối Tiểu học']));
    const votes = byName('Suy tôn').rows;
    expect(votes[0]).toEqual(['Đơn vị', 'Họ và tên', 'Khối', 'Danh hiệu', 'Số phiếu đồng ý', 'Tổng số phiếu']);
    const unitVotes = votes.slice(1).filter((v) => v[1] === null);
    expect(unitVotes.map((v) => v[0])).toEqual(['Trường THCS Đầm Hà', 'Trường TH Đầm Hà']);
    for (const v of votes.slice(1)) expect(units.some((u) => u[1] === v[0] && u[2] === v[2])).toBe(true);
    for (const v of votes.slice(1)) expect(v[4] as number).toBeLessThanOrEqual(v[5] as number);
  });
});

describe('templateToSheetPlans / templateToSnapshot', () => {
  it('styles the header bold and bordered, the title block bold, in Times New Roman 13', () => {
    const plans = templateToSheetPlans(sheets);
    const thcs = plans.find((p) => p.name === 'Khối THCS')!;
    expect(thcs.key).toBe('template:Khối THCS');
    expect(thcs.font).toEqual({ name: 'Times New Roman', size: 13 });
    expect(thcs.styles).toContainEqual({ range: { r0: 2, c0: 0, r1: 3, c1: 14 }, style: expect.objectContaining({ bold: true, border: true }) });
    expect(thcs.styles).toContainEqual({ range: { r0: 0, c0: 0, r1: 1, c1: 14 }, style: { bold: true } });
    expect(thcs.freeze).toEqual({ rows: 4, cols: 0 });
    expect(thcs.columnWidths.length).toBe(15);
    expect(thcs.merges.length).toBe(10);
  });

  it('gives a snapshot with the same values and merges, empty strings as empty cells', () => {
    const snap = templateToSnapshot(sheets);
    expect(snap.sheets.map((s) => s.name)).toEqual(sheets.map((s) => s.name));
    const thcs = snap.sheets.find((s) => s.name === 'Khối THCS')!;
    expect(thcs.values[2]![3]).toBe('Trường THCS Đầm Hà');
    expect(thcs.merges).toEqual(byName('Khối THCS').merges);
    expect(snap.sheets.find((s) => s.name === 'Cấu hình')!.values.flat()).not.toContain('');
  });
});
