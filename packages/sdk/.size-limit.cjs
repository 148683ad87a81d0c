// size-limit checks, min+gzip, peers (react, @tanstack/react-query) excluded. The budget (core ≤
// 1.2 × openapi-fetch measured in the same run) is enforced by scripts/size.mjs, not a fixed limit.
const baseline = require.resolve('openapi-fetch');

module.exports = [
  {
    name: 'openapi-fetch (baseline)',
    path: baseline,
    import: { [baseline]: 'createClient' },
    gzip: true,
  },
  {
    name: 'core client',
    path: 'dist/index.js',
    import: '{ createJournalkitClient, isJournalkitError, isJournalkitNetworkError }',
    gzip: true,
  },
  {
    name: 'core entry (everything)',
    path: 'dist/index.js',
    import: '*',
    gzip: true,
  },
  {
    name: 'react entry (everything, with the core it uses)',
    path: 'dist/react.js',
    import: '*',
    gzip: true,
  },
];
