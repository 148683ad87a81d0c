import { equityCurve as equityCurveStrings } from '../i18n/locales/equityCurve/en';
import { useT } from '../i18n/useT';
import { useFormatters } from '../intl/useFormatters';
import { Num } from '../internal/Num';
import { VisuallyHidden } from '../internal/VisuallyHidden';
import type { EquityPoint } from './chart';

/** The curve's points for screen readers (visually hidden; the wrapper clips it, a table itself cannot be). */
export function EquityTable({
  data,
  money,
  currency,
  caption,
}: {
  data: readonly EquityPoint[];
  money: (v: number) => string;
  currency: string | null;
  caption: string;
}) {
  const t = useT(equityCurveStrings);
  const f = useFormatters();
  return (
    <VisuallyHidden data-part="table">
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('equityCurve.closed')}</th>
            <th scope="col">{t('equityCurve.netPnl')}</th>
            <th scope="col">{t('equityCurve.equity')}</th>
            <th scope="col">{t('equityCurve.drawdown')}</th>
          </tr>
        </thead>
        <tbody>
          {data.map((p) => (
            <tr key={p.tradeId}>
              <th scope="row">{f.dateTime(p.closedAt)}</th>
              <td>
                <Num>{f.pnl(Number(p.netPnl), currency ?? undefined).text}</Num>
              </td>
              <td>
                <Num>{money(Number(p.cumulativeNetPnl))}</Num>
              </td>
              <td>
                <Num>{money(Number(p.drawdown))}</Num>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </VisuallyHidden>
  );
}
