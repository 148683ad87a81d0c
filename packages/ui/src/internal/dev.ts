const env = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env;

/** True outside production builds (bundlers replace `process.env.NODE_ENV`). */
export const isDev = env?.NODE_ENV !== 'production';

const warned = new Set<string>();

/** Warn once per message in development, e.g. for a control without an accessible name. */
export function devWarn(message: string): void {
  if (!isDev || warned.has(message)) return;
  warned.add(message);
  console.warn(`[journalkit] ${message}`);
}
