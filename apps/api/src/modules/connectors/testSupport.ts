/** Set-up shared by the connector tests (connectors.test.ts, ibkrFlex.test.ts); not used by the app. */
import { afterAll, expect } from 'vitest';
import { startFlexStandIn, startRecorder, type FlexStandIn, type Recorder } from './ibkrFlexStandIn';

/**
 * Starts the Flex Web Service stand-in serving `statement` and the attacker's recorder, both on
 * loopback, for the whole test file (call it at the top of the file, with `await`). After the
 * file's last test and its own `afterAll`s (an API started later is closed first), both are
 * closed and the attacker must not have received a single request.
 */
export async function flexStandIns(statement: Buffer): Promise<{ flex: FlexStandIn; attacker: Recorder }> {
  const flex = await startFlexStandIn(statement);
  const attacker = await startRecorder();
  afterAll(async () => {
    await flex.close();
    await attacker.close();
    expect(attacker.requests, 'the attacker received requests').toEqual([]);
  });
  return { flex, attacker };
}
