/**
 * Bounded raw-deflate inflating without zlib: the web platform's `DecompressionStream('deflate-raw')`
 * (Chromium/Edge 103+, Safari 16.4+, Firefox 113+, Node 20). The browser preview checks a chosen
 * file's parts with it before ExcelJS inflates them (./guard `verifyInflatedSizesAsync`), as the CLI
 * does with zlib: output past the bound stops the stream at once, so a zip bomb never fills memory.
 */
import type { InflateRawAsync } from './guard';

export const inflateRawBounded: InflateRawAsync = async (data, maxOutput) => {
  const inflater = new DecompressionStream('deflate-raw');
  const writer = inflater.writable.getWriter();
  // The writing side settles on its own; its failures (damaged data, a cancelled read) surface in `read()`.
  writer.write(new Uint8Array(data)).then(() => writer.close(), () => undefined).catch(() => undefined);
  const reader = inflater.readable.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > maxOutput) {
      await reader.cancel();
      // A RangeError, as zlib's `maxOutputLength` throws: the guard reads it as "expands past its declared size".
      throw new RangeError(`inflated output exceeds ${maxOutput} bytes`);
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
};
