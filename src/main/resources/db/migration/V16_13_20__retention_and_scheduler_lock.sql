-- Issue 13, a person's data. Retention anonymises old results: the scores stay (they feed the
-- answering-time median and counts) but no longer point to a person, so an assessment may have no
-- owner, and anonymised_at says when it lost it.
alter table assessment modify user_id bigint null;
alter table assessment add column anonymised_at timestamp(3);

-- ShedLock's lock rows: a scheduled job (the retention run) runs on one node of the cluster at a time.
create table shedlock (
    name       varchar(64)  not null primary key,
    lock_until timestamp(3) not null,
    locked_at  timestamp(3) not null,
    locked_by  varchar(255) not null
);
