/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** The API's origin at build time (overridden at runtime by `window.__JOURNALKIT_API_URL__`). */
  readonly VITE_JOURNALKIT_API_URL?: string;
}
