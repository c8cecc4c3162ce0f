/**
 * The default rule set "Luật TĐKT 2022 (mặc định)" (SPEC §4.4–§4.5): Luật Thi đua, khen thưởng số
 * 06/2022/QH15 and the texts detailing it. Numbers that §6 makes parameters are read from `Cấu hình`
 * (listed in `params`); numbers fixed by the law are the conditions' `args`. Nghị định 98/2023/NĐ-CP was
 * replaced in 2025: a rule set for the new decree is a copy of this data with its own texts.
 */
import type { AwardRule, Condition, RuleSet } from './types';

const LAW = 'Luật Thi đua, khen thưởng 2022';
const DECREE = 'Nghị định 98/2023/NĐ-CP (quy định chi tiết Luật Thi đua, khen thưởng; đã được thay thế năm 2025)';
const CIRCULAR = 'Thông tư 01/2024/TT-BNV (biện pháp thi hành Luật Thi đua, khen thưởng)';

const S = {
  ldtt: `Khoản 1 Điều 24 ${LAW}: Danh hiệu “Lao động tiên tiến” để tặng cho cán bộ, công chức, viên chức, người lao động đạt các tiêu chuẩn sau đây: a) Hoàn thành tốt nhiệm vụ trở lên; b) Có tinh thần tự lực, tự cường, đoàn kết, tương trợ, tích cực tham gia phong trào thi đua.`,
  ldttRating: `Điểm a khoản 1 Điều 24 ${LAW}: “Hoàn thành tốt nhiệm vụ trở lên”.`,
  discipline: `${DECREE}, hướng dẫn Điều 24 ${LAW}: cá nhân bị kỷ luật từ hình thức khiển trách trở lên trong thời gian tính thành tích không được xét tặng danh hiệu thi đua.`,
  service: `${CIRCULAR}, hướng dẫn Điều 24 ${LAW}: cá nhân có thời gian công tác trong năm dưới mức tối thiểu (tham số “Số tháng công tác tối thiểu”) không được bình xét danh hiệu “Lao động tiên tiến”.`,
  leave: `${CIRCULAR}, hướng dẫn Điều 24 ${LAW}: không xét tặng danh hiệu “Lao động tiên tiến” cho cá nhân nghỉ từ 40 ngày làm việc trở lên trong năm (tham số “Số ngày nghỉ tối đa”); thời gian nghỉ thai sản theo quy định được tính để bình xét.`,
  cstdcs: `Điều 23 ${LAW}: Danh hiệu “Chiến sĩ thi đua cơ sở” để tặng cho cá nhân đạt các tiêu chuẩn sau đây: 1. Hoàn thành xuất sắc nhiệm vụ; 2. Có sáng kiến được cơ quan, tổ chức, đơn vị công nhận hoặc có đề tài khoa học, đề án khoa học, công trình khoa học và công nghệ đã được nghiệm thu và áp dụng hoặc mưu trí, sáng tạo trong chiến đấu, phục vụ chiến đấu được cơ quan, tổ chức, đơn vị công nhận.`,
  cstdcsRating: `Khoản 1 Điều 23 ${LAW}: “Hoàn thành xuất sắc nhiệm vụ”.`,
  cstdcsInitiative: `Khoản 2 Điều 23 ${LAW}: “Có sáng kiến được cơ quan, tổ chức, đơn vị công nhận hoặc có đề tài khoa học … đã được nghiệm thu và áp dụng”.`,
  cstdcsQuota: `${DECREE}, hướng dẫn Điều 23 ${LAW}: số cá nhân được công nhận danh hiệu “Chiến sĩ thi đua cơ sở” không quá 15 % tổng số cá nhân đạt danh hiệu “Lao động tiên tiến” của cơ quan, đơn vị (tham số “Tỷ lệ CSTĐCS”, “Phạm vi tính tỷ lệ”, “Làm tròn”).`,
  cstdTinh: `Điều 22 ${LAW}: Danh hiệu “Chiến sĩ thi đua Bộ, ban, ngành, tỉnh” để tặng cho cá nhân đạt các tiêu chuẩn sau đây: a) Có thành tích xuất sắc tiêu biểu được lựa chọn trong số những cá nhân có 03 lần liên tục được tặng danh hiệu “Chiến sĩ thi đua cơ sở”; b) Có sáng kiến đã được áp dụng hiệu quả và có khả năng nhân rộng trong Bộ, ban, ngành, tỉnh hoặc có đề tài khoa học, đề án khoa học, công trình khoa học và công nghệ đã được nghiệm thu và áp dụng hiệu quả, có phạm vi ảnh hưởng trong Bộ, ban, ngành, tỉnh.`,
  cstdTinhStreak: `Điểm a Điều 22 ${LAW}: “03 lần liên tục được tặng danh hiệu ‘Chiến sĩ thi đua cơ sở’” — lần thứ ba là năm nay.`,
  cstdTinhInitiative: `Điểm b Điều 22 ${LAW}: sáng kiến “có khả năng nhân rộng trong Bộ, ban, ngành, tỉnh”, đề tài “có phạm vi ảnh hưởng trong Bộ, ban, ngành, tỉnh”.`,
  votes: `${DECREE}: Hội đồng Thi đua – Khen thưởng bỏ phiếu kín; cá nhân được đề nghị danh hiệu “Chiến sĩ thi đua Bộ, ban, ngành, tỉnh”, “Chiến sĩ thi đua toàn quốc” phải được từ 90 % trở lên tổng số thành viên Hội đồng đồng ý (tham số “Ngưỡng phiếu CSTĐ tỉnh / toàn quốc”).`,
  cstdToanQuoc: `Điều 21 ${LAW}: Danh hiệu “Chiến sĩ thi đua toàn quốc” để tặng cho cá nhân đạt các tiêu chuẩn sau đây: a) Có thành tích xuất sắc tiêu biểu được lựa chọn trong số những cá nhân có 02 lần liên tục được tặng danh hiệu chiến sĩ thi đua Bộ, ban, ngành, tỉnh; b) Có sáng kiến đã được áp dụng hiệu quả và có khả năng nhân rộng trong toàn quốc hoặc có đề tài khoa học, đề án khoa học, công trình khoa học và công nghệ đã được nghiệm thu và áp dụng hiệu quả, có phạm vi ảnh hưởng trong toàn quốc.`,
  cstdToanQuocStreak: `Điểm a Điều 21 ${LAW}: “02 lần liên tục được tặng danh hiệu chiến sĩ thi đua Bộ, ban, ngành, tỉnh” (hai năm trước, hoặc năm trước và năm nay).`,
  cstdToanQuocInitiative: `Điểm b Điều 21 ${LAW}: sáng kiến “có khả năng nhân rộng trong toàn quốc”, đề tài “có phạm vi ảnh hưởng trong toàn quốc”.`,
  giayKhen: `${LAW} (Giấy khen) và ${DECREE}: Giấy khen để tặng cho cá nhân gương mẫu chấp hành tốt chủ trương, chính sách của Đảng, pháp luật của Nhà nước, hoàn thành tốt nhiệm vụ trở lên.`,
  bkTinh: `Điều 74 ${LAW} và ${DECREE}: Bằng khen của Bộ trưởng, Chủ tịch Ủy ban nhân dân tỉnh để tặng cho cá nhân gương mẫu chấp hành tốt chủ trương, chính sách của Đảng, pháp luật của Nhà nước, có 02 năm liên tục hoàn thành xuất sắc nhiệm vụ, trong thời gian đó có 02 sáng kiến được công nhận và áp dụng hiệu quả trong phạm vi cơ sở.`,
  bkTinhRating: `Điều 74 ${LAW} và ${DECREE}: “02 năm liên tục hoàn thành xuất sắc nhiệm vụ”.`,
  bkTinhInitiative: `Điều 74 ${LAW} và ${DECREE}: “trong thời gian đó có 02 sáng kiến được công nhận và áp dụng hiệu quả trong phạm vi cơ sở”.`,
  bkTtg: `Điều 71 ${LAW} và ${DECREE}: Bằng khen của Thủ tướng Chính phủ để tặng cho cá nhân đã được tặng Bằng khen cấp Bộ, ban, ngành, tỉnh, 05 năm tiếp theo liên tục hoàn thành xuất sắc nhiệm vụ, trong thời gian đó có 05 sáng kiến được công nhận và áp dụng hiệu quả trong phạm vi cấp cơ sở.`,
  bkTtgPrior: `Điều 71 ${LAW} và ${DECREE}: “đã được tặng Bằng khen cấp Bộ, ban, ngành, tỉnh, 05 năm tiếp theo…”.`,
  bkTtgRating: `Điều 71 ${LAW} và ${DECREE}: “05 năm tiếp theo liên tục hoàn thành xuất sắc nhiệm vụ”.`,
  bkTtgInitiative: `Điều 71 ${LAW} và ${DECREE}: “trong thời gian đó có 05 sáng kiến được công nhận và áp dụng hiệu quả trong phạm vi cấp cơ sở”.`,
  ttldtt: `Khoản 1 Điều 28 ${LAW}: Danh hiệu “Tập thể lao động tiên tiến” để tặng cho tập thể đạt các tiêu chuẩn sau đây: a) Hoàn thành tốt nhiệm vụ và kế hoạch được giao; b) Có phong trào thi đua thường xuyên, thiết thực, hiệu quả; c) Có trên 50 % cá nhân trong tập thể đạt danh hiệu “Lao động tiên tiến” và không có cá nhân bị kỷ luật từ hình thức cảnh cáo trở lên; d) Nội bộ đoàn kết, chấp hành tốt chủ trương, chính sách của Đảng, pháp luật của Nhà nước.`,
  ttldttRating: `Điểm a khoản 1 Điều 28 ${LAW}: “Hoàn thành tốt nhiệm vụ”.`,
  ttldttShare: `Điểm c khoản 1 Điều 28 ${LAW}: “Có trên 50 % cá nhân trong tập thể đạt danh hiệu ‘Lao động tiên tiến’”.`,
  ttldttDiscipline: `Điểm c khoản 1 Điều 28 ${LAW}: “không có cá nhân bị kỷ luật từ hình thức cảnh cáo trở lên”.`,
  ttldxs: `Khoản 1 Điều 27 ${LAW}: Danh hiệu “Tập thể lao động xuất sắc” để tặng cho tập thể đạt các tiêu chuẩn sau đây: a) Sáng tạo, vượt khó hoàn thành xuất sắc nhiệm vụ, thực hiện tốt các nghĩa vụ đối với Nhà nước; b) Có phong trào thi đua thường xuyên, thiết thực, hiệu quả; c) Có 100 % cá nhân trong tập thể hoàn thành nhiệm vụ được giao, trong đó có ít nhất 70 % cá nhân đạt danh hiệu “Lao động tiên tiến”; d) Có cá nhân đạt danh hiệu “Chiến sĩ thi đua cơ sở” và không có cá nhân bị kỷ luật từ hình thức cảnh cáo trở lên; đ) Nội bộ đoàn kết, gương mẫu chấp hành chủ trương, chính sách của Đảng, pháp luật của Nhà nước.`,
  ttldxsRating: `Điểm a khoản 1 Điều 27 ${LAW}: “hoàn thành xuất sắc nhiệm vụ”.`,
  ttldxsCompleted: `Điểm c khoản 1 Điều 27 ${LAW}: “Có 100 % cá nhân trong tập thể hoàn thành nhiệm vụ được giao”.`,
  ttldxsShare: `Điểm c khoản 1 Điều 27 ${LAW}: “có ít nhất 70 % cá nhân đạt danh hiệu ‘Lao động tiên tiến’”.`,
  ttldxsCstdcs: `Điểm d khoản 1 Điều 27 ${LAW}: “Có cá nhân đạt danh hiệu ‘Chiến sĩ thi đua cơ sở’”.`,
  ttldxsDiscipline: `Điểm d khoản 1 Điều 27 ${LAW}: “không có cá nhân bị kỷ luật từ hình thức cảnh cáo trở lên”.`,
  coTinh: `Điều 26 ${LAW}: Cờ thi đua của Bộ, ban, ngành, tỉnh để tặng cho tập thể tiêu biểu xuất sắc, dẫn đầu phong trào thi đua của cụm, khối thi đua (đơn vị dẫn đầu được cụm, khối suy tôn — SPEC §4.3).`,
  coChinhPhu: `Điều 25 ${LAW}: Cờ thi đua của Chính phủ để tặng cho tập thể tiêu biểu xuất sắc nhất, được lựa chọn trong số các tập thể dẫn đầu phong trào thi đua của Bộ, ban, ngành, tỉnh (đơn vị được đề nghị: danh sách trong Cấu hình).`,
} as const;

const noDiscipline: Condition = { code: 'NO_DISCIPLINE', params: [], source: S.discipline };
const ldttConditions: readonly Condition[] = [
  { code: 'RATING_AT_LEAST', args: { min: 'HTTNV' }, params: [], source: S.ldttRating },
  noDiscipline,
  { code: 'MIN_SERVICE', params: ['minServiceMonths'], source: S.service },
  { code: 'MAX_LEAVE', params: ['maxLeaveDays', 'leaveSeverity'], source: S.leave },
];
const votes: Condition = { code: 'PERSON_VOTES', params: ['personVoteThreshold'], source: S.votes };

const rules: readonly AwardRule[] = [
  { award: 'LDTT', subject: 'individual', source: S.ldtt, conditions: ldttConditions },
  {
    award: 'CSTDCS',
    subject: 'individual',
    source: S.cstdcs,
    conditions: [
      ...ldttConditions.filter((c) => c.code !== 'RATING_AT_LEAST'),
      { code: 'RATING_AT_LEAST', args: { min: 'HTXSNV' }, params: [], source: S.cstdcsRating },
      { code: 'INITIATIVE_LEVEL', args: { min: 1 }, params: [], source: S.cstdcsInitiative },
    ],
  },
  {
    award: 'CSTD_TINH',
    subject: 'individual',
    source: S.cstdTinh,
    conditions: [
      noDiscipline,
      { code: 'SAME_PERIOD_AWARD', args: { award: 'CSTDCS' }, params: [], source: S.cstdTinhStreak },
      { code: 'TITLE_IN_PREVIOUS', args: { award: 'CSTDCS', periods: 2 }, params: [], source: S.cstdTinhStreak },
      { code: 'INITIATIVE_LEVEL', args: { min: 2 }, params: [], source: S.cstdTinhInitiative },
      votes,
    ],
  },
  {
    award: 'CSTD_TOANQUOC',
    subject: 'individual',
    source: S.cstdToanQuoc,
    conditions: [
      noDiscipline,
      { code: 'TITLE_RECENT_STREAK', args: { award: 'CSTD_TINH' }, params: [], source: S.cstdToanQuocStreak },
      { code: 'INITIATIVE_LEVEL', args: { min: 3 }, params: [], source: S.cstdToanQuocInitiative },
      votes,
    ],
  },
  {
    award: 'GIAY_KHEN',
    subject: 'individual',
    source: S.giayKhen,
    conditions: [{ code: 'RATING_AT_LEAST', args: { min: 'HTTNV' }, params: [], source: S.giayKhen }, noDiscipline],
  },
  ...(['BK_TINH', 'BK_BO'] as const).map(
    (award): AwardRule => ({
      award,
      subject: 'individual',
      source: S.bkTinh,
      conditions: [
        noDiscipline,
        { code: 'RATING_STREAK', args: { min: 'HTXSNV', count: 2 }, params: [], source: S.bkTinhRating },
        { code: 'INITIATIVE_COUNT', args: { count: 2, periods: 2 }, params: [], source: S.bkTinhInitiative },
      ],
    }),
  ),
  {
    award: 'BK_TTG',
    subject: 'individual',
    source: S.bkTtg,
    conditions: [
      noDiscipline,
      { code: 'PRIOR_MERIT', args: { awards: ['BK_TINH', 'BK_BO'], gap: 5 }, params: [], source: S.bkTtgPrior },
      { code: 'RATING_STREAK', args: { min: 'HTXSNV', count: 5 }, params: [], source: S.bkTtgRating },
      { code: 'INITIATIVE_COUNT', args: { count: 5, periods: 5 }, params: [], source: S.bkTtgInitiative },
    ],
  },
  {
    award: 'TTLDTT',
    subject: 'collective',
    source: S.ttldtt,
    conditions: [
      { code: 'COLLECTIVE_RATING', args: { min: 'HTTNV' }, params: [], source: S.ttldttRating },
      { code: 'MEMBER_SHARE', args: { field: 'ldtt', ratio: 0.5, strict: true }, params: [], source: S.ttldttShare },
      { code: 'NO_MEMBER_DISCIPLINE', params: [], source: S.ttldttDiscipline },
    ],
  },
  {
    award: 'TTLDXS',
    subject: 'collective',
    source: S.ttldxs,
    conditions: [
      { code: 'COLLECTIVE_RATING', args: { min: 'HTXSNV' }, params: [], source: S.ttldxsRating },
      { code: 'MEMBER_SHARE', args: { field: 'completed', ratio: 1, strict: false }, params: [], source: S.ttldxsCompleted },
      { code: 'MEMBER_SHARE', args: { field: 'ldtt', ratio: 0.7, strict: false }, params: [], source: S.ttldxsShare },
      { code: 'MEMBER_COUNT_AT_LEAST', args: { field: 'cstdcs', min: 1 }, params: [], source: S.ttldxsCstdcs },
      { code: 'NO_MEMBER_DISCIPLINE', params: [], source: S.ttldxsDiscipline },
    ],
  },
  { award: 'CO_TINH', subject: 'collective', source: S.coTinh, conditions: [{ code: 'BLOC_FLAG', params: ['flagCount', 'flagMinClass', 'unitVoteThreshold'], source: S.coTinh }] },
  {
    award: 'CO_CHINHPHU',
    subject: 'collective',
    source: S.coChinhPhu,
    conditions: [
      { code: 'BLOC_FLAG', params: ['flagCount', 'flagMinClass', 'unitVoteThreshold'], source: S.coTinh },
      { code: 'GOV_FLAG_LIST', params: ['govFlagUnits'], source: S.coChinhPhu },
    ],
  },
];

export const LUAT_TDKT_2022: RuleSet = {
  id: 'luat-tdkt-2022',
  name: 'Luật TĐKT 2022 (mặc định)',
  rules,
  quotas: [
    {
      award: 'CSTDCS',
      baseAwards: ['LDTT', 'CSTDCS', 'CSTD_TINH', 'CSTD_TOANQUOC'],
      baseRule: 'LDTT',
      params: ['cstdcsRate', 'quotaScope', 'rounding'],
      source: S.cstdcsQuota,
    },
  ],
};
