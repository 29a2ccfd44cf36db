package org.claimgraph;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The pipeline's stages only look forward: a package may use the packages of earlier stages and of its own
 * level, never those of later ones, nor the other packages of its level. The order is the README's design:
 * read an article, analyse its text, find mentions, extract claims, map to RDF, validate, store; then what works
 * on a store (cross-article events, Wikidata links), the pipeline that runs the stages, queries over a store,
 * what serves and exports them, the tools that measure, and the command line on top.
 */
class ArchitectureTest {
    /** Levels in order; packages on one level do not use each other. */
    private static final List<List<String>> LEVELS = List.of(
            List.of("sys"),
            List.of("vocab"),
            List.of("ingest"),
            List.of("analyze"),
            List.of("mention"),
            List.of("extract"),
            List.of("map"),
            List.of("validate"),
            List.of("store"),
            List.of("corpus", "link"),
            List.of("pipeline"),
            List.of("query"),
            List.of("export", "serve"),
            List.of("evaluate", "bench"),
            List.of("cli"));

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                // Test classes are not stages; matched by folder, whatever the build directory is called.
                .withImportOption(location -> !location.contains("/test-classes/"))
                .importPackages("org.claimgraph");
    }

    static List<String[]> packages() {
        List<String[]> out = new ArrayList<>();
        for (int i = 0; i < LEVELS.size(); i++) {
            for (String p : LEVELS.get(i)) {
                List<String> forbidden = new ArrayList<>();
                for (int j = i + 1; j < LEVELS.size(); j++) {
                    LEVELS.get(j).forEach(q -> forbidden.add("org.claimgraph." + q + ".."));
                }
                LEVELS.get(i).stream()
                        .filter(q -> !q.equals(p))
                        .forEach(q -> forbidden.add("org.claimgraph." + q + ".."));
                out.add(new String[] {p, String.join(",", forbidden)});
            }
        }
        return out;
    }

    @ParameterizedTest(name = "{0} uses no later stage")
    @MethodSource("packages")
    void aStageUsesNoLaterStage(String pkg, String forbidden) {
        if (forbidden.isEmpty()) {
            return; // the top level may use everything
        }
        noClasses()
                .that()
                .resideInAPackage("org.claimgraph." + pkg + "..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(forbidden.split(","))
                .because("stages only look forward (README, Design)")
                .check(classes);
    }

    @org.junit.jupiter.api.Test
    void everyPackageHasItsPlaceInTheOrder() {
        List<String> known = LEVELS.stream().flatMap(List::stream).toList();
        classes.stream()
                .map(c -> c.getPackageName())
                .filter(p -> p.startsWith("org.claimgraph."))
                .map(p -> p.substring("org.claimgraph.".length()).split("\\.")[0])
                .distinct()
                .forEach(p -> org.junit.jupiter.api.Assertions.assertTrue(
                        known.contains(p), "package " + p + " has no level in ArchitectureTest"));
    }
}
