-- Core schema. Plain SQL that both MariaDB and H2 (MariaDB mode) accept: no MariaDB-only
-- functions, no prefix indexes. Times are stored in UTC.

create table app_user (
    id            bigint auto_increment primary key,
    username      varchar(100) not null,
    display_name  varchar(200) not null,
    email         varchar(200),
    password_hash varchar(200) not null,
    enabled       boolean      not null default true,
    created_at    timestamp(3) not null,
    constraint uq_app_user_username unique (username)
);

create table user_role (
    user_id bigint      not null,
    role    varchar(20) not null,
    primary key (user_id, role),
    constraint fk_user_role_user foreign key (user_id) references app_user (id) on delete cascade
);

create table login_failure (
    id          bigint auto_increment primary key,
    throttle_key varchar(250) not null,
    failed_at   timestamp(3) not null
);
create index ix_login_failure_key_time on login_failure (throttle_key, failed_at);

create table team (
    id           bigint auto_increment primary key,
    name         varchar(200) not null,
    organisation varchar(200) not null,
    created_at   timestamp(3) not null,
    constraint uq_team_name unique (organisation, name)
);

create table team_membership (
    id        bigint auto_increment primary key,
    team_id   bigint      not null,
    user_id   bigint      not null,
    team_role varchar(20) not null,
    job_title varchar(200),
    constraint uq_team_membership unique (team_id, user_id),
    constraint fk_membership_team foreign key (team_id) references team (id) on delete cascade,
    constraint fk_membership_user foreign key (user_id) references app_user (id) on delete cascade
);

create table workshop (
    id             bigint auto_increment primary key,
    team_id        bigint       not null,
    facilitator_id bigint       not null,
    title          varchar(200) not null,
    status         varchar(20)  not null,
    scheduled_on   date,
    created_at     timestamp(3) not null,
    constraint fk_workshop_team foreign key (team_id) references team (id),
    constraint fk_workshop_facilitator foreign key (facilitator_id) references app_user (id)
);

create table instrument_version (
    id             bigint auto_increment primary key,
    instrument_key varchar(100) not null,
    version        int          not null,
    title          varchar(200) not null,
    item_count     int          not null,
    content        longtext     not null,
    content_hash   varchar(64)  not null,
    created_at     timestamp(3) not null,
    constraint uq_instrument_version unique (instrument_key, version)
);

create table assessment (
    id                    bigint auto_increment primary key,
    user_id               bigint       not null,
    instrument_version_id bigint       not null,
    workshop_id           bigint,
    status                varchar(20)  not null,
    assigned_at           timestamp(3) not null,
    assigned_by           varchar(100),
    started_at            timestamp(3),
    submitted_at          timestamp(3),
    lock_version          bigint       not null default 0,
    constraint fk_assessment_user foreign key (user_id) references app_user (id) on delete cascade,
    constraint fk_assessment_instrument foreign key (instrument_version_id) references instrument_version (id),
    constraint fk_assessment_workshop foreign key (workshop_id) references workshop (id)
);
create index ix_assessment_user on assessment (user_id);

create table answer (
    id            bigint auto_increment primary key,
    assessment_id bigint       not null,
    item_id       varchar(50)  not null,
    answer_value  int          not null,
    answered_at   timestamp(3) not null,
    constraint uq_answer_item unique (assessment_id, item_id),
    constraint ck_answer_range check (answer_value between 1 and 5),
    constraint fk_answer_assessment foreign key (assessment_id) references assessment (id) on delete cascade
);

create table assessment_result (
    id                    bigint auto_increment primary key,
    assessment_id         bigint       not null,
    instrument_version_id bigint       not null,
    score_d               double       not null,
    score_i               double       not null,
    score_s               double       not null,
    score_c               double       not null,
    people_vs_task        double       not null,
    pace                  double       not null,
    style                 varchar(20)  not null,
    intensity             double       not null,
    quality_flags         varchar(200) not null default '',
    duration_seconds      bigint,
    scored_at             timestamp(3) not null,
    constraint uq_result_assessment unique (assessment_id),
    constraint fk_result_assessment foreign key (assessment_id) references assessment (id) on delete cascade,
    constraint fk_result_instrument foreign key (instrument_version_id) references instrument_version (id)
);

create table rule_set_version (
    id           bigint auto_increment primary key,
    version      int          not null,
    content_hash varchar(64)  not null,
    source       varchar(20)  not null,
    author       varchar(100) not null,
    note         varchar(1000),
    created_at   timestamp(3) not null,
    constraint uq_rule_set_version unique (version)
);

create table rule_file (
    id                  bigint auto_increment primary key,
    rule_set_version_id bigint       not null,
    path                varchar(300) not null,
    content             longtext     not null,
    constraint uq_rule_file_path unique (rule_set_version_id, path),
    constraint fk_rule_file_version foreign key (rule_set_version_id) references rule_set_version (id) on delete cascade
);

create table evaluation (
    id                  bigint auto_increment primary key,
    team_id             bigint,
    rule_set_version_id bigint,
    evaluated_at        timestamp(3) not null,
    evaluated_by        varchar(100) not null,
    status              varchar(20)  not null,
    error_message       varchar(2000),
    constraint fk_evaluation_team foreign key (team_id) references team (id) on delete cascade,
    constraint fk_evaluation_rules foreign key (rule_set_version_id) references rule_set_version (id)
);
create index ix_evaluation_team_time on evaluation (team_id, evaluated_at);

create table finding (
    id            bigint auto_increment primary key,
    evaluation_id bigint        not null,
    code          varchar(60)   not null,
    severity      varchar(10)   not null,
    title         varchar(300)  not null,
    explanation   longtext      not null,
    rule_name     varchar(200)  not null,
    member_ids    varchar(2000) not null default '',
    evidence      longtext      not null,
    constraint fk_finding_evaluation foreign key (evaluation_id) references evaluation (id) on delete cascade
);

create table coaching_action (
    id            bigint auto_increment primary key,
    evaluation_id bigint       not null,
    finding_code  varchar(60)  not null,
    audience      varchar(10)  not null,
    member_id     varchar(100),
    action_text   longtext     not null,
    first_step    longtext     not null,
    cadence       varchar(200) not null,
    reference     varchar(300),
    constraint fk_action_evaluation foreign key (evaluation_id) references evaluation (id) on delete cascade
);

create table audit_event (
    id              bigint auto_increment primary key,
    occurred_at     timestamp(3) not null,
    actor           varchar(100) not null,
    action          varchar(60)  not null,
    subject_user_id bigint,
    target          varchar(300),
    detail          varchar(2000)
);
create index ix_audit_time on audit_event (occurred_at);
