-- Issue 10: every version says which version it was based on (so a publish from a stale base is a
-- conflict, not an overwrite), and a version imported from a node's rules folder keeps the
-- folder's hash: a node imports its folder again only when the folder itself changed.
alter table rule_set_version add column base_version int;
alter table rule_set_version add column folder_hash varchar(64);
-- versions stored from the folder before this change were the folder's content as it was
update rule_set_version set folder_hash = content_hash where source = 'FILE_SYSTEM';
