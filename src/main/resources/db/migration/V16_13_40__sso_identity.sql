-- Company single sign-on: an account signed in through OpenID Connect is linked to its identity at
-- the company's provider (issuer and subject, which never change), not to a username that might.
alter table app_user add column sso_issuer varchar(200);
alter table app_user add column sso_subject varchar(200);
alter table app_user add constraint uq_app_user_sso unique (sso_issuer, sso_subject);
