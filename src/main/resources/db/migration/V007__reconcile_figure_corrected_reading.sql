-- A figure whose reading differs from what the normaliser reads from its words alone (an annotator corrected
-- it, or it was read in its sentence: "will meet on Friday") keeps that reading in its slot; the board uses it
-- instead of reading the quote again. Null columns: the reading is recomputed as before. Ends are plain
-- decimals; for dates, epoch days. Taken when the figure is put into a slot and when slots are proposed.
alter table reconcile_figure add column corrected_dimension varchar(20);
alter table reconcile_figure add column corrected_bound varchar(20);
alter table reconcile_figure add column corrected_lower varchar(60);
alter table reconcile_figure add column corrected_upper varchar(60);
alter table reconcile_figure add column corrected_unit varchar(40);
alter table reconcile_figure add column corrected_currency varchar(3);
