/** One case of the bad-input corpus: how its input is built and what every surface must show. */
import type { WorkbookSnapshot } from '../../../src/workbook/snapshot';
import type { BookSpec } from './book';

/** Exact sets of finding codes per severity (an absent list means none of that severity). */
export interface Expected {
  readonly errors?: readonly string[];
  readonly warnings?: readonly string[];
  readonly infos?: readonly string[];
}

export interface CorpusCase {
  readonly id: string;
  /** What the input is (README). */
  readonly about: string;
  /** What every surface must show (README). */
  readonly shows: string;
  /** A book (written with ExcelJS) or the raw bytes of the file. */
  readonly input: () => BookSpec | Promise<Uint8Array> | Uint8Array;
  /** The findings of `check`, `score` and the task pane (adapter + simulator). */
  readonly expect?: Expected;
  /** "CODE@Sheet!Cell" (or "CODE@Sheet"): findings that must name exactly this place. */
  readonly at?: readonly string[];
  /** The CLI refuses the file: exit 2 with this message for check and score; nothing is written. */
  readonly refused?: RegExp;
  /** `score` refuses to write (exit 2, this message) though `check` reads the file. */
  readonly scoreRefused?: RegExp;
  /** The Office path: skipped (why), or built from its own snapshot / with its own expectations. */
  readonly office?: { readonly skip?: string; readonly snapshot?: () => WorkbookSnapshot; readonly expect?: Expected; readonly structureProtected?: boolean };
  /** File name of the input (default `<id>.xlsx`). */
  readonly fileName?: string;
  /** Unit → total the ranking must give (both surfaces): never a wrong number. */
  readonly totals?: Readonly<Record<string, number>>;
  /** Extra checks on the written output: every string value of the owned sheets (both surfaces). */
  readonly outputHas?: readonly string[];
}
