/**
 * The guard of a chosen file's bytes where there is no zlib (the browser preview): what kind of file
 * it is, whether it is whole, its declared sizes and ratios (./guard `inspectXlsx`), then every part
 * inflated up to its declared size with the web platform's inflater (./streamInflate). The same checks
 * the CLI makes before ExcelJS inflates anything (./files `openXlsxBytes`); a refused file throws.
 */
import type { Lang } from '../engine';
import { inspectXlsx, verifyInflatedSizesAsync, type ZipLimits } from './guard';
import { packageProblem, type PackageProblemKind } from './packageProblems';
import { inflateRawBounded } from './streamInflate';

/** A file the guard refused; `message` names it and says why, in the pane's language. */
export class PackageRefused extends Error {
  override readonly name = 'PackageRefused';
  constructor(
    readonly kind: PackageProblemKind,
    message: string,
  ) {
    super(message);
  }
}

export async function checkXlsxBytes(bytes: Uint8Array, file: string, opts: { lang?: Lang; limits?: Partial<ZipLimits> } = {}): Promise<void> {
  const lang = opts.lang ?? 'vi';
  const checked = inspectXlsx(bytes, opts.limits ? { limits: opts.limits } : {});
  const problem = checked.ok ? await verifyInflatedSizesAsync(bytes, checked.entries, inflateRawBounded, opts.limits) : checked.problem;
  if (!problem) return;
  const { kind, message } = packageProblem(problem, file, undefined, lang);
  throw new PackageRefused(kind, message);
}
