-- 准入 Admission to the register (henan 3(1); yakeshi art. 6; baicheng art. 3): the unit's level as
-- henan 3(1) sorts units (县级政府部门、乡镇(街道) open none of their own in principle), and the reason
-- an administrator recorded when an account is admitted against a rule that allows exceptions
-- (原则上), with who recorded it. Null: no exception was needed.
alter table gm_account add column unit_level varchar(32);
alter table gm_account add column admission_reason varchar(1000);
alter table gm_account add column admission_reason_by varchar(64);
