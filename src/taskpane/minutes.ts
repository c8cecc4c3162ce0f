/**
 * "Xuất biên bản": the minutes builder (src/minutes, the docx package) is loaded only when asked for,
 * so the pane does not carry it up front; the bytes are handed to the browser as a download.
 */
import type { Analysis, Lang } from '../engine';
import { downloadName, saveBytes } from './download';

export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** The minutes' file name: "Biên bản họp bình xét thi đua 2024-2025.docx". */
export function minutesFileName(analysis: Analysis, lang: Lang): string {
  const p = analysis.params.period;
  const period = !p ? '' : p.kind === 'schoolYear' ? ` ${p.start}-${p.start + 1}` : ` ${p.year}`;
  const base = lang === 'vi' ? `Biên bản họp bình xét thi đua${period}` : `Emulation review minutes${period}`;
  return downloadName(base, '', '.docx');
}

export type MinutesBuilder = (analysis: Analysis, opts: { now: Date; lang: Lang }) => Promise<Uint8Array>;

/** An exportMinutes for the App, over a (lazily loaded) builder. */
export function minutesDownloader(load: () => Promise<MinutesBuilder>) {
  return async (analysis: Analysis, opts: { lang: Lang; now: Date }): Promise<void> => {
    const build = await load();
    saveBytes(await build(analysis, opts), minutesFileName(analysis, opts.lang), DOCX_MIME);
  };
}
