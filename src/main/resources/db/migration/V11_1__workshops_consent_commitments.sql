-- Workshops from invitation to follow-up (issue 11): a deadline, the minimum group size, when the
-- facilitator revealed the debrief, the evaluation the debrief shows (so it can be reproduced after
-- the rules change), the round it follows up; participants with their consent; commitments;
-- in-app notices; one-time links to set a password.

alter table workshop add column deadline date;
alter table workshop add column minimum_group_size int not null default 3;
alter table workshop add column revealed_at timestamp(3);
alter table workshop add column follows_workshop_id bigint;
alter table workshop add column evaluation_json longtext;
alter table workshop add column evaluation_rule_set_version int;
alter table workshop add column evaluated_at timestamp(3);
alter table workshop add column instrument_key varchar(100);
alter table workshop add column instrument_version int;

create table workshop_participant (
    id                 bigint auto_increment primary key,
    workshop_id        bigint       not null,
    user_id            bigint       not null,
    consent            varchar(20)  not null,
    consent_changed_at timestamp(3),
    invited_at         timestamp(3) not null,
    last_reminded_at   timestamp(3),
    constraint uq_workshop_participant unique (workshop_id, user_id),
    constraint fk_participant_workshop foreign key (workshop_id) references workshop (id) on delete cascade,
    constraint fk_participant_user foreign key (user_id) references app_user (id) on delete cascade
);

create table commitment (
    id            bigint auto_increment primary key,
    workshop_id   bigint        not null,
    finding_code  varchar(60),
    text          varchar(1000) not null,
    owner_id      bigint        not null,
    due_on        date          not null,
    status        varchar(20)   not null,
    created_at    timestamp(3)  not null,
    updated_at    timestamp(3)  not null,
    constraint fk_commitment_workshop foreign key (workshop_id) references workshop (id) on delete cascade,
    constraint fk_commitment_owner foreign key (owner_id) references app_user (id) on delete cascade
);
create index ix_commitment_owner on commitment (owner_id);

create table workshop_notice (
    id          bigint auto_increment primary key,
    workshop_id bigint        not null,
    user_id     bigint        not null,
    kind        varchar(20)   not null,
    message     varchar(1000) not null,
    link        varchar(500),
    created_at  timestamp(3)  not null,
    constraint fk_notice_workshop foreign key (workshop_id) references workshop (id) on delete cascade,
    constraint fk_notice_user foreign key (user_id) references app_user (id) on delete cascade
);
create index ix_notice_user on workshop_notice (user_id, created_at);

create table one_time_link (
    id          bigint auto_increment primary key,
    user_id     bigint       not null,
    token_hash  varchar(64)  not null,
    purpose     varchar(30)  not null,
    created_at  timestamp(3) not null,
    expires_at  timestamp(3) not null,
    used_at     timestamp(3),
    constraint uq_one_time_link_token unique (token_hash),
    constraint fk_one_time_link_user foreign key (user_id) references app_user (id) on delete cascade
);
