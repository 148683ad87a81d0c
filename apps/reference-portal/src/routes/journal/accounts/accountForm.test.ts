import { JournalkitError } from '@journalkit/sdk';
import type { Account, Problem } from '@journalkit/sdk';
import { describe, expect, it } from 'vitest';
import { accountValues, problemFieldErrors, toCreateInput, toUpdateInput } from './accountForm';

const account: Account = {
  id: '0190a2b4-0000-7000-8000-000000000001',
  userId: '0190a2b4-0000-7000-8000-000000000002',
  name: 'IBKR margin',
  broker: 'ibkr',
  brokerAccount: null,
  currency: 'USD',
  timezone: 'America/New_York',
  startingBalance: '25000',
  archivedAt: null,
  createdAt: '2024-03-01T00:00:00.000Z',
  updatedAt: '2024-03-01T00:00:00.000Z',
};

const problem = (body: Partial<Problem>) =>
  new JournalkitError(
    {
      type: 'https://journalkit.dev/problems/validation-error',
      title: 'Invalid request',
      status: 400,
      detail: 'The request has invalid fields.',
      ...body,
    },
    new Response(null, { status: 400 }),
  );

describe('account form', () => {
  it('builds the create body: trimmed, currency upper-cased, empty optional fields left out', () => {
    expect(
      toCreateInput({
        name: '  Crypto ',
        broker: 'binance',
        brokerAccount: ' ',
        currency: 'usdt',
        timezone: 'Asia/Singapore',
        startingBalance: '',
      }),
    ).toEqual({ name: 'Crypto', broker: 'binance', currency: 'USDT', timezone: 'Asia/Singapore' });
  });

  it('sends only what changed on edit; a cleared balance or number becomes null', () => {
    const values = accountValues(account);
    expect(toUpdateInput(values, account)).toEqual({});
    expect(toUpdateInput({ ...values, name: 'IBKR (main)', startingBalance: '' }, account)).toEqual({
      name: 'IBKR (main)',
      startingBalance: null,
    });
    expect(toUpdateInput({ ...values, brokerAccount: 'U1234567' }, account)).toEqual({
      brokerAccount: 'U1234567',
    });
  });

  it('puts the API’s field errors on the fields and keeps the others for the form', () => {
    const error = problem({
      errors: [
        { field: '/body/currency', message: 'must match pattern "^[A-Z0-9]{3,10}$"' },
        { field: '/body/startingBalance', message: 'must match pattern' },
        { field: '/body/userId', message: 'is required when calling with an API key' },
      ],
    });
    expect(problemFieldErrors(error)).toEqual({
      fields: { currency: 'must match pattern "^[A-Z0-9]{3,10}$"', startingBalance: 'must match pattern' },
      other: ['is required when calling with an API key'],
    });
    expect(problemFieldErrors(problem({ detail: 'Slow down.' }))).toEqual({
      fields: {},
      other: ['Slow down.'],
    });
    expect(problemFieldErrors(new Error('offline'))).toEqual({ fields: {}, other: [] });
  });
});
