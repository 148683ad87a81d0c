import { EventEmitter } from 'node:events';

/** What changed, for clients to refetch: one event per change, small. */
export interface JournalEvent {
  type:
    | 'trades.changed'
    | 'import.progress'
    | 'import.finished'
    | 'account.changed'
    | 'entry.changed'
    /** A connector's run ended: `ids` holds the connector's id, `status` its `lastStatus`. */
    | 'connector.synced';
  accountId: string;
  /** The user whose journal changed (streams of API keys get every user's events). */
  userId: string;
  ids?: string[];
  importId?: string;
  progress?: number;
  status?: string;
}

/**
 * In-process publish/subscribe per tenant. One API process is the reference deployment; with
 * several, publish through PostgreSQL LISTEN/NOTIFY or Redis instead (same interface).
 */
export class EventBus {
  #emitter = new EventEmitter();
  constructor() {
    this.#emitter.setMaxListeners(0);
  }
  publish(tenantId: string, event: JournalEvent) {
    this.#emitter.emit(tenantId, event);
  }
  subscribe(tenantId: string, listener: (e: JournalEvent) => void): () => void {
    this.#emitter.on(tenantId, listener);
    return () => this.#emitter.off(tenantId, listener);
  }
  /**
   * A credential of this tenant may have stopped working or lost permissions (a key revoked or
   * rescoped, a user disabled, demoted or given a new password, a session signed out, the tenant
   * suspended): open streams re-check theirs at once instead of at their next periodic check.
   */
  credentialsChanged(tenantId: string) {
    this.#emitter.emit(`credentials:${tenantId}`);
  }
  onCredentialsChanged(tenantId: string, listener: () => void): () => void {
    this.#emitter.on(`credentials:${tenantId}`, listener);
    return () => this.#emitter.off(`credentials:${tenantId}`, listener);
  }
}
