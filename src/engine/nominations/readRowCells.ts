/**
 * Reading one nomination row cell by cell (SPEC §3.6), reporting every formula error where it is met:
 * the path of the rare rows holding an error (all others share their readings, see ./readIndividuals).
 * The cells are read in the order the errors are reported.
 */
import { cellAddress } from '../cells/address';
import { looseKey } from '../cells/text';
import type { FindingSink } from '../findings/types';
import type { PersonRow } from './types';
import { parseAwardList } from './vocab/awards';
import { parseDiscipline } from './vocab/ratings';
import type { RowCells } from './rowCells';
import { birthText, identityKey, readService } from './personFields';
import { unitRead } from './unitKey';
import { PersonRecord } from './personRecord';
import type { SheetLayout } from './rowTraits';
import { monthsGiven, readRowHistory, readRowInitiative, readRowLeave, readRowRating, traitsOf } from './rowTraits';

/** A section row's unit: its title and the title's cell. */
export interface Section {
  readonly unit: string;
  readonly cell: string;
}

export function readRowCells(cells: RowCells, name: string, awardText: string, section: Section | null, layout: SheetLayout, sink: FindingSink): PersonRow {
  const r = cells.row;
  const sheet = cells.grid.name;
  const c = layout.sheets[0]!.cols;
  const ownUnit = cells.textAt(c.unit);
  const unit = ownUnit !== '' ? ownUnit : (section?.unit ?? '');
  const birthValue = cells.valueAt(c.birth);
  const id = cells.textAt(c.id) || null;
  const history = readRowHistory(cells, layout, (w) => sink.warning('NOMINATION_HISTORY_AMBIGUOUS', { sheet, cell: cellAddress(r, w.col) }, { text: w.text }));
  const rating = readRowRating(cells, layout);
  const initiative = readRowInitiative(cells, c);
  const months = monthsGiven(cells, c);
  const position = cells.textAt(c.position);
  const discipline = parseDiscipline(cells.textAt(c.discipline));
  const leave = readRowLeave(cells, c);
  const service = readService(cells.valueAt(c.serviceMonths), cells.valueAt(c.hireDate), layout.frame);
  const traits = traitsOf(layout, months, initiative, { rating, discipline, service });
  const nameKey = looseKey(name);
  const unitOf = unitRead(unit);
  // Shaped as the shared readings of ./individualRows (one object layout for the records' getters to meet).
  const nameOf = { text: name, key: nameKey, total: false, prefix: '' };
  const unitOfRow = { read: unitOf, cell: ownUnit === '' && section ? section.cell : null, suffix: '' };
  return new PersonRecord(
    traits,
    leave,
    r,
    nameOf,
    unitOfRow,
    position,
    identityKey(id, nameKey, birthText(birthValue), unitOf.key),
    parseAwardList(awardText),
    history,
    id,
  );
}
