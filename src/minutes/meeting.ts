/** The parts of the minutes the secretary completes at the meeting: time, place, attendance, discussion. */
import type { Paragraph } from 'docx';
import type { Lang } from '../engine';
import type { Params } from '../engine';
import { MINUTES_TEXT } from './strings';
import { dottedLine, para } from './docStyle';

const INDENT = 567;

export function heading(text: string): Paragraph {
  return para(text, { bold: true, before: 120, after: 60, keepNext: true });
}

export function subheading(text: string): Paragraph {
  return para(text, { bold: true, italics: true, before: 120, after: 60, keepNext: true });
}

export function bodyLine(text: string): Paragraph {
  return para(text, { indent: INDENT });
}

export function timeAndPeople(params: Params, lang: Lang, council: boolean): Paragraph[] {
  const t = MINUTES_TEXT[lang];
  return [
    heading(t.sectionTime),
    bodyLine(t.time),
    dottedLine(t.place, { indent: INDENT }),
    heading(t.sectionPeople),
    bodyLine(t.chair(params.chairman, council)),
    bodyLine(t.secretary(params.preparedBy)),
    bodyLine(t.present),
    bodyLine(t.absent),
    heading(t.sectionContent),
    bodyLine(t.basis(params.legalBasis)),
    bodyLine(t.opening),
  ];
}

/** Discussion lines to write on, the conclusion and the closing sentence. */
export function discussionAndClose(lang: Lang, n: number): Paragraph[] {
  const t = MINUTES_TEXT[lang];
  return [
    subheading(t.partDiscussion(n)),
    dottedLine(''),
    dottedLine(''),
    dottedLine(''),
    subheading(t.partConclusion(n + 1)),
    bodyLine(t.conclusion),
    bodyLine(t.closing),
  ];
}
