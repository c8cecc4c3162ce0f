/** Sheet-qualified references as Excel writes them. */
/** 'Khối THCS' — always quoted, with inner apostrophes doubled (Excel accepts quotes on any name). */
export function quoteSheetName(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/** "'Đề nghị khen thưởng'!B7": the target of an internal hyperlink. */
export function documentReference(sheet: string, cell: string): string {
  return `${quoteSheetName(sheet)}!${cell}`;
}

/** "$5:$6": rows 4..5 (0-based) repeated at the top of printed pages. */
export function printTitleRows(r0: number, r1: number): string {
  return `$${r0 + 1}:$${r1 + 1}`;
}
