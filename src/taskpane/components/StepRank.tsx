/** Step 2, Xếp hạng: each bloc's ranking preview (rank, unit, total, classification, proposal, notes). */
import { Badge, Caption1, Subtitle2, Table, mergeClasses, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { BlocResult, UnitResult } from '../../engine/model';
import type { Lang } from '../../engine/findings/types';
import { formatNumberVi } from '../../engine/cells/values';
import { classificationText, proposalText, unitNotes } from '../../engine/plan/labels';
import type { CheckState } from '../state/reducer';
import { useLang, useStrings } from '../i18n';

const useStyles = makeStyles({
  step: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  bloc: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  table: { tableLayout: 'fixed', width: '100%' },
  rankCol: { width: '44px' },
  totalCol: { width: '56px' },
  classCol: { width: '34%' },
  unit: { overflowWrap: 'anywhere', fontWeight: tokens.fontWeightSemibold },
  note: { display: 'block', color: tokens.colorNeutralForeground3, overflowWrap: 'anywhere' },
  cell: { paddingTop: tokens.spacingVerticalXS, paddingBottom: tokens.spacingVerticalXS, verticalAlign: 'top' },
  num: { textAlign: 'right', fontVariantNumeric: 'tabular-nums' },
  stack: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', gap: tokens.spacingVerticalXXS },
});

function number(x: number, lang: Lang): string {
  return lang === 'vi' ? formatNumberVi(x) : String(Math.round(x * 100) / 100);
}

function ProposalBadge({ unit, lang }: { unit: UnitResult; lang: Lang }) {
  const text = proposalText(unit, lang);
  if (!text) return null;
  const color = unit.proposal === 'CO_TINH' ? 'brand' : unit.proposal ? 'success' : unit.status === 'review' ? 'warning' : 'danger';
  return (
    <Badge appearance={unit.proposal ? 'filled' : 'tint'} color={color} shape="rounded">
      {text}
    </Badge>
  );
}

function BlocTable({ bloc }: { bloc: BlocResult }) {
  const t = useStrings();
  const lang = useLang();
  const styles = useStyles();
  return (
    <section className={styles.bloc} aria-label={t.rankTableLabel(bloc.name)}>
      <Subtitle2 as="h2">{t.blocHeading(bloc.name, bloc.units.length, number(bloc.scale, lang))}</Subtitle2>
      <Table size="extra-small" className={styles.table} aria-label={t.rankTableLabel(bloc.name)}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell className={styles.rankCol}>{t.colRank}</TableHeaderCell>
            <TableHeaderCell>{t.colUnit}</TableHeaderCell>
            <TableHeaderCell className={styles.totalCol}>{t.colTotal}</TableHeaderCell>
            <TableHeaderCell className={styles.classCol}>{`${t.colClass}, ${t.colProposal.toLowerCase()}`}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {bloc.units.map((u) => (
            <TableRow key={u.unitKey}>
              <TableCell className={mergeClasses(styles.cell, styles.num)}>{u.rank}</TableCell>
              <TableCell className={styles.cell}>
                <span className={styles.unit}>{u.unit}</span>
                {unitNotes(u, lang).map((n, i) => (
                  <Caption1 key={i} className={styles.note}>
                    {n}
                  </Caption1>
                ))}
              </TableCell>
              <TableCell className={mergeClasses(styles.cell, styles.num)}>{number(u.total, lang)}</TableCell>
              <TableCell className={styles.cell}>
                <span className={styles.stack}>
                  <span>{classificationText(u, lang)}</span>
                  <ProposalBadge unit={u} lang={lang} />
                </span>
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <Caption1>{t.meritLimit(bloc.meritLimit)}</Caption1>
    </section>
  );
}

export function StepRank({ check }: { check: CheckState | null }) {
  const t = useStrings();
  const styles = useStyles();
  if (!check) return <Text>{t.rankNeedsCheck}</Text>;
  const { blocs } = check.analysis;
  return (
    <div className={styles.step}>
      <Text>{t.rankIntro}</Text>
      {blocs.length === 0 ? <Text>{t.noBlocs}</Text> : blocs.map((b) => <BlocTable key={b.name} bloc={b} />)}
    </div>
  );
}
