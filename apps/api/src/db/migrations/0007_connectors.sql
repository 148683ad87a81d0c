-- Connector runs in progress live in the database, so every API process sees them (issue 9,
-- item 14): a run claims its connector by setting running_since and a run_id with a conditional
-- update (no other run, or one older than JOURNALKIT_CONNECTOR_STALE_SECONDS whose process died),
-- and only the run holding run_id records the result and releases the claim.
alter table connectors add column running_since timestamptz;
alter table connectors add column run_id uuid;
alter table connectors add constraint connectors_run_claim
  check ((running_since is null) = (run_id is null));
