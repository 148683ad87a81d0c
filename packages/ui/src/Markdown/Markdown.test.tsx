import { screen } from '@testing-library/react';
import { createRef } from 'react';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from '../test/axe';
import { renderWithProvider } from '../test/render';
import { Markdown } from './Markdown';
import { safeHref, safeImageSrc } from './safeUrl';

const note = `# Trade review

## What went well

Waited for the **retest** and kept *risk* at 1%. See [the plan](https://example.com/plan).

- Entry: \`1.0845\`
- Exit: \`1.0912\`

> Patience pays.

\`\`\`
if (price > vwap) long();
\`\`\`
`;

describe('Markdown', () => {
  it('renders themed Markdown with headings demoted below the page', async () => {
    const ref = createRef<HTMLDivElement>();
    const { container } = renderWithProvider(
      <Markdown ref={ref} className="x">
        {note}
      </Markdown>,
    );
    expect(ref.current).toHaveAttribute('data-component', 'Markdown');
    expect(ref.current).toHaveClass('x');
    expect(screen.getByRole('heading', { level: 3, name: 'Trade review' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 4, name: 'What went well' })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { level: 1 })).toBeNull();
    expect(screen.getByRole('list')).toHaveTextContent('Entry: 1.0845');
    expect(container.querySelector('pre code')).toHaveTextContent('if (price > vwap) long();');
    await expectNoAxeViolations(container);
  });

  it('opens links in a new tab with noopener noreferrer nofollow, and says so', () => {
    renderWithProvider(<Markdown>{'[the plan](https://example.com/plan) and <https://x.test>'}</Markdown>);
    const link = screen.getByRole('link', { name: /the plan/ });
    expect(link).toHaveAttribute('href', 'https://example.com/plan');
    expect(link).toHaveAttribute('target', '_blank');
    expect(link).toHaveAttribute('rel', 'noopener noreferrer nofollow');
    expect(link).toHaveAccessibleName('the plan (opens in a new tab)');
  });

  it('drops raw HTML and unsafe URLs', () => {
    const { container } = renderWithProvider(
      <Markdown>
        {[
          '<script>alert(1)</script>',
          '<img src=x onerror="alert(1)">',
          'Hello <b onclick="alert(1)">bold</b>',
          '[click](javascript:alert(1)) [rel](/settings) [data](data:text/html;base64,PHNjcmlwdD4=)',
          '![chart](http://example.com/a.png) ![svg](data:image/svg+xml;base64,PHN2Zz4=)',
          '![ok](https://example.com/chart.png)',
        ].join('\n\n')}
      </Markdown>,
    );
    expect(container.querySelector('script, b, [onerror], [onclick]')).toBeNull();
    expect(container).toHaveTextContent('Hello bold');
    expect(screen.queryByRole('link')).toBeNull();
    expect(container).toHaveTextContent('click rel data');
    const images = screen.getAllByRole('img');
    expect(images).toHaveLength(1);
    expect(images[0]).toHaveAttribute('src', 'https://example.com/chart.png');
    expect(images[0]).toHaveAttribute('referrerpolicy', 'no-referrer');
    expect(container).toHaveTextContent('chart svg');
  });

  it('can show no images at all', () => {
    renderWithProvider(<Markdown allowImages={false}>{'![](https://example.com/a.png)'}</Markdown>, {
      locale: 'de',
      resources: { de: { markdown: { image: 'Bild' } } },
    });
    expect(screen.queryByRole('img')).toBeNull();
    expect(screen.getByText('Bild')).toBeInTheDocument();
  });

  it('allows only safe URLs', () => {
    expect(safeHref(' https://a.b/c ')).toBe('https://a.b/c');
    expect(safeHref('mailto:coach@example.com')).toBe('mailto:coach@example.com');
    for (const bad of [
      'javascript:alert(1)',
      'JAVASCRIPT:x',
      '//evil.test',
      '/relative',
      'vbscript:x',
      'data:x',
    ])
      expect(safeHref(bad)).toBe('');
    expect(safeImageSrc('data:image/png;base64,iVBORw0KGgo=')).not.toBe('');
    expect(safeImageSrc('http://a.b/c.png')).toBe('');
  });
});
