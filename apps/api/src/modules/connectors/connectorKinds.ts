import { badRequest } from '../../lib/problems';
import type { BrokerConnector } from './connector';

type AnyConnector = BrokerConnector<Record<string, string>>;

/** The connector kinds this API offers (`ibkr-flex`, …), by kind. */
export class ConnectorKinds {
  readonly #byKind: Map<string, BrokerConnector<never>>;

  constructor(connectors: readonly BrokerConnector<never>[]) {
    this.#byKind = new Map(connectors.map((c) => [c.kind, c]));
  }

  /** The kind, or a 400 `unknown-connector` naming the known ones. */
  get(kind: string): AnyConnector {
    const c = this.#byKind.get(kind);
    if (!c)
      throw badRequest(
        'unknown-connector',
        'Unknown connector',
        `No connector "${kind}"; known: ${[...this.#byKind.keys()].join(', ')}.`,
      );
    return c as AnyConnector;
  }

  /** The kind, or undefined (a stored connector of a kind this process does not know). */
  find(kind: string): AnyConnector | undefined {
    return this.#byKind.get(kind) as AnyConnector | undefined;
  }
}
