import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { expectNoAxeViolations } from '../test/axe';
import { renderWithProvider } from '../test/render';
import { Slider } from './Slider';

describe('Slider', () => {
  it('is a named slider announcing a locale-formatted value, moved by the keyboard', async () => {
    const ref = createRef<HTMLSpanElement>();
    const onValueChange = vi.fn();
    const { container } = renderWithProvider(
      <Slider
        ref={ref}
        label="Risk per trade"
        description="Of the account balance"
        defaultValue={[0.01]}
        min={0}
        max={0.05}
        step={0.0025}
        format={{ style: 'percent', maximumFractionDigits: 2 }}
        onValueChange={onValueChange}
        className="x"
      />,
      { locale: 'de' },
    );
    const thumb = screen.getByRole('slider', { name: 'Risk per trade' });
    expect(thumb.getAttribute('aria-valuetext')).toMatch(/^1\s%$/);
    expect(thumb).toHaveAccessibleDescription('Of the account balance');
    expect(container.querySelector('[data-component="Slider"]')).toHaveClass('x');
    expect(ref.current).toHaveAttribute('data-part', 'slider');
    await expectNoAxeViolations(container);
    thumb.focus();
    await userEvent.keyboard('{ArrowRight}');
    expect(onValueChange).toHaveBeenLastCalledWith([0.0125]);
    expect(thumb.getAttribute('aria-valuetext')).toMatch(/^1,25\s%$/);
    await userEvent.keyboard('{End}');
    expect(thumb).toHaveAttribute('aria-valuenow', '0.05');
  });

  it('gives each thumb of a range its own name, keeps them ordered, mirrors arrows in RTL', async () => {
    const onValueChange = vi.fn();
    const { container } = renderWithProvider(
      <Slider label="R multiple" defaultValue={[-1, 2]} min={-3} max={5} onValueChange={onValueChange} />,
      { locale: 'ar', resources: { ar: { slider: { start: '{{label}}، الحد الأدنى' } } } },
    );
    const low = screen.getByRole('slider', { name: 'R multiple، الحد الأدنى' });
    const high = screen.getByRole('slider', { name: 'R multiple, maximum' });
    low.focus();
    await userEvent.keyboard('{ArrowLeft}');
    expect(onValueChange).toHaveBeenLastCalledWith([0, 2]);
    high.focus();
    await userEvent.keyboard('{ArrowRight}');
    expect(onValueChange).toHaveBeenLastCalledWith([0, 1]);
    await userEvent.keyboard('{Home}');
    expect(low).toHaveAttribute('aria-valuenow', '-3');
    await expectNoAxeViolations(container);
  });
});
