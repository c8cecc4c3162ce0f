import { OWNERSHIP_SHEET, readOwnership, resolveWritePlan } from '../../src/workbook/ownership';
import { hashPlanValues, hashValues } from '../../src/workbook/hash';
import { legacyHashValues } from '../../src/workbook/hashLegacy';
import type { SheetPlan, WritePlan } from '../../src/workbook/plan';
import type { CellValue, SheetSnapshot, WorkbookSnapshot } from '../../src/workbook/snapshot';
import { renderFinding } from '../../src/engine/findings/messages';

const NOW = new Date('2026-11-21T03:00:00Z');
const opts = { now: NOW, paramsHash: 'p1' };

function plan(key: string, name: string, values: (string | number | null)[][] = [['x', 1]]): SheetPlan {
  return {
    key,
    name,
    values,
    formulas: [],
    styles: [],
    merges: [],
    columnWidths: [],
    hyperlinks: [],
    font: { name: 'Times New Roman', size: 13 },
    print: { paperSize: 'A4', orientation: 'portrait', fitToWidth: 1, footer: '', margins: { left: 1, right: 1, top: 1, bottom: 1 } },
  };
}

function sheet(name: string, values: CellValue[][], extra: Partial<SheetSnapshot> = {}): SheetSnapshot {
  return { name, visibility: 'visible', values, merges: [], ...extra };
}

/** What the workbook looks like after a writer applied `wp` to `snap` (values only). */
function applied(snap: WorkbookSnapshot, wp: WritePlan): WorkbookSnapshot {
  let sheets = snap.sheets.filter((s) => !wp.deletions.includes(s.name) && s.name !== OWNERSHIP_SHEET);
  for (const a of wp.actions) {
    const s = sheet(a.name, a.plan.values.map((r) => [...r]));
    const i = sheets.findIndex((x) => x.name === a.name);
    if (i >= 0) sheets = sheets.map((x, j) => (j === i ? s : x));
    else sheets = [...sheets, s];
  }
  sheets = [...sheets, sheet(OWNERSHIP_SHEET, wp.ownershipValues.map((r) => [...r]), { visibility: 'veryHidden' })];
  return { sheets };
}

const input = sheet('Khối THCS', [['STT', 'Đơn vị'], [1, 'A']]);

describe('resolveWritePlan', () => {
  it('creates every sheet on a first run and records it in _thidua', () => {
    const { plan: wp, findings } = resolveWritePlan({ sheets: [input] }, [plan('summary', 'Tổng hợp'), plan('log', 'Nhật ký')], opts);
    expect(findings).toEqual([]);
    expect(wp.actions.map((a) => [a.kind, a.name])).toEqual([['create', 'Tổng hợp'], ['create', 'Nhật ký']]);
    expect(wp.deletions).toEqual([]);
    expect(wp.ownershipSheet).toBe('_thidua');
    expect(wp.ownershipValues[0]).toEqual(['name', 'key', 'writtenAt', 'paramsHash', 'valuesHash']);
    expect(wp.ownershipValues[1]).toEqual(['Tổng hợp', 'summary', '2026-11-21T03:00:00.000Z', 'p1', hashPlanValues(plan('summary', 'Tổng hợp'))]);
    expect(wp.ownership.sheets.map((s) => s.key)).toEqual(['summary', 'log']);
  });

  it('replaces its own unedited sheets on a rerun, with no duplicate and no finding (idempotent)', () => {
    const plans = [plan('summary', 'Tổng hợp'), plan('log', 'Nhật ký')];
    const first = resolveWritePlan({ sheets: [input] }, plans, opts);
    const book1 = applied({ sheets: [input] }, first.plan);
    const second = resolveWritePlan(book1, plans, opts);
    expect(second.findings).toEqual([]);
    expect(second.plan.actions.map((a) => [a.kind, a.name])).toEqual([['replace', 'Tổng hợp'], ['replace', 'Nhật ký']]);
    const book2 = applied(book1, second.plan);
    expect(book2).toEqual(book1);
    const third = resolveWritePlan(book2, plans, opts);
    expect(third.plan).toEqual(second.plan);
  });

  it('replaces an owned sheet even when the new values differ (values changed by the input, not by hand)', () => {
    const first = resolveWritePlan({ sheets: [input] }, [plan('summary', 'Tổng hợp', [['v1']])], opts);
    const book = applied({ sheets: [input] }, first.plan);
    const second = resolveWritePlan(book, [plan('summary', 'Tổng hợp', [['v2']])], opts);
    expect(second.plan.actions.map((a) => [a.kind, a.name])).toEqual([['replace', 'Tổng hợp']]);
    expect(second.findings).toEqual([]);
  });

  it('writes beside an owned sheet the user edited, under "(2)", says so, and adopts the new one next time', () => {
    const plans = [plan('summary', 'Tổng hợp')];
    const book = applied({ sheets: [input] }, resolveWritePlan({ sheets: [input] }, plans, opts).plan);
    const edited: WorkbookSnapshot = { sheets: book.sheets.map((s) => (s.name === 'Tổng hợp' ? sheet('Tổng hợp', [['x', 2]]) : s)) };
    const r = resolveWritePlan(edited, plans, opts);
    expect(r.plan.actions.map((a) => [a.kind, a.name])).toEqual([['create', 'Tổng hợp (2)']]);
    expect(r.plan.deletions).toEqual([]);
    expect(r.findings).toEqual([{ code: 'OUTPUT_OWNED_EDITED', severity: 'warning', sheet: 'Tổng hợp', params: { sheet: 'Tổng hợp', newName: 'Tổng hợp (2)' } }]);
    expect(renderFinding(r.findings[0]!)).toContain('«Tổng hợp (2)»');
    // The edited sheet is now the user's; the next run replaces "(2)" silently.
    const book2 = applied(edited, r.plan);
    const again = resolveWritePlan(book2, plans, opts);
    expect(again.plan.actions.map((a) => [a.kind, a.name])).toEqual([['replace', 'Tổng hợp (2)']]);
    expect(again.findings).toEqual([]);
  });

  it('treats a trailing empty cell as no edit (boundary of the hash)', () => {
    const plans = [plan('summary', 'Tổng hợp')];
    const book = applied({ sheets: [input] }, resolveWritePlan({ sheets: [input] }, plans, opts).plan);
    const padded: WorkbookSnapshot = { sheets: book.sheets.map((s) => (s.name === 'Tổng hợp' ? sheet('Tổng hợp', [['x', 1, null, ''], []]) : s)) };
    expect(resolveWritePlan(padded, plans, opts).plan.actions[0]!.kind).toBe('replace');
  });

  it('never overwrites a user sheet with the same name (case-insensitive): writes "(2)" and says so', () => {
    const user = sheet('TỔNG HỢP', [['mine']]);
    const r = resolveWritePlan({ sheets: [input, user] }, [plan('summary', 'Tổng hợp')], opts);
    expect(r.plan.actions.map((a) => [a.kind, a.name])).toEqual([['create', 'Tổng hợp (2)']]);
    expect(r.findings).toEqual([{ code: 'OUTPUT_NAME_TAKEN', severity: 'warning', sheet: 'TỔNG HỢP', params: { sheet: 'TỔNG HỢP', newName: 'Tổng hợp (2)' } }]);
  });

  it('skips "(2)" when it is taken too', () => {
    const r = resolveWritePlan({ sheets: [sheet('Tổng hợp', [['a']]), sheet('Tổng hợp (2)', [['b']])] }, [plan('summary', 'Tổng hợp')], opts);
    expect(r.plan.actions[0]!.name).toBe('Tổng hợp (3)');
  });

  it('deletes its unedited sheets that are no longer produced, keeps edited ones and says so', () => {
    const plans = [plan('summary', 'Tổng hợp'), plan('bloc:a', 'XH A'), plan('bloc:b', 'XH B')];
    const book = applied({ sheets: [input] }, resolveWritePlan({ sheets: [input] }, plans, opts).plan);
    const edited: WorkbookSnapshot = { sheets: book.sheets.map((s) => (s.name === 'XH B' ? sheet('XH B', [['sửa']]) : s)) };
    const r = resolveWritePlan(edited, [plan('summary', 'Tổng hợp')], opts);
    expect(r.plan.deletions).toEqual(['XH A']);
    expect(r.findings).toEqual([{ code: 'OUTPUT_OWNED_KEPT', severity: 'info', sheet: 'XH B', params: { sheet: 'XH B' } }]);
    expect(r.plan.ownership.sheets.map((s) => s.name)).toEqual(['Tổng hợp']);
  });

  it('reuses the name of a deleted sheet for a new output', () => {
    const book = applied({ sheets: [input] }, resolveWritePlan({ sheets: [input] }, [plan('bloc:a', 'XH A')], opts).plan);
    const r = resolveWritePlan(book, [plan('bloc:a2', 'XH A')], opts);
    expect(r.plan.deletions).toEqual(['XH A']);
    expect(r.plan.actions.map((a) => [a.kind, a.name])).toEqual([['create', 'XH A']]);
  });

  it('forgets records whose sheet the user deleted', () => {
    const book = applied({ sheets: [input] }, resolveWritePlan({ sheets: [input] }, [plan('summary', 'Tổng hợp')], opts).plan);
    const gone: WorkbookSnapshot = { sheets: book.sheets.filter((s) => s.name !== 'Tổng hợp') };
    const r = resolveWritePlan(gone, [plan('summary', 'Tổng hợp')], opts);
    expect(r.plan.actions.map((a) => [a.kind, a.name])).toEqual([['create', 'Tổng hợp']]);
    expect(r.plan.deletions).toEqual([]);
  });

  it('writes beside a protected owned sheet', () => {
    const book = applied({ sheets: [input] }, resolveWritePlan({ sheets: [input] }, [plan('summary', 'Tổng hợp')], opts).plan);
    const prot: WorkbookSnapshot = { sheets: book.sheets.map((s) => (s.name === 'Tổng hợp' ? { ...s, protected: true } : s)) };
    const r = resolveWritePlan(prot, [plan('summary', 'Tổng hợp')], opts);
    expect(r.plan.actions.map((a) => a.name)).toEqual(['Tổng hợp (2)']);
    expect(r.findings[0]!.code).toBe('OUTPUT_OWNED_PROTECTED');
  });

  describe('records written by version 1 of the value hash (digests without the "v2:" prefix)', () => {
    /** The book as the previous release left it: its `_thidua` holds 28-hex-digit digests. */
    function releasedBook(summary: CellValue[][]): WorkbookSnapshot {
      const written = [['Tổng hợp', 'summary', '2026-01-01T00:00:00.000Z', 'p0', legacyHashValues([['x', 1]])]];
      return { sheets: [input, sheet('Tổng hợp', summary), sheet(OWNERSHIP_SHEET, [['name', 'key', 'writtenAt', 'paramsHash', 'valuesHash'], ...written], { visibility: 'veryHidden' })] };
    }

    it('still recognise their unedited sheet, which is replaced and recorded with a version-2 digest', () => {
      expect(legacyHashValues([['x', 1]])).toMatch(/^[0-9a-f]{28}$/);
      const r = resolveWritePlan(releasedBook([['x', 1, null], []]), [plan('summary', 'Tổng hợp')], opts);
      expect(r.findings).toEqual([]);
      expect(r.plan.actions.map((a) => [a.kind, a.name])).toEqual([['replace', 'Tổng hợp']]);
      expect(r.plan.ownership.sheets[0]!.valuesHash).toBe(hashValues([['x', 1]]));
      expect(r.plan.ownership.sheets[0]!.valuesHash).toMatch(/^v2:[0-9a-f]{32}$/);
    });

    it('still see an edit of their sheet, which is kept', () => {
      const r = resolveWritePlan(releasedBook([['x', 2]]), [plan('summary', 'Tổng hợp')], opts);
      expect(r.plan.actions.map((a) => [a.kind, a.name])).toEqual([['create', 'Tổng hợp (2)']]);
      expect(r.findings.map((f) => f.code)).toEqual(['OUTPUT_OWNED_EDITED']);
    });

    it('and a digest of an unknown format counts as edited', () => {
      const [inputSheet, summary] = releasedBook([['x', 1]]).sheets;
      const odd = sheet(OWNERSHIP_SHEET, [['name', 'key', 'writtenAt', 'paramsHash', 'valuesHash'], ['Tổng hợp', 'summary', '', '', `v9:${'0'.repeat(32)}`]], { visibility: 'veryHidden' });
      const r = resolveWritePlan({ sheets: [inputSheet!, summary!, odd] }, [plan('summary', 'Tổng hợp')], opts);
      expect(r.findings.map((f) => f.code)).toEqual(['OUTPUT_OWNED_EDITED']);
    });
  });

  it('refuses to write into a structure-protected workbook with an error finding', () => {
    const r = resolveWritePlan({ sheets: [input], structureProtected: true }, [plan('summary', 'Tổng hợp')], opts);
    expect(r.plan.actions).toEqual([]);
    expect(r.findings.map((f) => [f.code, f.severity])).toEqual([['OUTPUT_STRUCTURE_PROTECTED', 'error']]);
  });

  it('keeps the records of a structure-protected workbook as they are, edited sheets too', () => {
    const plans = [plan('summary', 'Tổng hợp'), plan('log', 'Nhật ký')];
    const book = applied({ sheets: [input] }, resolveWritePlan({ sheets: [input] }, plans, opts).plan);
    const edited: WorkbookSnapshot = { sheets: book.sheets.map((s) => (s.name === 'Nhật ký' ? sheet('NHẬT KÝ', [['sửa']]) : s)), structureProtected: true };
    const r = resolveWritePlan(edited, plans, opts);
    expect(r.plan.actions).toEqual([]);
    expect(r.plan.ownership.sheets.map((o) => [o.name, o.valuesHash])).toEqual([
      ['Tổng hợp', hashPlanValues(plans[0]!)],
      ['NHẬT KÝ', hashPlanValues(plans[1]!)],
    ]);
  });

  it('ignores unreadable rows of _thidua with a warning, and never plans over _thidua itself', () => {
    const own = sheet('_thidua', [['name', 'key', 'writtenAt', 'paramsHash', 'valuesHash'], [42, null, null], ['X', 'k', '', '', hashValues([['a']])]], { visibility: 'veryHidden' });
    expect(readOwnership({ sheets: [own] }).records.map((r) => r.name)).toEqual(['X']);
    const r = resolveWritePlan({ sheets: [own] }, [plan('k2', '_thidua')], opts);
    expect(r.findings.map((f) => f.code)).toEqual(['OUTPUT_OWNERSHIP_UNREADABLE', 'OUTPUT_NAME_TAKEN']);
    expect(r.plan.actions[0]!.name).toBe('_thidua (2)');
  });
});

describe('hashValues', () => {
  it('ignores trailing empty cells and rows, and treats "" as empty', () => {
    expect(hashValues([['a', 1]])).toBe(hashValues([['a', 1, null, ''], [], [null]]));
  });
  it('sees every real difference: type, value, position', () => {
    const base = hashValues([['a', 1]]);
    expect(hashValues([['a', '1']])).not.toBe(base);
    expect(hashValues([['a', 1.5]])).not.toBe(base);
    expect(hashValues([[null, 'a', 1]])).not.toBe(base);
    expect(hashValues([[], ['a', 1]])).not.toBe(base);
    expect(hashValues([['a'], [1]])).not.toBe(base);
    expect(hashValues([['a', true]])).not.toBe(hashValues([['a', 'true']]));
    expect(hashValues([[{ error: '#N/A' }]])).not.toBe(hashValues([['#N/A']]));
  });
  it('is deterministic and normalises -0 and CRLF', () => {
    expect(hashValues([[-0, 'a\r\nb']])).toBe(hashValues([[0, 'a\nb']]));
    expect(hashValues([['x']])).toMatch(/^v2:[0-9a-f]{32}$/);
    expect(hashValues([['a\rb', 'c\r\n\r\nd\r']])).toBe(hashValues([['a\nb', 'c\n\nd\n']]));
  });
  it('counts formula results as the values a reader sees', () => {
    const p = { values: [[1, 2, null]], formulas: [{ row: 0, col: 2, formula: 'A1+B1', result: 3 }] };
    expect(hashPlanValues(p)).toBe(hashValues([[1, 2, 3]]));
  });
});

describe('output finding messages', () => {
  it('exist in Vietnamese and English for every code the ownership step emits', () => {
    const codes = ['OUTPUT_OWNED_EDITED', 'OUTPUT_NAME_TAKEN', 'OUTPUT_OWNED_PROTECTED', 'OUTPUT_OWNED_KEPT', 'OUTPUT_STRUCTURE_PROTECTED', 'OUTPUT_OWNERSHIP_UNREADABLE'];
    for (const code of codes)
      for (const lang of ['vi', 'en'] as const) {
        const text = renderFinding({ code, severity: 'warning', sheet: 'Tổng hợp', params: { sheet: 'Tổng hợp', newName: 'Tổng hợp (2)', count: 2 } }, lang);
        expect(text).not.toContain(code);
        expect(text).not.toContain('undefined');
      }
    expect(renderFinding({ code: 'OUTPUT_NAME_TAKEN', severity: 'warning', params: { sheet: 'A', newName: 'A (2)' } }, 'vi')).toBe('Sổ tính đã có trang tính «A» không do Thi đua tạo; kết quả được ghi vào «A (2)».');
  });
});
