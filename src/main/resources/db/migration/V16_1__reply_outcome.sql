-- The outcome of a citizen message's reply, kept with the message (baicheng art. 10: 从群众留言到在
-- 相应平台公开回复要在规定时限5个工作日内): when it was published, whether on time, how many working
-- days late. Written by the message-reply process at publication (RecordTimelinessDelegate), so the
-- supervisors' dashboard and the evaluations read the application's own record, set-wise, and it
-- outlives the engine history's time to live (history cleanup removes ACT_HI_* of old replies).
alter table gm_message add column replied_at timestamp;
alter table gm_message add column on_time boolean;
alter table gm_message add column working_days_late integer;
-- The dashboard's timeliness per month reads a range of publication times.
create index ix_gm_message_replied on gm_message (replied_at);
-- The ladder's steps of a year (dashboard): status changes by time, not by account.
create index ix_gm_account_status_change_at on gm_account_status_change (changed_at, to_status);
