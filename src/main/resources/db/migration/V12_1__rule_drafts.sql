-- Issue 12: HR's work in progress in the rule editor, one draft per author, saved as they type so
-- nothing is lost when the browser closes. The draft keeps the whole rule set (path -> content as
-- JSON) and the live version it started from, which a publish names as its base.
create table rule_draft (
    id           bigint auto_increment primary key,
    author       varchar(100) not null,
    base_version int          not null,
    files        longtext     not null,
    saved_at     timestamp(3) not null,
    constraint uq_rule_draft_author unique (author)
);
