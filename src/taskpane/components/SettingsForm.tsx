/** Cấu hình: a form over the §6 parameters that writes the `Cấu hình` sheet (keeping its other rows). */
import { useEffect, useMemo, useState } from 'react';
import type { FormEvent } from 'react';
import { Button, Dropdown, Field, Input, Option, Spinner, Subtitle2, Text, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { DEFAULT_PARAMS } from '../../engine';
import type { PlanValue } from '../../workbook/plan';
import type { CheckState } from '../state/reducer';
import { FIELDS, SETTINGS_SHEET, fieldProblem, formFromParams, settingsSheetValues, type FieldDef, type FieldGroup, type FormValues } from '../state/settingsForm';
import { useLang, useStrings } from '../i18n';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  fieldset: { border: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  control: { minWidth: 0, width: '100%' },
  legend: { padding: 0, marginBottom: tokens.spacingVerticalXS },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
});

const GROUPS: readonly FieldGroup[] = ['identity', 'ranking', 'nominations', 'cycle'];

export interface SettingsFormProps {
  check: CheckState | null;
  busy: boolean;
  running: boolean;
  onSave: (sheet: string, values: PlanValue[][]) => void;
}

/** The settings sheet of the workbook (by its recognised role, else by name), if any. */
function settingsSheet(check: CheckState | null): { name: string; values: CheckState['snapshot']['sheets'][number]['values'] } | null {
  if (!check) return null;
  const name = check.analysis.sheets.find((s) => s.role === 'settings')?.sheet ?? SETTINGS_SHEET;
  const sheet = check.snapshot.sheets.find((s) => s.name === name);
  return sheet ? { name: sheet.name, values: sheet.values } : null;
}

/** Defaults for the rules; the issuing body and the period are not rules and stay as typed. */
function resetKeepingIdentity(form: FormValues): FormValues {
  const out = formFromParams(DEFAULT_PARAMS);
  for (const f of FIELDS) if (f.group === 'identity') out[f.id] = form[f.id] ?? '';
  return out;
}

export function SettingsForm({ check, busy, running, onSave }: SettingsFormProps) {
  const t = useStrings();
  const lang = useLang();
  const styles = useStyles();
  const initial = useMemo(() => formFromParams(check?.analysis.params ?? DEFAULT_PARAMS), [check]);
  const [form, setForm] = useState<FormValues>(initial);
  useEffect(() => setForm(initial), [initial]);
  const problems = FIELDS.map((f) => [f.id, fieldProblem(f, form[f.id] ?? '')] as const).filter(([, p]) => p !== null);
  const set = (id: string, value: string) => setForm((prev) => ({ ...prev, [id]: value }));

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (problems.length > 0) return;
    const sheet = settingsSheet(check);
    onSave(sheet?.name ?? SETTINGS_SHEET, settingsSheetValues(sheet?.values ?? null, form));
  };

  const control = (f: FieldDef) => {
    const label = f.label[lang];
    const value = form[f.id] ?? '';
    if (f.kind === 'choice') {
      const options = f.options ?? [];
      const shown = options.find((o) => o.value === value);
      return (
        <Dropdown
          className={styles.control}
          aria-label={label}
          value={shown ? (lang === 'vi' ? shown.value : shown.en) : value}
          selectedOptions={[value]}
          onOptionSelect={(_, d) => set(f.id, d.optionValue ?? value)}
        >
          {options.map((o) => (
            <Option key={o.value} value={o.value} text={lang === 'vi' ? o.value : o.en}>
              {lang === 'vi' ? o.value : o.en}
            </Option>
          ))}
        </Dropdown>
      );
    }
    if (f.kind === 'longText') return <Textarea className={styles.control} resize="vertical" value={value} onChange={(_, d) => set(f.id, d.value)} />;
    return <Input className={styles.control} value={value} inputMode={f.kind === 'text' || f.kind === 'date' ? 'text' : 'decimal'} onChange={(_, d) => set(f.id, d.value)} />;
  };

  const title = { identity: t.settingsIdentity, ranking: t.settingsRanking, nominations: t.settingsNominations, cycle: t.settingsCycle };
  return (
    <form className={styles.form} onSubmit={submit} noValidate>
      <Text>{t.settingsIntro}</Text>
      {GROUPS.map((g) => (
        <fieldset key={g} className={styles.fieldset}>
          <legend className={styles.legend}>
            <Subtitle2>{title[g]}</Subtitle2>
          </legend>
          {FIELDS.filter((f) => f.group === g).map((f) => {
            const problem = fieldProblem(f, form[f.id] ?? '');
            return (
              <Field key={f.id} label={f.label[lang]} hint={f.hint?.[lang]} validationMessage={problem ? t[problem] : undefined} validationState={problem ? 'error' : 'none'}>
                {control(f)}
              </Field>
            );
          })}
        </fieldset>
      ))}
      <div className={styles.actions}>
        <Button appearance="primary" type="submit" disabled={busy || problems.length > 0} icon={running ? <Spinner size="tiny" aria-hidden /> : undefined}>
          {t.settingsSave}
        </Button>
        <Button type="button" disabled={busy} onClick={() => setForm(resetKeepingIdentity(form))}>
          {t.settingsReset}
        </Button>
      </div>
    </form>
  );
}
