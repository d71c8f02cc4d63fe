package org.corroborate;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Keeps the house as STYLE.md describes it. */
@AnalyzeClasses(packages = "org.corroborate", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule vaadin_stays_in_ui_packages = noClasses()
            .that()
            .resideOutsideOfPackage("..ui..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("com.vaadin..")
            .as("Vaadin is used only in ui packages");

    @ArchTest
    static final ArchRule feature_packages_have_no_cycles =
            slices().matching("org.corroborate.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule views_do_not_touch_repositories = noClasses()
            .that()
            .resideInAPackage("..ui..")
            .should()
            .dependOnClassesThat()
            .areAssignableTo(org.springframework.data.repository.Repository.class)
            .orShould()
            .dependOnClassesThat()
            .haveFullyQualifiedName("jakarta.persistence.EntityManager")
            .as("views call services, never repositories or the EntityManager");

    @ArchTest
    static final ArchRule domain_logic_is_free_of_spring = noClasses()
            .that()
            .haveSimpleNameEndingWith("Cleaner")
            .or()
            .haveSimpleNameStartingWith("CleanedText")
            .or()
            .haveSimpleNameStartingWith("ArticleText")
            .or()
            .haveSimpleNameStartingWith("ArticleFileReader")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("org.springframework..", "jakarta.persistence..")
            .as("text cleaning and file reading are plain Java");

    @ArchTest
    static final ArchRule suggestions_and_the_suggest_command_are_plain_java = noClasses()
            .that()
            .resideInAPackage("..suggestion..")
            .or()
            .haveSimpleNameStartingWith("SuggestCommand")
            .or()
            .haveSimpleNameStartingWith("CodePointOffsets")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("org.springframework..", "jakarta.persistence..", "com.vaadin..")
            .as("detectors and the suggest command run without Spring, JPA or Vaadin");

    @ArchTest
    static final ArchRule story_similarity_is_plain_java = noClasses()
            .that()
            .haveSimpleNameStartingWith("Words")
            .or()
            .haveSimpleNameStartingWith("TermVectors")
            .or()
            .haveSimpleNameStartingWith("Shingles")
            .or()
            .haveSimpleNameStartingWith("MinHash")
            .or()
            .haveSimpleNameStartingWith("ArticleSimilarity")
            .or()
            .haveSimpleNameStartingWith("StoryClustering")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("org.springframework..", "jakarta.persistence..", "com.vaadin..")
            .as("story similarity and clustering run without Spring, JPA or Vaadin");

    @ArchTest
    static final ArchRule exercise_scoring_is_plain_java = noClasses()
            .that()
            .haveSimpleNameStartingWith("ExerciseScor")
            .or()
            .haveSimpleNameStartingWith("ScoringRules")
            .or()
            .haveSimpleNameStartingWith("ScoreReport")
            .or()
            .haveSimpleNameStartingWith("ScoreCommand")
            .or()
            .haveSimpleNameStartingWith("ExerciseSpan")
            .or()
            .haveSimpleNameStartingWith("ExerciseVerdict")
            .or()
            .haveSimpleNameStartingWith("Tally")
            .or()
            .haveSimpleNameStartingWith("LayerScore")
            .or()
            .haveSimpleNameStartingWith("VerdictScore")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("org.springframework..", "jakarta.persistence..", "com.vaadin..")
            .as("exercise scoring and the score command run without Spring, JPA or Vaadin");

    private static final String[] FRAMEWORKS = {"org.springframework..", "jakarta.persistence..", "com.vaadin.."};

    @ArchTest
    static final ArchRule figures_and_the_scheme_are_plain_java = noClasses()
            .that()
            .resideInAnyPackage("org.corroborate.figure", "org.corroborate.scheme")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(FRAMEWORKS)
            .as("the figure reading and the annotation scheme run without Spring, JPA or Vaadin, whole packages");

    @ArchTest
    static final ArchRule agreement_measures_and_reconciliation_rules_are_plain_java = noClasses()
            .that()
            .resideInAnyPackage("org.corroborate.agreement", "org.corroborate.reconcile")
            .and()
            .areNotMetaAnnotatedWith(org.springframework.stereotype.Component.class)
            .and()
            .areNotAnnotatedWith(jakarta.persistence.Entity.class)
            .and()
            .areNotAssignableTo(org.springframework.data.repository.Repository.class)
            .and()
            .areNotNestedClasses()
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(FRAMEWORKS)
            .as("in agreement and reconcile, everything but the services, entities and repositories is plain Java:"
                    + " the measures, the slot proposal, the verdict rules and their records");

    @ArchTest
    static final ArchRule only_a_project_sets_the_width_of_approximately = noClasses()
            .that()
            .doNotHaveFullyQualifiedName("org.corroborate.project.ProjectSettings")
            .and()
            .doNotHaveFullyQualifiedName("org.corroborate.cli.NormaliseCommand")
            .should()
            .callMethod(
                    org.corroborate.figure.FigureNormaliser.class, "withApproximateWidth", java.math.BigDecimal.class)
            .as("figures are read with a project's width (ProjectSettings, through FigureReaders) or without a project"
                    + " (FigureNormaliser.withoutProject()); only the normalise command takes a width by hand");
}
