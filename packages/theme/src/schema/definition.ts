import { densities, radiusChoices } from '../tokens/base';
import { contrastLevels, semanticColorNames } from '../tokens/semantic';

/**
 * The tenant theme JSON Schema (draft 2020-12), as data. `schema/tenant-theme.schema.json` is
 * written from this object (`pnpm --filter @journalkit/theme schema`) and `validateTenantTheme`
 * interprets it, so the published schema and the validator cannot disagree.
 */

const color = { $ref: '#/$defs/color' } as const;
const url = { $ref: '#/$defs/url' } as const;
const fontStack = { $ref: '#/$defs/fontStack' } as const;

export const tenantThemeSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'urn:journalkit:schema:tenant-theme:1',
  title: 'Journalkit tenant theme',
  description:
    'A partner brand: colours, fonts, corner radius, density, logo. Everything else is derived with WCAG AA contrast.',
  type: 'object',
  required: ['id', 'name', 'brand'],
  additionalProperties: false,
  properties: {
    $schema: { type: 'string', title: 'a schema URL' },
    version: { enum: [1] },
    id: {
      type: 'string',
      pattern: '^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$',
      title: 'a slug of lowercase letters, digits and hyphens (at most 64)',
    },
    name: { type: 'string', minLength: 1, maxLength: 80 },
    brand: {
      type: 'object',
      required: ['primary'],
      additionalProperties: false,
      properties: { primary: color, secondary: color },
    },
    colorMode: { enum: ['light', 'dark', 'auto'] },
    contrast: { enum: [...contrastLevels] },
    colors: {
      type: 'object',
      additionalProperties: false,
      properties: { light: { $ref: '#/$defs/colorOverrides' }, dark: { $ref: '#/$defs/colorOverrides' } },
    },
    fonts: {
      type: 'object',
      additionalProperties: false,
      properties: { body: fontStack, heading: fontStack, mono: fontStack },
    },
    radius: { enum: [...radiusChoices] },
    density: { enum: [...densities] },
    logo: {
      type: 'object',
      required: ['url'],
      additionalProperties: false,
      properties: {
        url,
        darkUrl: url,
        width: { type: 'integer', minimum: 8, maximum: 1024 },
        height: { type: 'integer', minimum: 8, maximum: 512 },
      },
    },
    favicon: url,
  },
  $defs: {
    color: {
      type: 'string',
      pattern: '^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})$',
      title: 'a hex colour such as "#0b5fff"',
    },
    colorOverrides: {
      type: 'object',
      additionalProperties: false,
      properties: Object.fromEntries(semanticColorNames.map((n) => [n, color])),
    },
    fontStack: {
      type: 'string',
      minLength: 1,
      maxLength: 200,
      pattern: '^[A-Za-z0-9 ,\'"_-]+$',
      title:
        'a CSS font-family list such as "Inter, system-ui, sans-serif" (letters, digits, spaces, quotes, commas, hyphens)',
    },
    // An https URL, or a path on the portal's own origin. A path starts with exactly one `/`:
    // `//host/logo.svg` and `/\\host` are protocol-relative (another origin) to a browser. No
    // whitespace or control character anywhere (browsers strip tabs and newlines, so `/\t/host`
    // is `//host`), no backslash (read as `/`), and none of `"'<>()` (the URL may end up in CSS).
    url: {
      type: 'string',
      maxLength: 2048,
      pattern:
        '^(?:https://[^\\s"\'<>()\\\\\\u0000-\\u001f\\u007f]+|/(?![/\\\\])[^\\s"\'<>()\\\\\\u0000-\\u001f\\u007f]*)$',
      title: 'an https:// URL or a path on this site (one leading /, not // or /\\)',
    },
  },
} as const;

/** The subset of JSON Schema the validator understands (all the published schema uses). */
export interface SchemaNode {
  $ref?: string;
  type?: 'object' | 'string' | 'integer' | 'number' | 'boolean';
  title?: string;
  enum?: readonly unknown[];
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  required?: readonly string[];
  additionalProperties?: boolean;
  properties?: Readonly<Record<string, SchemaNode>>;
}
