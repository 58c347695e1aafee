-- 检查结果向社会公开 (gaoxian 7(3): 每月检查结果向社会公开; henan 6(2)): a reported inspection round
-- is published by a supervisor; GET /public/inspections lists only published rounds. Null: not
-- published.
alter table gm_inspection_round add column published_at timestamp;
alter table gm_inspection_round add column published_by varchar(64);
