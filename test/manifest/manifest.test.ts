/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "node-addons"]}
 *
 * The add-in manifest: XSD-valid against the official schemas kept in ../shared/manifest-schemas
 * (offline, xmllint-wasm), a GUID id, https URLs on localhost:3000, every resid resolving, icons present
 * with the size their id claims, and the ribbon button on the Home tab opening the pane.
 */
import * as fs from 'fs';
import * as path from 'path';
import { validateXML } from 'xmllint-wasm';

const ROOT = path.resolve(__dirname, '..', '..');
const SCHEMA_DIR = path.resolve(ROOT, '..', 'shared', 'manifest-schemas');
const MANIFEST = path.join(ROOT, 'manifest.xml');
const BT = 'http://schemas.microsoft.com/office/officeappbasictypes/1.0';

const xml = fs.readFileSync(MANIFEST, 'utf8');
const doc = new DOMParser().parseFromString(xml, 'application/xml');

function all(localName: string): Element[] {
  return Array.from(doc.getElementsByTagNameNS('*', localName));
}

function pngSize(file: string): { width: number; height: number } {
  const buf = fs.readFileSync(file);
  expect(buf.subarray(0, 8)).toEqual(Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]));
  return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20) };
}

/** https://localhost:3000/assets/icon-16.png → <repo>/assets/icon-16.png */
function localAsset(url: string): string {
  return path.join(ROOT, new URL(url).pathname);
}

describe('manifest.xml', () => {
  it('is well-formed XML', () => {
    expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
    expect(doc.documentElement.localName).toBe('OfficeApp');
  });

  it('validates against the Office add-in XSDs', async () => {
    expect(fs.existsSync(SCHEMA_DIR)).toBe(true);
    const files = fs.readdirSync(SCHEMA_DIR).filter((f) => f.endsWith('.xsd'));
    const main = 'OfficeAppManifestV1_1.xsd';
    expect(files).toContain(main);
    const load = (f: string) => ({ fileName: f, contents: fs.readFileSync(path.join(SCHEMA_DIR, f), 'utf8') });
    const result = await validateXML({
      xml: [{ fileName: 'manifest.xml', contents: xml }],
      schema: [load(main)],
      preload: files.filter((f) => f !== main).map(load),
    });
    expect(result.errors.map((e) => e.rawMessage)).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it('rejects a manifest that breaks the schema (the validator is really on)', async () => {
    const files = fs.readdirSync(SCHEMA_DIR).filter((f) => f.endsWith('.xsd'));
    const load = (f: string) => ({ fileName: f, contents: fs.readFileSync(path.join(SCHEMA_DIR, f), 'utf8') });
    const broken = xml.replace('<Permissions>ReadWriteDocument</Permissions>', '<Permissions>Everything</Permissions>');
    const result = await validateXML({
      xml: [{ fileName: 'manifest.xml', contents: broken }],
      schema: [load('OfficeAppManifestV1_1.xsd')],
      preload: files.filter((f) => f !== 'OfficeAppManifestV1_1.xsd').map(load),
    });
    expect(result.valid).toBe(false);
  });

  it('has a GUID id, the Workbook host and ReadWriteDocument', () => {
    const id = all('Id')[0].textContent ?? '';
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[1-5][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i);
    expect(doc.documentElement.getAttribute('xsi:type')).toBe('TaskPaneApp');
    const hostNames = all('Host').map((h) => h.getAttribute('Name') ?? h.getAttribute('xsi:type'));
    expect(hostNames).toEqual(['Workbook', 'Workbook']);
    expect(all('Permissions')[0].textContent).toBe('ReadWriteDocument');
  });

  it('declares the ExcelApi requirement set, in the app and in the version overrides', () => {
    const sets = all('Set').map((s) => `${s.getAttribute('Name')} ${s.getAttribute('MinVersion')}`);
    expect(sets).toHaveLength(2);
    expect(new Set(sets).size).toBe(1);
    expect(sets[0]).toMatch(/^ExcelApi 1\.\d+$/);
  });

  it('uses only https URLs on localhost:3000, and every asset URL exists in the repository', () => {
    const urls = [...xml.matchAll(/(?:DefaultValue|Value)="(https?:[^"]+)"/g), ...xml.matchAll(/<AppDomain>([^<]+)</g)].map((m) => m[1]);
    expect(urls.length).toBeGreaterThan(5);
    for (const u of urls) expect(u).toMatch(/^https:\/\/localhost:3000(\/|$)/);
    // Namespace names are URIs, not requests; every other URL must be https.
    expect(xml.replace(/xmlns(:\w+)?="[^"]*"/g, '')).not.toMatch(/http:\/\//);
    for (const u of urls.filter((x) => x.includes('/assets/'))) expect(fs.existsSync(localAsset(u))).toBe(true);
  });

  it('resolves every resid to exactly one resource, and leaves no resource unused', () => {
    const resources = doc.getElementsByTagNameNS('*', 'Resources')[0];
    const ids = Array.from(resources.getElementsByTagNameNS(BT, '*'))
      .filter((e) => e.hasAttribute('id'))
      .map((e) => e.getAttribute('id') as string);
    expect(new Set(ids).size).toBe(ids.length);
    const resids = Array.from(doc.getElementsByTagNameNS('*', '*'))
      .filter((e) => e.hasAttribute('resid'))
      .map((e) => e.getAttribute('resid') as string);
    expect(resids.length).toBeGreaterThan(8);
    for (const r of resids) {
      expect(r.length).toBeLessThanOrEqual(32);
      expect(ids).toContain(r);
    }
    for (const id of ids) expect(resids).toContain(id);
  });

  it('has icons of the size each image claims', () => {
    for (const img of Array.from(doc.getElementsByTagNameNS(BT, 'Image')).filter((e) => e.hasAttribute('id'))) {
      const size = Number(/(\d+)x\1/.exec(img.getAttribute('id') ?? '')?.[1]);
      expect(pngSize(localAsset(img.getAttribute('DefaultValue') as string))).toEqual({ width: size, height: size });
    }
    expect(pngSize(localAsset(all('IconUrl')[0].getAttribute('DefaultValue') as string)).width).toBe(32);
    expect(pngSize(localAsset(all('HighResolutionIconUrl')[0].getAttribute('DefaultValue') as string)).width).toBe(64);
    for (const size of [16, 32, 64, 80, 128]) expect(pngSize(path.join(ROOT, 'assets', `icon-${size}.png`)).width).toBe(size);
  });

  it('puts a button on the Home tab that shows the task pane', () => {
    const tab = all('OfficeTab')[0];
    expect(tab.getAttribute('id')).toBe('TabHome');
    const action = tab.getElementsByTagNameNS('*', 'Action')[0];
    expect(action.getAttribute('xsi:type')).toBe('ShowTaskpane');
    const resid = action.getElementsByTagNameNS('*', 'SourceLocation')[0].getAttribute('resid');
    const url = Array.from(doc.getElementsByTagNameNS(BT, 'Url')).find((u) => u.getAttribute('id') === resid);
    expect(url?.getAttribute('DefaultValue')).toBe('https://localhost:3000/taskpane.html');
    expect(all('SourceLocation')[0].getAttribute('DefaultValue')).toBe('https://localhost:3000/taskpane.html');
  });

  it('names pages that the web build produces', () => {
    const webpackConfig = fs.readFileSync(path.join(ROOT, 'webpack.config.js'), 'utf8');
    const pages = [...xml.matchAll(/https:\/\/localhost:3000\/([\w-]+\.html)/g)].map((m) => m[1]);
    for (const p of new Set(pages)) expect(webpackConfig).toContain(`'${p}'`);
  });
});
