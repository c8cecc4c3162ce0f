/** The signature block: the secretary on the left, the chair on the right, names from `Cấu hình`. */
import { BorderStyle, Table, TableCell, TableLayoutType, TableRow, WidthType } from 'docx';
import type { Lang } from '../engine';
import type { Params } from '../engine';
import { MINUTES_TEXT } from './strings';
import { TEXT_WIDTH, para } from './docStyle';

const NONE = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const NO_BORDERS = { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE };

function signer(title: string, hint: string, name: string, width: number): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    borders: NO_BORDERS,
    children: [
      para(title, { align: 'center', bold: true, after: 0 }),
      para(hint, { align: 'center', italics: true, after: 1300 }),
      para(name, { align: 'center', bold: true, after: 0 }),
    ],
  });
}

export function signatureBlock(params: Params, lang: Lang, council: boolean): Table {
  const t = MINUTES_TEXT[lang];
  const half = Math.floor(TEXT_WIDTH / 2);
  return new Table({
    rows: [
      new TableRow({
        cantSplit: true,
        children: [
          signer(t.signSecretary, t.signHint, params.preparedBy, half),
          signer(council ? t.signChairCouncil : t.signChairBloc, t.signHint, params.chairman, TEXT_WIDTH - half),
        ],
      }),
    ],
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: [half, TEXT_WIDTH - half],
    layout: TableLayoutType.FIXED,
    borders: NO_BORDERS,
  });
}
