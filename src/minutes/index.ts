/**
 * The minutes of the emulation review meeting (biên bản họp bình xét thi đua, SPEC §5.1) as a .docx
 * draft: header block, time/place/attendance blanks, the ranked table per bloc, the vote table when
 * votes exist, the nominees per title with counts, the cases to decide, and the signature block.
 * Browser-safe (no fs): the caller saves or downloads the bytes.
 */
import { AlignmentType, Document, Footer, Packer, PageNumber, Paragraph, TextRun } from 'docx';
import type { Table } from 'docx';
import type { Lang } from '../engine';
import type { Analysis } from '../engine';
import { MINUTES_TEXT } from './strings';
import { BODY_SIZE, FONT, MARGIN, PAGE } from './docStyle';
import { headerBlock } from './headerBlock';
import { discussionAndClose, timeAndPeople } from './meeting';
import { rankingPart } from './rankTables';
import { hasVotes, votePart } from './voteTable';
import { nomineesPart, reviewPart } from './nominees';
import { signatureBlock } from './signature';

export interface MinutesOptions {
  readonly now: Date;
  readonly lang: Lang;
  /** 'council' (default): the council meeting with the nominations; 'bloc': a bloc's meeting, scores and votes only. */
  readonly meeting?: 'council' | 'bloc';
}

function pageFooter(lang: Lang): Footer {
  return new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ text: `${MINUTES_TEXT[lang].page} `, font: FONT, size: 22 }), new TextRun({ children: [PageNumber.CURRENT], font: FONT, size: 22 })],
      }),
    ],
  });
}

/** The document's body, in reading order. */
export function minutesContent(analysis: Analysis, opts: MinutesOptions): (Paragraph | Table)[] {
  const { lang } = opts;
  const council = (opts.meeting ?? 'council') === 'council';
  const body: (Paragraph | Table)[] = [
    ...headerBlock({ params: analysis.params, lang, now: opts.now, council }),
    ...timeAndPeople(analysis.params, lang, council),
    ...rankingPart(analysis.blocs, lang),
  ];
  let part = 2;
  if (hasVotes(analysis.blocs)) {
    body.push(...votePart(analysis.blocs, analysis.params, lang));
    part++;
  }
  if (council) {
    body.push(...nomineesPart(analysis.nominations, part++, lang));
    body.push(...reviewPart(analysis.nominations, analysis.blocs, part++, lang));
  } else if (analysis.blocs.some((b) => b.units.some((u) => u.status === 'review'))) {
    body.push(...reviewPart([], analysis.blocs, part++, lang));
  }
  body.push(...discussionAndClose(lang, part));
  body.push(new Paragraph({ children: [], spacing: { before: 240, after: 0 } }));
  body.push(signatureBlock(analysis.params, lang, council));
  return body;
}

export function minutesDocument(analysis: Analysis, opts: MinutesOptions): Document {
  const t = MINUTES_TEXT[opts.lang];
  return new Document({
    creator: 'Thi đua',
    title: `${t.title} - ${t.subtitleCouncil}`,
    styles: { default: { document: { run: { font: FONT, size: BODY_SIZE } } } },
    sections: [
      {
        properties: { page: { size: { width: PAGE.width, height: PAGE.height }, margin: { ...MARGIN, header: 567, footer: 567 } } },
        footers: { default: pageFooter(opts.lang) },
        children: minutesContent(analysis, opts),
      },
    ],
  });
}

export async function buildMinutesDocx(analysis: Analysis, opts: MinutesOptions): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toArrayBuffer(minutesDocument(analysis, opts)));
}
