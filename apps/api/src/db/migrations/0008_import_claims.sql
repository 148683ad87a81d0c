-- Background imports are claimed by the API process that runs them (issue 9, item 9): the job
-- row names its process (claimed_by: host, pid and a random instance id) and that process renews
-- heartbeat_at while it works. An import still queued or running whose heartbeat is older than
-- JOURNALKIT_IMPORT_STALE_SECONDS belonged to a process that died (SIGKILL, a crash, a lost
-- machine): any API process marks it failed with failure_code 'import-interrupted'. Its data was
-- never written — an import is one transaction — and the job's final update only succeeds while
-- it still holds its claim, so an import taken over as stale can never also succeed.
alter table imports add column claimed_by text;
alter table imports add column heartbeat_at timestamptz;
-- Why a failed import failed, a stable code (import-invalid, import-interrupted, import-failed).
alter table imports add column failure_code text;
create index imports_unfinished on imports (heartbeat_at) where status in ('queued', 'running');
