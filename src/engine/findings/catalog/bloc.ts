/**
 * Messages of the bloc findings (vi first, en second): criteria tables, scoring sheets, score cells,
 * the units sheet and the votes sheet. Every code used by the bloc stage has an entry.
 */
import type { Catalog, FindingParams } from '../types';
import { formatNumberVi } from '../../cells/values';

const s = (p: FindingParams, k: string): string => String(p[k] ?? '');
const n = (p: FindingParams, k: string): string => (typeof p[k] === 'number' ? formatNumberVi(p[k] as number) : s(p, k));
/** "tự chấm" qualifier for findings on a self score that is only compared with the bloc score. */
const selfVi = (p: FindingParams): string => (p.self ? ' (điểm tự chấm)' : '');
const selfEn = (p: FindingParams): string => (p.self ? ' (self score)' : '');

export const blocMessages: Catalog = {
  // Criteria tables (§3.2)
  CRITERIA_SHEET_NO_HEADER: {
    vi: () => 'Không thấy dòng tiêu đề của bảng tiêu chí (TT | Nội dung | Điểm chuẩn) trong 15 dòng đầu.',
    en: () => 'No criteria header (TT | Nội dung | Điểm chuẩn) in the first 15 rows.',
  },
  CRITERIA_SHEET_EXTRA: {
    vi: (p) => `Đã có bảng tiêu chí ở trang "${s(p, 'used')}"; trang này không được dùng.`,
    en: (p) => `A criteria table is already taken from "${s(p, 'used')}"; this sheet is not used.`,
  },
  CRITERIA_DUPLICATE_CODE: {
    vi: (p) => `Mã tiêu chí "${s(p, 'code')}" trùng với ô ${s(p, 'first')}; hai dòng được chấm riêng theo thứ tự.`,
    en: (p) => `Criterion code "${s(p, 'code')}" repeats ${s(p, 'first')}; both rows are scored, matched by order.`,
  },
  CRITERIA_GROUP_SUM_MISMATCH: {
    vi: (p) => `Điểm chuẩn của nhóm ${s(p, 'code')} là ${n(p, 'max')} nhưng tổng các tiêu chí con là ${n(p, 'sum')}; dùng tổng các tiêu chí con.`,
    en: (p) => `Group ${s(p, 'code')} is worth ${s(p, 'max')} but its criteria add up to ${s(p, 'sum')}; the criteria win.`,
  },
  CRITERIA_GROUP_EMPTY: {
    vi: (p) => `Nhóm ${s(p, 'code')} không có tiêu chí con và không có điểm chuẩn; không có gì để chấm.`,
    en: (p) => `Group ${s(p, 'code')} has neither criteria nor a maximum; nothing to score.`,
  },
  CRITERIA_LEAF_NO_MAX: {
    vi: (p) => `Tiêu chí ${s(p, 'code')} chưa có điểm chuẩn; không kiểm tra được điểm chấm và không tính vào thang điểm.`,
    en: (p) => `Criterion ${s(p, 'code')} has no maximum; scores cannot be checked and it is not in the scale.`,
  },
  CRITERIA_BAD_MAX: {
    vi: (p) => `Điểm chuẩn "${s(p, 'value')}" không phải là số hợp lệ.`,
    en: (p) => `The maximum "${s(p, 'value')}" is not a valid number.`,
  },
  CRITERIA_BAD_TYPE: {
    vi: (p) => `Loại tiêu chí "${s(p, 'value')}" không rõ (Chuẩn, Cộng, Trừ, Liệt); coi như theo nhóm.`,
    en: (p) => `Unknown criterion type "${s(p, 'value')}" (Chuẩn, Cộng, Trừ, Liệt); the group's type is used.`,
  },
  CRITERIA_ROW_NO_CODE: {
    vi: (p) => `Dòng "${s(p, 'title')}" có điểm nhưng không có mã (TT); dòng này không được chấm.`,
    en: (p) => `Row "${s(p, 'title')}" has points but no code; it is not scored.`,
  },
  CRITERIA_NO_LEAVES: {
    vi: () => 'Bảng tiêu chí không có tiêu chí nào để chấm.',
    en: () => 'The criteria table has nothing to score.',
  },
  CRITERIA_ZERO_SCALE: {
    vi: () => 'Thang điểm bằng 0 (không có điểm chuẩn); không xếp loại được.',
    en: () => 'The scale is 0 (no maxima); units cannot be classified.',
  },
  CRITERIA_TOTAL_MISMATCH: {
    vi: (p) => `Dòng tổng ghi ${n(p, 'typed')} điểm nhưng tổng điểm chuẩn các tiêu chí là ${n(p, 'scale')}.`,
    en: (p) => `The total row says ${s(p, 'typed')} but the criteria add up to ${s(p, 'scale')}.`,
  },
  CRITERIA_FROM_SCORING: {
    vi: (p) => `Không có trang "Tiêu chí" cho khối này; dùng các tiêu chí ghi ngay trong trang chấm điểm (thang ${n(p, 'scale')} điểm).`,
    en: (p) => `No "Tiêu chí" sheet for this bloc; the criteria written in this scoring sheet are used (scale ${s(p, 'scale')}).`,
  },
  CRITERIA_FROM_HEADER: {
    vi: (p) => `Không có trang "Tiêu chí" cho khối này; các cột mã tiêu chí được dùng làm tiêu chí (thang ${n(p, 'scale')} điểm).`,
    en: (p) => `No "Tiêu chí" sheet for this bloc; the code columns are used as criteria (scale ${s(p, 'scale')}).`,
  },
  // Scoring sheets (§3.3)
  SCORING_LAYOUT_UNKNOWN: {
    vi: () => 'Không nhận ra bố cục bảng chấm điểm (tiêu chí theo dòng hoặc đơn vị theo dòng).',
    en: () => 'The scoring layout is not recognised (criteria in rows or units in rows).',
  },
  SCORING_NO_UNITS: {
    vi: () => 'Trang chấm điểm không có đơn vị nào.',
    en: () => 'The scoring sheet has no units.',
  },
  SCORING_ROW_UNMATCHED: {
    vi: (p) => `Mã "${s(p, 'code')}" ${p.ambiguous ? 'khớp nhiều tiêu chí' : 'không có'} trong trang "${s(p, 'criteriaSheet')}"; dòng này không được tính.`,
    en: (p) => `Code "${s(p, 'code')}" ${p.ambiguous ? 'matches several criteria' : 'is not'} in "${s(p, 'criteriaSheet')}"; the row is not counted.`,
  },
  SCORING_COLUMN_UNMATCHED: {
    vi: (p) => `Cột "${s(p, 'code')}" ${p.ambiguous ? 'khớp nhiều tiêu chí' : 'không có'} trong trang "${s(p, 'criteriaSheet')}"; cột này không được tính.`,
    en: (p) => `Column "${s(p, 'code')}" ${p.ambiguous ? 'matches several criteria' : 'is not'} in "${s(p, 'criteriaSheet')}"; the column is not counted.`,
  },
  SCORING_COLUMN_DUPLICATE: {
    vi: (p) => `Tiêu chí ${s(p, 'code')} đã có cột trước đó; cột này không được tính.`,
    en: (p) => `Criterion ${s(p, 'code')} already has a column; this one is not counted.`,
  },
  SCORING_SUBTOTAL_COLUMN: {
    vi: (p) => `Cột ${s(p, 'code')} là cột cộng gộp của các cột tiêu chí đã có; không tính hai lần.`,
    en: (p) => `Column ${s(p, 'code')} sums columns already counted; it is not counted twice.`,
  },
  SCORING_CRITERION_MISSING: {
    vi: (p) => `Thiếu ${s(p, 'count')} tiêu chí của trang "${s(p, 'criteriaSheet')}" (${s(p, 'codes')}); các tiêu chí này tính 0 điểm.`,
    en: (p) => `${s(p, 'count')} criteria of "${s(p, 'criteriaSheet')}" are missing (${s(p, 'codes')}); they count as 0.`,
  },
  SCORING_MAX_DIFFERS: {
    vi: (p) => `Điểm chuẩn của tiêu chí ${s(p, 'code')} ở đây là ${n(p, 'here')}, trang "${s(p, 'criteriaSheet')}" ghi ${n(p, 'criteria')}; dùng trang tiêu chí.`,
    en: (p) => `Criterion ${s(p, 'code')} is worth ${s(p, 'here')} here but ${s(p, 'criteria')} in "${s(p, 'criteriaSheet')}"; the criteria sheet wins.`,
  },
  SCORING_UNIT_DUPLICATE: {
    vi: (p) => `Đơn vị "${s(p, 'unit')}" đã được chấm${p.first ? ` ở ${s(p, 'first')}` : ''}; điểm ở đây không được tính.`,
    en: (p) => `Unit "${s(p, 'unit')}" is already scored${p.first ? ` at ${s(p, 'first')}` : ''}; these scores are not counted.`,
  },
  SCORING_UNIT_EMPTY: {
    vi: (p) => `Đơn vị "${s(p, 'unit')}" chưa có điểm nào; không xếp hạng.`,
    en: (p) => `Unit "${s(p, 'unit')}" has no scores; not ranked.`,
  },
  SCORING_ROW_NO_UNIT: {
    vi: () => 'Dòng có điểm nhưng không có tên đơn vị; dòng này không được tính.',
    en: () => 'The row has scores but no unit name; it is not counted.',
  },
  BLOC_SCALE_DIFFERS: {
    vi: (p) => `Khối "${s(p, 'bloc')}": trang này có thang ${n(p, 'scale')} điểm, khác thang ${n(p, 'first')} điểm của trang đầu.`,
    en: (p) => `Bloc "${s(p, 'bloc')}": this sheet's scale is ${s(p, 'scale')}, not ${s(p, 'first')} as in its first sheet.`,
  },
  // Score cells (§3.9, §4.1)
  SCORE_FORMULA_ERROR: {
    vi: (p) => `Điểm của "${s(p, 'unit')}", tiêu chí ${s(p, 'code')}${selfVi(p)} là lỗi công thức ${s(p, 'error')}; tính 0 điểm.`,
    en: (p) => `Score of "${s(p, 'unit')}", criterion ${s(p, 'code')}${selfEn(p)} is the formula error ${s(p, 'error')}; counted as 0.`,
  },
  SCORE_NOT_NUMBER: {
    vi: (p) => `Điểm "${s(p, 'value')}" của "${s(p, 'unit')}", tiêu chí ${s(p, 'code')}${selfVi(p)} không phải là số; tính 0 điểm.`,
    en: (p) => `Score "${s(p, 'value')}" of "${s(p, 'unit')}", criterion ${s(p, 'code')}${selfEn(p)} is not a number; counted as 0.`,
  },
  SCORE_AMBIGUOUS: {
    vi: (p) => `Điểm "${s(p, 'value')}" của "${s(p, 'unit')}", tiêu chí ${s(p, 'code')} có thể là ${n(p, 'asDecimal')} hoặc ${n(p, 'asThousands')}; hãy nhập lại (tạm tính 0 điểm).`,
    en: (p) => `Score "${s(p, 'value')}" of "${s(p, 'unit')}", criterion ${s(p, 'code')} could be ${s(p, 'asDecimal')} or ${s(p, 'asThousands')}; please retype (counted as 0 for now).`,
  },
  SCORE_OUT_OF_RANGE: {
    vi: (p) =>
      `Điểm ${n(p, 'value')} của "${s(p, 'unit')}", tiêu chí ${s(p, 'code')}${selfVi(p)} ngoài khoảng 0–${n(p, 'max')}` + (p.self ? '.' : '; không dùng số này (tính 0 điểm).'),
    en: (p) => `Score ${s(p, 'value')} of "${s(p, 'unit')}", criterion ${s(p, 'code')}${selfEn(p)} is outside 0–${s(p, 'max')}` + (p.self ? '.' : '; not used (counted as 0).'),
  },
  SCORE_CAPPED: {
    vi: (p) => `Điểm ${n(p, 'value')} của "${s(p, 'unit')}", tiêu chí ${s(p, 'code')} vượt mức tối đa ${n(p, 'max')}; tính ${n(p, 'max')}.`,
    en: (p) => `Score ${s(p, 'value')} of "${s(p, 'unit')}", criterion ${s(p, 'code')} exceeds its maximum ${s(p, 'max')}; ${s(p, 'max')} is counted.`,
  },
  SCORE_GROUP_CAPPED: {
    vi: (p) => `"${s(p, 'unit')}": nhóm ${s(p, 'code')} cộng được ${n(p, 'sum')} điểm, vượt mức tối đa ${n(p, 'max')} của nhóm; tính ${n(p, 'max')}.`,
    en: (p) => `"${s(p, 'unit')}": group ${s(p, 'code')} adds up to ${s(p, 'sum')}, over its maximum ${s(p, 'max')}; ${s(p, 'max')} is counted.`,
  },
  SCORE_VETO_UNREADABLE: {
    vi: (p) => `Không rõ "${s(p, 'value')}" ở tiêu chí liệt ${s(p, 'code')} của "${s(p, 'unit')}" (ghi "x"/"có" nếu vi phạm, để trống hoặc "không" nếu không).`,
    en: (p) => `Cannot read "${s(p, 'value')}" in veto criterion ${s(p, 'code')} of "${s(p, 'unit')}" ("x"/"có" when violated, empty or "không" otherwise).`,
  },
  SCORE_VETO: {
    vi: (p) => `"${s(p, 'unit')}" vi phạm tiêu chí liệt ${s(p, 'code')}: không được đề nghị Cờ, Bằng khen.`,
    en: (p) => `"${s(p, 'unit')}" violates veto criterion ${s(p, 'code')}: no flag or merit proposal.`,
  },
  SCORE_BLOC_EMPTY: {
    vi: (p) => `"${s(p, 'unit')}", tiêu chí ${s(p, 'code')}: chưa có điểm khối chấm; dùng điểm tự chấm ${n(p, 'self')}.`,
    en: (p) => `"${s(p, 'unit')}", criterion ${s(p, 'code')}: no bloc score; the self score ${s(p, 'self')} is used.`,
  },
  SCORE_BLOC_COLUMN_EMPTY: {
    vi: (p) => `"${s(p, 'unit')}" chưa có điểm khối chấm nào; dùng điểm tự chấm cho ${s(p, 'count')} tiêu chí.`,
    en: (p) => `"${s(p, 'unit')}" has no bloc scores; the self scores are used for ${s(p, 'count')} criteria.`,
  },
  SCORE_EMPTY_CELLS: {
    vi: (p) => `"${s(p, 'unit')}" để trống ${s(p, 'count')} ô điểm tiêu chí chuẩn; các ô trống tính 0 điểm.`,
    en: (p) => `"${s(p, 'unit')}" left ${s(p, 'count')} criterion cell(s) empty; they count as 0.`,
  },
  SCORE_GAP: {
    vi: (p) => `"${s(p, 'unit')}": tự chấm ${n(p, 'self')}, khối chấm ${n(p, 'bloc')}, chênh ${n(p, 'gap')} điểm (ngưỡng ${n(p, 'threshold')}); cần giải trình.`,
    en: (p) => `"${s(p, 'unit')}": self ${s(p, 'self')}, bloc ${s(p, 'bloc')}, a gap of ${s(p, 'gap')} points (threshold ${s(p, 'threshold')}) to explain.`,
  },
  SCORE_TOTAL_MISMATCH: {
    vi: (p) => `Tổng ghi trong bảng của "${s(p, 'unit')}" là ${n(p, 'typed')}, tổng tính lại là ${n(p, 'computed')}.`,
    en: (p) => `The typed total of "${s(p, 'unit')}" is ${s(p, 'typed')}; the computed total is ${s(p, 'computed')}.`,
  },
  // Units sheet (§3.4)
  UNITS_SHEET_NO_HEADER: {
    vi: () => 'Không thấy cột "Tên đơn vị" trong 15 dòng đầu; trang đơn vị không được dùng.',
    en: () => 'No "Tên đơn vị" column in the first 15 rows; the units sheet is not used.',
  },
  UNITS_SHEET_EXTRA: {
    vi: (p) => `Đã dùng danh sách đơn vị ở trang "${s(p, 'used')}"; trang này không được đối chiếu.`,
    en: (p) => `The units list of "${s(p, 'used')}" is used; this sheet is not checked.`,
  },
  UNIT_DUPLICATE_LISTED: {
    vi: (p) => `Đơn vị "${s(p, 'unit')}" đã có ở ô ${s(p, 'first')}.`,
    en: (p) => `Unit "${s(p, 'unit')}" is already listed at ${s(p, 'first')}.`,
  },
  UNIT_NOT_SCORED: {
    vi: (p) => `Đơn vị "${s(p, 'unit')}"${p.bloc ? ` (${s(p, 'bloc')})` : ''} có trong danh sách nhưng chưa có điểm chấm.`,
    en: (p) => `Unit "${s(p, 'unit')}"${p.bloc ? ` (${s(p, 'bloc')})` : ''} is listed but has no scores.`,
  },
  UNIT_BLOC_MISMATCH: {
    vi: (p) => `Đơn vị "${s(p, 'unit')}" thuộc "${s(p, 'listed')}" theo danh sách nhưng được chấm ở "${s(p, 'scored')}".`,
    en: (p) => `Unit "${s(p, 'unit')}" is listed in "${s(p, 'listed')}" but scored in "${s(p, 'scored')}".`,
  },
  UNIT_NOT_LISTED: {
    vi: (p) => `Đơn vị "${s(p, 'unit')}" được chấm điểm nhưng không có trong trang "${s(p, 'unitsSheet')}".`,
    en: (p) => `Unit "${s(p, 'unit')}" is scored but not listed in "${s(p, 'unitsSheet')}".`,
  },
  // Votes sheet (§3.5)
  VOTES_SHEET_NO_HEADER: {
    vi: () => 'Không thấy các cột "Đơn vị"/"Họ và tên", "Số phiếu đồng ý", "Tổng số phiếu"/"Số thành viên" trong 15 dòng đầu.',
    en: () => 'No "Đơn vị"/"Họ và tên", "Số phiếu đồng ý", "Tổng số phiếu"/"Số thành viên" columns in the first 15 rows.',
  },
  VOTE_BAD_NUMBER: {
    vi: (p) => `Số phiếu "${s(p, 'value')}" của "${s(p, 'unit')}" không hợp lệ; dòng này không được tính.`,
    en: (p) => `The vote count "${s(p, 'value')}" of "${s(p, 'unit')}" is not valid; the row is ignored.`,
  },
  VOTE_MORE_THAN_TOTAL: {
    vi: (p) => `Số phiếu đồng ý của "${s(p, 'unit')}" lớn hơn tổng số phiếu.`,
    en: (p) => `"${s(p, 'unit')}" has more votes for than votes in total.`,
  },
  VOTE_UNIT_UNKNOWN: {
    vi: (p) => `Đơn vị "${s(p, 'unit')}"${p.bloc ? ` (${s(p, 'bloc')})` : ''} không có trong các bảng chấm điểm; kết quả bỏ phiếu không được dùng.`,
    en: (p) => `Unit "${s(p, 'unit')}"${p.bloc ? ` (${s(p, 'bloc')})` : ''} is not in any scoring sheet; its vote is not used.`,
  },
  VOTE_UNIT_AMBIGUOUS: {
    vi: (p) => `Có ${s(p, 'count')} đơn vị tên "${s(p, 'unit')}" ở các khối khác nhau; hãy ghi cột "Khối".`,
    en: (p) => `${s(p, 'count')} units named "${s(p, 'unit')}" in different blocs; fill in the "Khối" column.`,
  },
  VOTE_DUPLICATE: {
    vi: (p) => `Đơn vị "${s(p, 'unit')}" đã có kết quả bỏ phiếu cho danh hiệu này; dòng này không được dùng.`,
    en: (p) => `Unit "${s(p, 'unit')}" already has a vote for this title; this row is not used.`,
  },
};
