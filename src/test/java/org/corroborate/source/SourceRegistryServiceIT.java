package org.corroborate.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.function.Supplier;
import org.corroborate.CorroborateIntegrationTest;
import org.corroborate.DemoData;
import org.corroborate.annotation.AnnotationService;
import org.corroborate.annotation.AnnotationView;
import org.corroborate.annotation.SpanRequest;
import org.corroborate.article.ArticleService;
import org.corroborate.concurrency.ConcurrentChangeException;
import org.corroborate.imports.ImportService;
import org.corroborate.project.AccessRefusedException;
import org.corroborate.project.ProjectRole;
import org.corroborate.project.ProjectService;
import org.corroborate.project.ProjectSummary;
import org.corroborate.scheme.Attributes;
import org.corroborate.scheme.Labels;
import org.corroborate.scheme.Layer;
import org.corroborate.security.NotFoundOrNotAllowedException;
import org.corroborate.security.SystemAuthentication;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@CorroborateIntegrationTest
class SourceRegistryServiceIT {

    private static final String RAW = "Macron speaks\nFrench President Emmanuel Macron said on Monday that "
            + "Europe was ready. Mr. Macron added that talks would go on.\n";

    @Autowired
    SourceRegistryService registry;

    @Autowired
    AnnotationService annotations;

    @Autowired
    ArticleService articles;

    @Autowired
    ProjectService projects;

    @Autowired
    ImportService imports;

    private ProjectSummary project;
    private long articleId;
    private String text;

    @BeforeEach
    void projectWithOneArticle() {
        DemoData.ProjectWithArticle fixture = DemoData.projectWithArticle(
                projects,
                imports,
                "Sources",
                Map.of(
                        "annotator",
                        ProjectRole.ANNOTATOR,
                        "curator",
                        ProjectRole.CURATOR,
                        "manager",
                        ProjectRole.MANAGER),
                "macron.txt",
                RAW);
        project = fixture.project();
        articleId = fixture.articleId();
        text = SystemAuthentication.runAsSystem(
                () -> articles.get(project.id(), articleId).cleanedText());
    }

    @Test
    void a_non_member_gets_the_not_found_or_not_allowed_refusal() {
        SourceEntry macron = as(
                "annotator", () -> registry.add(project.id(), "Emmanuel Macron", SourceKind.PERSON, "political", ""));
        as("outsider", () -> {
            assertThatThrownBy(() -> registry.list(project.id()))
                    .isInstanceOf(NotFoundOrNotAllowedException.class)
                    .hasMessage(NotFoundOrNotAllowedException.MESSAGE);
            assertThatThrownBy(() -> registry.add(project.id(), "Someone", SourceKind.PERSON, null, ""))
                    .isInstanceOf(NotFoundOrNotAllowedException.class);
            assertThatThrownBy(() -> registry.addAlias(project.id(), macron.id(), "Macron"))
                    .isInstanceOf(NotFoundOrNotAllowedException.class);
            assertThatThrownBy(() -> registry.suggestCanonical(project.id(), "Macron"))
                    .isInstanceOf(NotFoundOrNotAllowedException.class);
            return null;
        });
    }

    @Test
    void an_annotator_adds_sources_and_aliases_but_cannot_rename_merge_or_delete() {
        as("annotator", () -> {
            SourceEntry macron = registry.add(project.id(), "Emmanuel Macron", SourceKind.PERSON, "political", "");
            SourceEntry withAlias = registry.addAlias(project.id(), macron.id(), "Macron");
            assertThat(withAlias.aliases()).containsExactly("Macron");
            SourceEntry elysee = registry.add(project.id(), "Élysée Palace", SourceKind.ORGANISATION, null, "");
            assertThat(registry.list(project.id()))
                    .extracting(SourceEntry::name)
                    .containsExactly("Emmanuel Macron", "Élysée Palace");

            assertThatThrownBy(() ->
                            registry.merge(project.id(), macron.id(), macron.version(), elysee.id(), elysee.version()))
                    .isInstanceOf(AccessRefusedException.class)
                    .hasMessage(SourceRegistryService.CURATORS_ONLY);
            assertThatThrownBy(() -> registry.update(
                            project.id(), macron.id(), macron.version(), "E. Macron", SourceKind.PERSON, null, ""))
                    .isInstanceOf(AccessRefusedException.class);
            assertThatThrownBy(() -> registry.delete(project.id(), elysee.id(), elysee.version()))
                    .isInstanceOf(AccessRefusedException.class);
            return null;
        });
        assertThat(as("annotator", () -> registry.list(project.id()))).hasSize(2);
    }

    @Test
    void a_name_or_alias_that_differs_only_in_case_is_refused_with_a_clear_message() {
        as("annotator", () -> {
            SourceEntry macron = registry.add(project.id(), "Emmanuel Macron", SourceKind.PERSON, null, "");
            assertThatThrownBy(() -> registry.add(project.id(), "  emmanuel   MACRON ", SourceKind.PERSON, null, ""))
                    .isInstanceOf(SourceValidationException.class)
                    .hasMessage("The registry already has a source named 'Emmanuel Macron' (names are compared "
                            + "ignoring case).");
            registry.addAlias(project.id(), macron.id(), "Macron");
            assertThatThrownBy(() -> registry.addAlias(project.id(), macron.id(), "MACRON"))
                    .hasMessage("'Macron' is already an alias of 'Emmanuel Macron'.");
            assertThatThrownBy(() -> registry.add(project.id(), "macron", SourceKind.PERSON, null, ""))
                    .hasMessage("'Macron' is already an alias of 'Emmanuel Macron'.");
            assertThatThrownBy(() -> registry.add(project.id(), "Somebody", SourceKind.PERSON, "aliens", ""))
                    .hasMessageStartingWith("'aliens' is not an affiliation");
            return null;
        });
    }

    @Test
    void the_same_name_may_exist_in_two_projects() {
        ProjectSummary other = DemoData.newProject(projects, "Other sources");
        SystemAuthentication.runAsSystem(() -> {
            registry.add(project.id(), "Emmanuel Macron", SourceKind.PERSON, null, "");
            return registry.add(other.id(), "Emmanuel Macron", SourceKind.PERSON, null, "");
        });
        assertThat(SystemAuthentication.runAsSystem(() -> registry.list(other.id())))
                .hasSize(1);
    }

    @Test
    void merging_moves_aliases_and_rewrites_the_links_of_mentions_then_deletes_the_merged_source() {
        SourceEntry full = as(
                "annotator", () -> registry.add(project.id(), "Emmanuel Macron", SourceKind.PERSON, "political", ""));
        SourceEntry shortName = as("annotator", () -> {
            SourceEntry entry = registry.add(project.id(), "Macron", SourceKind.PERSON, null, "");
            return registry.addAlias(project.id(), entry.id(), "President Macron");
        });
        AnnotationView mention = as(
                "annotator",
                () -> annotations.create(
                        project.id(),
                        articleId,
                        span("Mr. Macron").withAttributes(Map.of(Attributes.CANONICAL_SOURCE, shortName.linkValue()))));
        assertThat(as("annotator", () -> registry.find(project.id(), shortName.id()))
                        .orElseThrow()
                        .mentions())
                .isEqualTo(1);

        SourceEntry merged = as(
                "curator",
                () -> registry.merge(project.id(), full.id(), full.version(), shortName.id(), shortName.version()));

        assertThat(merged.aliases()).containsExactly("Macron", "President Macron");
        assertThat(merged.mentions()).isEqualTo(1);
        AnnotationView relinked = as("annotator", () -> annotations.open(project.id(), articleId))
                .annotations()
                .getFirst();
        assertThat(relinked.attribute(Attributes.CANONICAL_SOURCE)).isEqualTo(full.linkValue());
        assertThat(relinked.version()).isGreaterThan(mention.version());
        assertThat(as("annotator", () -> registry.find(project.id(), shortName.id())))
                .isEmpty();
        assertThat(as("annotator", () -> registry.suggestCanonical(project.id(), "Mr. Macron's")))
                .map(SourceEntry::id)
                .contains(full.id());
    }

    @Test
    void a_source_that_mentions_link_to_cannot_be_deleted_but_an_unused_one_can() {
        SourceEntry macron =
                as("annotator", () -> registry.add(project.id(), "Emmanuel Macron", SourceKind.PERSON, null, ""));
        SourceEntry unused = as("annotator", () -> registry.add(project.id(), "Nobody", SourceKind.OTHER, null, ""));
        as(
                "annotator",
                () -> annotations.create(
                        project.id(),
                        articleId,
                        span("Emmanuel Macron")
                                .withAttributes(Map.of(Attributes.CANONICAL_SOURCE, macron.linkValue()))));

        as("manager", () -> {
            assertThatThrownBy(() -> registry.delete(project.id(), macron.id(), macron.version()))
                    .isInstanceOf(SourceValidationException.class)
                    .hasMessage("'Emmanuel Macron' is linked from 1 mention: merge it into another source instead "
                            + "of deleting it.");
            registry.delete(project.id(), unused.id(), unused.version());
            assertThat(registry.list(project.id()))
                    .extracting(SourceEntry::name)
                    .containsExactly("Emmanuel Macron");
            return null;
        });
    }

    @Test
    void a_rename_based_on_a_stale_version_is_refused_not_overwritten() {
        SourceEntry macron = as("annotator", () -> registry.add(project.id(), "Macron", SourceKind.PERSON, null, ""));
        as(
                "curator",
                () -> registry.update(
                        project.id(),
                        macron.id(),
                        macron.version(),
                        "Emmanuel Macron",
                        SourceKind.PERSON,
                        "political",
                        ""));
        as("manager", () -> {
            assertThatThrownBy(() -> registry.update(
                            project.id(), macron.id(), macron.version(), "E. Macron", SourceKind.PERSON, null, ""))
                    .isInstanceOf(ConcurrentChangeException.class);
            assertThat(registry.find(project.id(), macron.id()))
                    .map(SourceEntry::name)
                    .contains("Emmanuel Macron");
            return null;
        });
    }

    @Test
    void suggestions_come_from_the_registry_and_never_guess_between_two_people() {
        as("annotator", () -> {
            SourceEntry macron = registry.add(project.id(), "Emmanuel Macron", SourceKind.PERSON, null, "");
            assertThat(registry.suggestCanonical(project.id(), "French President Emmanuel Macron"))
                    .map(SourceEntry::id)
                    .contains(macron.id());
            registry.add(project.id(), "Brigitte Macron", SourceKind.PERSON, null, "");
            assertThat(registry.suggestCanonical(project.id(), "Macron")).isEmpty();
            return null;
        });
    }

    private SpanRequest span(String quote) {
        int start = text.indexOf(quote);
        return SpanRequest.of(Layer.SOURCE, Labels.NAMED_PERSON, start, start + quote.length());
    }

    private static <T> T as(String username, Supplier<T> work) {
        return DemoData.asUser(username, work);
    }
}
