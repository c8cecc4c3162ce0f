/**
 * Runs LibreOffice headless on written workbooks. Each call uses its own throw-away user profile (so
 * parallel runs do not fight over one) configured to recalculate every formula on load: a conversion
 * then proves that the formulas, not their cached results, give the numbers.
 */
import { spawnSync } from 'child_process';
import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';

export function sofficePath(): string | null {
  const r = spawnSync('sh', ['-c', 'command -v soffice || command -v libreoffice'], { encoding: 'utf8' });
  const p = r.stdout.trim().split('\n')[0];
  return r.status === 0 && p ? p : null;
}

const RECALC_ALWAYS = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

export interface Conversion {
  readonly status: number | null;
  readonly output: string;
  readonly stderr: string;
  readonly stdout: string;
}

/** `soffice --headless --convert-to <format> --outdir <dir> <file>`; returns the converted file's path. */
export async function convertWithLibreOffice(file: string, format: string, outDir: string): Promise<Conversion> {
  const soffice = sofficePath();
  if (!soffice) throw new Error('soffice not found');
  const profile = await fs.mkdtemp(path.join(os.tmpdir(), 'thidua-lo-profile-'));
  try {
    await fs.mkdir(path.join(profile, 'user'), { recursive: true });
    await fs.writeFile(path.join(profile, 'user', 'registrymodifications.xcu'), RECALC_ALWAYS);
    const r = spawnSync(soffice, [`-env:UserInstallation=file://${profile}`, '--headless', '--norestore', '--convert-to', format, '--outdir', outDir, file], {
      encoding: 'utf8',
      timeout: 180000,
    });
    const ext = format.split(':')[0]!;
    return { status: r.status, output: path.join(outDir, `${path.basename(file, path.extname(file))}.${ext}`), stderr: r.stderr ?? '', stdout: r.stdout ?? '' };
  } finally {
    await fs.rm(profile, { recursive: true, force: true });
  }
}
