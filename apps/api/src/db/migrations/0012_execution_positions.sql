-- Broker-reported positions (issue 11, brokers.md `mt4`): a MetaTrader 4 statement lists closed
-- and open positions (ticket chains), not fills, on accounts that hedge, so its trades are built
-- per position instead of by netting (engine trades/positions.ts). An execution of such a
-- position carries it here; every other execution leaves these null, as before.
alter table executions
  -- The position: the same in every statement showing any part of it.
  add column position_key text collate "C",
  -- open: it opened the position (one per statement); close: it closed a part.
  add column position_effect text check (position_effect in ('open', 'close')),
  -- A part closed while the rest went on as another ticket (`to #N`): that ticket.
  add column position_next text,
  -- The broker's comment on the row (`[sl]`, `[tp]`), kept as a note.
  add column note text check (length(note) <= 500),
  add constraint executions_position check ((position_key is null) = (position_effect is null));
-- Which instruments hold positions: asked of every instrument an import rebuilds (an index
-- probe, empty for accounts of other formats).
create index executions_positions on executions (tenant_id, account_id, asset_class, symbol)
  where position_key is not null;
