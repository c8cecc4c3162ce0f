/**
 * A value read from a nomination cell whose A1 address is written only when something asks for it:
 * every row has half a dozen of these and only the few that end in a reason ever need the text "G17".
 */
import { cellAddress } from '../cells/address';
import type { Located } from './types';

export class CellRead<T> implements Located<T> {
  /** `col` < 0: the sheet has no such column (the address is null). */
  constructor(
    readonly read: T,
    private readonly row: number,
    private readonly col: number,
  ) {}

  get cell(): string | null {
    return this.col < 0 ? null : cellAddress(this.row, this.col);
  }

  /** What tests and debugging output see: the same shape as a plain `{ read, cell }`. */
  toJSON(): Located<T> {
    return { read: this.read, cell: this.cell };
  }
}
