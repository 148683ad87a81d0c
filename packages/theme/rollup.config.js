// ESM + CJS + type declarations for @journalkit/theme. No runtime dependencies to externalise.
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
        entryFileNames: '[name].js',
        chunkFileNames: 'chunks/[name]-[hash].js',
        sourcemap: true,
      },
      {
        dir: 'dist',
        format: 'cjs',
        entryFileNames: '[name].cjs',
        chunkFileNames: 'chunks/[name]-[hash].cjs',
        interop: 'auto',
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
