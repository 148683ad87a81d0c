import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Button } from '../Button/Button';
import { expectNoAxeViolations } from '../test/axe';
import { renderWithProvider } from '../test/render';
import { EmptyState } from './EmptyState';

describe('EmptyState', () => {
  it('has a heading, description and actions', async () => {
    const { container } = renderWithProvider(
      <EmptyState
        title="No trades yet"
        titleAs="h2"
        description="Import a CSV from your broker."
        actions={<Button>Import trades</Button>}
      />,
    );
    expect(screen.getByRole('heading', { level: 2, name: 'No trades yet' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Import trades' })).toBeInTheDocument();
    await expectNoAxeViolations(container);
  });

  it('announces error states', () => {
    renderWithProvider(<EmptyState tone="negative" title="Could not load trades" />);
    expect(screen.getByRole('alert')).toHaveTextContent('Could not load trades');
  });
});
