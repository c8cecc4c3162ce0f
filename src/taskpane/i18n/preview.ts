/** Words of the browser preview's bar (not part of the Excel pane). */
import type { Lang } from '../../engine';

export const PREVIEW_STRINGS: Readonly<
  Record<Lang, { barLabel: string; open: string; example: string; loading: string; selected: (where: string) => string; unreadable: (file: string, why: string) => string }>
> = {
  vi: {
    barLabel: 'Bản xem thử trên trình duyệt',
    open: 'Mở tệp .xlsx…',
    example: 'Dùng sổ ví dụ',
    loading: 'Đang tạo sổ ví dụ…',
    selected: (where) => `Đã chọn ô ${where}`,
    unreadable: (file, why) => `Không đọc được tệp “${file}”: ${why}`,
  },
  en: {
    barLabel: 'Browser preview',
    open: 'Open an .xlsx file…',
    example: 'Use the example workbook',
    loading: 'Building the example workbook…',
    selected: (where) => `Selected cell ${where}`,
    unreadable: (file, why) => `Could not read “${file}”: ${why}`,
  },
};
