/**
 * A bounded memo for pure string → string functions (text folding, collation keys): the same few
 * thousand distinct texts recur over tens of thousands of rows. The bound keeps a huge workbook from
 * growing the memo without limit (it is simply cleared when full).
 */
const MEMO_LIMIT = 50_000;

export function memoised(compute: (s: string) => string): (s: string) => string {
  const memo = new Map<string, string>();
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
