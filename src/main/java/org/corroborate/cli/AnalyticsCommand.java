package org.corroborate.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.corroborate.analytics.AnalyticsReport;
import org.corroborate.analytics.AnalyticsService;
import org.corroborate.analytics.AnalyticsTables;
import org.corroborate.analytics.Counts;
import org.corroborate.export.CellText;
import org.corroborate.project.ProjectService;
import org.corroborate.project.ProjectSummary;
import org.corroborate.security.SystemAuthentication;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code analytics --project NAME [--counts gold|annotator:NAME|majority|suggestions] --format json|csv
 * [--table articles|outlets|sources|stories]}: the figures the analytics pages show, so that every chart can be
 * reproduced. JSON prints everything at once; CSV prints one table (articles unless {@code --table} says otherwise).
 */
@Component
class AnalyticsCommand {

    static final String NAME = "analytics";
    private static final List<String> TABLES = List.of("articles", "outlets", "sources", "stories");

    private final AnalyticsService analytics;
    private final ProjectService projects;

    AnalyticsCommand(AnalyticsService analytics, ProjectService projects) {
        this.analytics = analytics;
        this.projects = projects;
    }

    int run(String[] argv, PrintStream out, PrintStream err) {
        Arguments args = new Arguments(argv);
        try {
            String projectName = args.requiredOption("--project");
            String countsText = args.option("--counts").orElse("gold");
            Counts counts = Counts.parse(countsText)
                    .orElseThrow(() ->
                            new UsageException("--counts must be gold, annotator:NAME, majority or suggestions, not '"
                                    + countsText + "'"));
            String format = args.requiredOption("--format");
            if (!format.equals("json") && !format.equals("csv")) {
                throw new UsageException("--format must be json or csv");
            }
            String table = args.option("--table").orElse("articles");
            if (!TABLES.contains(table)) {
                throw new UsageException("--table must be one of " + String.join(", ", TABLES));
            }
            if (format.equals("json") && args.option("--table").isPresent()) {
                throw new UsageException("--table is for --format csv; JSON prints every table");
            }
            args.requireNoOtherOptions();
            if (!args.positionals().isEmpty()) {
                throw new UsageException("analytics takes no FILE");
            }
            AnalyticsReport report = SystemAuthentication.runAsSystem(() -> {
                ProjectSummary project = projects.findByName(projectName)
                        .orElseThrow(
                                () -> new CommandFailedException("there is no project named '" + projectName + "'"));
                return analytics.report(project.id(), counts);
            });
            if (format.equals("json")) {
                JsonMapper json = JsonMapper.builder()
                        .enable(SerializationFeature.INDENT_OUTPUT)
                        .build();
                out.println(json.writeValueAsString(AnalyticsTables.document(report)));
            } else {
                printCsv(rows(report, table), out);
            }
            out.flush();
            return ExitCode.OK;
        } catch (UsageException e) {
            err.println("corroborate: " + e.getMessage());
            err.println("Run with --help for usage.");
            return ExitCode.USAGE_ERROR;
        } catch (CommandFailedException e) {
            err.println("corroborate: " + e.getMessage());
            return ExitCode.REFUSED;
        }
    }

    private static List<Map<String, @Nullable Object>> rows(AnalyticsReport report, String table) {
        return switch (table) {
            case "outlets" ->
                report.outlets().stream().map(AnalyticsTables::outlet).toList();
            case "sources" ->
                report.sources().stream().map(AnalyticsTables::source).toList();
            case "stories" -> AnalyticsTables.storySlots(report.stories());
            default -> report.articles().stream().map(AnalyticsTables::article).toList();
        };
    }

    private static void printCsv(List<Map<String, @Nullable Object>> rows, PrintStream out) {
        try {
            CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180);
            boolean header = true;
            for (Map<String, @Nullable Object> row : rows) {
                Map<String, @Nullable Object> flat = AnalyticsTables.flat(row);
                if (header) {
                    printer.printRecord(flat.keySet());
                    header = false;
                }
                printer.printRecord(flat.values().stream()
                        .map(v -> v instanceof String s ? CellText.forCsv(s) : v == null ? "" : v)
                        .toList());
            }
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
