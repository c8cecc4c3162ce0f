import { parseCriteriaRows } from '../../../src/engine/criteria/parseCriteria';
import { CriteriaIndex } from '../../../src/engine/criteria/criteriaIndex';
import { grid, FindingSink } from '../blocs/fixtures';

const table = parseCriteriaRows(
  grid('Tiêu chí', [
    ['TT', 'Nội dung', 'Điểm'],
    ['I', 'Chính trị', 20],
    ['1', 'Học tập', 10],
    ['2', 'Nề nếp', 10],
    ['II', 'Chuyên môn', 80],
    ['1', 'Dạy học', 50],
    ['a', 'Soạn bài', 25],
    ['b', 'Lên lớp', 25],
    ['2', 'Kiểm tra', 30],
  ]),
  { code: 0, content: 1, max: 2, type: null },
  1,
  new FindingSink(),
  { report: false },
).table;
const index = new CriteriaIndex(table);
const key = (r: ReturnType<CriteriaIndex['resolve']>): string | null => (r === null || r === 'ambiguous' ? r : r.key);

describe('CriteriaIndex', () => {
  it('resolves full keys and unique suffixes', () => {
    expect(key(index.resolve('II.1'))).toBe('II.1');
    expect(key(index.resolve('1.a'))).toBe('II.1.a');
    expect(key(index.resolve('b'))).toBe('II.1.b');
  });
  it('uses the title to choose between equal codes, else says ambiguous', () => {
    expect(index.resolve('1')).toBe('ambiguous');
    expect(key(index.resolve('1', 'Dạy học'))).toBe('II.1');
    expect(key(index.resolve('1', 'hoc tap'))).toBe('I.1');
    expect(key(index.resolve('', 'Kiểm tra'))).toBe('II.2');
  });
  it('returns null for unknown codes', () => {
    expect(index.resolve('III')).toBeNull();
    expect(index.resolve('', '')).toBeNull();
  });
  it('knows leaves, ancestors and the leaves under a group', () => {
    const ii = index.resolve('II') as ReturnType<typeof index.resolve> & object;
    expect(index.isLeaf(ii as never)).toBe(false);
    expect(index.leavesUnder(ii as never).map((l) => l.key)).toEqual(['II.1.a', 'II.1.b', 'II.2']);
    expect(index.isAncestor(ii as never, index.resolve('1.a') as never)).toBe(true);
    expect(index.isAncestor(index.resolve('I') as never, index.resolve('1.a') as never)).toBe(false);
  });
});
