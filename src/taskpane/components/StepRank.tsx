/** Step 2, Xếp hạng: each bloc's ranking preview (rank, unit, total, classification, proposal, notes). */
import { Badge, Caption1, Subtitle2, Table, mergeClasses, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { BlocResult, Lang, UnitResult } from '../../engine';
import { classificationText, formatNumberVi, proposalText, unitNotes } from '../../engine';
import type { CheckState } from '../state/reducer';
import { useLang, useStrings } from '../i18n';
import { CycleSummary } from './CycleSummary';

const useStyles = makeStyles({
  step: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  bloc: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  table: { tableLayout: 'fixed', width: '100%' },
  rankCol: { width: '40px' },
  totalCol: { width: '52px' },
  badge: { height: 'auto', minHeight: '20px', whiteSpace: 'normal', textAlign: 'left' },
  line: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalXS },
  total: { fontWeight: tokens.fontWeightSemibold },
  unit: { overflowWrap: 'anywhere', fontWeight: tokens.fontWeightSemibold },
  note: { display: 'block', color: tokens.colorNeutralForeground3, overflowWrap: 'anywhere' },
  cell: { paddingTop: tokens.spacingVerticalXS, paddingBottom: tokens.spacingVerticalXS, verticalAlign: 'top' },
  num: { textAlign: 'right', fontVariantNumeric: 'tabular-nums' },
  rank: { textAlign: 'center', fontVariantNumeric: 'tabular-nums' },
  stack: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', gap: tokens.spacingVerticalXXS },
});

function number(x: number, lang: Lang): string {
  return lang === 'vi' ? formatNumberVi(x) : String(Math.round(x * 100) / 100);
}

function ProposalBadge({ unit, lang }: { unit: UnitResult; lang: Lang }) {
  const styles = useStyles();
  const text = proposalText(unit, lang);
  if (!text) return null;
  const color = unit.proposal === 'CO_TINH' ? 'brand' : unit.proposal ? 'success' : unit.status === 'review' ? 'warning' : 'danger';
  return (
    <Badge appearance={unit.proposal ? 'filled' : 'tint'} color={color} shape="rounded" className={styles.badge}>
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
            <TableHeaderCell>{`${t.colUnit} · ${t.colClass} · ${t.colProposal}`}</TableHeaderCell>
            <TableHeaderCell className={styles.totalCol}>{t.colTotal}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {bloc.units.map((u) => (
            <TableRow key={u.unitKey}>
              <TableCell className={mergeClasses(styles.cell, styles.rank)}>{u.rank}</TableCell>
              <TableCell className={styles.cell}>
                <span className={styles.stack}>
                  <span className={styles.unit}>{u.unit}</span>
                  <span className={styles.line}>
                    <span>{classificationText(u, lang)}</span>
                    <ProposalBadge unit={u} lang={lang} />
                  </span>
                  {unitNotes(u, lang).map((n, i) => (
                    <Caption1 key={i} className={styles.note}>
                      {n}
                    </Caption1>
                  ))}
                </span>
              </TableCell>
              <TableCell className={mergeClasses(styles.cell, styles.num, styles.total)}>{number(u.total, lang)}</TableCell>
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
      <CycleSummary analysis={check.analysis} />
    </div>
  );
}
