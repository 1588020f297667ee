-- Issue 15, first part: organizations onboarded by an operator, departments managed by the planning admin.

-- 광역/기초, the region it belongs to, and whether its people may sign in.
alter table organization add column kind varchar(20) default 'BASIC' not null;
alter table organization add column region varchar(100);
alter table organization add column enabled boolean default true not null;
alter table organization add column created_at timestamp;

update organization set kind = 'METROPOLITAN', region = '인천광역시' where name = '인천광역시';
update organization set kind = 'BASIC', region = '강원도' where name = '삼척시';
update organization set kind = 'BASIC', region = '서울특별시' where name = '서울특별시 중구';

-- A closed department keeps its rows (earlier plans point at it); it is no longer offered for new work.
alter table department add column closed_on date;

-- The system operator (운영자) belongs to no organization; everyone else belongs to exactly one.
alter table account alter column organization_id drop not null;
alter table account add constraint ck_account_operator_has_no_organization
    check ((role = 'OPERATOR' and organization_id is null and department_id is null)
        or (role <> 'OPERATOR' and organization_id is not null));

-- The operator's own account changes (a new password) are recorded too; they belong to no organization.
alter table change_log alter column organization_id drop not null;
