import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { Button } from '../Button/Button';
import { expectNoAxeViolations } from '../test/axe';
import { renderWithProvider } from '../test/render';
import { Tooltip } from './Tooltip';

describe('Tooltip', () => {
  it('shows on focus, describes its trigger, closes on Escape, keeps the tenant scope', async () => {
    const { baseElement } = renderWithProvider(
      <Tooltip content="Risk per trade as % of balance">
        <Button>Risk</Button>
      </Tooltip>,
      { colorMode: 'dark' },
    );
    await userEvent.tab();
    const tip = await screen.findByRole('tooltip');
    expect(tip).toHaveTextContent('Risk per trade as % of balance');
    expect(screen.getByRole('button', { name: 'Risk' })).toHaveAccessibleDescription(
      'Risk per trade as % of balance',
    );
    const portal = baseElement.querySelector('[data-part="portal"]')!;
    expect(portal).toHaveAttribute('data-color-mode', 'dark');
    expect(portal).toHaveAttribute(
      'data-jk-key',
      baseElement.querySelector('[data-component="JournalkitThemeProvider"]')!.getAttribute('data-jk-key'),
    );
    await expectNoAxeViolations(baseElement);
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('tooltip')).toBeNull();
  });
});
