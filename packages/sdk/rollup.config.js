// ESM + CJS + type declarations for @journalkit/sdk: two entries, `.` (the client) and `./react`.
// The React entry imports the core through the package's own name ('@journalkit/sdk'), so an app
// that uses both loads one copy of the client, errors and events (no shared chunks, and the .d.cts
// files never point at ESM-only declaration chunks).
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { dts } from 'rollup-plugin-dts';
import esbuild from 'rollup-plugin-esbuild';

const src = resolve(dirname(fileURLToPath(import.meta.url)), 'src');
const reactDir = resolve(src, 'react');
const peers = ['react', 'react/jsx-runtime', '@tanstack/react-query', 'openapi-typescript-helpers'];

/** In the React entry, imports of core modules (`../client`, `../events` …) become '@journalkit/sdk'. */
const selfImport = {
  name: 'journalkit-self-import',
  resolveId(source, importer) {
    if (!importer?.startsWith(reactDir) || !source.startsWith('../')) return null;
    const target = resolve(dirname(importer), source);
    return target.startsWith(reactDir) ? null : { id: '@journalkit/sdk', external: true };
  },
};
const external = (id) => peers.includes(id);

const js = (name, input, isReact) => ({
  input,
  external,
  plugins: [...(isReact ? [selfImport] : []), esbuild({ target: 'es2022', jsx: 'automatic' })],
  output: [
    { file: `dist/${name}.js`, format: 'es', sourcemap: true, banner: isReact ? "'use client';" : undefined },
    {
      file: `dist/${name}.cjs`,
      format: 'cjs',
      sourcemap: true,
      interop: 'auto',
      banner: isReact ? "'use client';" : undefined,
    },
  ],
});

const types = (name, input, isReact) => ({
  input,
  external,
  plugins: [...(isReact ? [selfImport] : []), dts({ compilerOptions: { customConditions: [] } })],
  output: [
    { file: `dist/${name}.d.ts`, format: 'es' },
    { file: `dist/${name}.d.cts`, format: 'es' },
  ],
});

export default [
  js('index', 'src/index.ts', false),
  js('react', 'src/react/index.ts', true),
  types('index', 'src/index.ts', false),
  types('react', 'src/react/index.ts', true),
];
