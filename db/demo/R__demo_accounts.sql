-- Demo accounts for the embedded default database only (the postgres profile does not load db/demo).
-- Every demo account's password is: innotrack-demo   (listed in the README)
-- Repeatable and idempotent: an account is added only if its username is free.

insert into account (organization_id, department_id, username, display_name, password_hash, role, enabled, created_at)
select o.id, d.id, 'samcheok.admin', '기획조정실 혁신담당(관리자)', '$2a$10$ku3C5NgwRblLZvBqNstGb.RPYlN8F3siwrcKvSgVE0mRmonS.lBxW', 'PLANNING_ADMIN', true, current_timestamp
from organization o join department d on d.organization_id = o.id and d.name = '기획조정실'
where o.name = '삼척시' and not exists (select 1 from account where username = 'samcheok.admin');

insert into account (organization_id, department_id, username, display_name, password_hash, role, enabled, created_at)
select o.id, null, 'samcheok.viewer', '열람 전용', '$2a$10$ku3C5NgwRblLZvBqNstGb.RPYlN8F3siwrcKvSgVE0mRmonS.lBxW', 'VIEWER', true, current_timestamp
from organization o
where o.name = '삼척시' and not exists (select 1 from account where username = 'samcheok.viewer');

insert into account (organization_id, department_id, username, display_name, password_hash, role, enabled, created_at)
select o.id, d.id, 'samcheok.gijo', '기획조정실 담당자', '$2a$10$ku3C5NgwRblLZvBqNstGb.RPYlN8F3siwrcKvSgVE0mRmonS.lBxW', 'DEPARTMENT_OFFICER', true, current_timestamp
from organization o join department d on d.organization_id = o.id and d.name = '기획조정실'
where o.name = '삼척시' and not exists (select 1 from account where username = 'samcheok.gijo');

insert into account (organization_id, department_id, username, display_name, password_hash, role, enabled, created_at)
select o.id, d.id, 'samcheok.chongmu', '총무과 담당자', '$2a$10$ku3C5NgwRblLZvBqNstGb.RPYlN8F3siwrcKvSgVE0mRmonS.lBxW', 'DEPARTMENT_OFFICER', true, current_timestamp
from organization o join department d on d.organization_id = o.id and d.name = '총무과'
where o.name = '삼척시' and not exists (select 1 from account where username = 'samcheok.chongmu');

insert into account (organization_id, department_id, username, display_name, password_hash, role, enabled, created_at)
select o.id, d.id, 'samcheok.minwon', '민원과 담당자', '$2a$10$ku3C5NgwRblLZvBqNstGb.RPYlN8F3siwrcKvSgVE0mRmonS.lBxW', 'DEPARTMENT_OFFICER', true, current_timestamp
from organization o join department d on d.organization_id = o.id and d.name = '민원과'
where o.name = '삼척시' and not exists (select 1 from account where username = 'samcheok.minwon');

insert into account (organization_id, department_id, username, display_name, password_hash, role, enabled, created_at)
select o.id, d.id, 'samcheok.bokji', '복지정책과 담당자', '$2a$10$ku3C5NgwRblLZvBqNstGb.RPYlN8F3siwrcKvSgVE0mRmonS.lBxW', 'DEPARTMENT_OFFICER', true, current_timestamp
from organization o join department d on d.organization_id = o.id and d.name = '복지정책과'
where o.name = '삼척시' and not exists (select 1 from account where username = 'samcheok.bokji');

insert into account (organization_id, department_id, username, display_name, password_hash, role, enabled, created_at)
select o.id, d.id, 'samcheok.pyeonggyo', '평생교육과 담당자', '$2a$10$ku3C5NgwRblLZvBqNstGb.RPYlN8F3siwrcKvSgVE0mRmonS.lBxW', 'DEPARTMENT_OFFICER', true, current_timestamp
from organization o join department d on d.organization_id = o.id and d.name = '평생교육과'
where o.name = '삼척시' and not exists (select 1 from account where username = 'samcheok.pyeonggyo');

insert into account (organization_id, department_id, username, display_name, password_hash, role, enabled, created_at)
select o.id, d.id, 'junggu.admin', '기획예산과 협업관리팀(관리자)', '$2a$10$ku3C5NgwRblLZvBqNstGb.RPYlN8F3siwrcKvSgVE0mRmonS.lBxW', 'PLANNING_ADMIN', true, current_timestamp
from organization o join department d on d.organization_id = o.id and d.name = '기획예산과'
where o.name = '서울특별시 중구' and not exists (select 1 from account where username = 'junggu.admin');

insert into account (organization_id, department_id, username, display_name, password_hash, role, enabled, created_at)
select o.id, null, 'junggu.viewer', '열람 전용', '$2a$10$ku3C5NgwRblLZvBqNstGb.RPYlN8F3siwrcKvSgVE0mRmonS.lBxW', 'VIEWER', true, current_timestamp
from organization o
where o.name = '서울특별시 중구' and not exists (select 1 from account where username = 'junggu.viewer');

insert into account (organization_id, department_id, username, display_name, password_hash, role, enabled, created_at)
select o.id, d.id, 'junggu.gihoek', '기획예산과 담당자', '$2a$10$ku3C5NgwRblLZvBqNstGb.RPYlN8F3siwrcKvSgVE0mRmonS.lBxW', 'DEPARTMENT_OFFICER', true, current_timestamp
from organization o join department d on d.organization_id = o.id and d.name = '기획예산과'
where o.name = '서울특별시 중구' and not exists (select 1 from account where username = 'junggu.gihoek');

insert into account (organization_id, department_id, username, display_name, password_hash, role, enabled, created_at)
select o.id, d.id, 'junggu.jeonsan', '전산정보과 담당자', '$2a$10$ku3C5NgwRblLZvBqNstGb.RPYlN8F3siwrcKvSgVE0mRmonS.lBxW', 'DEPARTMENT_OFFICER', true, current_timestamp
from organization o join department d on d.organization_id = o.id and d.name = '전산정보과'
where o.name = '서울특별시 중구' and not exists (select 1 from account where username = 'junggu.jeonsan');

insert into account (organization_id, department_id, username, display_name, password_hash, role, enabled, created_at)
select o.id, d.id, 'junggu.yeoseong', '여성가족과 담당자', '$2a$10$ku3C5NgwRblLZvBqNstGb.RPYlN8F3siwrcKvSgVE0mRmonS.lBxW', 'DEPARTMENT_OFFICER', true, current_timestamp
from organization o join department d on d.organization_id = o.id and d.name = '여성가족과'
where o.name = '서울특별시 중구' and not exists (select 1 from account where username = 'junggu.yeoseong');

insert into account (organization_id, department_id, username, display_name, password_hash, role, enabled, created_at)
select o.id, d.id, 'junggu.geongang', '건강관리과 담당자', '$2a$10$ku3C5NgwRblLZvBqNstGb.RPYlN8F3siwrcKvSgVE0mRmonS.lBxW', 'DEPARTMENT_OFFICER', true, current_timestamp
from organization o join department d on d.organization_id = o.id and d.name = '건강관리과'
where o.name = '서울특별시 중구' and not exists (select 1 from account where username = 'junggu.geongang');

insert into account (organization_id, department_id, username, display_name, password_hash, role, enabled, created_at)
select o.id, d.id, 'incheon.admin', '혁신담당관실 (관리자)', '$2a$10$ku3C5NgwRblLZvBqNstGb.RPYlN8F3siwrcKvSgVE0mRmonS.lBxW', 'PLANNING_ADMIN', true, current_timestamp
from organization o join department d on d.organization_id = o.id and d.name = '혁신담당관실'
where o.name = '인천광역시' and not exists (select 1 from account where username = 'incheon.admin');

insert into account (organization_id, department_id, username, display_name, password_hash, role, enabled, created_at)
select o.id, null, 'incheon.viewer', '열람 전용', '$2a$10$ku3C5NgwRblLZvBqNstGb.RPYlN8F3siwrcKvSgVE0mRmonS.lBxW', 'VIEWER', true, current_timestamp
from organization o
where o.name = '인천광역시' and not exists (select 1 from account where username = 'incheon.viewer');

insert into account (organization_id, department_id, username, display_name, password_hash, role, enabled, created_at)
select o.id, d.id, 'incheon.simin', '시민정책담당관실 담당자', '$2a$10$ku3C5NgwRblLZvBqNstGb.RPYlN8F3siwrcKvSgVE0mRmonS.lBxW', 'DEPARTMENT_OFFICER', true, current_timestamp
from organization o join department d on d.organization_id = o.id and d.name = '시민정책담당관실'
where o.name = '인천광역시' and not exists (select 1 from account where username = 'incheon.simin');

insert into account (organization_id, department_id, username, display_name, password_hash, role, enabled, created_at)
select o.id, d.id, 'incheon.gongdong', '공동체협치담당관실 담당자', '$2a$10$ku3C5NgwRblLZvBqNstGb.RPYlN8F3siwrcKvSgVE0mRmonS.lBxW', 'DEPARTMENT_OFFICER', true, current_timestamp
from organization o join department d on d.organization_id = o.id and d.name = '공동체협치담당관실'
where o.name = '인천광역시' and not exists (select 1 from account where username = 'incheon.gongdong');

insert into account (organization_id, department_id, username, display_name, password_hash, role, enabled, created_at)
select o.id, d.id, 'incheon.sotong', '소통기획담당관실 담당자', '$2a$10$ku3C5NgwRblLZvBqNstGb.RPYlN8F3siwrcKvSgVE0mRmonS.lBxW', 'DEPARTMENT_OFFICER', true, current_timestamp
from organization o join department d on d.organization_id = o.id and d.name = '소통기획담당관실'
where o.name = '인천광역시' and not exists (select 1 from account where username = 'incheon.sotong');

-- The system operator (운영자): onboards organizations; belongs to none.
insert into account (organization_id, department_id, username, display_name, password_hash, role, enabled, created_at)
select null, null, 'operator', '시스템 운영자', '$2a$10$ku3C5NgwRblLZvBqNstGb.RPYlN8F3siwrcKvSgVE0mRmonS.lBxW', 'OPERATOR', true, current_timestamp
from (select 1 as one) x
where not exists (select 1 from account where username = 'operator');
