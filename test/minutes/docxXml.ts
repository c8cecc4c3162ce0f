/** Reading a .docx back for tests: its XML parts, paragraphs' text and tables as rows of cell texts. */
const JSZip = require('jszip') as { loadAsync(data: Uint8Array): Promise<{ file(name: string): { async(type: 'string'): Promise<string> } | null }> };

export async function docxPart(bytes: Uint8Array, name: string): Promise<string> {
  const zip = await JSZip.loadAsync(bytes);
  const f = zip.file(name);
  if (!f) throw new Error(`missing part ${name}`);
  return f.async('string');
}

function unescape(s: string): string {
  return s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
}

/** Text of an XML fragment: the <w:t> runs joined, paragraphs separated by newlines. */
export function xmlText(xml: string): string {
  return xml
    .split(/<\/w:p>/)
    .map((p) => [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => unescape(m[1]!)).join(''))
    .filter((s) => s !== '')
    .join('\n');
}

/** Top-level tables (nested tables are not used by the minutes) as rows of cell texts. */
export function tables(xml: string): string[][][] {
  return [...xml.matchAll(/<w:tbl>([\s\S]*?)<\/w:tbl>/g)].map((t) =>
    [...t[1]!.matchAll(/<w:tr(?: [^>]*)?>([\s\S]*?)<\/w:tr>/g)].map((r) => [...r[1]!.matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/g)].map((c) => xmlText(c[1]!))),
  );
}

/** The rows XML of each table, to check row properties. */
export function tableRowsXml(xml: string): string[][] {
  return [...xml.matchAll(/<w:tbl>([\s\S]*?)<\/w:tbl>/g)].map((t) => [...t[1]!.matchAll(/<w:tr(?: [^>]*)?>([\s\S]*?)<\/w:tr>/g)].map((r) => r[1]!));
}
