-- H2 2.4.240 cannot evaluate a check constraint that compares a column with a list of text constants
-- (state in (...), or state = ... or state = ...) in any session but the one that created it: every later insert
-- or update of plan.state fails with "Check constraint invalid ... The database has been closed" (23514), so no
-- plan could be created or confirmed on H2. The same rule written as a case expression is evaluated everywhere,
-- and reads the same on PostgreSQL.
alter table plan drop constraint ck_plan_state;
alter table plan add constraint ck_plan_state check (
    (case state when 'DRAFT' then 1 when 'CONFIRMED' then 1 when 'CLOSED' then 1 else 0 end) = 1);
