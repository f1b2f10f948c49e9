-- Personal API tokens (docs/api.md): only the SHA-256 hash of a token is stored, so a token is
-- looked up by its hash without a BCrypt per request and cannot be read back from the database.
create table api_token (
    id          bigint auto_increment primary key,
    user_id     bigint       not null,
    name        varchar(100) not null,
    token_hash  varchar(64)  not null,
    created_at  timestamp(3) not null,
    expires_at  timestamp(3) not null,
    revoked_at  timestamp(3),
    constraint uq_api_token_hash unique (token_hash),
    constraint fk_api_token_user foreign key (user_id) references app_user (id) on delete cascade
);

create index ix_api_token_user on api_token (user_id, created_at);
