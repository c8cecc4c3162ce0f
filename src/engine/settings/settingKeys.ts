/**
 * The keys of the `Cấu hình` sheet (SPEC §3.1, §6) and how each value is applied to the parameters.
 * Keys match forgivingly: case, diacritics, spacing and a trailing "(điểm)"-style remark do not matter.
 */
import type { CellValue } from '../../workbook/snapshot';
import { looseKey } from '../cells/text';
import type { Params } from './params';
import {
  parseBands,
  parseClassification,
  parseCount,
  parseLeave,
  parseNameList,
  parsePeriod,
  parsePointsOrPercent,
  parseRatio,
  parseRounding,
  parseScope,
  parseSeverity,
  parseThreshold,
  parseTieBreaks,
  settingText,
} from './parseValues';
import { CYCLE_SETTING_KEYS, cycleKeyFor } from './cycleKeys';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/**
 * Parameters as read by this engine: §6 plus `gapWarningPercent`, the self-vs-bloc gap as a percentage
 * of the scale when the officer typed "5 %" rather than points. Assignable to Params.
 */
export interface BlocParams extends Params {
  readonly gapWarningPercent?: number;
}

export type MutableParams = Mutable<BlocParams>;

export interface SettingKey {
  /** Identifier of what the key sets (two keys setting the same thing count as a duplicate). */
  readonly id: string;
  /** The key as documented, used in messages. */
  readonly label: string;
  readonly aliases: readonly string[];
  /** Applies the value; false when it cannot be read (the default is kept). */
  readonly apply: (p: MutableParams, v: CellValue) => boolean;
}

function set<T>(value: T | null, write: (x: T) => void): boolean {
  if (value === null) return false;
  write(value);
  return true;
}

function text(v: CellValue, write: (s: string) => void): boolean {
  const t = settingText(v);
  if (!t) return false;
  write(t);
  return true;
}

export const SETTING_KEYS: readonly SettingKey[] = [
  {
    id: 'gapWarning',
    label: 'Chênh lệch cảnh báo (điểm)',
    aliases: ['Chênh lệch cảnh báo', 'Ngưỡng chênh lệch', 'Chênh lệch tự chấm khối chấm', 'Mức chênh lệch cảnh báo'],
    apply: (p, v) =>
      set(parsePointsOrPercent(v), (g) => {
        if ('points' in g) {
          p.gapWarning = g.points;
          delete p.gapWarningPercent;
        } else {
          p.gapWarning = null;
          p.gapWarningPercent = g.percent;
        }
      }),
  },
  {
    id: 'tieBreaks',
    label: 'Tiêu chí phụ khi bằng điểm',
    aliases: ['Tiêu chí phụ khi bằng điểm', 'Tiêu chí phụ', 'Tiêu chí xếp hạng khi bằng điểm', 'Khi bằng điểm'],
    apply: (p, v) => set(parseTieBreaks(v), (x) => (p.tieBreaks = x)),
  },
  {
    id: 'bands',
    label: 'Ngưỡng xếp loại',
    aliases: ['Ngưỡng xếp loại', 'Mức xếp loại', 'Thang xếp loại'],
    apply: (p, v) => set(parseBands(v, p.bands), (x) => (p.bands = x)),
  },
  {
    id: 'flagCount',
    label: 'Số đơn vị đề nghị Cờ',
    aliases: ['Số đơn vị đề nghị Cờ', 'Số đơn vị đề nghị Cờ thi đua', 'Số lượng Cờ', 'Số Cờ thi đua'],
    apply: (p, v) => set(parseCount(v), (x) => (p.flagCount = x)),
  },
  {
    id: 'flagMinClass',
    label: 'Xếp loại tối thiểu đề nghị Cờ',
    aliases: ['Xếp loại tối thiểu đề nghị Cờ', 'Xếp loại tối thiểu đề nghị Cờ thi đua', 'Xếp loại tối thiểu Cờ'],
    apply: (p, v) => set(parseClassification(v), (x) => (p.flagMinClass = x)),
  },
  {
    id: 'meritRate',
    label: 'Tỷ lệ đề nghị Bằng khen',
    aliases: ['Tỷ lệ đề nghị Bằng khen', 'Tỉ lệ đề nghị Bằng khen', 'Tỷ lệ Bằng khen', 'Tỉ lệ Bằng khen'],
    apply: (p, v) => set(parseRatio(v), (x) => (p.meritRate = x)),
  },
  {
    id: 'meritMinClass',
    label: 'Xếp loại tối thiểu đề nghị Bằng khen',
    aliases: ['Xếp loại tối thiểu đề nghị Bằng khen', 'Xếp loại tối thiểu Bằng khen'],
    apply: (p, v) => set(parseClassification(v), (x) => (p.meritMinClass = x)),
  },
  {
    id: 'unitVoteThreshold',
    label: 'Ngưỡng phiếu suy tôn',
    aliases: ['Ngưỡng phiếu suy tôn', 'Tỷ lệ phiếu suy tôn', 'Tỉ lệ phiếu suy tôn', 'Ngưỡng suy tôn'],
    apply: (p, v) => set(parseThreshold(v, p.unitVoteThreshold.strict), (x) => (p.unitVoteThreshold = x)),
  },
  {
    id: 'personVoteThreshold',
    label: 'Ngưỡng phiếu CSTĐ tỉnh / toàn quốc',
    aliases: ['Ngưỡng phiếu CSTĐ tỉnh toàn quốc', 'Ngưỡng phiếu CSTĐ', 'Ngưỡng phiếu CSTĐ tỉnh', 'Ngưỡng phiếu Chiến sĩ thi đua'],
    apply: (p, v) => set(parseThreshold(v, p.personVoteThreshold.strict), (x) => (p.personVoteThreshold = x)),
  },
  {
    id: 'cstdcsRate',
    label: 'Tỷ lệ CSTĐCS',
    aliases: ['Tỷ lệ CSTĐCS', 'Tỉ lệ CSTĐCS', 'Tỷ lệ CSTĐ cơ sở', 'Tỉ lệ CSTĐ cơ sở', 'Tỷ lệ Chiến sĩ thi đua cơ sở'],
    apply: (p, v) => set(parseRatio(v), (x) => (p.cstdcsRate = x)),
  },
  {
    id: 'quotaScope',
    label: 'Phạm vi tính tỷ lệ',
    aliases: ['Phạm vi tính tỷ lệ', 'Phạm vi tính tỉ lệ', 'Phạm vi tỷ lệ', 'Phạm vi tỉ lệ'],
    apply: (p, v) => set(parseScope(v), (x) => (p.quotaScope = x)),
  },
  {
    id: 'rounding',
    label: 'Làm tròn',
    aliases: ['Làm tròn', 'Cách làm tròn', 'Làm tròn số', 'Làm tròn tỷ lệ'],
    apply: (p, v) => set(parseRounding(v), (x) => (p.rounding = x)),
  },
  {
    id: 'minServiceMonths',
    label: 'Số tháng công tác tối thiểu',
    aliases: ['Số tháng công tác tối thiểu', 'Thời gian công tác tối thiểu'],
    apply: (p, v) => set(parseCount(v), (x) => (p.minServiceMonths = x)),
  },
  {
    id: 'maxLeaveDays',
    label: 'Số ngày nghỉ tối đa',
    aliases: ['Số ngày nghỉ tối đa'],
    apply: (p, v) =>
      set(parseLeave(v), (x) => {
        p.maxLeaveDays = x.days;
        if (x.severity) p.leaveSeverity = x.severity;
      }),
  },
  {
    id: 'leaveSeverity',
    label: 'Mức xử lý khi nghỉ quá số ngày',
    aliases: ['Mức xử lý khi nghỉ quá số ngày', 'Mức xử lý ngày nghỉ', 'Mức khi nghỉ quá số ngày', 'Mức nghỉ quá số ngày', 'Mức ngày nghỉ'],
    apply: (p, v) => set(parseSeverity(v), (x) => (p.leaveSeverity = x)),
  },
  {
    id: 'legalBasis',
    label: 'Căn cứ pháp lý',
    aliases: ['Căn cứ pháp lý', 'Căn cứ'],
    apply: (p, v) => text(v, (s) => (p.legalBasis = s)),
  },
  {
    id: 'govFlagUnits',
    label: 'Đơn vị được đề nghị Cờ Chính phủ',
    aliases: [
      'Đơn vị được đề nghị Cờ Chính phủ',
      'Đơn vị đề nghị Cờ Chính phủ',
      'Đơn vị được đề nghị Cờ thi đua của Chính phủ',
      'Đơn vị được đề nghị Cờ thi đua Chính phủ',
      'Danh sách Cờ Chính phủ',
      'Cờ Chính phủ',
    ],
    apply: (p, v) => {
      const list = parseNameList(v);
      if (!list.length) return false;
      p.govFlagUnits = list;
      return true;
    },
  },
  { id: 'agency', label: 'Tên cơ quan', aliases: ['Tên cơ quan', 'Cơ quan', 'Cơ quan ban hành'], apply: (p, v) => text(v, (s) => (p.agency = s)) },
  {
    id: 'parentAgency',
    label: 'Cơ quan chủ quản',
    aliases: ['Cơ quan chủ quản', 'Cơ quan cấp trên'],
    apply: (p, v) => text(v, (s) => (p.parentAgency = s)),
  },
  { id: 'place', label: 'Địa danh', aliases: ['Địa danh', 'Địa điểm'], apply: (p, v) => text(v, (s) => (p.place = s)) },
  {
    id: 'period',
    label: 'Năm học',
    aliases: ['Năm học'],
    apply: (p, v) => set(parsePeriod(v, 'schoolYear'), (x) => (p.period = x)),
  },
  {
    id: 'period',
    label: 'Năm',
    aliases: ['Năm', 'Năm đánh giá', 'Năm thi đua'],
    apply: (p, v) => set(parsePeriod(v, 'year'), (x) => (p.period = x)),
  },
  { id: 'preparedBy', label: 'Người lập biểu', aliases: ['Người lập biểu', 'Người lập'], apply: (p, v) => text(v, (s) => (p.preparedBy = s)) },
  {
    id: 'chairman',
    label: 'Chủ tịch Hội đồng',
    aliases: ['Chủ tịch Hội đồng', 'Chủ tịch Hội đồng thi đua khen thưởng', 'Chủ tịch HĐTĐKT', 'Chủ tịch'],
    apply: (p, v) => text(v, (s) => (p.chairman = s)),
  },
  ...CYCLE_SETTING_KEYS,
];

/** Keys read by other stages (the rule set choice) — known, so not reported as unknown here. */
const OTHER_STAGE_KEY_PREFIXES = ['bo quy tac', 'quy tac'];

const byAlias = new Map<string, SettingKey>();
for (const k of SETTING_KEYS) for (const a of [k.label, ...k.aliases]) byAlias.set(keyForm(a), k);

/** The comparison form of a key: folded, punctuation dropped, a parenthesised remark removed. */
function keyForm(s: string): string {
  return looseKey(s.replace(/\([^)]*\)/g, ' '));
}

/** The setting a typed key means; 'other' for keys of another stage; null when unknown. */
export function findSettingKey(typed: string): SettingKey | 'other' | null {
  const exact = byAlias.get(keyForm(typed)) ?? byAlias.get(looseKey(typed));
  if (exact) return exact;
  const phaseKey = cycleKeyFor(typed);
  if (phaseKey) return phaseKey;
  const k = keyForm(typed);
  if (OTHER_STAGE_KEY_PREFIXES.some((p) => k === p || k.startsWith(`${p} `))) return 'other';
  return null;
}
