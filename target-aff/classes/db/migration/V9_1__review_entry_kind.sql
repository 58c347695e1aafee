-- The kind of a line of the review journal: null for a registration, draft, signature or check;
-- CORRECTION for a reviewer's correction of the text (校对修改, the comment holds what changed, before
-- and after); ACKNOWLEDGED_HITS for 终审's acknowledgement of the screening hits it signs off with.
alter table gm_review_entry add column kind varchar(32);
