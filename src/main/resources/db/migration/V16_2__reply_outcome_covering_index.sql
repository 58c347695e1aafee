-- The dashboard's timeliness per month counts replies and those on time over a range of
-- publication times: with on_time in the index PostgreSQL answers from the index alone (an
-- index-only scan), without reading the message rows (a million replies in five years).
drop index ix_gm_message_replied;
create index ix_gm_message_replied_on_time on gm_message (replied_at, on_time);
