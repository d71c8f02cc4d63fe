-- The score an attempt had when it was scored (at submission, or when the instructor changed the scoring rules),
-- so that a later change of the gold key can be told to the student: "was X, now Y" (issue 13, ADR 0021).
-- Null scored_at: never recorded (an attempt not submitted); null scored_score with scored_at: no gold then.
alter table exercise_attempt add column scored_score double precision;
alter table exercise_attempt add column scored_at timestamp with time zone;
