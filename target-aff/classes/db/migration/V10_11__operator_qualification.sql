-- gaoxian 1: a third-party operator must hold the qualifications for internet information
-- dissemination and new-media operation (具备互联网信息传播和新媒体运维资质能力). The qualification and its
-- validity; null when none was recorded (the inspection finds it). The contract's expiry is
-- contract_valid_to (V7).
alter table gm_account add column operator_qualification varchar(200);
alter table gm_account add column qualification_valid_to date;
