/** The §9 `Cấu hình` keys: Hạn đăng ký, Đợt / Đợt N, Trọng số Đợt N, and the advanced-example rules syntax. */
import { parseDeadline, parseExampleRules, parsePhase, parsePhaseWeight, exampleRuleText } from '../../../src/engine/settings/parseCycle';
import { DEFAULT_EXAMPLE_RULES } from '../../../src/engine/settings/cycleParams';
import { readSettings } from '../../../src/engine/settings/readSettings';
import { describeParam } from '../../../src/engine/settings/describeParam';
import { DEFAULT_PARAMS } from '../../../src/engine/settings/params';
import { book, sheet, where, FindingSink } from '../blocs/fixtures';

describe('values', () => {
  it('reads deadlines as day/month or full dates', () => {
    expect(parseDeadline('25/10')).toEqual({ day: 25, month: 10, year: null });
    expect(parseDeadline('ngày 25 tháng 10')).toEqual({ day: 25, month: 10, year: null });
    expect(parseDeadline('25/10/2024')).toEqual({ day: 25, month: 10, year: 2024 });
    expect(parseDeadline(45590)).toEqual({ day: 25, month: 10, year: 2024 });
    expect(parseDeadline('31/02')).toBeNull();
    expect(parseDeadline('cuối tháng 10')).toBeNull();
  });

  it('reads phases and weights', () => {
    expect([parsePhase('Đợt 2'), parsePhase('II'), parsePhase(1), parsePhase('đợt cuối'), parsePhase('Đợt X')]).toEqual([2, 2, 1, null, 10]);
    expect([parsePhaseWeight('40 %'), parsePhaseWeight('0,6'), parsePhaseWeight(40), parsePhaseWeight(0.25), parsePhaseWeight('0'), parsePhaseWeight('120%')]).toEqual([0.4, 0.6, 0.4, 0.25, null, null]);
  });

  it('reads the example rules syntax: scope, limits, groups; a clause keeps the previous scope', () => {
    expect(parseExampleRules('Mỗi trường: tối thiểu 2 Cán bộ quản lý, giáo viên, nhân viên; 3 Học sinh', null)).toEqual([
      { scope: 'unit', groups: ['CBQL', 'GV', 'NV'], min: 2, max: null },
      { scope: 'unit', groups: ['HS'], min: 3, max: null },
    ]);
    expect(parseExampleRules('1–3 mô hình\ntối đa 5 CB-GV-NV', 'bloc')).toEqual([
      { scope: 'bloc', groups: ['TAPTHE'], min: 1, max: 3 },
      { scope: 'bloc', groups: ['CBQL', 'GV', 'NV'], min: null, max: 5 },
    ]);
    expect(parseExampleRules('Toàn danh sách: từ 10 đến 20', null)).toEqual([{ scope: 'list', groups: [], min: 10, max: 20 }]);
    expect(parseExampleRules('tối thiểu 10', null)).toBeNull(); // no scope anywhere
    expect(parseExampleRules('Mỗi trường: tối thiểu 2 phụ huynh', null)).toBeNull();
    expect(parseExampleRules('Mỗi khối: 3-1 mô hình', null)).toBeNull();
  });

  it('writes each rule back in the same syntax', () => {
    for (const r of DEFAULT_EXAMPLE_RULES) expect(parseExampleRules(exampleRuleText(r), null)).toEqual([r]);
    expect(DEFAULT_EXAMPLE_RULES.map((r) => exampleRuleText(r))).toEqual([
      'Mỗi trường: tối thiểu 2 Cán bộ quản lý, Giáo viên, Nhân viên',
      'Mỗi trường: tối thiểu 3 Học sinh',
      'Mỗi khối: 1–3 Tập thể, mô hình',
      'Toàn danh sách: tối thiểu 10',
    ]);
  });
});

describe('Cấu hình rows', () => {
  it('applies the §9 keys; example rows replace the defaults together', () => {
    const sink = new FindingSink();
    const { params } = readSettings(
      book(
        sheet('Cấu hình', [
          ['Tham số', 'Giá trị'],
          ['Hạn đăng ký', '25/10'],
          ['Đợt', 'Đợt 1'],
          ['Đợt 2', 'Chấm điểm HK2; Chấm điểm TH HK2'],
          ['Trọng số Đợt 1', '40%'],
          ['Trọng số đợt II', '60 %'],
          ['Điển hình: mỗi khối', '1–3 mô hình'],
          ['Điển hình toàn danh sách', 'tối thiểu 10'],
        ]),
      ),
      sink,
    );
    expect(sink.items).toEqual([]);
    expect(params.registrationDeadline).toEqual({ day: 25, month: 10, year: null });
    expect(params.defaultPhase).toBe(1);
    expect(params.phaseSheets).toEqual({ 2: ['Chấm điểm HK2', 'Chấm điểm TH HK2'] });
    expect(params.phaseWeights).toEqual({ 1: 0.4, 2: 0.6 });
    expect(params.exampleRules).toEqual([
      { scope: 'bloc', groups: ['TAPTHE'], min: 1, max: 3 },
      { scope: 'list', groups: [], min: 10, max: null },
    ]);
    expect(DEFAULT_PARAMS.exampleRules).toBe(DEFAULT_EXAMPLE_RULES);
  });

  it('warns on unreadable values with the value kept, and on unknown phase-like keys', () => {
    const sink = new FindingSink();
    const { params } = readSettings(
      book(sheet('Cấu hình', [['Tham số', 'Giá trị'], ['Hạn đăng ký', 'cuối tháng 10'], ['Trọng số Đợt 1', 'nhiều'], ['Điển hình mỗi trường', 'nhiều lắm'], ['Đợt thi đua cuối', 'x']])),
      sink,
    );
    expect(where(sink.items)).toEqual(['SETTINGS_BAD_VALUE@Cấu hình!B2', 'SETTINGS_BAD_VALUE@Cấu hình!B3', 'SETTINGS_BAD_VALUE@Cấu hình!B4', 'SETTINGS_UNKNOWN_KEY@Cấu hình!A5']);
    expect(sink.items[2]!.params.kept).toBe(DEFAULT_EXAMPLE_RULES.map((r) => exampleRuleText(r)).join('; '));
    expect(params.exampleRules).toBe(DEFAULT_EXAMPLE_RULES);
    expect(describeParam(params, 'phaseWeight:1')).toBe('bằng nhau');
    expect(describeParam({ ...params, registrationDeadline: { day: 5, month: 9, year: 2024 } }, 'registrationDeadline')).toBe('05/09/2024');
  });
});
