/**
 * Each sheet with the role the engine gave it and how it was recognised. The user can correct a role,
 * or say what one of a sheet's headers means; both answers are remembered in the workbook.
 */
import { useId, useState } from 'react';
import { Button, Caption1, Dropdown, Field, Option, Text, makeStyles, tokens } from '@fluentui/react-components';
import { ChevronDownRegular, ChevronRightRegular } from '@fluentui/react-icons';
import type { SheetRecognition, SheetRole } from '../../engine';
import type { WorkbookSnapshot } from '../../workbook/snapshot';
import { CANONICAL_HEADERS } from '../state/columns';
import { SHEET_ROLES, columnMappings, guessHeaderRow, headerCells, type Memory } from '../state/memory';
import { textKey } from '../state/textKey';
import { useStrings } from '../i18n';

const AUTO = '__auto__';
const AS_IS = '__as_is__';

const useStyles = makeStyles({
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  item: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingVerticalS,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    minWidth: 0,
  },
  name: { fontWeight: tokens.fontWeightSemibold, overflowWrap: 'anywhere' },
  details: { color: tokens.colorNeutralForeground3 },
  dropdown: { minWidth: 0, width: '100%' },
  columns: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, paddingLeft: tokens.spacingHorizontalS },
  toggle: { alignSelf: 'flex-start' },
});

/** Sheets the user works with: hidden bookkeeping sheets and blank sheets (nothing to read) are left out. */
export function shownSheets(recognitions: readonly SheetRecognition[], snapshot: WorkbookSnapshot): SheetRecognition[] {
  const shown = new Set(
    snapshot.sheets.filter((s) => s.visibility === 'visible' && s.values.some((row) => row.some((v) => v !== null && v !== ''))).map((s) => s.name),
  );
  return recognitions.filter((r) => shown.has(r.sheet) && r.role !== 'ownership');
}

function ColumnEditor({ rec, snapshot, memory, onColumn, disabled }: SheetRowProps) {
  const t = useStrings();
  const styles = useStyles();
  const targets = CANONICAL_HEADERS[rec.role] ?? [];
  const row = rec.headerRow ?? guessHeaderRow(snapshot, rec.sheet);
  const headers = headerCells(snapshot, rec.sheet, row);
  const mapped = columnMappings(memory, rec.sheet);
  return (
    <div className={styles.columns}>
      <Caption1>{t.columnsHelp}</Caption1>
      {headers.map((h) => (
        <Field key={h} label={t.columnMeaning(h)} size="small">
          <Dropdown
            size="small"
            className={styles.dropdown}
            disabled={disabled}
            value={mapped[textKey(h)] ?? t.columnAsIs}
            selectedOptions={[mapped[textKey(h)] ?? AS_IS]}
            onOptionSelect={(_, d) => onColumn(rec.sheet, h, d.optionValue === AS_IS || !d.optionValue ? null : d.optionValue)}
          >
            <Option value={AS_IS}>{t.columnAsIs}</Option>
            {targets.map((c) => (
              <Option key={c} value={c}>
                {c}
              </Option>
            ))}
          </Dropdown>
        </Field>
      ))}
    </div>
  );
}

interface SheetRowProps {
  rec: SheetRecognition;
  snapshot: WorkbookSnapshot;
  memory: Memory;
  disabled: boolean;
  onRole: (sheet: string, role: SheetRole | null) => void;
  onColumn: (sheet: string, header: string, target: string | null) => void;
}

function SheetRow(props: SheetRowProps) {
  const { rec, disabled, onRole } = props;
  const t = useStrings();
  const styles = useStyles();
  const labelId = useId();
  const [open, setOpen] = useState(false);
  const details = [
    t.recognisedBy[rec.by],
    rec.headerRow !== null ? t.headerRowAt(rec.headerRow + 1) : null,
    rec.bloc ? t.blocOf(rec.bloc) : null,
    rec.layout ? t.layoutLabel[rec.layout] : null,
  ].filter((x): x is string => x !== null);
  const canMapColumns = (CANONICAL_HEADERS[rec.role]?.length ?? 0) > 0;
  return (
    <li className={styles.item}>
      <Text id={labelId} className={styles.name}>
        {rec.sheet}
      </Text>
      <Caption1 className={styles.details}>{details.join(' · ')}</Caption1>
      <Dropdown
        size="small"
        className={styles.dropdown}
        aria-label={t.roleFor(rec.sheet)}
        disabled={disabled}
        value={t.roles[rec.role]}
        selectedOptions={[rec.by === 'user' ? rec.role : AUTO]}
        onOptionSelect={(_, d) => onRole(rec.sheet, d.optionValue === AUTO || !d.optionValue ? null : (d.optionValue as SheetRole))}
      >
        <Option value={AUTO} text={t.roleReset}>
          {t.roleReset}
        </Option>
        {SHEET_ROLES.map((r) => (
          <Option key={r} value={r} text={t.roles[r]}>
            {t.roles[r]}
          </Option>
        ))}
      </Dropdown>
      {canMapColumns && (
        <Button
          size="small"
          appearance="transparent"
          className={styles.toggle}
          icon={open ? <ChevronDownRegular /> : <ChevronRightRegular />}
          aria-expanded={open}
          aria-label={t.editColumns(rec.sheet)}
          onClick={() => setOpen(!open)}
        >
          {t.columnsTitle}
        </Button>
      )}
      {open && canMapColumns && <ColumnEditor {...props} />}
    </li>
  );
}

export function SheetRoles(props: Omit<SheetRowProps, 'rec'> & { recognitions: readonly SheetRecognition[] }) {
  const { recognitions, snapshot, ...rest } = props;
  const styles = useStyles();
  return (
    <ul className={styles.list}>
      {shownSheets(recognitions, snapshot).map((rec) => (
        <SheetRow key={rec.sheet} rec={rec} snapshot={snapshot} {...rest} />
      ))}
    </ul>
  );
}
