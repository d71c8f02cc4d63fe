-- Analytics (issue 14) keep what they worked out from a set's annotations, so a page does not read a million rows
-- again when nothing changed. annotation_set.content_version moves whenever a set's annotations or their attributes
-- change (annotation.SetContentVersions: every change through the entities, and the bulk changes by hand); the
-- counted spans are kept with the version they were worked out from and used only while it still holds.
alter table annotation_set add column content_version bigint default 0 not null;

-- One set's counted spans (gold, one annotator): SpanRowCodec's bytes.
create table analytics_set_spans (
    set_id          bigint not null primary key references annotation_set (id) on delete cascade,
    content_version bigint not null,
    spans           bytea  not null
);

-- One article's majority of its finished sets: the stamp names each finished set and its content version.
create table analytics_majority_spans (
    article_id bigint        not null primary key references article (id) on delete cascade,
    stamp      varchar(4000) not null,
    spans      bytea         not null
);
