import { tenantThemeSchema } from './definition';
import type { SchemaNode } from './definition';
import type { TenantThemeDoc, TenantThemeError, TenantThemeValidation } from './types';

const root = tenantThemeSchema as unknown as SchemaNode & { $defs: Record<string, SchemaNode> };
const patterns = new Map<string, RegExp>();

function resolve(node: SchemaNode): SchemaNode {
  if (!node.$ref) return node;
  const name = node.$ref.replace('#/$defs/', '');
  const target = root.$defs[name];
  if (!target) throw new Error(`Unknown schema reference ${node.$ref}`);
  return target;
}

const pointer = (path: string, key: string) => `${path}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`;

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (typeof value === 'object') return 'an object';
  return String(value);
}

function typeMatches(type: NonNullable<SchemaNode['type']>, value: unknown): boolean {
  switch (type) {
    case 'object':
      return typeof value === 'object' && value !== null && !Array.isArray(value);
    case 'integer':
      return typeof value === 'number' && Number.isInteger(value);
    case 'number':
      return typeof value === 'number' && Number.isFinite(value);
    default:
      return typeof value === type;
  }
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cur = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = cur;
    }
  }
  return row[b.length]!;
}

function unknownKeyReason(key: string, known: string[]): string {
  const close = known
    .map((k) => ({ k, d: editDistance(key.toLowerCase(), k.toLowerCase()) }))
    .filter(({ d }) => d <= 2)
    .sort((a, b) => a.d - b.d)[0];
  return close ? `is not a known property (did you mean "${close.k}"?)` : 'is not a known property';
}

function check(nodeIn: SchemaNode, value: unknown, path: string, errors: TenantThemeError[]): void {
  const node = resolve(nodeIn);
  if (node.enum) {
    if (!node.enum.includes(value)) {
      const options = node.enum.map((v) => JSON.stringify(v)).join(', ');
      errors.push({ path, reason: `must be one of ${options} (got ${describe(value)})` });
    }
    return;
  }
  if (node.type && !typeMatches(node.type, value)) {
    const article = node.type === 'integer' || node.type === 'object' ? 'an' : 'a';
    errors.push({ path, reason: `must be ${article} ${node.type} (got ${describe(value)})` });
    return;
  }
  if (typeof value === 'string') {
    if (node.minLength !== undefined && value.length < node.minLength)
      errors.push({
        path,
        reason:
          node.minLength === 1 ? 'must not be empty' : `must have at least ${node.minLength} characters`,
      });
    else if (node.maxLength !== undefined && value.length > node.maxLength)
      errors.push({ path, reason: `must have at most ${node.maxLength} characters (has ${value.length})` });
    else if (node.pattern !== undefined) {
      let re = patterns.get(node.pattern);
      if (!re) patterns.set(node.pattern, (re = new RegExp(node.pattern, 'u')));
      if (!re.test(value))
        errors.push({
          path,
          reason: `must be ${node.title ?? `text matching ${node.pattern}`} (got ${describe(value)})`,
        });
    }
  }
  if (typeof value === 'number') {
    if (node.minimum !== undefined && value < node.minimum)
      errors.push({ path, reason: `must be at least ${node.minimum} (got ${value})` });
    if (node.maximum !== undefined && value > node.maximum)
      errors.push({ path, reason: `must be at most ${node.maximum} (got ${value})` });
  }
  if (node.type === 'object' && typeof value === 'object' && value !== null) {
    const obj = value as Record<string, unknown>;
    const props = node.properties ?? {};
    for (const key of node.required ?? []) {
      if (!(key in obj)) errors.push({ path: pointer(path, key), reason: 'is required' });
    }
    for (const [key, child] of Object.entries(obj)) {
      const schema = Object.hasOwn(props, key) ? props[key] : undefined;
      if (schema) check(schema, child, pointer(path, key), errors);
      else if (node.additionalProperties === false)
        errors.push({ path: pointer(path, key), reason: unknownKeyReason(key, Object.keys(props)) });
    }
  }
}

/**
 * Validate a tenant theme document (anything parsed from JSON). Collects every problem, each with a
 * JSON Pointer and a reason. Dependency-free and DOM-free: the API uses it on stored themes.
 */
export function validateTenantTheme(doc: unknown): TenantThemeValidation {
  const errors: TenantThemeError[] = [];
  check(root, doc, '', errors);
  return errors.length ? { ok: false, errors } : { ok: true, theme: doc as TenantThemeDoc };
}

/** Thrown by `createTheme` for an invalid document; carries the same errors. */
export class InvalidTenantThemeError extends Error {
  readonly errors: TenantThemeError[];
  constructor(errors: TenantThemeError[]) {
    super(`Invalid tenant theme: ${errors.map((e) => `${e.path || '(document)'} ${e.reason}`).join('; ')}`);
    this.name = 'InvalidTenantThemeError';
    this.errors = errors;
  }
}
