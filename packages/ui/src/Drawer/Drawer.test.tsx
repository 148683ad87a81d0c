import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef } from 'react';
import type { Ref } from 'react';
import { describe, expect, it } from 'vitest';
import { Button } from '../Button/Button';
import { expectNoAxeViolations } from '../test/axe';
import { renderWithProvider } from '../test/render';
import { Drawer } from './Drawer';

function Example({ contentRef }: { contentRef?: Ref<HTMLDivElement> }) {
  return (
    <Drawer.Root>
      <Drawer.Trigger asChild>
        <Button>Details</Button>
      </Drawer.Trigger>
      <Drawer.Content ref={contentRef} side="start" className="x">
        <Drawer.Header>
          <Drawer.Title>EURUSD long</Drawer.Title>
          <Drawer.Description>Closed at 1.0912</Drawer.Description>
        </Drawer.Header>
        <Drawer.Body>
          <Button>Edit</Button>
        </Drawer.Body>
      </Drawer.Content>
    </Drawer.Root>
  );
}

describe('Drawer', () => {
  it('opens a named modal side sheet on the logical side, closes with Escape and returns focus', async () => {
    const ref = createRef<HTMLDivElement>();
    const { baseElement } = renderWithProvider(<Example contentRef={ref} />, { locale: 'ar' });
    const trigger = screen.getByRole('button', { name: 'Details' });
    await userEvent.click(trigger);
    const dialog = screen.getByRole('dialog', { name: 'EURUSD long' });
    expect(dialog).toBe(ref.current);
    expect(dialog).toHaveClass('x');
    expect(dialog).toHaveAttribute('data-side', 'start');
    expect(dialog).toHaveAccessibleDescription('Closed at 1.0912');
    expect(dialog.closest('[data-part="portal"]')).toHaveAttribute('dir', 'rtl');
    await expectNoAxeViolations(baseElement);
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(trigger).toHaveFocus();
  });

  it('closes from its translated corner button', async () => {
    renderWithProvider(<Example />, { locale: 'de', resources: { de: { drawer: { close: 'Schließen' } } } });
    await userEvent.click(screen.getByRole('button', { name: 'Details' }));
    await userEvent.click(screen.getByRole('button', { name: 'Schließen' }));
    expect(screen.queryByRole('dialog')).toBeNull();
  });
});
