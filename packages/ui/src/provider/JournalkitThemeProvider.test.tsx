import { presets } from '@journalkit/theme';
import { render, screen } from '@testing-library/react';
import { renderToString } from 'react-dom/server';
import { useTheme } from 'styled-components';
import { describe, expect, it, vi } from 'vitest';
import { Button } from '../Button/Button';
import { useT } from '../i18n/useT';
import { useFormatters } from '../intl/useFormatters';
import { expectNoAxeViolations } from '../test/axe';
import { useJournalkit } from './context';
import { JournalkitThemeProvider } from './JournalkitThemeProvider';

function Probe() {
  const t = useT();
  const f = useFormatters();
  const ctx = useJournalkit();
  const theme = useTheme();
  return (
    <output data-testid="probe" data-dir={ctx.dir} data-accent={theme.color.accent}>
      {t('common.close')}|{f.money(1234.5, 'EUR')}|{f.pnl(-12.5, 'USD').text}|{f.percent(0.125)}
    </output>
  );
}

const root = (el: HTMLElement) => el.closest<HTMLElement>('[data-component="JournalkitThemeProvider"]')!;

describe('JournalkitThemeProvider', () => {
  it('scopes the tenant CSS variables to its root, with mode and direction as attributes', () => {
    render(
      <JournalkitThemeProvider theme={presets['dark-brokerage']} className="host">
        <Probe />
      </JournalkitThemeProvider>,
    );
    const el = root(screen.getByTestId('probe'));
    const key = el.getAttribute('data-jk-key')!;
    expect(el).toHaveClass('host');
    expect(el).toHaveAttribute('data-jk-theme', 'obsidian-markets');
    expect(el).toHaveAttribute('data-color-mode', 'dark');
    expect(el).toHaveAttribute('dir', 'ltr');
    expect(el).toHaveAttribute('lang', 'en');
    const css = el.querySelector('style')!.textContent!;
    expect(css).toContain(`[data-jk-key="${key}"]{--jk-color-canvas:`);
    expect(css).toContain(`[data-jk-key="${key}"][data-color-mode="dark"]{`);
    expect(screen.getByTestId('probe')).toHaveAttribute('data-accent', 'var(--jk-color-accent)');
  });

  it('formats and translates in the locale, and flips to RTL for Arabic', () => {
    const { rerender } = render(
      <JournalkitThemeProvider locale="de-DE">
        <Probe />
      </JournalkitThemeProvider>,
    );
    expect(screen.getByTestId('probe').textContent!.replace(/\s/g, ' ')).toBe(
      'Close|1.234,50 €|-12,50 $|12,5 %',
    );
    rerender(
      <JournalkitThemeProvider locale="ar" resources={{ ar: { common: { close: 'إغلاق' } } }}>
        <Probe />
      </JournalkitThemeProvider>,
    );
    expect(screen.getByTestId('probe')).toHaveAttribute('data-dir', 'rtl');
    expect(root(screen.getByTestId('probe'))).toHaveAttribute('dir', 'rtl');
    expect(screen.getByTestId('probe').textContent).toMatch(/^إغلاق\|/);
  });

  it('applies per-tenant string overrides over the locale', () => {
    render(
      <JournalkitThemeProvider strings={{ en: { common: { close: 'Dismiss' } } }}>
        <Probe />
      </JournalkitThemeProvider>,
    );
    expect(screen.getByTestId('probe').textContent).toMatch(/^Dismiss\|/);
  });

  it('nests: two tenants on one page keep their own variables, strings and mode', async () => {
    const { container } = render(
      <JournalkitThemeProvider theme={presets.default} colorMode="light">
        <Button>Outer</Button>
        <JournalkitThemeProvider
          theme={presets['light-education']}
          colorMode="dark"
          strings={{ en: { common: { close: 'Shut' } } }}
        >
          <Button>Inner</Button>
          <Probe />
        </JournalkitThemeProvider>
      </JournalkitThemeProvider>,
    );
    const inner = root(screen.getByRole('button', { name: 'Inner' }));
    const outer = root(screen.getByRole('button', { name: 'Outer' }));
    expect(inner).not.toBe(outer);
    expect(inner.getAttribute('data-jk-key')).not.toBe(outer.getAttribute('data-jk-key'));
    expect(inner).toHaveAttribute('data-color-mode', 'dark');
    expect(outer).toHaveAttribute('data-color-mode', 'light');
    expect(screen.getByTestId('probe').textContent).toMatch(/^Shut\|/);
    await expectNoAxeViolations(container);
  });

  it('renders the same HTML on the server for the same props', () => {
    const html = () =>
      renderToString(
        <JournalkitThemeProvider theme={presets['high-contrast']} locale="en">
          <Button>Save</Button>
        </JournalkitThemeProvider>,
      );
    expect(html()).toBe(html());
    expect(html()).toContain('data-color-mode="auto"');
  });

  it('swaps mode by attribute without remounting children', () => {
    const { rerender } = render(
      <JournalkitThemeProvider colorMode="light">
        <Button>Keep me</Button>
      </JournalkitThemeProvider>,
    );
    const before = screen.getByRole('button', { name: 'Keep me' });
    rerender(
      <JournalkitThemeProvider colorMode="dark">
        <Button>Keep me</Button>
      </JournalkitThemeProvider>,
    );
    expect(screen.getByRole('button', { name: 'Keep me' })).toBe(before);
    expect(root(before)).toHaveAttribute('data-color-mode', 'dark');
  });

  it('complains clearly when a component is used outside a provider', () => {
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(() => render(<Probe />)).toThrow(/inside <JournalkitThemeProvider>/);
    quiet.mockRestore();
  });
});
