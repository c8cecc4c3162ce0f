/**
 * The list sheets that are merged by concatenating rows (§3.4–3.7, §9): how each is recognised, which
 * columns identify a row (to drop the same row sent by two files), and the merged sheet's name. Names
 * and header aliases are the nomination and bloc engines' own, so `score` reads what the merge wrote.
 */
import type { ColumnSpec } from '../cells/headers';
import { COLLECTIVE_COLUMNS, COLLECTIVE_SHEET_NAMES, INDIVIDUAL_COLUMNS, INDIVIDUAL_SHEET_NAMES, VOTE_COLUMNS, VOTE_SHEET_NAMES } from '../nominations/columns';
import { UNITS_SHEET_NAMES } from '../blocs/sheetNames';

export type ListKind = 'units' | 'votes' | 'nominations' | 'collectives' | 'registration' | 'examples';

export interface ListSpec {
  readonly kind: ListKind;
  /** Name of the merged sheet (the convention's name, so `score` recognises it). */
  readonly sheetName: string;
  /** Sheet names that mean this list (folded; "starts with" allowed unless `exactName`). */
  readonly names: readonly string[];
  readonly exactName?: boolean;
  /** Header columns; `required` ones must be found. */
  readonly columns: readonly ColumnSpec[];
  /** True when a sheet with an unknown name may be recognised by its header alone. */
  readonly byHeader: boolean;
  /** Spec keys forming the identity of a row; the first group with a filled column is used. */
  readonly identity: readonly (readonly string[])[];
  /** Spec key of the column naming the row in messages, and of its award/title. */
  readonly labelKey: string;
  readonly awardKey?: string;
}

/** Only the name column is required to merge a list: a row without a title is still a row the officer sent. */
const relaxed = (specs: readonly ColumnSpec[], keep: string): ColumnSpec[] => specs.map((c) => ({ ...c, required: c.key === keep }));

const UNIT: ColumnSpec = { key: 'unit', aliases: ['Đơn vị', 'Tên đơn vị', 'Đơn vị công tác', 'Trường'] };
const NAME: ColumnSpec = { key: 'name', aliases: ['Họ và tên', 'Họ tên', 'Họ và tên cá nhân'] };

export const LIST_SPECS: readonly ListSpec[] = [
  {
    // Checked before `nominations`: "Danh sách đề nghị tập thể" also starts with "Danh sách đề nghị".
    kind: 'collectives',
    sheetName: 'Đề nghị tập thể',
    names: COLLECTIVE_SHEET_NAMES,
    columns: relaxed(COLLECTIVE_COLUMNS, 'name'),
    byHeader: true,
    identity: [['name', 'unit']],
    labelKey: 'name',
    awardKey: 'award',
  },
  {
    kind: 'nominations',
    sheetName: 'Đề nghị khen thưởng',
    names: INDIVIDUAL_SHEET_NAMES,
    columns: relaxed(INDIVIDUAL_COLUMNS, 'name'),
    byHeader: true,
    identity: [['id'], ['name', 'birth', 'unit']],
    labelKey: 'name',
    awardKey: 'award',
  },
  {
    kind: 'votes',
    sheetName: 'Suy tôn',
    names: VOTE_SHEET_NAMES,
    columns: VOTE_COLUMNS,
    byHeader: false,
    identity: [['name', 'unit']],
    labelKey: 'unit',
    awardKey: 'award',
  },
  {
    kind: 'registration',
    sheetName: 'Đăng ký thi đua',
    names: ['Đăng ký thi đua', 'Đăng ký'],
    columns: [{ ...UNIT, required: true }, NAME],
    byHeader: false,
    identity: [['unit', 'name']],
    labelKey: 'unit',
  },
  {
    kind: 'examples',
    sheetName: 'Điển hình tiên tiến',
    names: ['Điển hình tiên tiến', 'Điển hình'],
    columns: [{ ...UNIT, required: true }, NAME, { key: 'model', aliases: ['Tên mô hình', 'Mô hình'] }],
    byHeader: false,
    identity: [['unit', 'name', 'model']],
    labelKey: 'unit',
  },
  {
    kind: 'units',
    sheetName: 'Đơn vị',
    names: UNITS_SHEET_NAMES,
    exactName: true,
    columns: [{ key: 'unit', aliases: ['Tên đơn vị', 'Đơn vị'], required: true }, { key: 'bloc', aliases: ['Khối', 'Cụm', 'Khối thi đua', 'Cụm thi đua'] }],
    byHeader: false,
    identity: [['unit']],
    labelKey: 'unit',
  },
];
