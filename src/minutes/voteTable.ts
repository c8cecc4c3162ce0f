/**
 * The vote table (suy tôn, §3.5, §6 "Ngưỡng phiếu suy tôn"): ballots, votes for, share and whether the
 * unit reached the threshold. Only units with a vote result are listed; no votes, no table.
 */
import type { Paragraph, Table } from 'docx';
import type { Lang } from '../engine';
import type { BlocResult } from '../engine';
import type { Params, VoteThreshold } from '../engine';
import { meetsThreshold } from '../engine';
import { MINUTES_TEXT } from './strings';
import { STT_WIDTH, dataTable } from './table';
import type { Row } from './table';
import { num } from './docStyle';
import { bodyLine, subheading } from './meeting';

export function hasVotes(blocs: readonly BlocResult[]): boolean {
  return blocs.some((b) => b.units.some((u) => u.votes !== null));
}

function thresholdText(th: VoteThreshold, lang: Lang): string {
  const t = MINUTES_TEXT[lang];
  const pct = num(th.ratio * 100, lang);
  return th.strict ? t.thresholdStrict(pct) : t.thresholdAtLeast(pct);
}

export function votePart(blocs: readonly BlocResult[], params: Params, lang: Lang): (Paragraph | Table)[] {
  const t = MINUTES_TEXT[lang];
  const rows: Row[] = [];
  for (const b of blocs)
    for (const u of b.units) {
      if (!u.votes) continue;
      const v = u.votes;
      const passed = meetsThreshold(v.votesFor, v.total, params.unitVoteThreshold);
      rows.push({
        cells: [String(rows.length + 1), u.unit, b.name, String(v.total), String(v.votesFor), num(v.share * 100, lang), passed ? t.votePassed : t.voteFailed],
      });
    }
  const table = dataTable(
    [
      { header: t.colStt, weight: 0, fixed: STT_WIDTH, align: 'center' },
      { header: t.colUnit, weight: 26 },
      { header: t.colBloc, weight: 16 },
      { header: t.colBallots, weight: 11, align: 'center' },
      { header: t.colVotesFor, weight: 11, align: 'center' },
      { header: t.colShare, weight: 10, align: 'center' },
      { header: t.colResult, weight: 11, align: 'center' },
    ],
    rows,
  );
  return [subheading(t.partVotes), bodyLine(t.votesIntro(thresholdText(params.unitVoteThreshold, lang))), table];
}
