import { importWizard as strings } from '../i18n/locales/importWizard/en';
import { useT } from '../i18n/useT';
import { useFormatters } from '../intl/useFormatters';
import { Num } from '../internal/Num';
import { ErrorTable, Figures } from './ImportWizard.styles';
import type { ImportRowError, ImportWizardReport } from './types';

/** Counts of a (dry-run or real) import, and its warnings. */
export function ReportFigures({ report }: { report: ImportWizardReport }) {
  const t = useT(strings);
  const f = useFormatters();
  const items = [
    ['inserted', report.inserted],
    ['duplicates', report.duplicates],
    ['skipped', report.skipped],
    ['tradesAffected', report.tradesAffected],
    ['warnings', report.warnings.length],
  ] as const;
  return (
    <>
      <Figures data-part="figures">
        {items.map(([key, value]) => (
          <div key={key}>
            <dt>{t(`importWizard.${key}`)}</dt>
            <dd>
              <Num>{f.number(value)}</Num>
            </dd>
          </div>
        ))}
      </Figures>
      {report.warnings.length > 0 && (
        <RowTable caption={t('importWizard.warningsTable')} rows={report.warnings} />
      )}
    </>
  );
}

/** Rows with a problem: line number and reason. */
export function RowTable({ caption, rows }: { caption: string; rows: readonly ImportRowError[] }) {
  const t = useT(strings);
  const f = useFormatters();
  return (
    <ErrorTable data-part="rows">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('importWizard.line')}</th>
          <th scope="col">{t('importWizard.reason')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.slice(0, 200).map((r, i) => (
          <tr key={`${r.line}-${i}`}>
            <td>
              <Num>{f.number(r.line)}</Num>
            </td>
            <td>{r.reason}</td>
          </tr>
        ))}
      </tbody>
    </ErrorTable>
  );
}
