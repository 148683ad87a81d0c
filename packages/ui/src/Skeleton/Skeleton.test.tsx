import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from '../test/axe';
import { renderWithProvider } from '../test/render';
import { Skeleton } from './Skeleton';

describe('Skeleton', () => {
  it('is hidden from assistive technology and draws the requested lines', async () => {
    const { container } = renderWithProvider(
      <div aria-busy="true">
        <Skeleton lines={3} width="20rem" className="x" />
        <Skeleton shape="circle" height="3rem" />
      </div>,
    );
    const [text, circle] = container.querySelectorAll('[data-component="Skeleton"]');
    expect(text).toHaveAttribute('aria-hidden', 'true');
    expect(text).toHaveClass('x');
    expect(text!.querySelectorAll('[data-part="bone"]')).toHaveLength(3);
    expect(circle).toHaveAttribute('data-shape', 'circle');
    await expectNoAxeViolations(container);
  });
});
