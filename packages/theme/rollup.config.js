// ESM + CJS + type declarations for @journalkit/theme. No runtime dependencies to externalise.
// One output file per module so bundlers drop what an app does not use (`sideEffects: false`).
import { dts } from 'rollup-plugin-dts';
import esbuild from 'rollup-plugin-esbuild';

const input = { index: 'src/index.ts' };

export default [
  {
    input,
    plugins: [esbuild({ target: 'es2022', loaders: { '.json': 'json' } })],
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
    plugins: [dts({ compilerOptions: { customConditions: [] } })],
    output: [
      { dir: 'dist', format: 'es', entryFileNames: '[name].d.ts' },
      { dir: 'dist', format: 'es', entryFileNames: '[name].d.cts' },
    ],
  },
];
