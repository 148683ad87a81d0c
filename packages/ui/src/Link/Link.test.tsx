import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from '../test/axe';
import { renderWithProvider } from '../test/render';
import { Link } from './Link';

describe('Link', () => {
  it('is a link with conventions', async () => {
    const { container } = renderWithProvider(
      <Link href="/lessons" tone="neutral" className="x">
        Lessons
      </Link>,
    );
    const link = screen.getByRole('link', { name: 'Lessons' });
    expect(link).toHaveAttribute('data-component', 'Link');
    expect(link).toHaveAttribute('data-tone', 'neutral');
    expect(link).toHaveClass('x');
    await expectNoAxeViolations(container);
  });

  it('opens external links safely and says so in the locale', () => {
    renderWithProvider(
      <Link href="https://example.test" external>
        Broker site
      </Link>,
      { locale: 'de', resources: { de: { common: { opensInNewTab: '(öffnet in neuem Tab)' } } } },
    );
    const link = screen.getByRole('link', { name: 'Broker site (öffnet in neuem Tab)' });
    expect(link).toHaveAttribute('target', '_blank');
    expect(link).toHaveAttribute('rel', 'noopener noreferrer');
  });
});
