/**
 * The production web build: the pages, their Content-Security-Policy, office.js only where Excel loads
 * it, and ExcelJS kept out of the Excel-hosted pane (only the preview loads it, lazily).
 */
import * as fs from 'fs';
import * as path from 'path';
import { WEB, ensureWebBuild } from './support/build';

interface EntryReport {
  initialFiles: string[];
  initialModules: string[];
  lazyFiles: string[];
  lazyModules: string[];
}

describe('web build (dist/web)', () => {
  let report: { entrypoints: Record<string, EntryReport> };
  const html = (name: string) => fs.readFileSync(path.join(WEB, name), 'utf8');

  beforeAll(async () => {
    await ensureWebBuild();
    report = JSON.parse(fs.readFileSync(path.join(WEB, 'build-report.json'), 'utf8'));
  }, 900_000);

  it('produces the three pages, the help page, the manifest and the icons', () => {
    for (const f of ['taskpane.html', 'commands.html', 'preview.html', 'help.html', 'manifest.xml']) expect(fs.existsSync(path.join(WEB, f))).toBe(true);
    for (const s of [16, 32, 64, 80, 128]) expect(fs.existsSync(path.join(WEB, 'assets', `icon-${s}.png`))).toBe(true);
    expect(Object.keys(report.entrypoints).sort()).toEqual(['commands', 'preview', 'taskpane']);
  });

  it('loads office.js from Microsoft’s CDN in the Excel pages only, before the bundle', () => {
    // The HTML is minified: attribute quotes are optional.
    const office = /<script src="?https:\/\/appsforoffice\.microsoft\.com\/lib\/1\/hosted\/office\.js"?><\/script>/;
    for (const page of ['taskpane.html', 'commands.html']) {
      const text = html(page);
      const at = text.search(office);
      expect(at).toBeGreaterThan(0);
      const bundle = report.entrypoints[page.replace('.html', '')]!.initialFiles.find((f) => f.endsWith('.js'))!;
      expect(at).toBeLessThan(text.indexOf(bundle));
    }
    expect(html('preview.html')).not.toContain('appsforoffice');
  });

  it('has a Content-Security-Policy allowing scripts only from itself and the office.js CDN', () => {
    const cspOf = (page: string) => /http-equiv="?Content-Security-Policy"? content="([^"]+)"/.exec(html(page))?.[1] ?? '';
    const csp = cspOf('taskpane.html');
    const directives = Object.fromEntries(csp.split(';').map((d) => d.trim().split(/\s+/)).map(([k, ...v]) => [k, v]));
    expect(directives['default-src']).toEqual(["'self'"]);
    expect(directives['script-src']).toEqual(["'self'", 'https://appsforoffice.microsoft.com']);
    expect(directives['connect-src']).toEqual(["'self'", 'https://appsforoffice.microsoft.com']);
    expect(directives['object-src']).toEqual(["'none'"]);
    expect(csp).not.toContain('unsafe-eval');
    const previewCsp = cspOf('preview.html');
    expect(previewCsp).toContain("script-src 'self';");
  });

  it('keeps ExcelJS out of the Excel pane, even lazily, and loads it lazily in the preview', () => {
    const isExcelJs = (m: string) => /node_modules\/exceljs\//.test(m);
    const pane = report.entrypoints.taskpane!;
    expect(pane.initialModules.filter(isExcelJs)).toEqual([]);
    expect(pane.lazyModules.filter(isExcelJs)).toEqual([]);
    expect(report.entrypoints.commands!.initialModules.filter(isExcelJs)).toEqual([]);
    const preview = report.entrypoints.preview!;
    expect(preview.initialModules.filter(isExcelJs)).toEqual([]);
    expect(preview.lazyModules.filter(isExcelJs).length).toBeGreaterThan(0);
    // The pane's own code and the engine are in it; the adapter of the other host is not.
    expect(pane.initialModules).toEqual(expect.arrayContaining(['src/taskpane/index.tsx', 'src/excel/index.ts']));
    expect(pane.initialModules.some((m) => m.startsWith('src/xlsx/'))).toBe(false);
    expect(preview.initialModules.some((m) => m.startsWith('src/excel/'))).toBe(false);
  });

  it('ships no office-js-helpers or React in the ribbon command page', () => {
    const cmd = report.entrypoints.commands!.initialModules;
    expect(cmd.filter((m) => /node_modules\/(react|react-dom|@fluentui)\//.test(m))).toEqual([]);
  });
});
