import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from '../test/axe';
import { renderWithProvider } from '../test/render';
import { Progress } from './Progress';

describe('Progress', () => {
  it('is a named progressbar with a locale-formatted value, as bar and ring', async () => {
    const { container } = renderWithProvider(
      <>
        <Progress label="Course progress" value={42} showValue />
        <Progress label="Lesson quiz" value={3} max={4} variant="ring" showValue />
      </>,
    );
    const bar = screen.getByRole('progressbar', { name: 'Course progress' });
    expect(bar).toHaveAttribute('aria-valuenow', '42');
    expect(bar).toHaveAttribute('aria-valuetext', '42%');
    const ring = screen.getByRole('progressbar', { name: 'Lesson quiz' });
    expect(ring).toHaveAttribute('aria-valuetext', '75%');
    await expectNoAxeViolations(container);
  });

  it('supports indeterminate and Arabic digits', () => {
    renderWithProvider(
      <>
        <Progress label="Importing" value={null} />
        <Progress label="تقدم" value={50} />
      </>,
      { locale: 'ar-EG' },
    );
    expect(screen.getByRole('progressbar', { name: 'Importing' })).not.toHaveAttribute('aria-valuenow');
    expect(screen.getByRole('progressbar', { name: 'تقدم' }).getAttribute('aria-valuetext')).toMatch(/٥٠/);
  });
});
