/**
 * Interop: LibreOffice opens the minutes and converts them to PDF without error; page 1 is rendered to
 * test-artifacts/minutes-page1.png for a human to look at. Skipped (with a message) only when LibreOffice
 * is not installed and we are not on CI.
 */
import { execFileSync, spawnSync } from 'child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync, copyFileSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import { buildMinutesDocx } from '../../src/minutes';
import { fixtureAnalysis } from './analysisFixture';

const ARTIFACTS = path.join(__dirname, '..', '..', 'test-artifacts');

function hasCommand(cmd: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0;
}

const haveOffice = hasCommand('soffice');
if (!haveOffice && !process.env.CI) console.warn('LibreOffice (soffice) is not installed: the minutes PDF conversion test is skipped.');
const maybe = haveOffice || process.env.CI ? test : test.skip;

maybe('LibreOffice converts the minutes to PDF; page 1 rendered as PNG', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'thidua-minutes-'));
  try {
    const docx = path.join(dir, 'bien-ban.docx');
    writeFileSync(docx, await buildMinutesDocx(fixtureAnalysis(), { now: new Date('2025-05-20T08:00:00Z'), lang: 'vi' }));
    // A private profile: another soffice running on the machine must not swallow the conversion.
    const profile = `file://${path.join(dir, 'lo-profile')}`;
    execFileSync('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, docx], { timeout: 180000, stdio: 'pipe' });
    const pdf = path.join(dir, 'bien-ban.pdf');
    expect(existsSync(pdf)).toBe(true);
    const bytes = readFileSync(pdf);
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    // Three pages: the header, the tables, the signatures — never a blank or a broken document.
    const pages = (bytes.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    expect(pages).toBeGreaterThanOrEqual(2);
    expect(pages).toBeLessThanOrEqual(4);
    if (hasCommand('pdftoppm')) {
      execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', pdf, path.join(dir, 'page')], { timeout: 60000 });
      const png = path.join(dir, 'page-1.png');
      expect(statSync(png).size).toBeGreaterThan(5000);
      mkdirSync(ARTIFACTS, { recursive: true });
      copyFileSync(png, path.join(ARTIFACTS, 'minutes-page1.png'));
      expect(readFileSync(path.join(ARTIFACTS, 'minutes-page1.png')).subarray(1, 4).toString('latin1')).toBe('PNG');
    } else if (process.env.CI) throw new Error('pdftoppm (poppler-utils) is required on CI');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
