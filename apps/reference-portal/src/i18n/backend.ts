import { I18N_NAMESPACE } from '@journalkit/ui';
import type { BackendModule } from 'i18next';
import type { PortalNamespace } from './types';

export type Catalog = { [key: string]: string | Catalog };
type Loader = () => Promise<{ default: Catalog }>;

// Each catalog file is its own chunk (vite.config.ts names it `assets/i18n/<language>/<namespace>`),
// fetched the first time its language and namespace are needed, and never before.
const portalFiles = import.meta.glob<{ default: Catalog }>('./catalogs/*/*.ts');
const kitFiles = import.meta.glob<{ default: Catalog }>('./kit/*.ts');

const portalLoaders = new Map<string, Loader>(
  Object.entries(portalFiles).map(([file, load]) => [file.replace(/^\.\/catalogs\/|\.ts$/g, ''), load]),
);
const kitLoaders = new Map<string, Loader>(
  Object.entries(kitFiles).map(([file, load]) => [file.replace(/^\.\/kit\/|\.ts$/g, ''), load]),
);

/** The UI kit's namespace: its English is bundled with it; the other languages load as catalogs. */
export const KIT_NAMESPACE = I18N_NAMESPACE;

/** The languages the portal has catalogs for: a folder under `catalogs/` each. English first. */
export const PORTAL_LANGUAGES: readonly string[] = [
  ...new Set(['en', ...[...portalLoaders.keys()].map((key) => key.split('/')[0]!)]),
];

/**
 * Where a language's missing strings come from: nowhere for a language with complete catalogs
 * (the tests hold each one complete), so an Arabic page never fetches English ones; English for a
 * language the kit has no strings in, and for anything else.
 */
export const FALLBACK_LANGUAGES: Record<string, string[]> = {
  ...Object.fromEntries(
    PORTAL_LANGUAGES.map((lng) => [lng, lng === 'en' || kitLoaders.has(lng) ? [] : ['en']]),
  ),
  default: ['en'],
};

/** The catalog of one language and namespace; `undefined` when none is shipped. */
export function loadCatalog(language: string, namespace: string): Promise<Catalog> | undefined {
  if (namespace === KIT_NAMESPACE) {
    // The kit's English comes with the kit (JournalkitThemeProvider registers it).
    if (language === 'en') return Promise.resolve({});
    return kitLoaders
      .get(language)?.()
      .then((m) => m.default);
  }
  return portalLoaders
    .get(`${language}/${namespace as PortalNamespace}`)?.()
    .then((m) => m.default);
}

/** The i18next backend: one dynamic `import()` per language and namespace (see `loadCatalog`). */
export const catalogBackend: BackendModule = {
  type: 'backend',
  init() {},
  read(language, namespace, callback) {
    const loading = loadCatalog(language, namespace);
    if (!loading) return callback(null, {}); // nothing shipped: the fallback language answers
    loading.then(
      (catalog) => callback(null, catalog),
      (error: unknown) => callback(error instanceof Error ? error : new Error(String(error)), false),
    );
  },
};
