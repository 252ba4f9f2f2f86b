-- A second factor for signing in with the login form: the secret of the account's authenticator app (TOTP, RFC 6238),
-- encrypted with the planner's key, and the last time step whose code was taken, so no code is taken twice.
alter table user_account add column totp_secret varchar(400);
alter table user_account add column totp_last_step bigint;
