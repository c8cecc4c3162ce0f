import { compareVietnamese, compareVietnameseNames } from '../../../src/engine/cells/collation';
import type { NominationResult, NominationStatus } from '../../../src/engine/model';
import { unitMatchKey } from '../../../src/engine/nominations/unitKey';
import { ALL_AWARDS } from '../../../src/engine/nominations/vocab/awards';
import { councilGroups, councilOrder, denseRanks, splitName } from '../../../src/engine/plan/councilOrder';
import { random } from '../../support/random';

/** The council order as first written (comparisons of collation keys per pair): the reference. */
function referenceSections(noms: readonly NominationResult[], status: NominationStatus): { award: string; kind: string; items: NominationResult[] }[] {
  const counts = new Map<string, Map<string, number>>();
  for (const n of noms) {
    const k = unitMatchKey(n.unit);
    const m = counts.get(k) ?? new Map<string, number>();
    m.set(n.unit, (m.get(n.unit) ?? 0) + 1);
    counts.set(k, m);
  }
  const best = new Map<string, string>();
  for (const [k, m] of counts) best.set(k, [...m.entries()].reduce((a, b) => (b[1] > a[1] ? b : a))[0]);
  const awardIndex = (a: string): number => {
    const i = (ALL_AWARDS as readonly string[]).indexOf(a);
    return i < 0 ? ALL_AWARDS.length : i;
  };
  const chosen = noms.filter((n) => n.status === status).map((n) => (n.kind === 'individual' ? { ...n, unit: best.get(unitMatchKey(n.unit))! } : n));
  const awards = [...new Set(chosen.map((n) => `${n.kind}|${n.award}`))].sort((a, b) => {
    const [ka, aa] = a.split('|') as [string, string];
    const [kb, ab] = b.split('|') as [string, string];
    return ka === kb ? awardIndex(aa) - awardIndex(ab) : ka === 'individual' ? -1 : 1;
  });
  const compare = (a: NominationResult, b: NominationResult): number => {
    if (status === 'review' && (a.voteShare !== undefined || b.voteShare !== undefined)) {
      const d = (b.voteShare ?? -1) - (a.voteShare ?? -1);
      if (d !== 0) return d;
    }
    if (a.kind === 'collective') return compareVietnamese(a.name, b.name);
    return compareVietnamese(a.unit, b.unit) || compareVietnameseNames(a.name, b.name);
  };
  return awards.map((key) => {
    const [kind, award] = key.split('|') as [string, string];
    return { award, kind, items: chosen.filter((n) => n.kind === kind && n.award === award).sort(compare) };
  });
}

const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Đinh', 'Ðinh', 'Hoàng', 'Huỳnh', 'Bùi', 'nguyễn', 'Ngô'];
const MIDDLE = ['Văn', 'Thị', 'Minh', 'Hữu', 'Xuân', 'Thi\u0323'];
const GIVEN = ['An', 'Ân', 'Anh', 'Bình', 'Hùng', 'Hưng', 'Lan', 'Yến', 'Đức', 'Dũng', 'an', 'Ánh'];
const UNITS = ['THCS Đầm Hà', 'Trường THCS Đầm Hà', 'THCS Quảng Tân', 'trường thcs quảng tân', 'TH Tân Lập', 'Mầm non Hoa Sen', 'THPT Lê Lợi', 'THCS Đầm Hà.'];
const AWARDS = ['LDTT', 'CSTDCS', 'GIAY_KHEN', 'UNKNOWN', 'TTLDTT', 'XYZ', ...ALL_AWARDS];
const STATUSES: NominationStatus[] = ['eligible', 'review', 'ineligible'];

function randomNominations(seed: number, count: number, votes: boolean): NominationResult[] {
  const rnd = random(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const out: NominationResult[] = [];
  for (let i = 0; i < count; i++) {
    const collective = rnd() < 0.1;
    const unit = pick(UNITS);
    const r = rnd();
    const person = r < 0.05 ? pick(GIVEN) : r < 0.15 ? `${pick(FAMILY)}  ${pick(GIVEN)} ` : r < 0.2 ? `${pick(FAMILY)} ${pick(MIDDLE)} ${pick(MIDDLE)} ${pick(GIVEN)}` : `${pick(FAMILY)} ${pick(MIDDLE)} ${pick(GIVEN)}`;
    const name = collective ? (rnd() < 0.3 ? unit : `Tổ ${pick(GIVEN)}`) : person;
    const status = pick(STATUSES);
    const share = votes && rnd() < 0.6 ? Math.floor(rnd() * 5) / 4 : undefined;
    out.push({
      sheet: 'Đề nghị',
      row: i + 2,
      cell: `B${i + 2}`,
      name,
      unit,
      award: pick(AWARDS),
      status,
      reasons: [],
      kind: collective ? 'collective' : 'individual',
      ...(share !== undefined ? { voteShare: share } : {}),
    });
  }
  return out;
}

describe('councilGroups', () => {
  test.each([
    [1, false],
    [2, true],
    [3, true],
  ])('orders like the pairwise reference (seed %i, votes %s)', (seed, votes) => {
    const noms = randomNominations(seed, 3000, votes);
    const order = councilOrder(noms);
    for (const status of ['eligible', 'review'] as const) {
      const got = councilGroups(noms, status, order).map((g) => ({
        award: g.award,
        kind: g.kind,
        items: g.items.map((i) => [noms[i]!.row, noms[i]!.kind === 'individual' ? order.unit[i] : noms[i]!.unit]),
      }));
      const want = referenceSections(noms, status).map((s) => ({ award: s.award, kind: s.kind, items: s.items.map((n) => [n.row, n.unit]) }));
      expect(got).toEqual(want);
    }
  });

  test('the canonical spelling of a unit is its most used one, the first seen on a tie', () => {
    const noms = randomNominations(4, 40, false).map((n, i) => ({ ...n, kind: 'individual' as const, status: 'eligible' as const, unit: ['THCS A', 'Trường THCS A', 'THCS  A'][i % 3]! }));
    expect(new Set(councilOrder(noms).unit)).toEqual(new Set(['THCS A']));
    // Every nomination counts, those off the list too.
    const more = [...noms, { ...noms[1]!, status: 'ineligible' as const }, { ...noms[1]!, status: 'ineligible' as const }];
    expect(new Set(councilOrder(more).unit.slice(0, noms.length))).toEqual(new Set(['Trường THCS A']));
  });
});

describe('splitName', () => {
  test('the last word and the rest as trim().split(/\\s+/) gives them', () => {
    const names = ['Nguyễn Văn An', 'An', '', ' ', '  Lê   Thị  Hoa ', 'Tôn Nữ\tMinh', 'A\u00a0B C', 'Trần  Bình', 'x\ny z', 'Ngô Bảo Châu '];
    for (const name of names) {
      const words = name.trim().split(/\s+/);
      expect([name, splitName(name)]).toEqual([name, { given: words[words.length - 1] ?? '', rest: words.slice(0, -1).join(' ') }]);
    }
  });
});

describe('denseRanks', () => {
  /** The reference: ranks from a map of the sorted distinct values. */
  function reference(values: Float64Array): number[] {
    const distinct = [...new Set(values)].sort((a, b) => a - b);
    return [...values].map((v) => distinct.indexOf(v));
  }

  test('equal numbers share a rank, ranks count the distinct numbers in ascending order', () => {
    const rnd = random(3);
    for (const size of [0, 1, 2, 17, 500]) {
      for (const spread of [1, 5, 1000, 2 ** 40]) {
        const values = Float64Array.from({ length: size }, () => Math.floor(rnd() * spread));
        expect([...denseRanks(values)]).toEqual(reference(values));
      }
    }
  });

  test('numbers too large to pack with their index', () => {
    const values = Float64Array.from([2 ** 52, 3, 2 ** 52, 0, 2 ** 51]);
    expect([...denseRanks(values)]).toEqual([3, 1, 3, 0, 2]);
    expect(reference(values)).toEqual([3, 1, 3, 0, 2]);
  });
});
