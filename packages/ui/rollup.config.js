// @journalkit/ui build: ESM + CJS + types, one entry per component folder plus the index, so
// `import { Button } from '@journalkit/ui/Button'` loads only what Button needs. Modules are
// preserved one file each (with `sideEffects: false`, bundlers then drop every unused module even
// though styled-components definitions are top-level calls). Dependencies and peers stay external.
import { readdirSync, existsSync } from 'node:fs';
import { dts } from 'rollup-plugin-dts';
import esbuild from 'rollup-plugin-esbuild';
import pkg from './package.json' with { type: 'json' };

const components = readdirSync('src', { withFileTypes: true })
  .filter((d) => d.isDirectory() && /^[A-Z]/.test(d.name) && existsSync(`src/${d.name}/index.ts`))
  .map((d) => d.name);

const input = {
  index: 'src/index.ts',
  ...Object.fromEntries(components.map((name) => [`${name}/index`, `src/${name}/index.ts`])),
};

const externalNames = [...Object.keys(pkg.dependencies ?? {}), ...Object.keys(pkg.peerDependencies ?? {})];
const external = (id) => externalNames.some((name) => id === name || id.startsWith(`${name}/`));

export default [
  {
    input,
    external,
    plugins: [esbuild({ target: 'es2022', jsx: 'automatic', tsconfig: 'tsconfig.json' })],
    output: [
      {
        dir: 'dist',
        format: 'es',
        preserveModules: true,
        preserveModulesRoot: 'src',
        entryFileNames: '[name].js',
        sourcemap: true,
      },
      {
        dir: 'dist',
        format: 'cjs',
        preserveModules: true,
        preserveModulesRoot: 'src',
        entryFileNames: '[name].cjs',
        interop: 'auto',
        exports: 'named',
        sourcemap: true,
      },
    ],
  },
  {
    input,
    external,
    plugins: [dts({ compilerOptions: { customConditions: [] } })],
    output: [
      {
        dir: 'dist',
        format: 'es',
        entryFileNames: '[name].d.ts',
        chunkFileNames: 'chunks/[name]-[hash].d.ts',
      },
      {
        dir: 'dist',
        format: 'es',
        entryFileNames: '[name].d.cts',
        chunkFileNames: 'chunks/[name]-[hash].d.cts',
      },
    ],
  },
];
