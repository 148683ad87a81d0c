import type { FormatId } from '../journal/engine';

/** What a connector needs to reach a broker; injected so tests and operators control it. */
export interface ConnectorContext {
  fetch: typeof fetch;
  signal: AbortSignal;
  /** Waits between polls of a slow broker (tests pass a short one). */
  sleep: (ms: number) => Promise<void>;
  /** Largest answer a broker may send (the statement included), bytes. */
  maxBytes: number;
}

/** A broker file fetched from the broker's API, imported like an upload. */
export interface FetchedStatement {
  format: FormatId;
  filename: string;
  data: Buffer;
}

export class ConnectorError extends Error {
  constructor(
    message: string,
    /** True when retrying later may help (broker busy, network); false for bad settings. */
    readonly retryable: boolean,
  ) {
    super(message);
    this.name = 'ConnectorError';
  }
}

/**
 * A broker connector polls a broker's API on a schedule. Implementations declare the settings
 * they need (validated at creation; secrets never returned) and fetch a statement in one of the
 * kit's import formats, so dedup, trade building and analytics are those of a file import.
 */
export interface BrokerConnector<S = Record<string, string>> {
  kind: string;
  /** Problems of the settings, as messages; empty when usable. */
  validate(settings: Record<string, unknown>): string[];
  /** Settings as shown to users: secrets reduced to a hint. */
  redact(settings: S): Record<string, string>;
  fetchStatement(settings: S, ctx: ConnectorContext): Promise<FetchedStatement>;
}
