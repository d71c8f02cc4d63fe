-- Analytics (issue 14) reads a set's source mentions in text order to resolve a pronoun to its nearest possible
-- antecedent, once per pronoun; this index lets it read just those few rows instead of the whole set.
create index ix_annotation_set_layer_start on annotation (set_id, layer, start_offset);
