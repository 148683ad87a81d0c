import type { ReactNode } from 'react';

/**
 * A formatted number (money, percent, P&L) isolated as left-to-right text. In RTL locales a
 * currency code and a sign around Latin digits otherwise reorder into nonsense ("$-642.10 US").
 */
export function Num({ children }: { children: ReactNode }) {
  return (
    <bdi dir="ltr" data-part="number">
      {children}
    </bdi>
  );
}
