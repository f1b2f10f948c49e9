-- The admins' audit view filters by actor and by action, newest first, and the export reads the same.
create index ix_audit_actor_time on audit_event (actor, occurred_at);
create index ix_audit_action_time on audit_event (action, occurred_at);
