/**
 * The task pane page's Content-Security-Policy allows only itself and the office.js CDN: checked on the
 * webpack configuration that writes it (always) and on the built page in dist/web when it exists.
 */
import * as fs from 'fs';
import * as path from 'path';

const ROOT = path.resolve(__dirname, '..', '..');
const OFFICE_CDN = 'https://appsforoffice.microsoft.com';

interface HtmlPluginLike {
  readonly userOptions?: { filename?: string; template?: string; templateParameters?: Record<string, string> };
  readonly options?: { filename?: string; template?: string; templateParameters?: Record<string, string> };
}

function configuredPages(): Map<string, { template: string; csp: string }> {
  const make = require(path.join(ROOT, 'webpack.config.js')) as (env: unknown, argv: { mode: string }) => { plugins: unknown[] };
  const out = new Map<string, { template: string; csp: string }>();
  for (const p of make({}, { mode: 'production' }).plugins as HtmlPluginLike[]) {
    const o = p.userOptions ?? p.options;
    if (o?.filename && o.templateParameters?.csp) out.set(o.filename, { template: o.template ?? '', csp: o.templateParameters.csp });
  }
  return out;
}

function directives(csp: string): Record<string, string[]> {
  return Object.fromEntries(
    csp
      .split(';')
      .map((d) => d.trim())
      .filter(Boolean)
      .map((d) => d.split(/\s+/))
      .map(([k, ...v]) => [k!, v]),
  );
}

/** Every source a directive may name: the page itself, inline data the UI draws with, the office.js CDN. */
function expectOnlySelfAndOffice(csp: string, withOffice: boolean): void {
  const d = directives(csp);
  expect(d['default-src']).toEqual(["'self'"]);
  expect(d['script-src']).toEqual(withOffice ? ["'self'", OFFICE_CDN] : ["'self'"]);
  expect(d['connect-src']).toEqual(withOffice ? ["'self'", OFFICE_CDN] : ["'self'"]);
  expect(d['object-src']).toEqual(["'none'"]);
  for (const [name, sources] of Object.entries(d)) {
    for (const s of sources) {
      const allowed = ["'self'", "'none'", "'unsafe-inline'", 'data:', 'blob:', ...(withOffice ? [OFFICE_CDN] : [])];
      expect({ directive: name, source: s, allowed: allowed.includes(s) }).toEqual({ directive: name, source: s, allowed: true });
      // Inline code is never allowed for scripts, nor eval anywhere.
      if (name === 'script-src' || name === 'default-src') expect(s).not.toBe("'unsafe-inline'");
    }
  }
  expect(csp).not.toContain('unsafe-eval');
  expect(csp).not.toMatch(/(^|\s)(\*|https?:|http:\/\/)(\s|;|$)/);
}

describe('Content-Security-Policy of the pages', () => {
  const pages = configuredPages();

  it('the task pane, the command page and the preview each get one', () => {
    expect([...pages.keys()].sort()).toEqual(['commands.html', 'preview.html', 'taskpane.html']);
    for (const { template } of pages.values()) expect(fs.readFileSync(path.join(ROOT, template), 'utf8')).toMatch(/<meta http-equiv="Content-Security-Policy" content="<%= csp %>"/);
  });

  it('allows only self and the office.js CDN in the Excel pages, only self in the preview', () => {
    expectOnlySelfAndOffice(pages.get('taskpane.html')!.csp, true);
    expectOnlySelfAndOffice(pages.get('commands.html')!.csp, true);
    expectOnlySelfAndOffice(pages.get('preview.html')!.csp, false);
  });

  it('the built task pane (when built) carries the same policy', () => {
    const built = path.join(ROOT, 'dist', 'web', 'taskpane.html');
    if (!fs.existsSync(built)) return;
    const html = fs.readFileSync(built, 'utf8');
    const csp = /http-equiv="?Content-Security-Policy"? content="([^"]+)"/.exec(html)?.[1] ?? '';
    expectOnlySelfAndOffice(csp, true);
  });

  it('the check rejects a policy that lets anything else in', () => {
    expect(() => expectOnlySelfAndOffice("default-src 'self'; script-src 'self' https://cdn.example.com; connect-src 'self'; object-src 'none'", false)).toThrow();
    expect(() => expectOnlySelfAndOffice("default-src 'self'; script-src 'self' 'unsafe-eval'; connect-src 'self'; object-src 'none'", false)).toThrow();
  });
});

describe('CI', () => {
  it('fails on a high or critical advisory of a production dependency (npm audit in .ci/run)', () => {
    const run = fs.readFileSync(path.join(ROOT, '.ci', 'run'), 'utf8');
    expect(run).toMatch(/npm audit --omit=dev --audit-level=high/);
    expect(run).toMatch(/set -euo pipefail/);
  });
});
