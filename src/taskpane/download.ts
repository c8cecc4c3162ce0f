/** Hands bytes to the browser as a file download (preview: the written workbook; pane: the minutes). */

/** "Sổ thi đua.xlsx" → "Sổ thi đua - kết quả.xlsx". */
export function downloadName(label: string, suffix = ' - kết quả', ext = '.xlsx'): string {
  const base = label.replace(/\.[^.]+$/, '') || 'thi-dua';
  return `${base}${suffix}${ext}`;
}

export function saveBytes(bytes: ArrayBuffer | Uint8Array, fileName: string, mime = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'): void {
  const blob = new Blob([bytes as BlobPart], { type: mime });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  document.body.appendChild(a);
  a.click();
  a.remove();
  // Let the download start before the URL goes away.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
