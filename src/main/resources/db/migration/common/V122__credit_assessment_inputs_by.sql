-- Nobody decides credit on figures they entered or a profile they completed. An assessment keeps
-- who completed the profile and who entered the figures; its figures count as finance's (a review may skip
-- finance's figures step for them) when a member of finance entered them or a second person confirmed them.
alter table credit_assessment add column profile_by varchar(64);
alter table credit_assessment add column figures_by varchar(64);
alter table credit_assessment add column figures_by_finance boolean default false not null;
alter table credit_assessment add column figures_confirmed_by varchar(64);
alter table credit_assessment add column figures_confirmed_at timestamp;
