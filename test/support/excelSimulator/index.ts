/** The strict Excel simulator (see simulator.ts) and its helpers. */
export { ExcelSimulator } from './simulator';
export type { ExcelRunLike, SimulatorOptions } from './simulator';
export { installOfficeGlobals } from './officeGlobals';
export type { OfficeGlobalsOptions } from './officeGlobals';
export { SheetInspector } from './inspect';
export type { CellInfo } from './inspect';
export type { OpInfo, SyncStat } from './context';
export { PropertyNotLoadedError, SimError, PAYLOAD_LIMIT_BYTES, RANGE_CELL_LIMIT } from './errors';
export { parseInput } from './inputParse';
