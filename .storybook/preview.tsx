import { presetNames, presets } from '@journalkit/theme';
import type { PresetName } from '@journalkit/theme';
import { ar, de, JournalkitThemeProvider } from '@journalkit/ui';
import type { Direction } from '@journalkit/ui';
import type { Decorator, Preview } from '@storybook/react-vite';

// Locales the toolbar offers. `ar` exercises right-to-left; any missing string falls back to English.
const resources = { de, ar };

type ModeGlobal = 'tenant' | 'light' | 'dark' | 'auto';
type DirGlobal = 'locale' | Direction;

const presetTitles: Record<PresetName, string> = {
  default: 'Default (Journalkit)',
  'dark-brokerage': 'Dark brokerage (Obsidian Markets)',
  'light-education': 'Light education (Brightpath Academy)',
  'high-contrast': 'High contrast',
};

/**
 * Every story renders inside a JournalkitThemeProvider driven by the toolbar. With tenant "All",
 * the story renders once per preset, side by side, each in its own provider (own variables, mode,
 * strings): the same nesting-safe scoping partner apps rely on.
 */
const withJournalkit: Decorator = (Story, context) => {
  const tenant = (context.globals.tenant ?? 'default') as PresetName | 'all';
  const mode = (context.globals.colorMode ?? 'tenant') as ModeGlobal;
  const dirGlobal = (context.globals.dir ?? 'locale') as DirGlobal;
  const shared = {
    locale: (context.globals.locale ?? 'en') as string,
    resources,
    ...(mode !== 'tenant' && { colorMode: mode }),
    ...(dirGlobal !== 'locale' && { dir: dirGlobal }),
  };
  if (tenant === 'all') {
    return (
      <div
        style={{
          display: 'grid',
          gridTemplateColumns: 'repeat(auto-fit, minmax(18rem, 1fr))',
          minHeight: '100vh',
        }}
      >
        {presetNames.map((name) => (
          <JournalkitThemeProvider
            key={name}
            theme={presets[name]}
            {...shared}
            style={{ padding: '1.5rem', minInlineSize: 0 }}
          >
            <p
              style={{
                margin: '0 0 1rem',
                font: '600 0.75rem/1 system-ui, sans-serif',
                letterSpacing: '0.04em',
                textTransform: 'uppercase',
              }}
              data-part="tenant-caption"
            >
              {presetTitles[name]}
            </p>
            <Story />
          </JournalkitThemeProvider>
        ))}
      </div>
    );
  }
  return (
    <JournalkitThemeProvider
      theme={presets[tenant]}
      {...shared}
      style={{ padding: '1.5rem', minHeight: '100vh', boxSizing: 'border-box' }}
    >
      <Story />
    </JournalkitThemeProvider>
  );
};

const preview: Preview = {
  decorators: [withJournalkit],
  globalTypes: {
    tenant: {
      description: 'Tenant theme preset',
      toolbar: {
        title: 'Tenant',
        icon: 'paintbrush',
        dynamicTitle: true,
        items: [
          ...presetNames.map((value) => ({ value, title: presetTitles[value] })),
          { value: 'all', title: 'All tenants, side by side' },
        ],
      },
    },
    colorMode: {
      description: 'Color mode',
      toolbar: {
        title: 'Mode',
        icon: 'mirror',
        dynamicTitle: true,
        items: [
          { value: 'tenant', title: "Tenant's choice" },
          { value: 'light', title: 'Light' },
          { value: 'dark', title: 'Dark' },
          { value: 'auto', title: 'Auto (OS)' },
        ],
      },
    },
    locale: {
      description: 'Locale (strings and number/date formatting)',
      toolbar: {
        title: 'Locale',
        icon: 'globe',
        dynamicTitle: true,
        items: [
          { value: 'en', title: 'English' },
          { value: 'de', title: 'Deutsch' },
          { value: 'ar', title: 'العربية (RTL)' },
        ],
      },
    },
    dir: {
      description: 'Text direction',
      toolbar: {
        title: 'Direction',
        icon: 'transfer',
        dynamicTitle: true,
        items: [
          { value: 'locale', title: 'From locale' },
          { value: 'ltr', title: 'Left to right' },
          { value: 'rtl', title: 'Right to left' },
        ],
      },
    },
  },
  initialGlobals: { tenant: 'default', colorMode: 'tenant', locale: 'en', dir: 'locale' },
  parameters: {
    layout: 'fullscreen',
    controls: { expanded: true, sort: 'requiredFirst' },
    // Any axe violation fails the story's test (the vitest run in Chromium and the a11y panel).
    a11y: { test: 'error' },
  },
};

export default preview;
