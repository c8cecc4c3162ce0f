/**
 * One individual nomination's result, built without temporaries: a class whose own enumerable
 * properties are exactly those of the object literal it replaces, in the same order (the JSON report
 * keeps its key order); the optional ones are only set when present.
 */
import type { NominationReason, NominationResult, NominationStatus } from '../model';
import type { PersonRow } from './types';

export class IndividualResult implements NominationResult {
  readonly sheet: string;
  readonly row: number;
  readonly cell: string;
  readonly name: string;
  readonly unit: string;
  readonly award: string;
  readonly status: NominationStatus;
  readonly reasons: readonly NominationReason[];
  readonly kind: 'individual';
  declare readonly voteShare?: number;
  declare readonly position?: string;

  constructor(p: PersonRow, award: string, status: NominationStatus, reasons: readonly NominationReason[], voteShare: number | undefined) {
    this.sheet = p.sheet;
    this.row = p.row + 1;
    this.cell = p.nameCell;
    this.name = p.name;
    this.unit = p.unit;
    this.award = award;
    this.status = status;
    this.reasons = reasons;
    this.kind = 'individual';
    // Optional fields come after the others, in this order.
    if (voteShare !== undefined) (this as { voteShare?: number }).voteShare = voteShare;
    if (p.position !== '') (this as { position?: string }).position = p.position;
  }
}
