// Runtime configuration of the hosted portal, read before the app starts. A deployment overwrites
// this file (no rebuild needed). Both settings are optional:
//
//   window.__JOURNALKIT_API_URL__ = 'https://api.journal.example.com';
//   window.__JOURNALKIT_HOSTS__ = { 'journal.acme-trading.com': 'acme-trading' };
//
// Without them the portal uses VITE_JOURNALKIT_API_URL from the build (default
// http://127.0.0.1:4000) and the host map in src/config.ts.
