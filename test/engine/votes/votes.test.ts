import { findVoteHeader, readVoteCount } from '../../../src/engine/votes/voteSheet';
import { readUnitVotes } from '../../../src/engine/votes/readUnitVotes';
import { matchVotes } from '../../../src/engine/votes/matchVotes';
import { blocKey } from '../../../src/engine/scoring/blocName';
import { foldKey } from '../../../src/engine/cells/text';
import { grid, where, FindingSink } from '../blocs/fixtures';

const HEADER = ['STT', 'Đơn vị', 'Họ và tên', 'Khối', 'Danh hiệu', 'Số phiếu đồng ý', 'Tổng số phiếu', 'Số thành viên'];

describe('findVoteHeader', () => {
  it('finds the columns, under a title, without diacritics', () => {
    const h = findVoteHeader(grid('Suy tôn', [['KẾT QUẢ SUY TÔN'], ['STT', 'Don vi', 'Khoi', 'So phieu dong y', 'Tong so phieu']]))!;
    expect(h).toEqual({ row: 1, unit: 1, person: null, bloc: 2, title: null, votesFor: 3, total: 4, members: null });
  });
  it('needs the votes, a name and a denominator', () => {
    expect(findVoteHeader(grid('S', [['Đơn vị', 'Tổng số phiếu']]))).toBeNull();
    expect(findVoteHeader(grid('S', [['Khối', 'Số phiếu đồng ý', 'Tổng số phiếu']]))).toBeNull();
    expect(findVoteHeader(grid('S', [['Đơn vị', 'Số phiếu đồng ý']]))).toBeNull();
  });
  it('reads counts; the larger denominator wins; bad and impossible counts are told apart', () => {
    const g = grid('S', [HEADER, [1, 'A', null, 'K', null, 8, 10, 12], [2, 'B', null, 'K', null, 'tám', 10], [3, 'C', null, 'K', null, 11, 10], [4, 'D', null, 'K', null, 5, null, null]]);
    const h = findVoteHeader(g)!;
    expect(readVoteCount(g, h, 1)).toEqual({ ok: true, votesFor: 8, total: 12 });
    expect(readVoteCount(g, h, 2)).toEqual({ ok: false, reason: 'bad', col: 5 });
    expect(readVoteCount(g, h, 3)).toEqual({ ok: false, reason: 'over', col: 5 });
    expect(readVoteCount(g, h, 4)).toEqual({ ok: false, reason: 'empty', col: 6 });
  });
});

describe('readUnitVotes', () => {
  it('keeps unit rows (no Họ và tên), classifies the title, reports bad rows', () => {
    const g = grid('Suy tôn', [
      HEADER,
      [1, 'Trường A', null, 'Khối THCS', 'Cờ thi đua', 8, 10],
      [2, 'Trường A', 'Nguyễn Văn B', null, 'CSTĐ tỉnh', 9, 10],
      [3, 'Trường B', null, 'Khối THCS', 'Bằng khen', 4, 10],
      [4, 'Trường C', null, 'Khối THCS', null, 6, 10],
      [5, 'Trường D', null, 'Khối THCS', 'Tập thể lao động xuất sắc', 6, 10],
      [6, 'Trường E', null, 'Khối THCS', 'Cờ', 12, 10],
      [7, 'Trường F', null, 'Khối THCS', 'Cờ', 'x', 10],
    ]);
    const sink = new FindingSink();
    const rows = readUnitVotes(g, findVoteHeader(g)!, sink);
    expect(rows.map((r) => `${r.unit}|${r.bloc}|${r.title}|${r.vote.votesFor}/${r.vote.total}|${r.vote.row}|${r.cell}`)).toEqual([
      'Trường A|Khối THCS|flag|8/10|2|B2',
      'Trường B|Khối THCS|merit|4/10|4|B4',
      'Trường C|Khối THCS|any|6/10|5|B5',
    ]);
    expect(rows[0]!.vote.share).toBe(0.8);
    expect(sink.items.map((f) => `${f.code}:${f.severity}@${f.cell}`)).toEqual(['VOTE_MORE_THAN_TOTAL:error@F7', 'VOTE_BAD_NUMBER:warning@F8']);
  });
});

describe('matchVotes', () => {
  const t = (bloc: string, unit: string) => ({ blocKey: blocKey(bloc), unitKey: foldKey(unit) });
  const row = (unit: string, bloc: string, title: 'flag' | 'merit' | 'any', votesFor = 6) => ({
    unit,
    unitKey: foldKey(unit),
    bloc,
    title,
    vote: { votesFor, total: 10, share: votesFor / 10, sheet: 'Suy tôn', row: 2 },
    cell: 'B2',
  });
  it('attaches votes by name and bloc; a bloc with a flag vote "has votes"', () => {
    const sink = new FindingSink();
    const m = matchVotes([row('Trường A', 'Khối THCS', 'flag'), row('THCS B', '', 'merit')], 'Suy tôn', [t('Khối THCS', 'Trường A'), t('Khối THCS', 'Trường THCS B'), t('Khối TH', 'Trường A')], sink);
    expect(sink.items).toEqual([]);
    expect(m.byBloc.get(blocKey('THCS'))!.get(foldKey('Trường A'))!.flag!.votesFor).toBe(6);
    expect(m.byBloc.get(blocKey('THCS'))!.get(foldKey('Trường THCS B'))!.merit!.votesFor).toBe(6);
    expect([...m.blocsWithVotes]).toEqual([blocKey('THCS')]);
  });
  it('reports unknown, ambiguous and duplicate rows', () => {
    const sink = new FindingSink();
    matchVotes(
      [row('Trường Z', 'Khối THCS', 'flag'), row('Trường A', '', 'flag'), row('Trường B', '', 'flag'), row('Trường B', '', 'any')],
      'Suy tôn',
      [t('Khối THCS', 'Trường A'), t('Khối TH', 'Trường A'), t('Khối TH', 'Trường B')],
      sink,
    );
    expect(sink.items.map((f) => f.code)).toEqual(['VOTE_UNIT_UNKNOWN', 'VOTE_UNIT_AMBIGUOUS', 'VOTE_DUPLICATE']);
    expect(where(sink.items)[0]).toBe('VOTE_UNIT_UNKNOWN@Suy tôn!B2');
  });
});
