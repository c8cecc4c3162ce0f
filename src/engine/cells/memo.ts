/**
 * A bounded memo for pure functions of a string (text folding, collation keys, the readings of a title,
 * a rating or a date typed in a cell): the same few thousand distinct texts recur over tens of thousands
 * of rows. The bound keeps a huge workbook from growing the memo without limit (it is simply cleared
 * when full). Memoised results are shared between callers: they must be treated as immutable.
 */
const MEMO_LIMIT = 50_000;

export function memoised<T>(compute: (s: string) => T): (s: string) => T {
  const memo = new Map<string, T>();
  return (s) => {
    let k = memo.get(s);
    if (k === undefined) {
      if (memo.size >= MEMO_LIMIT) memo.clear();
      k = compute(s);
      memo.set(s, k);
    }
    return k;
  };
}
