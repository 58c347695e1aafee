-- 准入 one account per unit per platform (henan 3(1)) is a count before a write: two registrations
-- of one unit at once both counted none and both were written. The one row of this table, locked
-- (select ... for update) by every admission until its transaction ends, puts them one after the
-- other, on H2 and PostgreSQL alike. Registrations are a clerk's work: one at a time costs nothing.
create table gm_register_lock (
  id int not null primary key
);
insert into gm_register_lock (id) values (1);
