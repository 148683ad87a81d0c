import type { ImportOptions, ParseResult } from '../types';
import { wallIbkr, wallMdy12, wallMdy24, wallYmdDash, wallYmdDot, type Cells } from './cells';
import { createTableImporter, type Importer } from './driver';
import {
  GENERIC_FIELDS,
  GENERIC_REQUIRED,
  genericRows,
  type GenericField,
  type GenericSource,
} from './generic';

/** Local time shapes a mapped file may use (read in the account's timezone); `iso` needs an offset. */
export const MAPPED_TIME_FORMATS = {
  'yyyy-MM-dd HH:mm:ss': wallYmdDash,
  'MM/dd/yyyy HH:mm:ss': wallMdy24,
  'M/d/yyyy h:mm:ss AM/PM': wallMdy12,
  'yyyy.MM.dd HH:mm:ss': wallYmdDot,
  'yyyyMMdd;HHmmss': wallIbkr,
} as const;
export type MappedTimeFormat = 'iso' | keyof typeof MAPPED_TIME_FORMATS;

/** The import wizard's answer: which of the user's columns holds each generic field. */
export interface ColumnMapping {
  /** generic field → header name in the user's file */
  columns: Partial<Record<GenericField, string>>;
  /** fixed values for fields the file lacks, e.g. `{ asset_class: 'stock' }` */
  constants?: Partial<Record<GenericField, string>>;
  /** default `iso` */
  timeFormat?: MappedTimeFormat;
}

/** Problems of the mapping itself (before any file is read). */
export function mappingProblems(mapping: ColumnMapping): string[] {
  const problems: string[] = [];
  for (const f of GENERIC_REQUIRED) {
    if (!mapping.columns[f]?.trim() && !mapping.constants?.[f]?.trim()) {
      problems.push(`the mapping gives no column (or fixed value) for ${f}`);
    }
  }
  for (const key of [...Object.keys(mapping.columns), ...Object.keys(mapping.constants ?? {})]) {
    if (!(GENERIC_FIELDS as readonly string[]).includes(key))
      problems.push(`the mapping names an unknown field ${key}`);
  }
  const tf = mapping.timeFormat ?? 'iso';
  if (tf !== 'iso' && !(tf in MAPPED_TIME_FORMATS)) problems.push(`unknown time format "${tf}"`);
  return problems;
}

/** Any CSV + a mapping of its columns onto the generic fields, read by the generic parser. */
export function createMappedImporter(mapping: ColumnMapping, options: ImportOptions = {}): Importer {
  const problems = mappingProblems(mapping);
  const columnFor = (f: GenericField): string | undefined => mapping.columns[f]?.trim() || undefined;
  const required = GENERIC_REQUIRED.map(columnFor).filter((c): c is string => c !== undefined);
  const tf = mapping.timeFormat ?? 'iso';
  const importer = createTableImporter(
    {
      id: 'generic',
      required,
      header: { kind: 'first' },
      prepare(cols, ctx) {
        const index = {} as Record<GenericField, number>;
        const label = {} as Record<GenericField, string>;
        for (const f of GENERIC_FIELDS) {
          const col = columnFor(f);
          index[f] = col === undefined ? -1 : cols.index(col);
          label[f] = col === undefined ? f : `${col} (${f})`;
        }
        const src: GenericSource = { index, label, constant: mapping.constants ?? {} };
        if (tf !== 'iso' && tf in MAPPED_TIME_FORMATS) {
          const wall = MAPPED_TIME_FORMATS[tf as keyof typeof MAPPED_TIME_FORMATS];
          src.time = (cells: Cells, v: string, lab: string) => cells.local(wall(v), lab, v, tf);
        }
        return genericRows(src, ctx);
      },
    },
    options,
  );
  if (problems.length === 0) return importer;
  return {
    push() {},
    end(): ParseResult {
      return {
        format: 'generic',
        ok: false,
        executions: [],
        errors: problems.map((reason) => ({ line: 0, reason })),
        skipped: [],
        warnings: [],
        duplicates: [],
        rowCount: 0,
      };
    },
  };
}

export function parseMappedCsv(
  input: string | Uint8Array,
  mapping: ColumnMapping,
  options: ImportOptions = {},
): ParseResult {
  const imp = createMappedImporter(mapping, options);
  imp.push(input);
  return imp.end();
}
