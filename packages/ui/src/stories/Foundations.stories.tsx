import { contrastMinimums, contrastPairs, contrastRatio, semanticColorNames } from '@journalkit/theme';
import type { Meta, StoryObj } from '@storybook/react-vite';
import type { ReactNode } from 'react';
import { useJournalkit } from '../provider/context';

/** Re-applies the provider's scope with a fixed mode: the same CSS serves both palettes. */
function ModeScope({ mode, children }: { mode: 'light' | 'dark'; children: ReactNode }) {
  const { themeKey } = useJournalkit();
  return (
    <div
      data-jk-key={themeKey}
      data-color-mode={mode}
      style={{
        background: 'var(--jk-color-canvas)',
        color: 'var(--jk-color-text)',
        padding: '1rem',
        borderRadius: 8,
      }}
    >
      {children}
    </div>
  );
}

/** Semantic colours of the active tenant and mode, the contrast of every guaranteed pair, and
 * what the derivation had to adjust. Switch tenant and mode in the toolbar. */
function Palette({ mode }: { mode: 'light' | 'dark' }) {
  const { themes } = useJournalkit();
  const theme = themes[mode];
  const c = theme.tokens.color;
  const min = contrastMinimums[theme.contrast];
  const lowest = contrastPairs
    .map((p) => ({ ...p, ratio: contrastRatio(c[p.fg], c[p.bg]) }))
    .sort((a, b) => a.ratio / min[a.kind] - b.ratio / min[b.kind])
    .slice(0, 6);
  return (
    <ModeScope mode={mode}>
      <section style={{ display: 'grid', gap: '1rem' }}>
        <h2 style={{ margin: 0, fontSize: '1.125rem' }}>
          {theme.name}: {mode}
        </h2>
        <div
          style={{
            display: 'grid',
            gridTemplateColumns: 'repeat(auto-fill, minmax(9rem, 1fr))',
            gap: '0.5rem',
          }}
        >
          {semanticColorNames.map((name) => (
            <div
              key={name}
              style={{ display: 'flex', gap: '0.5rem', alignItems: 'center', fontSize: '0.75rem' }}
            >
              <span
                style={{
                  inlineSize: '1.5rem',
                  blockSize: '1.5rem',
                  borderRadius: 4,
                  background: c[name],
                  border: '1px solid var(--jk-color-border)',
                }}
              />
              <span>
                {name}
                <br />
                <code>{c[name]}</code>
              </span>
            </div>
          ))}
        </div>
        <h3 style={{ margin: 0, fontSize: '1rem' }}>Tightest guaranteed pairs</h3>
        <ul style={{ margin: 0, fontSize: '0.875rem' }}>
          {lowest.map((p) => (
            <li key={`${p.fg}-${p.bg}`}>
              {p.kind === 'text' ? (
                <span style={{ color: c[p.fg], background: c[p.bg], padding: '0 0.25rem' }}>
                  {p.fg} on {p.bg}
                </span>
              ) : (
                <>
                  <span
                    style={{
                      display: 'inline-block',
                      padding: 4,
                      background: c[p.bg],
                      verticalAlign: 'middle',
                    }}
                  >
                    <span style={{ display: 'block', inlineSize: 16, blockSize: 8, background: c[p.fg] }} />
                  </span>{' '}
                  {p.fg} on {p.bg}
                </>
              )}{' '}
              {p.ratio.toFixed(2)}:1 (needs {min[p.kind]}:1, {p.kind})
            </li>
          ))}
        </ul>
        <h3 style={{ margin: 0, fontSize: '1rem' }}>Adjustments reported</h3>
        {theme.adjustments.length ? (
          <ul style={{ margin: 0, fontSize: '0.875rem' }}>
            {theme.adjustments.map((a) => (
              <li key={a.token}>{a.reason}</li>
            ))}
          </ul>
        ) : (
          <p style={{ margin: 0, fontSize: '0.875rem' }}>None: every partner colour was used as given.</p>
        )}
      </section>
    </ModeScope>
  );
}

const meta = {
  title: 'Foundations/Theme',
  render: () => (
    <div style={{ display: 'grid', gap: '2rem' }}>
      <Palette mode="light" />
      <Palette mode="dark" />
    </div>
  ),
} satisfies Meta;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};
export const Playground: Story = {};
