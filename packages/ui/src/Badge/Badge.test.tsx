import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { CheckIcon } from '../icons/icons';
import { expectNoAxeViolations } from '../test/axe';
import { renderWithProvider } from '../test/render';
import { Badge, badgeVariants } from './Badge';

describe('Badge', () => {
  it('renders every tone and variant as data, with text as its content', async () => {
    const { container } = renderWithProvider(
      <div>
        {badgeVariants.tone.values.map((tone) =>
          badgeVariants.variant.values.map((variant) => (
            <Badge key={`${tone}-${variant}`} tone={tone} variant={variant} icon={<CheckIcon />}>
              {`${tone} ${variant}`}
            </Badge>
          )),
        )}
      </div>,
    );
    const badge = screen.getByText('positive solid');
    expect(badge).toHaveAttribute('data-component', 'Badge');
    expect(badge).toHaveAttribute('data-tone', 'positive');
    expect(badge).toHaveAttribute('data-variant', 'solid');
    await expectNoAxeViolations(container);
  });
});
