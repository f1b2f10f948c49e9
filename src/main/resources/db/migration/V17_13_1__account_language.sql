-- A person's own language for the portal ('en' or 'de'); null follows the browser's language.
alter table app_user add column language varchar(8);
