/** Three-valued logic for facts that may be missing: a rule never passes on 'unknown'. */
export type Tri = 'yes' | 'no' | 'unknown';

export function and3(...xs: Tri[]): Tri {
  if (xs.includes('no')) return 'no';
  if (xs.includes('unknown')) return 'unknown';
  return 'yes';
}

export function or3(...xs: Tri[]): Tri {
  if (xs.includes('yes')) return 'yes';
  if (xs.includes('unknown')) return 'unknown';
  return 'no';
}
