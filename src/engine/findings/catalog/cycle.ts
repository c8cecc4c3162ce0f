/**
 * Messages of the rest of the yearly cycle (SPEC §9), vi first, en second: registration (đăng ký thi
 * đua), advanced examples (điển hình tiên tiến) and emulation phases (đợt thi đua), with their unit
 * notes and the nomination reason NOT_REGISTERED.
 */
import type { Catalog, FindingParams } from '../types';
import { formatNumberVi } from '../../cells/values';
import type { ExampleGroup } from '../../settings/cycleParams';
import { groupsText } from '../../settings/parseCycle';

const s = (p: FindingParams, k: string): string => String(p[k] ?? '');
const n = (p: FindingParams, k: string): string => (typeof p[k] === 'number' ? formatNumberVi(p[k] as number) : s(p, k));
/** "2, 3" → "Đợt 2, Đợt 3" / "Phase 2, Phase 3". */
const phases = (p: FindingParams, k: string, word: string): string =>
  s(p, k)
    .split(',')
    .map((x) => x.trim())
    .filter((x) => x !== '')
    .map((x) => `${word} ${x}`)
    .join(', ');
/** "CBQL,GV" → "(Cán bộ quản lý, Giáo viên)"; nothing for "every group". */
const grp = (p: FindingParams, lang: 'vi' | 'en'): string => {
  const codes = s(p, 'groups').split(',').filter((x) => x !== '') as ExampleGroup[];
  return codes.length ? ` (${groupsText(codes, lang)})` : '';
};
const LEVEL_VI = { unit: 'Đơn vị' } as const;
const LEVEL_EN: Readonly<Record<string, string>> = { unit: 'Unit', bloc: 'Bloc', list: 'Whole list' };
const scopeVi = (p: FindingParams): string => (s(p, 'level') === 'list' ? 'Toàn danh sách' : s(p, 'level') === 'bloc' ? `«${s(p, 'scope')}»` : `${LEVEL_VI.unit} «${s(p, 'scope')}»`);
const scopeEn = (p: FindingParams): string => (s(p, 'level') === 'list' ? 'The whole list' : `${LEVEL_EN[s(p, 'level')] ?? ''} "${s(p, 'scope')}"`);

/** The plans' requirement the registration reason quotes. */
export const REGISTRATION_SOURCE = 'Mọi cá nhân, tập thể tham gia phong trào thi đua đều phải có đăng ký thi đua (Kế hoạch tổ chức phong trào thi đua; Luật Thi đua, khen thưởng số 06/2022/QH15).';

export const cycleMessages: Catalog = {
  // ---- phases
  PHASE_SCORE_MISSING: {
    vi: (p) => `«${s(p, 'unit')}» (${s(p, 'bloc')}) chưa có điểm ${phases(p, 'phases', 'Đợt')}${p.sheets ? ` (trang ${s(p, 'sheets')})` : ''}: điểm năm tạm tính trên các đợt đã có, xếp hạng tạm thời, cần bổ sung.`,
    en: (p) => `"${s(p, 'unit')}" (${s(p, 'bloc')}) has no score for ${phases(p, 'phases', 'Phase')}${p.sheets ? ` (sheet ${s(p, 'sheets')})` : ''}: the year's score uses the phases present, the rank is provisional; please complete.`,
  },
  PHASE_SHEET_UNPHASED: {
    vi: (p) => `Trang chấm điểm này không ghi đợt thi đua trong khi khối ${s(p, 'bloc')} được chấm theo đợt: không được tính. Ghi "Đợt N" vào tên trang hoặc tham số "Đợt N" trong Cấu hình.`,
    en: (p) => `This scoring sheet names no phase while bloc ${s(p, 'bloc')} is scored in phases: it is not counted. Put "Đợt N" in the sheet name or an "Đợt N" setting.`,
  },
  PHASE_WEIGHT_MISSING: {
    vi: (p) => `Khối ${s(p, 'bloc')}: chưa có "Trọng số" cho ${phases(p, 'phases', 'Đợt')}; các đợt được tính với trọng số bằng nhau.`,
    en: (p) => `Bloc ${s(p, 'bloc')}: no weight ("Trọng số") for ${phases(p, 'phases', 'Phase')}; all phases weigh the same.`,
  },
  PHASE_WEIGHTS_NORMALISED: {
    vi: (p) => `Khối ${s(p, 'bloc')}: tổng trọng số các đợt là ${n(p, 'sum')} %, đã quy về 100 %.`,
    en: (p) => `Bloc ${s(p, 'bloc')}: the phase weights add up to ${s(p, 'sum')} %; they are scaled to 100 %.`,
  },
  NOTE_PHASE_MISSING: {
    vi: (p) => `Thiếu điểm ${phases(p, 'phases', 'Đợt')}: điểm năm tạm tính, cần xem xét.`,
    en: (p) => `No score for ${phases(p, 'phases', 'Phase')}: provisional year score, to be reviewed.`,
  },
  NOTE_PHASE_GAP: {
    vi: (p) => `Đợt ${s(p, 'phase')}: tự chấm ${n(p, 'self')}, khối chấm ${n(p, 'bloc')}, chênh ${n(p, 'gap')} điểm, cần giải trình.`,
    en: (p) => `Phase ${s(p, 'phase')}: self score ${s(p, 'self')}, bloc score ${s(p, 'bloc')}, a gap of ${s(p, 'gap')} points to explain.`,
  },

  // ---- registration
  REGISTRATION_NO_HEADER: {
    vi: () => 'Không tìm thấy dòng tiêu đề của trang đăng ký thi đua (cần cột "Đơn vị" và "Ngày đăng ký").',
    en: () => 'No header row found on the registration sheet (it needs "Đơn vị" and "Ngày đăng ký" columns).',
  },
  REGISTRATION_MISSING: {
    vi: (p) => `«${s(p, 'unit')}» chưa đăng ký thi đua${p.sheet ? ` (không có trong trang ${s(p, 'sheet')})` : ''}.`,
    en: (p) => `"${s(p, 'unit')}" has not registered for the emulation movement${p.sheet ? ` (not on sheet ${s(p, 'sheet')})` : ''}.`,
  },
  REGISTRATION_LATE: {
    vi: (p) => `«${s(p, 'unit')}» đăng ký ngày ${s(p, 'date')}, trễ ${s(p, 'days')} ngày so với hạn ${s(p, 'deadline')}.`,
    en: (p) => `"${s(p, 'unit')}" registered on ${s(p, 'date')}, ${s(p, 'days')} day(s) after the deadline ${s(p, 'deadline')}.`,
  },
  REGISTRATION_PERSON_LATE: {
    vi: (p) => `${s(p, 'name')} («${s(p, 'unit')}») đăng ký ngày ${s(p, 'date')}, trễ ${s(p, 'days')} ngày so với hạn ${s(p, 'deadline')}.`,
    en: (p) => `${s(p, 'name')} ("${s(p, 'unit')}") registered on ${s(p, 'date')}, ${s(p, 'days')} day(s) after the deadline ${s(p, 'deadline')}.`,
  },
  REGISTRATION_DATE_MISSING: {
    vi: (p) => `«${s(p, 'unit')}» chưa ghi ngày đăng ký: không xác định được đúng hạn hay trễ hạn.`,
    en: (p) => `"${s(p, 'unit')}" has no registration date: on time or late cannot be told.`,
  },
  REGISTRATION_DATE_UNREADABLE: {
    vi: (p) => `Không đọc được ngày đăng ký "${s(p, 'text')}" của «${s(p, 'unit')}» (cần dạng ngày/tháng/năm).`,
    en: (p) => `Cannot read the registration date "${s(p, 'text')}" of "${s(p, 'unit')}" (expected day/month/year).`,
  },
  REGISTRATION_UNIT_UNLISTED: {
    vi: (p) => `«${s(p, 'unit')}» có đăng ký thi đua nhưng không có trong ${p.list ? `trang ${s(p, 'list')}` : 'các bảng chấm điểm'}.`,
    en: (p) => `"${s(p, 'unit')}" registered but is not in ${p.list ? `sheet ${s(p, 'list')}` : 'the scoring sheets'}.`,
  },
  REGISTRATION_DUPLICATE: {
    vi: (p) => `«${s(p, 'unit')}» đăng ký lần nữa (đã có ở ô ${s(p, 'first')}); dùng ngày đăng ký sớm nhất.`,
    en: (p) => `"${s(p, 'unit')}" registered again (already at ${s(p, 'first')}); the earliest date is used.`,
  },
  REGISTRATION_NO_DEADLINE: {
    vi: () => 'Chưa có tham số "Hạn đăng ký" trong Cấu hình: chỉ kiểm tra đơn vị đã hay chưa đăng ký, không xét trễ hạn.',
    en: () => 'No "Hạn đăng ký" (registration deadline) setting: only who registered is checked, not lateness.',
  },
  REGISTRATION_DEADLINE_YEAR_UNKNOWN: {
    vi: (p) => `Hạn đăng ký ${s(p, 'deadline')} không ghi năm và chưa có "Năm học"/"Năm" trong Cấu hình: không xét trễ hạn.`,
    en: (p) => `The registration deadline ${s(p, 'deadline')} has no year and no "Năm học"/"Năm" is set: lateness is not judged.`,
  },
  NOT_REGISTERED: {
    vi: (p) =>
      s(p, 'kind') === 'person'
        ? `${s(p, 'name')} («${s(p, 'unit')}») chưa đăng ký thi đua: cần xem xét trước khi xét danh hiệu.`
        : `Đơn vị «${s(p, 'unit')}» chưa đăng ký thi đua: cần xem xét trước khi xét danh hiệu.`,
    en: (p) =>
      s(p, 'kind') === 'person'
        ? `${s(p, 'name')} ("${s(p, 'unit')}") did not register for the emulation movement: review before any title.`
        : `Unit "${s(p, 'unit')}" did not register for the emulation movement: review before any title.`,
  },

  // ---- advanced examples
  EXAMPLES_NO_HEADER: {
    vi: () => 'Không tìm thấy dòng tiêu đề của trang điển hình tiên tiến (cần cột "Đơn vị" và "Họ và tên" hoặc "Tên mô hình").',
    en: () => 'No header row found on the advanced-examples sheet (it needs "Đơn vị" and "Họ và tên" or "Tên mô hình").',
  },
  EXAMPLE_GROUP_MISSING: {
    vi: (p) => `Điển hình "${s(p, 'name')}" chưa ghi Đối tượng: không tính vào chỉ tiêu theo đối tượng.`,
    en: (p) => `Example "${s(p, 'name')}" has no target group: not counted against the per-group rules.`,
  },
  EXAMPLE_GROUP_UNKNOWN: {
    vi: (p) => `Không nhận ra Đối tượng "${s(p, 'text')}" của điển hình "${s(p, 'name')}" (Cán bộ quản lý, Giáo viên, Nhân viên, Học sinh, Tập thể/mô hình).`,
    en: (p) => `Unrecognised target group "${s(p, 'text')}" for example "${s(p, 'name')}" (managers, teachers, staff, students, collective/model).`,
  },
  EXAMPLE_UNIT_MISSING: {
    vi: (p) => `Điển hình "${s(p, 'name')}" chưa ghi Đơn vị: không tính vào chỉ tiêu của đơn vị, khối.`,
    en: (p) => `Example "${s(p, 'name')}" has no unit: not counted for any unit or bloc.`,
  },
  EXAMPLE_UNIT_UNLISTED: {
    vi: (p) => `Đơn vị «${s(p, 'unit')}» của điển hình "${s(p, 'name')}" không có trong danh sách đơn vị.`,
    en: (p) => `Unit "${s(p, 'unit')}" of example "${s(p, 'name')}" is not in the list of units.`,
  },
  EXAMPLE_DUPLICATE: {
    vi: (p) => `Điển hình "${s(p, 'name')}" («${s(p, 'unit')}») đã có ở ô ${s(p, 'first')}: chỉ tính một lần.`,
    en: (p) => `Example "${s(p, 'name')}" ("${s(p, 'unit')}") is already at ${s(p, 'first')}: counted once.`,
  },
  EXAMPLE_COUNT_LOW: {
    vi: (p) => `${scopeVi(p)}: ${s(p, 'count')} điển hình${grp(p, 'vi')}, chưa đủ tối thiểu ${s(p, 'min')}.`,
    en: (p) => `${scopeEn(p)}: ${s(p, 'count')} example(s)${grp(p, 'en')}, fewer than the minimum ${s(p, 'min')}.`,
  },
  EXAMPLE_COUNT_HIGH: {
    vi: (p) => `${scopeVi(p)}: ${s(p, 'count')} điển hình${grp(p, 'vi')}, vượt tối đa ${s(p, 'max')}.`,
    en: (p) => `${scopeEn(p)}: ${s(p, 'count')} example(s)${grp(p, 'en')}, more than the maximum ${s(p, 'max')}.`,
  },
};
