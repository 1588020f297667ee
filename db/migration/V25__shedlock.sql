-- Scheduled jobs run once across instances (issue 19): ShedLock's lock table (net.javacrumbs.shedlock, JDBC provider,
-- its PostgreSQL definition). One row per job name; lock_until and locked_at are in UTC from the database's clock
-- (usingDbTime), locked_by names the instance (innotrack.instance-id). Never delete a row by hand while the app runs:
-- ShedLock remembers which rows exist.
create table shedlock (
    name       varchar(64)  not null,
    lock_until timestamp    not null,
    locked_at  timestamp    not null,
    locked_by  varchar(255) not null,
    constraint shedlock_pk primary key (name)
);
