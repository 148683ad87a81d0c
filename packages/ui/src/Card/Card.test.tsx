import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Button } from '../Button/Button';
import { expectNoAxeViolations } from '../test/axe';
import { renderWithProvider } from '../test/render';
import { Card } from './Card';

describe('Card', () => {
  it('renders title as a heading, parts and conventions', async () => {
    const { container } = renderWithProvider(
      <Card
        title="Weekly review"
        titleAs="h2"
        description="Mar 3 – Mar 9"
        actions={<Button size="sm">Share</Button>}
        footer={<Button>Open</Button>}
        className="x"
      >
        Body
      </Card>,
    );
    expect(screen.getByRole('heading', { level: 2, name: 'Weekly review' })).toHaveAttribute(
      'data-part',
      'title',
    );
    const card = container.querySelector('[data-component="Card"]')!;
    expect(card).toHaveClass('x');
    expect(card.querySelector('[data-part="footer"]')).toContainElement(
      screen.getByRole('button', { name: 'Open' }),
    );
    await expectNoAxeViolations(container);
  });

  it('can be an article or a whole link', () => {
    renderWithProvider(
      <Card asChild interactive>
        <a href="/lesson/1">Lesson 1</a>
      </Card>,
    );
    expect(screen.getByRole('link', { name: 'Lesson 1' })).toHaveAttribute('data-interactive', 'true');
  });
});
