/**
 * V8 gives each field of a class's objects the representation of the first values stored in it: a small
 * integer, a double, an object of some shape. A later value of another kind (the first fractional total,
 * the first null, the first non-empty list) changes the field's representation in the middle of a run,
 * which throws away every compile that relied on it (TurboFan's "dependency change"). Records made by
 * the thousands are given their final kinds at load time instead: a few throwaway records, made with
 * the most general values each field will hold, settle them before any real record is made.
 */
export function settleFieldKinds(...records: readonly object[]): number {
  return records.length;
}
