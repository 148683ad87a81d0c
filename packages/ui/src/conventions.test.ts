// Guards the conventions in README.md so the next component follows them too.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const src = path.dirname(fileURLToPath(import.meta.url));
const components = readdirSync(src, { withFileTypes: true })
  .filter((d) => d.isDirectory() && /^[A-Z]/.test(d.name))
  .map((d) => d.name);
const read = (file: string) => readFileSync(path.join(src, file), 'utf8');
const allSources = (dir = src): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory()
      ? allSources(path.join(dir, d.name))
      : /\.tsx?$/.test(d.name)
        ? [path.join(dir, d.name)]
        : [],
  );

describe('component conventions', () => {
  it.each(components)('%s has its five files, data-component, and is exported from the index', (name) => {
    for (const suffix of ['.tsx', '.styles.ts', '.stories.tsx', '.test.tsx'])
      expect(existsSync(path.join(src, name, `${name}${suffix}`)), `${name}/${name}${suffix}`).toBe(true);
    expect(existsSync(path.join(src, name, 'index.ts'))).toBe(true);
    // Either directly or through FieldFrame's `component` prop.
    expect(read(`${name}/${name}.tsx`)).toMatch(/(data-component|component)="[A-Z]\w*(\.\w+)?"/);
    expect(read('index.ts')).toContain(`from './${name}'`);
    expect(read(`${name}/${name}.stories.tsx`)).toMatch(/export const Default\b/);
    expect(read(`${name}/${name}.stories.tsx`)).toMatch(/export const Playground\b/);
    expect(read(`${name}/${name}.test.tsx`)).toContain('expectNoAxeViolations');
  });

  it('declares no custom property in the --jk- namespace (tokens own it; private ones use --_)', () => {
    for (const file of allSources()) {
      if (file.endsWith('.test.ts') || file.endsWith('.test.tsx')) continue;
      const text = readFileSync(file, 'utf8');
      expect(text.match(/(^|[\s;{'"])--jk-[\w-]+['"]?\s*:/m), path.relative(src, file)).toBeNull();
    }
  });
});
