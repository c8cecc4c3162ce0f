/**
 * The example nomination sheets (SPEC §3.5–§3.7) of `thidua template`: an individual list, a collective
 * list and the person rows of the votes sheet, written the way schools send them (mixed abbreviations,
 * a free-text history, a name typed with a leading "="). Every status and every reason code of the
 * default rule set occurs at least once; the note column says what each row shows.
 */
import type { PlanValue } from '../../workbook/plan';
import type { TemplateSheet } from './types';

const THCS = (s: string) => `Trường THCS ${s}`;
const TH = (s: string) => `Trường TH ${s}`;

const INDIVIDUAL_HEADER = [
  'STT',
  'Họ và tên',
  'Ngày sinh',
  'Chức vụ',
  'Đơn vị',
  'Danh hiệu đề nghị',
  'Xếp loại',
  'Sáng kiến',
  'Số ngày nghỉ',
  'Lý do nghỉ',
  'Kỷ luật',
  'Số tháng công tác',
  'Danh hiệu năm học 2023-2024',
  'Xếp loại 2023-2024',
  'Sáng kiến 2023-2024',
  'Thành tích các năm trước',
  'Ghi chú',
];

interface Person {
  name: string;
  birth: string;
  position: string;
  unit: string;
  award: string;
  rating?: string;
  initiative?: PlanValue;
  leave?: PlanValue;
  leaveReason?: string;
  discipline?: string;
  months?: PlanValue;
  title2024?: string;
  rating2024?: string;
  initiative2024?: PlanValue;
  history?: string;
  note?: string;
}

const PEOPLE: readonly Person[] = [
  // Trường THCS Đầm Hà: 8 people meet the LĐTT conditions → at most 1 CSTĐCS (15 % × 8 = 1,2 → 1): exactly at the limit.
  { name: 'Phạm Thị Lan', birth: '12/03/1982', position: 'Tổ trưởng', unit: THCS('Đầm Hà'), award: 'CSTĐCS, CSTĐ cấp tỉnh', rating: 'HTXSNV', initiative: 'Dạy học STEM môn Vật lí (cấp tỉnh)', title2024: 'CSTĐCS', rating2024: 'HTXSNV', history: 'CSTĐCS năm học 2022-2023', note: 'Đủ điều kiện CSTĐ tỉnh' },
  { name: 'Nguyễn Văn Hùng', birth: '05/07/1979', position: 'Giáo viên', unit: 'THCS Đầm Hà', award: 'Lao động tiên tiến', rating: 'Hoàn thành tốt nhiệm vụ', history: 'CSTĐCS 3 năm liền; Giấy khen 2022', note: 'Thành tích ghi chưa rõ năm' },
  { name: 'Trần Thị Mai', birth: '21/11/1990', position: 'Giáo viên', unit: THCS('Đầm Hà'), award: 'LĐTT', rating: 'HTTNV', leave: 120, leaveReason: 'Nghỉ thai sản', note: 'Nghỉ thai sản: không tính' },
  { name: 'Lê Văn Nam', birth: '02/02/1985', position: 'Phó Hiệu trưởng', unit: THCS('Đầm Hà'), award: 'LĐTT; Giấy khen', rating: 'HTT' },
  { name: 'Đỗ Thị Hương', birth: '30/08/1995', position: 'Giáo viên', unit: THCS('Đầm Hà'), award: 'LĐTT', rating: 'HTTNV', months: 6, note: 'Vừa đủ 6 tháng công tác' },
  { name: 'Vũ Văn Khánh', birth: '14/04/1988', position: 'Nhân viên', unit: THCS('Đầm Hà'), award: 'Lao dong tien tien', rating: 'Hoan thanh tot nhiem vu', note: 'Gõ không dấu' },
  { name: '=Hoàng Văn Tú', birth: '09/09/1992', position: 'Giáo viên', unit: THCS('Đầm Hà'), award: 'LĐTT', rating: 'HTTNV', note: 'Tên bắt đầu bằng "="' },
  { name: 'Bùi Thị Thu', birth: '17/06/1984', position: 'Giáo viên', unit: THCS('Đầm Hà'), award: 'Chiến sĩ thi đua cơ sở, CSTĐ tỉnh', rating: 'HTXSNV', initiative: 'Không', title2024: 'CSTĐCS', history: 'CSTĐCS 2023', note: 'Không có sáng kiến' },
  // Trường THCS Quảng Tân: 3 people → at most 0 CSTĐCS; two eligible → the council chooses (ordered by votes).
  { name: 'Ngô Thị Hạnh', birth: '23/01/1987', position: 'Giáo viên', unit: THCS('Quảng Tân'), award: 'CSTĐCS', rating: 'HTXSNV', initiative: 'SKKN cấp cơ sở' },
  { name: 'Đặng Văn Phúc', birth: '11/12/1980', position: 'Hiệu trưởng', unit: THCS('Quảng Tân'), award: 'CSTĐCS, CSTĐ cấp tỉnh', rating: 'HTXSNV', initiative: 'Quản lí nền nếp bằng phần mềm (cấp tỉnh)', title2024: 'CSTĐCS', history: 'CSTĐCS 2022-2023' },
  { name: 'Nguyễn Thị Ngọc', birth: '08/05/1993', position: 'Giáo viên', unit: THCS('Quảng Tân'), award: 'LĐTT', rating: 'HTTNV' },
  // Trường THCS Tân Bình: ratings and discipline.
  { name: 'Hoàng Thị Loan', birth: '19/10/1986', position: 'Giáo viên', unit: THCS('Tân Bình'), award: 'LĐTT', rating: 'HTNV' },
  { name: 'Mai Văn Đức', birth: '25/03/1991', position: 'Giáo viên', unit: THCS('Tân Bình'), award: 'LĐTT', note: 'Chưa ghi xếp loại' },
  { name: 'Lương Thị Hoa', birth: '03/07/1989', position: 'Kế toán', unit: THCS('Tân Bình'), award: 'LĐTT', rating: 'Khá' },
  { name: 'Tạ Văn Long', birth: '16/09/1983', position: 'Giáo viên', unit: THCS('Tân Bình'), award: 'LĐTT', rating: 'HTTNV', discipline: 'Khiển trách' },
  // Trường THCS Dực Yên: service, leave, a row typed twice.
  { name: 'Đinh Thị Nhung', birth: '27/02/1998', position: 'Giáo viên', unit: THCS('Dực Yên'), award: 'LĐTT', rating: 'HTTNV', months: 5 },
  { name: 'Kiều Văn Tuấn', birth: '06/06/1981', position: 'Giáo viên', unit: THCS('Dực Yên'), award: 'LĐTT', rating: 'HTTNV', leave: 45, leaveReason: 'Ốm dài ngày' },
  { name: 'Lưu Văn Bình', birth: '13/08/1990', position: 'Nhân viên', unit: THCS('Dực Yên'), award: 'LĐTT', rating: 'HTTNV' },
  { name: 'Lưu Văn Bình', birth: '13/08/1990', position: 'Nhân viên', unit: THCS('Dực Yên'), award: 'LĐTT', rating: 'HTTNV' },
  // Trường THCS Quảng Lợi: Bằng khen and an unclear title.
  { name: 'Tô Thị Vân', birth: '04/04/1978', position: 'Tổ trưởng', unit: THCS('Quảng Lợi'), award: 'BK UBND tỉnh', rating: 'HTXSNV', initiative: '01 SK cấp cơ sở', rating2024: 'HTXSNV', initiative2024: 1 },
  { name: 'Hà Văn Lộc', birth: '29/12/1982', position: 'Giáo viên', unit: THCS('Quảng Lợi'), award: 'Bằng khen của Chủ tịch UBND tỉnh', rating: 'HTXSNV', initiative: '01 SK cấp cơ sở', rating2024: 'HTXSNV', initiative2024: 'Không' },
  { name: 'Châu Thị Bích', birth: '10/10/1994', position: 'Giáo viên', unit: THCS('Quảng Lợi'), award: 'LĐTT, Bằng khen', rating: 'HTTNV', note: '"Bằng khen" chưa rõ cấp' },
  // Trường THCS Đại Bình: CSTĐ tỉnh without this year's CSTĐCS.
  { name: 'Quách Văn Thịnh', birth: '15/05/1980', position: 'Giáo viên', unit: THCS('Đại Bình'), award: 'CSTĐ cấp tỉnh', rating: 'HTXSNV', initiative: 'Đổi mới phương pháp dạy học môn Toán', title2024: 'CSTĐCS' },
  { name: 'Âu Thị Kim', birth: '20/01/1985', position: 'Giáo viên', unit: THCS('Đại Bình'), award: 'CSTĐ cấp tỉnh', rating: 'HTXSNV', initiative: 'SK cấp cơ sở', title2024: 'LĐTT', history: 'CSTĐCS 2022-2023' },
  // Khối Tiểu học.
  { name: 'Lê Thị Hằng', birth: '01/09/1976', position: 'Hiệu trưởng', unit: TH('Đầm Hà'), award: 'Chiến sĩ thi đua toàn quốc', rating: 'HTXSNV', initiative: 'Mô hình trường học hạnh phúc (cấp toàn quốc)', history: 'CSTĐ cấp tỉnh năm học 2022-2023, 2023-2024' },
  { name: 'Vương Văn Hải', birth: '18/07/1975', position: 'Giáo viên', unit: TH('Quảng Tân'), award: 'BK Thủ tướng Chính phủ', rating: 'HTXSNV', initiative: '03 SK cấp cơ sở', rating2024: 'HTXSNV', initiative2024: 2, history: 'BK UBND tỉnh 2019; HTXSNV 2020-2021, 2021-2022, 2022-2023' },
  { name: 'Phùng Thị Mơ', birth: '22/02/1983', position: 'Giáo viên', unit: TH('Tân Bình'), award: 'Bằng khen Thủ tướng', rating: 'HTXSNV', initiative: '02 SK cấp cơ sở', rating2024: 'HTXSNV', initiative2024: 3, history: 'Bằng khen UBND tỉnh 2023; HTXSNV 2020-2021, 2021-2022, 2022-2023', note: 'Bằng khen chưa đủ 5 năm' },
  { name: 'Dương Thị Hồng', birth: '12/12/1992', position: 'Giáo viên', unit: TH('Quảng Lợi'), award: 'GK', rating: 'HTTNV' },
  { name: 'Giáp Thị Oanh', birth: '07/03/1990', position: 'Tổ trưởng', unit: TH('Dực Yên'), award: 'TTLĐTT', rating: 'HTTNV', note: 'Danh hiệu tập thể ghi nhầm danh sách' },
  { name: 'Khổng Văn Lâm', birth: '28/08/1987', position: 'Giáo viên', unit: '', award: 'LĐTT', rating: 'HTTNV', note: 'Thiếu đơn vị' },
];

function personRow(p: Person, i: number): PlanValue[] {
  return [
    i + 1,
    p.name,
    p.birth,
    p.position,
    p.unit || null,
    p.award,
    p.rating ?? null,
    p.initiative ?? null,
    p.leave ?? null,
    p.leaveReason ?? null,
    p.discipline ?? null,
    p.months ?? null,
    p.title2024 ?? null,
    p.rating2024 ?? null,
    p.initiative2024 ?? null,
    p.history ?? null,
    p.note ?? null,
  ];
}

export function individualNominationTemplate(): TemplateSheet {
  const width = INDIVIDUAL_HEADER.length;
  return {
    name: 'Đề nghị khen thưởng',
    headerRow: 2,
    widths: [5, 22, 12, 14, 24, 26, 18, 30, 8, 14, 10, 10, 14, 12, 10, 34, 24],
    merges: [{ r0: 0, c0: 0, r1: 0, c1: width - 1 }],
    rows: [['DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG CÁ NHÂN NĂM HỌC 2024-2025', ...new Array<PlanValue>(width - 1).fill(null)], [], INDIVIDUAL_HEADER, ...PEOPLE.map(personRow)],
  };
}

const COLLECTIVE_HEADER = ['STT', 'Tên tập thể', 'Đơn vị', 'Danh hiệu đề nghị', 'Xếp loại', 'Số thành viên', 'Số LĐTT', 'Số CSTĐCS', 'Số hoàn thành nhiệm vụ trở lên', 'Số bị kỷ luật', 'Ghi chú'];

type Collective = [name: string, unit: string, award: string, rating: string | null, members: PlanValue, ldtt: PlanValue, cstdcs: PlanValue, completed: PlanValue, disciplined: PlanValue, note: string | null];

const COLLECTIVES: readonly Collective[] = [
  ['Tổ Khoa học tự nhiên', THCS('Đầm Hà'), 'Tập thể lao động xuất sắc', 'HTXSNV', 10, 8, 1, 10, 0, null],
  ['Tổ 4-5', TH('Quảng Tân'), 'TTLĐTT', 'HTTNV', 10, 6, 1, 10, 0, null],
  ['Tổ Toán - Tin', THCS('Quảng Tân'), 'TTLĐTT', 'HTTNV', 8, 4, 0, 8, 0, 'LĐTT đúng 50 %: chưa "trên 50 %"'],
  ['Tổ Ngữ văn', THCS('Tân Bình'), 'Tập thể LĐTT', 'HTTNV', 9, 6, 0, 9, 1, null],
  ['Tổ Xã hội', THCS('Dực Yên'), 'TTLĐXS', 'HTXSNV', 12, 9, 0, 12, 0, null],
  ['Tổ 1-2-3', TH('Đầm Hà'), 'TTLĐTT', null, 10, 7, null, 10, null, 'Chưa ghi xếp loại'],
  [THCS('Quảng Lợi'), '', 'TTLĐTT', 'HTTNV', 31, 20, 0, 31, 0, 'Số LĐTT khác danh sách cá nhân'],
  [THCS('Đầm Hà'), '', 'Cờ thi đua của UBND tỉnh', 'HTXSNV', null, null, null, null, null, 'Đơn vị dẫn đầu Khối THCS'],
  [THCS('Quảng Tân'), '', 'Cờ thi đua', 'HTXSNV', null, null, null, null, null, null],
  [TH('Quảng Tân'), '', 'Cờ thi đua', 'HTXSNV', null, null, null, null, null, null],
  ['Trường Mầm non Đầm Hà', '', 'Cờ thi đua', 'HTXSNV', null, null, null, null, null, 'Không thuộc khối nào'],
  [TH('Đầm Hà'), '', 'Cờ thi đua của Chính phủ', 'HTXSNV', null, null, null, null, null, null],
];

export function collectiveNominationTemplate(): TemplateSheet {
  return {
    name: 'Đề nghị tập thể',
    headerRow: 0,
    widths: [5, 26, 24, 26, 12, 10, 10, 10, 14, 10, 28],
    rows: [COLLECTIVE_HEADER, ...COLLECTIVES.map((c, i): PlanValue[] => [i + 1, c[0], c[1] || null, ...c.slice(2)])],
  };
}

/**
 * Person rows of the votes sheet `Suy tôn`, in the order Đơn vị | Họ và tên | Khối | Danh hiệu |
 * Số phiếu đồng ý | Tổng số phiếu (the bloc votes sheet appends them under its unit rows).
 */
export function personVoteRows(): PlanValue[][] {
  return [
    [THCS('Đầm Hà'), 'Phạm Thị Lan', 'Khối THCS', 'CSTĐ cấp tỉnh', 14, 15],
    [THCS('Quảng Tân'), 'Ngô Thị Hạnh', 'Khối THCS', 'CSTĐCS', 12, 15],
    [THCS('Quảng Tân'), 'Đặng Văn Phúc', 'Khối THCS', 'CSTĐCS', 14, 15],
    [THCS('Quảng Tân'), 'Đặng Văn Phúc', 'Khối THCS', 'CSTĐ cấp tỉnh', 14, 15],
    [THCS('Đại Bình'), 'Âu Thị Kim', 'Khối THCS', 'CSTĐ cấp tỉnh', 13, 15],
    [TH('Đầm Hà'), 'Lê Thị Hằng', 'Khối Tiểu học', 'CSTĐ toàn quốc', 15, 15],
  ];
}

/** The header of the person vote rows, for a votes sheet built from them alone. */
export const PERSON_VOTE_HEADER: readonly string[] = ['Đơn vị', 'Họ và tên', 'Khối', 'Danh hiệu', 'Số phiếu đồng ý', 'Tổng số phiếu'];

export function nominationTemplateSheets(): TemplateSheet[] {
  return [individualNominationTemplate(), collectiveNominationTemplate()];
}
