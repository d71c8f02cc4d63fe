-- Analytics (issue 14) reads a set's source mentions in text order to resolve a pronoun to its nearest possible
-- antecedent, once per pronoun; this index lets it read just those few rows instead of the whole set.
create index ix_annotation_set_layer_start on annotation (set_id, layer, start_offset);
-- Counting the detectors' suggestions asks of every set whether it holds any; the index answers from its entries
-- (3.3 s → 0.8 s over 32,000 sets of 1,100,000 annotations on H2).
create index ix_annotation_set_suggested on annotation (set_id, suggested_by);
