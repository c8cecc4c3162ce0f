/**
 * The performance fixes of issue 7 change how, never what: the streaming value hash gives the digests the
 * whole-text hash gave (so `_thidua` records written before still match), and Vietnamese collation by
 * memoised sort keys orders exactly as letter-by-letter comparison did. Reference implementations are
 * the straightforward versions, kept here.
 */
import { hashPlanValues, hashText, hashValues } from '../../src/workbook/hash';
import { compareVietnamese, compareVietnameseNames } from '../../src/engine/cells/collation';
import type { PlanFormula, PlanValue } from '../../src/workbook/plan';
import { Random } from '../../bench/generate/random';

// --- reference: the whole-text hash --------------------------------------------------------------
const imul = Math.imul;
function cyrb53(s: string, seed: number): number {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < s.length; i++) {
    const ch = s.charCodeAt(i);
    h1 = imul(h1 ^ ch, 2654435761);
    h2 = imul(h2 ^ ch, 1597334677);
  }
  h1 = imul(h1 ^ (h1 >>> 16), 2246822507) ^ imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = imul(h2 ^ (h2 >>> 16), 2246822507) ^ imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}
const refText = (s: string) => cyrb53(s, 1).toString(16).padStart(14, '0') + cyrb53(s, 2).toString(16).padStart(14, '0');
type Any = PlanValue | { error: string } | undefined;
function token(v: Any): string {
  if (v === null || v === undefined || v === '') return '';
  if (typeof v === 'number') return `n${Object.is(v, -0) ? '0' : String(v)};`;
  if (typeof v === 'boolean') return v ? 'b1;' : 'b0;';
  if (typeof v === 'string') {
    const t = v.replace(/\r\n?/g, '\n');
    return `s${t.length}:${t}`;
  }
  return `e${v.error};`;
}
function refValues(values: readonly (readonly Any[])[]): string {
  const rows: string[] = [];
  for (const row of values) {
    const tokens = row.map(token);
    while (tokens.length > 0 && tokens[tokens.length - 1] === '') tokens.pop();
    rows.push(tokens.map((t) => (t === '' ? '_' : t)).join(''));
  }
  while (rows.length > 0 && rows[rows.length - 1] === '') rows.pop();
  return refText(rows.join('\n'));
}
function refPlan(values: PlanValue[][], formulas: PlanFormula[]): string {
  const grid = values.map((r) => [...r]);
  for (const f of formulas) {
    while (grid.length <= f.row) grid.push([]);
    const row = grid[f.row]!;
    while (row.length <= f.col) row.push(null);
    row[f.col] = f.result;
  }
  return refValues(grid);
}

function randomCell(rnd: Random): PlanValue {
  const u = rnd.next();
  if (u < 0.2) return null;
  if (u < 0.3) return '';
  if (u < 0.5) return rnd.int(0, 400) / 4;
  if (u < 0.55) return -0;
  if (u < 0.6) return rnd.chance(0.5);
  if (u < 0.65) return 'dòng 1\r\ndòng 2\rdòng 3';
  return `Nguyễn Thị ${rnd.int(0, 999)}`;
}

describe('streaming value hash', () => {
  test('equals the whole-text hash on random ragged grids, with empty rows, formulas and CRLF text', () => {
    const rnd = new Random(42);
    for (let t = 0; t < 500; t++) {
      const values: PlanValue[][] = Array.from({ length: rnd.int(0, 8) }, () => Array.from({ length: rnd.int(0, 6) }, () => randomCell(rnd)));
      const formulas: PlanFormula[] = Array.from({ length: rnd.int(0, 3) }, () => ({ row: rnd.int(0, 10), col: rnd.int(0, 7), formula: 'SUM(A1:A2)', result: randomCell(rnd) as number | string }));
      expect(hashValues(values)).toBe(refValues(values));
      expect(hashPlanValues({ values, formulas })).toBe(refPlan(values, formulas));
    }
    expect(hashValues([[{ error: '#N/A' }, 1]])).toBe(refValues([[{ error: '#N/A' }, 1]]));
    expect(hashText('Tổng hợp xếp hạng')).toBe(refText('Tổng hợp xếp hạng'));
  });

  test('trailing empty cells and rows do not count; an empty row inside does', () => {
    expect(hashValues([['a', null, ''], [], [null]])).toBe(hashValues([['a']]));
    expect(hashValues([['a'], [], ['b']])).not.toBe(hashValues([['a'], ['b']]));
    expect(hashValues([[], ['a']])).not.toBe(hashValues([['a']]));
  });

  test('hashes a 100,000 × 6 sheet (the size reported slow) the same way', () => {
    const values: PlanValue[][] = Array.from({ length: 100_000 }, (_, r) => [r + 1, `Nguyễn Văn A ${r}`, `Trường THCS ${r % 50}`, 'LĐTT', 'Đủ điều kiện', `Điều 24 ${r}`]);
    expect(hashPlanValues({ values, formulas: [] })).toBe(refValues(values));
  });
});

// --- reference: letter-by-letter collation --------------------------------------------------------
const BASE_ORDER = 'aăâbcdđeêghiklmnoôơpqrstuưvxy';
const TONE_ORDER = ['', '\u0300', '\u0309', '\u0303', '\u0301', '\u0323'];
function letters(word: string): { base: number; tone: number }[] {
  const out: { base: number; tone: number }[] = [];
  for (const ch of word.normalize('NFC').toLowerCase()) {
    const d = ch.normalize('NFD');
    let baseChar = d[0] ?? ch;
    let tone = 0;
    for (const m of d.slice(1)) {
      const t = TONE_ORDER.indexOf(m);
      if (t > 0) tone = t;
      else baseChar = (baseChar + m).normalize('NFC');
    }
    const idx = BASE_ORDER.indexOf(baseChar);
    out.push({ base: idx >= 0 ? idx * 1000 : 100000 + baseChar.codePointAt(0)!, tone });
  }
  return out;
}
function refCompare(a: string, b: string): number {
  const la = letters(a);
  const lb = letters(b);
  const n = Math.min(la.length, lb.length);
  for (let i = 0; i < n; i++) if (la[i]!.base !== lb[i]!.base) return la[i]!.base - lb[i]!.base;
  if (la.length !== lb.length) return la.length - lb.length;
  for (let i = 0; i < n; i++) if (la[i]!.tone !== lb[i]!.tone) return la[i]!.tone - lb[i]!.tone;
  return 0;
}
function refCompareNames(a: string, b: string): number {
  const wa = a.trim().split(/\s+/);
  const wb = b.trim().split(/\s+/);
  return refCompare(wa[wa.length - 1] ?? '', wb[wb.length - 1] ?? '') || refCompare(wa.slice(0, -1).join(' '), wb.slice(0, -1).join(' '));
}

describe('collation by memoised sort keys', () => {
  const pieces = ['a', 'ă', 'â', 'á', 'ạ', 'd', 'đ', 'Đ', 'o', 'ô', 'ơ', 'ờ', 'u', 'ư', 'ữ', ' ', 'an', 'anh', 'Ánh', 'z', '1', '-', '😀', 'e\u0301'];
  test('orders random words and names exactly as letter-by-letter comparison', () => {
    const rnd = new Random(7);
    const word = () => Array.from({ length: rnd.int(0, 4) }, () => rnd.pick(pieces)).join('');
    for (let t = 0; t < 3000; t++) {
      const a = word();
      const b = word();
      expect(Math.sign(compareVietnamese(a, b))).toBe(Math.sign(refCompare(a, b)));
      const na = `${word()} ${word()} ${word()}`;
      const nb = `${word()} ${word()} ${word()}`;
      expect(Math.sign(compareVietnameseNames(na, nb))).toBe(Math.sign(refCompareNames(na, nb)));
    }
  });

  test('a word sorts before the longer words it begins; tones only break ties of letters', () => {
    expect(compareVietnamese('An', 'Anh')).toBeLessThan(0);
    expect(compareVietnamese('Anh', 'Ánh')).toBeLessThan(0);
    expect(compareVietnamese('Ánh', 'Anha')).toBeLessThan(0);
    expect(compareVietnamese('Đào'.normalize('NFD'), 'Đào')).toBe(0);
  });
});
