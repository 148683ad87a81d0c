import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { expectNoAxeViolations } from '../test/axe';
import { renderWithProvider } from '../test/render';
import { Button } from './Button';

describe('Button', () => {
  it('is a button named by its label, with conventions and variants as data', async () => {
    const ref = createRef<HTMLButtonElement>();
    const { container } = renderWithProvider(
      <Button ref={ref} className="partner" variant="outline" tone="negative" size="lg">
        Close position
      </Button>,
    );
    const button = screen.getByRole('button', { name: 'Close position' });
    expect(button).toBe(ref.current);
    expect(button).toHaveAttribute('type', 'button');
    expect(button).toHaveClass('partner');
    expect(button).toHaveAttribute('data-component', 'Button');
    expect(button).toHaveAttribute('data-variant', 'outline');
    expect(button).toHaveAttribute('data-tone', 'negative');
    expect(button).toHaveAttribute('data-size', 'lg');
    await expectNoAxeViolations(container);
  });

  it('calls onClick, but not while disabled or loading', async () => {
    const onClick = vi.fn();
    const { rerender } = renderWithProvider(<Button onClick={onClick}>Save</Button>);
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(onClick).toHaveBeenCalledTimes(1);
    rerender(
      <Button onClick={onClick} disabled>
        Save
      </Button>,
    );
    const disabled = screen.getByRole('button', { name: 'Save' });
    expect(disabled).toHaveAttribute('aria-disabled', 'true');
    await userEvent.click(disabled);
    expect(onClick).toHaveBeenCalledTimes(1);
  });

  it('announces loading in the active locale and stays focusable', async () => {
    const { container } = renderWithProvider(<Button loading>Save</Button>, {
      locale: 'de',
      resources: { de: { button: { loading: 'Wird geladen' } } },
    });
    const button = screen.getByRole('button', { name: 'Save Wird geladen' });
    expect(button).toHaveAttribute('aria-busy', 'true');
    await userEvent.tab();
    expect(button).toHaveFocus();
    await expectNoAxeViolations(container);
  });

  it('renders its child with asChild (e.g. a router link)', () => {
    renderWithProvider(
      <Button asChild variant="soft">
        <a href="/journal">Open journal</a>
      </Button>,
    );
    const link = screen.getByRole('link', { name: 'Open journal' });
    expect(link).toHaveAttribute('data-component', 'Button');
    expect(link).not.toHaveAttribute('type');
  });
});
