-- A figure an annotator read by hand (its bound, ends, unit or currency differ from what the normaliser reads
-- from the words) keeps that reading in its slot; the board uses it instead of reading the quote again. Null
-- columns: no correction, the reading is recomputed as before. Ends are plain decimals; for dates, epoch days.
-- The reading is taken when the figure is put into a slot.
alter table reconcile_figure add column corrected_dimension varchar(20);
alter table reconcile_figure add column corrected_bound varchar(20);
alter table reconcile_figure add column corrected_lower varchar(60);
alter table reconcile_figure add column corrected_upper varchar(60);
alter table reconcile_figure add column corrected_unit varchar(40);
alter table reconcile_figure add column corrected_currency varchar(3);
