/** Three-valued logic for facts that may be missing: a rule never passes on 'unknown'. */
export type Tri = 'yes' | 'no' | 'unknown';

export function and3(a: Tri, b: Tri): Tri {
  if (a === 'no' || b === 'no') return 'no';
  if (a === 'unknown' || b === 'unknown') return 'unknown';
  return 'yes';
}

export function or3(a: Tri, b: Tri): Tri {
  if (a === 'yes' || b === 'yes') return 'yes';
  if (a === 'unknown' || b === 'unknown') return 'unknown';
  return 'no';
}
