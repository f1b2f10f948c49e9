-- Issue 8: a stored evaluation says what it was computed from (so a changed team shows as stale),
-- and each coaching action names the one finding it answers (its place in the evaluation's findings).
alter table evaluation add column input_fingerprint varchar(64);
alter table evaluation add column completed_results int;
alter table evaluation add column team_size int;
alter table coaching_action add column finding_index int;
