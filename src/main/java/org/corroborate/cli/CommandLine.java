package org.corroborate.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The jar as a command-line tool: {@code java -jar corroborate.jar COMMAND ...}. Starts Spring without
 * the web server, runs one command as the system user, and exits with its code; {@code suggest} and
 * {@code normalise} need neither Spring nor the database and run before either starts.
 */
public final class CommandLine {

    static final Set<String> COMMANDS = Set.of(
            "import",
            "export",
            "users",
            "tokens",
            SuggestCommand.NAME,
            NormaliseCommand.NAME,
            ScoreCommand.NAME,
            BackupCommand.NAME,
            RestoreCommand.NAME,
            ReconcileCommand.NAME,
            AnalyticsCommand.NAME,
            ArchiveCommands.ARCHIVE,
            ArchiveCommands.RESTORE);
    private static final Set<String> HELP = Set.of("--help", "-h", "help");

    static final String USAGE = """
            Usage: java -jar corroborate.jar COMMAND [OPTIONS]
              (without a command, or with serve, the web app starts; any other word is refused)

            Commands:
              import --project NAME [--create] FILE...
                  Import articles: .txt (seed format: first line the headline), .html, .docx, .jsonl, .csv
                  (columns named text, title, outlet, url, author, published), brat standoff (.txt + .ann),
                  a workbook or JSON Lines that Corroborate exported (with their annotations), or .zip
                  archives of these. All or nothing: if any file is refused, nothing is stored (the reason
                  names the file, line or cell). --create makes the project.
              export --project NAME --format xlsx|jsonl|csv --out PATH [--labels gold|annotators|both]
                     [--split 80/10/10 --seed N] [--layers claim,attribution,source,figure] [--tokens]
                     [--pseudonyms] [--pending-suggestions] [--suggestion-stats] [--bom] [--uncurated] [--unfinished]
                  Export the project as the web app does. xlsx: one workbook at PATH. jsonl/csv: a new folder
                  PATH, or a .zip when PATH ends in .zip. --split divides articles by story into train/dev/test
                  (the same --seed gives the same split); --tokens adds BIO-tagged tokens; --pseudonyms hides
                  usernames behind stable pseudonyms; --bom starts CSV files with a UTF-8 byte-order mark.
                  Only curated gold and finished annotators' sets by default: --uncurated adds the gold of
                  articles not yet curated, --unfinished the annotators' sets in progress.
              analytics --project NAME [--counts gold|annotator:NAME|majority|suggestions] --format json|csv
                        [--table articles|outlets|sources|stories]
                  Print the project's sourcing analytics as the analytics pages show them: per article
                  (attributions, claims, source mentions by type, anonymous mentions and share, reasons for
                  anonymity, figures and their verdicts, near-duplicate), per outlet, per canonical source (with
                  its track record) and per story (corroboration map). --counts chooses what counts: the curated
                  gold (default), one annotator's finished sets, the majority of finished sets, or the detectors'
                  suggestions (machine-made); unfinished sets never count. JSON prints all of it; CSV one table.
              users add USERNAME [--name "Display Name"] [--admin] [--password-stdin]
                  Create a user. Without --password-stdin a password is generated and printed.
              users reset-password USERNAME [--password-stdin]
                  Set a new password (read from stdin, or generated and printed).
              users list
                  List users: username, display name, admin, enabled.
              tokens create USERNAME --name NAME [--scope read,import] [--expires-days N]
                  Make a personal access token of the user for the HTTP API (/api/v1) and print it once
                  (only its hash is kept). Scope read by default; no expiry unless --expires-days.
              tokens revoke USERNAME --name NAME
                  Revoke the user's token of that name: it stops working at once.
              tokens list USERNAME
                  List the user's tokens: name, first characters, scopes, created, expires, last used.
              suggest [--out FILE] [--published YYYY-MM-DD] FILE|FOLDER...
                  Run the suggestion detectors (attributions, sources, figures) on plain-text articles (a
                  folder: its .txt files, by name) and write JSON Lines to stdout or FILE: one suggestion a
                  line with file, start, end (Unicode code points into the file as read), text, layer, label,
                  attributes, detector, frame. Dates like "last Friday" are read against --published, else
                  the file's row in a dates.tsv beside it. Needs no database and does not start the app.
              normalise [--published YYYY-MM-DD] [--approximate-width 0.1]
                  Read figures as written from stdin, one a line, each optionally followed by a tab and
                  its article's publication date (else --published), and print one JSON object a line:
                  input, published, understood, lower, upper (numbers, or ISO days for dates),
                  lowerInclusive, upperInclusive, bound, approximate, unit, dimension, currency. A line
                  with a bad date gets an "error" (also on stderr) and the exit code is 1. No database and
                  no project: "about" is read ±10% unless --approximate-width gives a project's width.
              score --gold GOLD.jsonl --submission SUB.jsonl [--overlap 0.5] [--partial-credit 0.5] [--penalty 0]
                  Score one student's spans against a gold key as the web app's exercises do, and print one
                  JSON object: the rules, per layer gold, submitted, matched, right_label, wrong_label,
                  spurious, missed, points, score, precision, recall, f1 (strict) and the items (each gold
                  item with found, label_right and the matched span), attribution parts, and the total.
                  Input: one span a line, {"doc", "start", "end", "layer", "label"} (code points; layer
                  source, attribution, claim or figure), or a slot verdict {"doc", "slot", "layer":
                  "reconciliation", "label"}. A bad line is named (file and line) and the exit code is 1.
                  No database.

              reconcile --project NAME [--story NAME] [--format json]
                  Each story's figure slots as one JSON object: {"stories": [{"story", "slots": [{"title",
                  "automatic_verdict" (consistent|compatible|conflict), "verdict" (the reconciler's, or null),
                  "independent_reports", "figures": [{"article", "title", "quote", "start", "end" (code points),
                  "source", "reading", "conflicting", "lower", "upper", "unit", "dimension"}]}]}]}. A story
                  without slots gets them proposed first, as opening its board in the web app does.

              archive --project NAME --out FILE.zip
                  Write the whole project into one zip: members and roles (no passwords), label set,
                  sources, articles, every annotation set and the gold, stories, figure slots and verdicts,
                  exercises with their students' attempts. JSON Lines inside (docs/adr/0025-project-archive.md).
              restore-archive FILE.zip --project NEWNAME
                  Bring such an archive in as a new project, all or nothing: a bad entry is named and
                  nothing is stored. Accounts this instance lacks are created disabled.

              backup --out FILE.zip
                  Back up the embedded database while the app keeps running (H2's online backup): the
                  database file and its password in one zip (0600). With PostgreSQL use pg_dump (README).
              restore --from FILE.zip [--data-dir DIR]
                  Put a backup into an empty data folder (refused when the folder has a database), then
                  start the app on it. Runs without starting the app.

            The data folder is ./data unless CORROBORATE_DATA_DIR says otherwise. Commands may run while
            the web server uses the same folder (H2 auto-server mode).
            Exit codes: 0 done, 1 refused (the reason is on stderr), 2 wrong usage.
            """;

    /** Vaadin's auto-configurations assume a servlet container; headless commands have none. */
    private static final String VAADIN_AUTO_CONFIGURATIONS = String.join(
            ",",
            "com.vaadin.flow.spring.SpringBootAutoConfiguration",
            "com.vaadin.flow.spring.SpringSecurityAutoConfiguration",
            "com.vaadin.flow.spring.VaadinApplicationConfiguration",
            "com.vaadin.flow.spring.VaadinScopesConfig",
            "com.vaadin.flow.spring.VaadinServletConfiguration");

    /**
     * Metrics, observations and health checks serve the running server's operators; a command that runs for a second
     * reports to nobody. (Names that a later Spring Boot drops are ignored, not errors.)
     */
    private static final String MONITORING_AUTO_CONFIGURATIONS = String.join(
            ",",
            "org.springframework.boot.micrometer.observation.autoconfigure.ObservationAutoConfiguration",
            "org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration",
            "org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration",
            "org.springframework.boot.micrometer.metrics.autoconfigure.export.simple.SimpleMetricsExportAutoConfiguration",
            "org.springframework.boot.micrometer.metrics.autoconfigure.jvm.JvmMetricsAutoConfiguration",
            "org.springframework.boot.micrometer.metrics.autoconfigure.system.SystemMetricsAutoConfiguration",
            "org.springframework.boot.micrometer.metrics.autoconfigure.task.TaskExecutorMetricsAutoConfiguration",
            "org.springframework.boot.micrometer.metrics.autoconfigure.logging.logback.LogbackMetricsAutoConfiguration",
            "org.springframework.boot.micrometer.metrics.autoconfigure.startup.StartupTimeMetricsListenerAutoConfiguration",
            "org.springframework.boot.health.autoconfigure.actuate.endpoint.HealthEndpointAutoConfiguration",
            "org.springframework.boot.health.autoconfigure.registry.HealthContributorRegistryAutoConfiguration",
            "org.springframework.boot.health.autoconfigure.contributor.HealthContributorAutoConfiguration",
            "org.springframework.boot.health.autoconfigure.application.DiskSpaceHealthContributorAutoConfiguration",
            "org.springframework.boot.health.autoconfigure.application.AvailabilityHealthContributorAutoConfiguration",
            "org.springframework.boot.health.autoconfigure.actuate.endpoint.AvailabilityProbesAutoConfiguration",
            "org.springframework.boot.actuate.autoconfigure.endpoint.EndpointAutoConfiguration");

    /**
     * A command's context: no web server (above), no Vaadin, no metrics or health checks, quiet logs, and lazy beans, so that a command builds only
     * the services it calls (and what they need: the database, Flyway, Hibernate) rather than the whole app.
     */
    static final String[] HEADLESS_PROPERTIES = {
        "logging.level.root=WARN",
        "logging.level.org.corroborate=WARN",
        "logging.level.org.flywaydb=ERROR",
        "spring.autoconfigure.exclude=" + VAADIN_AUTO_CONFIGURATIONS + "," + MONITORING_AUTO_CONFIGURATIONS,
        "spring.main.lazy-initialization=true",
        "spring.jmx.enabled=false",
        "spring.jpa.hibernate.ddl-auto=none",
        "spring.data.jpa.repositories.bootstrap-mode=lazy"
    };

    private CommandLine() {}

    /**
     * The web server's own arguments when these arguments start it: none, Spring's options ({@code --name=value}),
     * or {@code serve} followed by them. Empty when the first word names no command: a mistyped command
     * ({@code exprot}) must not start a server.
     */
    public static Optional<String[]> serverArguments(String[] args) {
        if (args.length == 0 || args[0].startsWith("--")) {
            return Optional.of(args);
        }
        if (args[0].equals("serve")) {
            return Optional.of(Arrays.copyOfRange(args, 1, args.length));
        }
        return Optional.empty();
    }

    /** What a word that names no command is told (exit code 2). */
    public static int unknownCommand(String[] args, PrintStream err) {
        err.println("corroborate: unknown command '" + args[0] + "'. Commands: serve (the default), "
                + String.join(", ", COMMANDS.stream().sorted().toList()) + ". Run with --help for usage.");
        return ExitCode.USAGE_ERROR;
    }

    public static boolean isCommand(String[] args) {
        return args.length > 0 && (COMMANDS.contains(args[0]) || HELP.contains(args[0]));
    }

    public static int run(Class<?> application, String[] args) {
        return run(application, args, System.out, System.err);
    }

    static int run(Class<?> application, String[] args, PrintStream out, PrintStream err) {
        return run(application, args, System.in, out, err);
    }

    static int run(Class<?> application, String[] args, InputStream in, PrintStream out, PrintStream err) {
        if (HELP.contains(args[0])) {
            out.print(USAGE);
            return 0;
        }
        if (args[0].equals(SuggestCommand.NAME)) {
            return new SuggestCommand(out, err).run(args); // plain Java: no Spring context, no database
        }
        if (args[0].equals(NormaliseCommand.NAME)) {
            return new NormaliseCommand(in, out, err).run(args); // plain Java too
        }
        if (args[0].equals(ScoreCommand.NAME)) {
            return new ScoreCommand(out, err).run(args); // plain Java too
        }
        if (args[0].equals(RestoreCommand.NAME)) {
            return new RestoreCommand(System.getenv(), out, err).run(args); // before Spring makes a database
        }
        SpringApplicationBuilder builder = new SpringApplicationBuilder(application)
                .web(WebApplicationType.NONE)
                .bannerMode(Banner.Mode.OFF)
                .logStartupInfo(false)
                .properties(HEADLESS_PROPERTIES);
        StartupSteps steps = StartupSteps.fromSystemProperty();
        steps.attach(builder);
        try (ConfigurableApplicationContext context = builder.run()) {
            steps.report(err);
            if (args[0].equals(AnalyticsCommand.NAME)) {
                return context.getBean(AnalyticsCommand.class).run(args, out, err);
            }
            if (args[0].equals(BackupCommand.NAME)) {
                return context.getBean(BackupCommand.class).run(args, out, err);
            }
            if (args[0].equals(ArchiveCommands.ARCHIVE) || args[0].equals(ArchiveCommands.RESTORE)) {
                return context.getBean(ArchiveCommands.class).run(args, out, err);
            }
            if (args[0].equals(ReconcileCommand.NAME)) {
                return context.getBean(ReconcileCommand.class).run(args, out, err);
            }
            return context.getBean(HeadlessCommands.class).run(args, out, err);
        }
    }
}
