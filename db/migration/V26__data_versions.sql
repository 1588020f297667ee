-- Data versions (issue 19, docs/performance.md): one counter per plan and one per organization, raised in the same
-- transaction as every write that changes anything the key pages show (system.DataVersionListener for JPA writes,
-- shared.DataVersions.touch… for the few JDBC writes). The pages' ETags and the page caches are keyed by them, so
-- an app instance never serves what another instance has changed. changed_at_ms: epoch milliseconds of the last
-- change (Last-Modified). No foreign keys: a row without its plan is harmless, a plan without its row reads as 0.
create table plan_data_version (
    plan_id bigint not null primary key,
    version bigint not null,
    changed_at_ms bigint not null
);

create table organization_data_version (
    organization_id bigint not null primary key,
    version bigint not null,
    changed_at_ms bigint not null
);

insert into plan_data_version (plan_id, version, changed_at_ms) select id, 1, 0 from plan;
insert into organization_data_version (organization_id, version, changed_at_ms) select id, 1, 0 from organization;
