// Writes schema/tenant-theme.schema.json from src/schema/definition.ts (the single source).
// Run: pnpm --filter @journalkit/theme schema   (a test fails while the file is stale)
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { tenantThemeSchema } from '../src/schema/definition';

const out = fileURLToPath(new URL('../schema/tenant-theme.schema.json', import.meta.url));
writeFileSync(out, `${JSON.stringify(tenantThemeSchema, null, 2)}\n`);
console.log(`wrote ${out}`);
