/**
 * The performance fixes of issue 7 change how, never what. Value hashes: version 1 (the released format,
 * still used to check `_thidua` records it wrote) streams the digests the whole-text hash gave, and
 * version 2 (new records) streams the digests its plain definition gives. Vietnamese collation by
 * memoised sort keys orders exactly as letter-by-letter comparison did. Reference implementations are
 * the straightforward versions, kept here.
 */
import { hashPlanValues, hashText, hashValues, matchesValuesHash, planReadBackValues } from '../../src/workbook/hash';
import { legacyHashValues } from '../../src/workbook/hashLegacy';
import { compareVietnamese, compareVietnameseNames } from '../../src/engine/cells/collation';
import type { PlanFormula, PlanValue } from '../../src/workbook/plan';
import { Random } from '../../bench/generate/random';

// --- reference: the version-1 whole-text hash ----------------------------------------------------
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
function refGrid(values: PlanValue[][], formulas: PlanFormula[]): PlanValue[][] {
  const grid = values.map((r) => [...r]);
  for (const f of formulas) {
    while (grid.length <= f.row) grid.push([]);
    const row = grid[f.row]!;
    while (row.length <= f.col) row.push(null);
    row[f.col] = f.result;
  }
  return grid;
}

// --- reference: the version-2 definition, word lists first, then the lanes -----------------------
function lanes(words: readonly number[], a: number, b: number): [number, number] {
  for (const w of words) {
    a = imul(a ^ w, 0x9e3779b1);
    a = (a << 15) | (a >>> 17);
    b = imul((b + w) | 0, 0x85ebca77);
    b = (b << 13) | (b >>> 19);
  }
  return [a, b];
}
function murmurWords(seed: number, words: readonly number[]): number {
  let h = seed;
  for (const w of words) {
    let k = imul(w | 0, 0xcc9e2d51);
    k = (k << 15) | (k >>> 17);
    h ^= imul(k, 0x1b873593);
    h = (h << 13) | (h >>> 19);
    h = (imul(h, 5) + 0xe6546b64) | 0;
  }
  h ^= words.length * 4;
  h = imul(h ^ (h >>> 16), 0x85ebca6b);
  h = imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}
function refV2(values: readonly (readonly Any[])[]): string {
  const structure: number[] = [];
  const content: number[] = [];
  let units = 0;
  values.forEach((row, r) => {
    let open = false;
    row.forEach((v, c) => {
      if (v === null || v === undefined || v === '') return;
      if (!open) structure.push(r * 8);
      open = true;
      if (typeof v === 'number' && Number.isInteger(v) && v >= -(2 ** 31) && v < 2 ** 31) structure.push(c * 8 + 1, v | 0);
      else if (typeof v === 'number') {
        const bits = new DataView(new ArrayBuffer(8));
        bits.setFloat64(0, v, true);
        structure.push(c * 8 + 2, bits.getInt32(0, true), bits.getInt32(4, true));
      } else if (typeof v === 'boolean') structure.push(c * 8 + (v ? 5 : 4));
      else {
        const t = (typeof v === 'string' ? v : v.error).replace(/\r\n?/g, '\n');
        structure.push(c * 8 + (typeof v === 'string' ? 3 : 6), t.length);
        for (let i = 0; i < t.length; i += 2) content.push(t.charCodeAt(i) | ((i + 1 < t.length ? t.charCodeAt(i + 1) : 0) << 16));
        units += t.length;
      }
    });
  });
  const state = [...lanes(structure, 0xa4093822, 0x299f31d0), ...lanes(content, 0x13198a2e, 0x03707344), structure.length, units];
  return 'v2:' + [0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a].map((seed) => murmurWords(seed, state).toString(16).padStart(8, '0')).join('');
}

function randomCell(rnd: Random): PlanValue {
  const u = rnd.next();
  if (u < 0.2) return null;
  if (u < 0.3) return '';
  if (u < 0.45) return rnd.int(0, 400) / 4;
  if (u < 0.5) return rnd.chance(0.5) ? -0 : rnd.int(-3, 3) * 2 ** 31 + rnd.int(0, 9);
  if (u < 0.55) return rnd.chance(0.5) ? 1e21 / 3 : -rnd.int(0, 99);
  if (u < 0.6) return rnd.chance(0.5);
  if (u < 0.65) return rnd.pick(['dòng 1\r\ndòng 2\rdòng 3', '\r', 'a\r', '\r\n', 'xy\r\r\nz', '😀 x\ud800']);
  return `Nguyễn Thị ${rnd.int(0, 999)}`.slice(0, rnd.int(1, 18));
}
function randomGrid(rnd: Random): { values: PlanValue[][]; formulas: PlanFormula[] } {
  const values: PlanValue[][] = Array.from({ length: rnd.int(0, 8) }, () => Array.from({ length: rnd.int(0, 6) }, () => randomCell(rnd)));
  const formulas: PlanFormula[] = Array.from({ length: rnd.int(0, 3) }, () => ({ row: rnd.int(0, 10), col: rnd.int(0, 7), formula: 'SUM(A1:A2)', result: randomCell(rnd) as number | string }));
  return { values, formulas };
}

describe('value hash version 1 (kept to check the records the released version wrote)', () => {
  test('equals the whole-text hash on random ragged grids, with empty rows and CRLF text', () => {
    const rnd = new Random(42);
    for (let t = 0; t < 500; t++) {
      const { values, formulas } = randomGrid(rnd);
      const grid = refGrid(values, formulas);
      expect(legacyHashValues(grid)).toBe(refValues(grid));
      expect(matchesValuesHash(grid, refValues(grid))).toBe(true);
    }
    expect(legacyHashValues([[{ error: '#N/A' }, 1]])).toBe(refValues([[{ error: '#N/A' }, 1]]));
    expect(hashText('Tổng hợp xếp hạng')).toBe(refText('Tổng hợp xếp hạng'));
  });

  test('checks an edited grid as edited', () => {
    const values = [['Nguyễn Văn A', 1, 2.5], [], ['LĐTT']];
    const digest = refValues(values);
    expect(matchesValuesHash([['Nguyễn Văn A', 1, 2.5, null], [], ['LĐTT'], []], digest)).toBe(true);
    expect(matchesValuesHash([['Nguyễn Văn B', 1, 2.5], [], ['LĐTT']], digest)).toBe(false);
    expect(matchesValuesHash([['Nguyễn Văn A', 1, 2.5], ['LĐTT']], digest)).toBe(false);
  });
});

describe('value hash version 2', () => {
  test('equals its plain definition on random ragged grids, with formulas, CR / CRLF text and every kind of number', () => {
    const rnd = new Random(42);
    for (let t = 0; t < 1000; t++) {
      const { values, formulas } = randomGrid(rnd);
      const grid = refGrid(values, formulas);
      expect(hashPlanValues({ values, formulas })).toBe(refV2(grid));
      expect(hashValues(grid)).toBe(refV2(grid));
      expect(planReadBackValues({ values, formulas })).toEqual(grid);
      expect(matchesValuesHash(grid, refV2(grid))).toBe(true);
    }
    expect(hashValues([[{ error: '#N/A' }, 1]])).toBe(refV2([[{ error: '#N/A' }, 1]]));
    expect(hashValues([[NaN, -NaN]])).toBe(refV2([[NaN, NaN]]));
  });

  test('hashing a plan leaves the plan as it was', () => {
    const values = [[1, 2], [3]];
    const formulas = [{ row: 1, col: 2, formula: 'A2', result: 9 }, { row: 3, col: 0, formula: 'A1', result: 'x' }];
    hashPlanValues({ values, formulas });
    expect(values).toEqual([[1, 2], [3]]);
  });

  test('trailing empty cells and rows do not count; an empty row inside does', () => {
    expect(hashValues([['a', null, ''], [], [null]])).toBe(hashValues([['a']]));
    expect(hashValues([['a'], [], ['b']])).not.toBe(hashValues([['a'], ['b']]));
    expect(hashValues([[], ['a']])).not.toBe(hashValues([['a']]));
  });

  test('hashes a 100,000 × 6 sheet (the size reported slow) by its definition', () => {
    const values: PlanValue[][] = Array.from({ length: 100_000 }, (_, r) => [r + 1, `Nguyễn Văn A ${r}`, `Trường THCS ${r % 50}`, 'LĐTT', r % 7 === 0 ? 'Đủ\r\nđiều kiện' : 'Đủ điều kiện', `Điều 24 ${r}`]);
    expect(hashPlanValues({ values, formulas: [] })).toBe(refV2(values));
  });

  test('tells near-identical grids apart, and one changed character changes half of the digest', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 20_000; i++) {
      seen.add(hashValues([[`Nguyễn Văn A ${i}`]]));
      seen.add(hashValues([[i]]));
      seen.add(hashValues([[String(i)]]));
      seen.add(hashValues([[null, i / 4]]));
    }
    expect(seen.size).toBe(80_000);
    const rnd = new Random(7);
    const bits = (hex: string): string => [...hex.slice(3)].map((d) => parseInt(d, 16).toString(2).padStart(4, '0')).join('');
    let flipped = 0;
    const trials = 400;
    for (let t = 0; t < trials; t++) {
      const values = Array.from({ length: 20 }, (_, r) => [r, `Trường THCS ${rnd.int(0, 999)} – ${r}`]);
      const before = bits(hashValues(values));
      const r = rnd.int(0, 19);
      const s = values[r]![1] as string;
      const at = rnd.int(0, s.length - 1);
      values[r]![1] = s.slice(0, at) + String.fromCharCode(s.charCodeAt(at) ^ (1 << rnd.int(0, 6))) + s.slice(at + 1);
      const after = bits(hashValues(values));
      for (let i = 0; i < 128; i++) if (before[i] !== after[i]) flipped++;
    }
    // 64 of 128 bits on average; a binomial mean over 400 trials stays well within ±2.
    expect(Math.abs(flipped / trials - 64)).toBeLessThan(2);
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
