/** Messages of the nominations findings and nomination reasons (vi first, en second). Every code used by the engine has an entry. */
import type { Catalog, FindingParams } from '../types';
import { awardShort, capitalize, fieldLabel, foundLabel, levelLabel, num, periodText, ratingLabel, whatLabel } from '../../nominations/labels';

const cmp = (p: FindingParams, vi: boolean): string => (Number(p.strict) === 1 ? (vi ? 'trên' : 'above') : vi ? 'từ' : 'at least');

const countMismatch = {
  vi: (p: FindingParams) =>
    p.against === 'members'
      ? `${fieldLabel(p.field, 'vi')} (${p.typed}) không hợp lệ so với Số thành viên (${p.computed}): cần kiểm tra lại.`
      : `${fieldLabel(p.field, 'vi')} ghi ${p.typed}, nhưng danh sách đề nghị cá nhân của đơn vị cho ${p.computed}: cần thống nhất số liệu.`,
  en: (p: FindingParams) =>
    p.against === 'members'
      ? `${fieldLabel(p.field, 'en')} (${p.typed}) does not fit the number of members (${p.computed}): please check.`
      : `${fieldLabel(p.field, 'en')} says ${p.typed}, but the unit's individual list gives ${p.computed}: the figures must agree.`,
};

const awardUnknown = {
  vi: (p: FindingParams) => `Không nhận ra danh hiệu, hình thức khen thưởng "${p.text}": cần ghi rõ (ví dụ LĐTT, CSTĐCS, BK UBND tỉnh).`,
  en: (p: FindingParams) => `Unrecognised title or form of commendation "${p.text}": please write it clearly (e.g. LĐTT, CSTĐCS, BK UBND tỉnh).`,
};

export const nominationsMessages: Catalog = {
  // ---- Reasons attached to nominations
  RATING_BELOW: {
    vi: (p) => `Xếp loại ${ratingLabel(p.actual, 'vi')}, chưa đạt yêu cầu ${ratingLabel(p.required, 'vi')} trở lên.`,
    en: (p) => `Rating ${ratingLabel(p.actual, 'en')} is below the required ${ratingLabel(p.required, 'en')}.`,
  },
  NOMINEE_DATA_MISSING: {
    vi: (p) => `Thiếu "${fieldLabel(p.field, 'vi')}" (ô trống): cần bổ sung trước khi xét.`,
    en: (p) => `"${fieldLabel(p.field, 'en')}" is missing (empty cell): to be completed before the review.`,
  },
  NOMINEE_VALUE_UNREADABLE: {
    vi: (p) => `Không đọc được "${fieldLabel(p.field, 'vi')}": "${p.text}".`,
    en: (p) => `Cannot read "${fieldLabel(p.field, 'en')}": "${p.text}".`,
  },
  DISCIPLINED: {
    vi: (p) => `Bị kỷ luật (${p.measure}) trong kỳ: không xét tặng danh hiệu thi đua.`,
    en: (p) => `Disciplined (${p.measure}) during the period: no emulation title can be awarded.`,
  },
  SERVICE_TOO_SHORT: {
    vi: (p) => `Thời gian công tác ${num(p.months, 'vi')} tháng, dưới mức tối thiểu ${p.min} tháng.`,
    en: (p) => `${num(p.months, 'en')} months of service, below the minimum of ${p.min}.`,
  },
  LEAVE_TOO_LONG: {
    vi: (p) => `Nghỉ ${num(p.days, 'vi')} ngày (không phải nghỉ thai sản), từ ${p.max} ngày trở lên.`,
    en: (p) => `${num(p.days, 'en')} days of (non-maternity) leave, ${p.max} or more.`,
  },
  INITIATIVE_NONE: {
    vi: (p) => `Không có sáng kiến, đề tài (cần ít nhất một, cấp ${levelLabel(p.required, 'vi')} trở lên).`,
    en: (p) => `No initiative or research result (at least one is required, ${levelLabel(p.required, 'en')} level or higher).`,
  },
  INITIATIVE_LEVEL_UNKNOWN: {
    vi: (p) => `Chưa ghi cấp công nhận sáng kiến (cần cấp ${levelLabel(p.required, 'vi')} trở lên).`,
    en: (p) => `The initiative's recognition level is not written (${levelLabel(p.required, 'en')} level or higher is required).`,
  },
  INITIATIVE_LEVEL_LOW: {
    vi: (p) => `Sáng kiến được công nhận cấp ${levelLabel(p.actual, 'vi')}, chưa đạt cấp ${levelLabel(p.required, 'vi')} trở lên.`,
    en: (p) => `Initiative recognised at ${levelLabel(p.actual, 'en')} level, below the required ${levelLabel(p.required, 'en')} level.`,
  },
  INITIATIVE_COUNT_LOW: {
    vi: (p) => `Có ${p.count} sáng kiến trong ${p.periods} năm gần nhất, cần ít nhất ${p.required}.`,
    en: (p) => `${p.count} initiatives over the last ${p.periods} periods, at least ${p.required} required.`,
  },
  HISTORY_MISSING: {
    vi: (p) => `Thiếu thông tin ${whatLabel(p.what, 'vi')} ${periodText(p, 'vi')}: cần bổ sung lịch sử thành tích.`,
    en: (p) => `No record of ${whatLabel(p.what, 'en')} for ${periodText(p, 'en')}: the history must be completed.`,
  },
  HISTORY_NOT_MET: {
    vi: (p) => `${capitalize(periodText(p, 'vi'))}: ${foundLabel(p.found, 'vi')}, chưa đạt ${whatLabel(p.what, 'vi')}.`,
    en: (p) => `${capitalize(periodText(p, 'en'))}: ${foundLabel(p.found, 'en')}, not ${whatLabel(p.what, 'en')}.`,
  },
  REQUIRES_AWARD_FAILED: {
    vi: (p) => `Đề nghị ${awardShort(p.award, 'vi')} năm nay (${p.sheet}, dòng ${p.row}) không đủ điều kiện.`,
    en: (p) => `This period's ${awardShort(p.award, 'en')} nomination (${p.sheet}, row ${p.row}) is not eligible.`,
  },
  REQUIRES_AWARD_PENDING: {
    vi: (p) =>
      Number(p.row) > 0
        ? `Đề nghị ${awardShort(p.award, 'vi')} năm nay (${p.sheet}, dòng ${p.row}) đang cần Hội đồng xem xét.`
        : `Không có đề nghị ${awardShort(p.award, 'vi')} năm nay trong danh sách: cần xác nhận.`,
    en: (p) =>
      Number(p.row) > 0
        ? `This period's ${awardShort(p.award, 'en')} nomination (${p.sheet}, row ${p.row}) is under review.`
        : `No ${awardShort(p.award, 'en')} nomination for this period in the list: to be confirmed.`,
  },
  PRIOR_MERIT_TOO_RECENT: {
    vi: (p) => `${awardShort(p.award, 'vi')} ${periodText(p, 'vi')}: chưa đủ ${p.gap} năm tiếp theo tính đến năm nay.`,
    en: (p) => `${awardShort(p.award, 'en')} in ${periodText(p, 'en')}: fewer than ${p.gap} periods since then.`,
  },
  VOTES_BELOW: {
    vi: (p) => `Số phiếu đồng ý ${p.votesFor}/${p.total} (${num(p.share, 'vi')} %), chưa đạt ngưỡng ${cmp(p, true)} ${num(p.threshold, 'vi')} % (${p.voteCell}).`,
    en: (p) => `${p.votesFor}/${p.total} votes in favour (${num(p.share, 'en')} %), below the threshold of ${cmp(p, false)} ${num(p.threshold, 'en')} % (${p.voteCell}).`,
  },
  VOTES_MISSING: {
    vi: (p) => `Chưa có kết quả bỏ phiếu của Hội đồng (cần ${cmp(p, true)} ${num(p.threshold, 'vi')} % đồng ý).`,
    en: (p) => `No council vote recorded (${cmp(p, false)} ${num(p.threshold, 'en')} % in favour is required).`,
  },
  SHARE_TOO_LOW: {
    vi: (p) => `${fieldLabel(p.field, 'vi')}: ${p.count}/${p.members} (${num(p.share, 'vi')} %), chưa đạt ${cmp(p, true)} ${num(p.required, 'vi')} %.`,
    en: (p) => `${fieldLabel(p.field, 'en')}: ${p.count}/${p.members} (${num(p.share, 'en')} %), not ${cmp(p, false)} ${num(p.required, 'en')} %.`,
  },
  COUNT_TOO_LOW: {
    vi: (p) => `${fieldLabel(p.field, 'vi')}: ${p.count}, cần ít nhất ${p.required}.`,
    en: (p) => `${fieldLabel(p.field, 'en')}: ${p.count}, at least ${p.required} required.`,
  },
  MEMBERS_DISCIPLINED: {
    vi: (p) => `Có ${p.count} cá nhân bị kỷ luật từ hình thức cảnh cáo trở lên.`,
    en: (p) => `${p.count} member(s) disciplined with a warning or heavier.`,
  },
  NOT_BLOC_LEADER: {
    vi: (p) =>
      `${p.unit} xếp thứ ${p.rank} trong ${p.bloc}, không phải đơn vị được ${p.bloc} đề nghị Cờ thi đua${Number(p.vetoed) === 1 ? ' (vi phạm tiêu chí liệt)' : ''}.`,
    en: (p) => `${p.unit} ranks ${p.rank} in ${p.bloc} and is not the bloc's flag proposal${Number(p.vetoed) === 1 ? ' (vetoed)' : ''}.`,
  },
  FLAG_UNDER_REVIEW: {
    vi: (p) => `${p.unit} đang bằng điểm ở vị trí đề nghị Cờ của ${p.bloc} (hạng ${p.rank}): cần hiệp thương.`,
    en: (p) => `${p.unit} is tied for ${p.bloc}'s flag place (rank ${p.rank}): to be settled by the council.`,
  },
  UNIT_NOT_RANKED: {
    vi: (p) =>
      Number(p.blocs) > 0 ? `Không tìm thấy ${p.unit} trong bảng xếp hạng của các khối, cụm thi đua.` : `Chưa có bảng xếp hạng khối, cụm để đối chiếu đề nghị Cờ của ${p.unit}.`,
    en: (p) => (Number(p.blocs) > 0 ? `${p.unit} is not in any bloc ranking.` : `No bloc ranking to check ${p.unit}'s flag nomination against.`),
  },
  GOV_FLAG_NOT_LISTED: {
    vi: (p) => `${p.unit} không có trong danh sách đơn vị được đề nghị Cờ thi đua của Chính phủ (Cấu hình): Hội đồng xem xét.`,
    en: (p) => `${p.unit} is not in the list of units allowed for the Government flag (settings): for the council.`,
  },
  QUOTA_EXCEEDED: {
    vi: (p) =>
      `Vượt tỷ lệ CSTĐCS của ${p.scope}: ${p.count} người đủ điều kiện, tối đa ${p.limit} (${num(p.rate, 'vi')} % × ${p.base} LĐTT)` +
      (p.voteRank !== undefined ? `; thứ tự theo tỷ lệ phiếu: ${p.voteRank}/${p.voted} (${num(p.share, 'vi')} %)` : '') +
      '. Hội đồng xem xét, lựa chọn.',
    en: (p) =>
      `Over the CSTĐCS quota of ${p.scope}: ${p.count} eligible, at most ${p.limit} (${num(p.rate, 'en')} % × ${p.base} advanced workers)` +
      (p.voteRank !== undefined ? `; place by vote share: ${p.voteRank}/${p.voted} (${num(p.share, 'en')} %)` : '') +
      '. The council chooses.',
  },
  DUPLICATE_NOMINATION: {
    vi: (p) => `Cùng một người được đề nghị ${awardShort(p.award, 'vi')} hai lần (xem ${p.sheet}, dòng ${p.row}).`,
    en: (p) => `The same person is nominated for ${awardShort(p.award, 'en')} twice (see ${p.sheet}, row ${p.row}).`,
  },
  AWARD_UNKNOWN: awardUnknown,
  AWARD_WRONG_LIST: {
    vi: (p) =>
      p.list === 'individual'
        ? `${awardShort(p.award, 'vi')} là danh hiệu tập thể: đưa sang danh sách đề nghị tập thể.`
        : `${awardShort(p.award, 'vi')} là danh hiệu cá nhân: đưa sang danh sách đề nghị cá nhân.`,
    en: (p) =>
      p.list === 'individual'
        ? `${awardShort(p.award, 'en')} is a collective title: move it to the collective list.`
        : `${awardShort(p.award, 'en')} is an individual title: move it to the individual list.`,
  },
  UNIT_MISSING: {
    vi: () => 'Chưa ghi đơn vị: không tính được tỷ lệ khen thưởng theo đơn vị.',
    en: () => 'No unit given: the per-unit quota cannot be computed.',
  },
  COUNT_MISMATCH: countMismatch,
  NO_RULE: {
    vi: (p) => `Bộ quy định "${p.ruleSet}" không có tiêu chuẩn cho ${awardShort(p.award, 'vi')}: Hội đồng xem xét.`,
    en: (p) => `Rule set "${p.ruleSet}" has no criteria for ${awardShort(p.award, 'en')}: for the council.`,
  },

  // ---- Findings of the nomination readers
  NOMINATION_CELL_ERROR: {
    vi: (p) => `Ô có lỗi công thức ${p.error}: cần sửa trước khi xét.`,
    en: (p) => `The cell holds the formula error ${p.error}: fix it before the review.`,
  },
  NOMINATION_HEADER_MISSING: {
    vi: (p) =>
      p.role === 'collectives'
        ? 'Không tìm thấy dòng tiêu đề (cần "Tên tập thể" và "Danh hiệu đề nghị") trong 15 dòng đầu.'
        : p.role === 'votes'
          ? 'Không tìm thấy dòng tiêu đề (cần "Số phiếu đồng ý") trong 15 dòng đầu.'
          : 'Không tìm thấy dòng tiêu đề (cần "Họ và tên" và "Danh hiệu đề nghị") trong 15 dòng đầu.',
    en: (p) =>
      p.role === 'collectives'
        ? 'No header row ("Tên tập thể" and "Danh hiệu đề nghị") in the first 15 rows.'
        : p.role === 'votes'
          ? 'No header row ("Số phiếu đồng ý") in the first 15 rows.'
          : 'No header row ("Họ và tên" and "Danh hiệu đề nghị") in the first 15 rows.',
  },
  NOMINATION_HISTORY_HEADER_AMBIGUOUS: {
    vi: (p) => `Không xác định được kỳ của cột "${p.header}": cột này không được dùng.`,
    en: (p) => `The period of column "${p.header}" is unclear: the column is not used.`,
  },
  NOMINATION_HISTORY_AMBIGUOUS: {
    vi: (p) => `Chưa hiểu rõ "${p.text}" trong thành tích: phần này không được tính, cần ghi rõ danh hiệu kèm năm (ví dụ "CSTĐCS 2023, 2024").`,
    en: (p) => `"${p.text}" in the achievements is unclear: it is not counted; write the title with its years (e.g. "CSTĐCS 2023, 2024").`,
  },
  NOMINATION_NO_NAME: {
    vi: () => 'Dòng có danh hiệu đề nghị nhưng thiếu họ và tên: bỏ qua.',
    en: () => 'A row with a title but no name: skipped.',
  },
  NOMINATION_NO_AWARD: {
    vi: (p) => `${p.name}: chưa ghi danh hiệu, hình thức đề nghị: bỏ qua.`,
    en: (p) => `${p.name}: no title or form of commendation given: skipped.`,
  },
  NOMINATION_HIDDEN_ROWS: {
    vi: (p) => `Bỏ qua ${p.count} dòng đang ẩn (dòng ${p.rows}).`,
    en: (p) => `${p.count} hidden row(s) skipped (rows ${p.rows}).`,
  },
  NOMINATION_PERIOD_INFERRED: {
    vi: (p) => `Chưa khai báo "Năm học"/"Năm" trong Cấu hình: kỳ đánh giá được suy ra là ${p.period} từ các cột lịch sử.`,
    en: (p) => `No "Năm học"/"Năm" in the settings: the evaluation period is taken to be ${p.period} from the history columns.`,
  },
  NOMINATION_PERIOD_UNKNOWN: {
    vi: () => 'Chưa xác định được kỳ đánh giá (khai báo "Năm học" hoặc "Năm" trong Cấu hình): các điều kiện về các năm trước cần Hội đồng xem xét.',
    en: () => 'The evaluation period is unknown (set "Năm học" or "Năm" in the settings): conditions on earlier periods need a review.',
  },
  NOMINATION_DUPLICATE_ROW: {
    vi: (p) => `Dòng này trùng hoàn toàn với dòng ${p.row} (${p.name}).`,
    en: (p) => `This row repeats row ${p.row} (${p.name}).`,
  },
  NOMINATION_DUPLICATE_PERSON: {
    vi: (p) => `${p.name} đã có ở ${p.sheet}, dòng ${p.row}: kiểm tra số liệu hai dòng có thống nhất.`,
    en: (p) => `${p.name} is already at ${p.sheet}, row ${p.row}: check that both rows agree.`,
  },
  NOMINATION_ID_CONFLICT: {
    vi: (p) => `Mã định danh ${p.id} dùng cho cả "${p.name}" và "${p.other}" (dòng ${p.row}).`,
    en: (p) => `ID ${p.id} is used for both "${p.name}" and "${p.other}" (row ${p.row}).`,
  },
  NOMINATION_SAME_NAME: {
    vi: (p) => `Trùng họ tên và đơn vị với dòng ${p.row} nhưng khác ngày sinh hoặc mã: được coi là hai người khác nhau.`,
    en: (p) => `Same name and unit as row ${p.row} but another birth date or ID: treated as two people.`,
  },
  NOMINATION_AWARD_UNKNOWN: awardUnknown,
  VOTE_ROW_INVALID: {
    vi: (p) => `Dòng phiếu của ${p.name} không dùng được (thiếu số phiếu, tổng số phiếu không hợp lệ hoặc danh hiệu không rõ).`,
    en: (p) => `The vote row of ${p.name} cannot be used (missing votes, invalid total or unclear title).`,
  },
  VOTE_PERSON_UNMATCHED: {
    vi: (p) => `Phiếu bầu của ${p.name}${p.unit ? ` (${p.unit})` : ''} không khớp với đề nghị nào.`,
    en: (p) => `The votes of ${p.name}${p.unit ? ` (${p.unit})` : ''} match no nomination.`,
  },
  QUOTA_BASE_UNCERTAIN: {
    vi: (p) => `${p.scope}: ${p.count} người được đề nghị còn cần xem xét điều kiện LĐTT, cơ sở tính tỷ lệ ${awardShort(p.award, 'vi')} có thể thay đổi.`,
    en: (p) => `${p.scope}: ${p.count} nominee(s) still under review for the LĐTT conditions; the ${awardShort(p.award, 'en')} quota base may change.`,
  },
  COLLECTIVE_COUNT_MISMATCH: countMismatch,
  COLLECTIVE_COUNT_RECOMPUTED: {
    vi: (p) => `${p.name}: ${String(p.fields).split(', ').map((f) => fieldLabel(f, 'vi')).join(', ')} được tính từ danh sách đề nghị cá nhân.`,
    en: (p) => `${p.name}: ${String(p.fields).split(', ').map((f) => fieldLabel(f, 'en')).join(', ')} computed from the individual list.`,
  },
};
