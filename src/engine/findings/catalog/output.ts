/** Messages of the output findings (vi first, en second). Every code used by the engine has an entry. */
import type { Catalog } from '../types';

/**
 * SPEC §5: output sheets are owned by the add-in; a rerun replaces only its own unedited sheets and
 * never overwrites a sheet the user made or edited.
 */
export const outputMessages: Catalog = {
  OUTPUT_OWNED_EDITED: {
    vi: (p) => `Trang tính «${p.sheet}» do Thi đua ghi lần trước đã bị sửa tay nên được giữ nguyên; kết quả mới được ghi vào «${p.newName}».`,
    en: (p) => `Sheet "${p.sheet}", written by Thi đua last time, was edited by hand and is kept as is; the new results are written to "${p.newName}".`,
  },
  OUTPUT_NAME_TAKEN: {
    vi: (p) => `Sổ tính đã có trang tính «${p.sheet}» không do Thi đua tạo; kết quả được ghi vào «${p.newName}».`,
    en: (p) => `The workbook already has a sheet "${p.sheet}" not made by Thi đua; the results are written to "${p.newName}".`,
  },
  OUTPUT_OWNED_PROTECTED: {
    vi: (p) => `Trang tính «${p.sheet}» do Thi đua ghi lần trước đang được bảo vệ (Protect Sheet) nên không thể ghi đè; kết quả mới được ghi vào «${p.newName}».`,
    en: (p) => `Sheet "${p.sheet}", written by Thi đua last time, is protected and cannot be replaced; the new results are written to "${p.newName}".`,
  },
  OUTPUT_OWNED_KEPT: {
    vi: (p) => `Trang tính «${p.sheet}» do Thi đua ghi lần trước đã bị sửa tay nên được giữ lại; từ nay Thi đua không quản lý trang tính này nữa.`,
    en: (p) => `Sheet "${p.sheet}", written by Thi đua last time, was edited by hand and is kept; Thi đua no longer manages it.`,
  },
  OUTPUT_STRUCTURE_PROTECTED: {
    vi: () => 'Sổ tính đang được bảo vệ cấu trúc (Protect Workbook) nên không thể thêm trang tính kết quả. Hãy bỏ bảo vệ rồi chạy lại.',
    en: () => 'The workbook structure is protected (Protect Workbook), so no result sheet can be added. Unprotect it and run again.',
  },
  OUTPUT_OWNERSHIP_UNREADABLE: {
    vi: (p) => `Bảng quản lý «${p.sheet}» có ${p.count} dòng không đọc được; các dòng đó bị bỏ qua.`,
    en: (p) => `The ownership table "${p.sheet}" has ${p.count} unreadable row(s); they are ignored.`,
  },
};
