package org.corroborate.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.corroborate.export.ExportFormat;
import org.corroborate.export.ExportOptions;
import org.corroborate.export.ExportProgress;
import org.corroborate.export.ExportRefusedException;
import org.corroborate.export.ExportService;
import org.corroborate.export.ExportSummary;
import org.corroborate.export.LabelChoice;
import org.corroborate.export.SplitRatios;
import org.corroborate.imports.ImportLimits;
import org.corroborate.imports.ImportRejectedException;
import org.corroborate.imports.ImportReport;
import org.corroborate.imports.ImportService;
import org.corroborate.imports.UploadedFile;
import org.corroborate.project.ProjectService;
import org.corroborate.project.ProjectSummary;
import org.corroborate.project.ProjectValidationException;
import org.corroborate.security.SystemAuthentication;
import org.corroborate.token.AccessTokenService;
import org.corroborate.token.AccessTokenSummary;
import org.corroborate.token.CreatedToken;
import org.corroborate.token.TokenScope;
import org.corroborate.token.TokenValidationException;
import org.corroborate.user.UserService;
import org.corroborate.user.UserSummary;
import org.corroborate.user.UserValidationException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/** The headless commands; each runs as the system user through the same services as the web app. */
@Component
class HeadlessCommands {

    static final int OK = ExitCode.OK;
    static final int REFUSED = ExitCode.REFUSED;
    static final int USAGE_ERROR = ExitCode.USAGE_ERROR;
    private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private final ImportService imports;
    private final ProjectService projects;
    private final UserService users;
    private final ExportService exports;
    private final AccessTokenService tokens;
    private final InputStream stdin;

    @Autowired
    HeadlessCommands(
            ImportService imports,
            ProjectService projects,
            UserService users,
            ExportService exports,
            AccessTokenService tokens) {
        this(imports, projects, users, exports, tokens, System.in);
    }

    HeadlessCommands(
            ImportService imports,
            ProjectService projects,
            UserService users,
            ExportService exports,
            AccessTokenService tokens,
            InputStream stdin) {
        this.imports = imports;
        this.projects = projects;
        this.users = users;
        this.exports = exports;
        this.tokens = tokens;
        this.stdin = stdin;
    }

    int run(String[] args, PrintStream out, PrintStream err) {
        Arguments arguments = new Arguments(args);
        try {
            return SystemAuthentication.runAsSystem(() -> switch (arguments.command()) {
                case "import" -> importFiles(arguments, out);
                case "export" -> export(arguments, out, err);
                case "users" -> users(arguments, out);
                case "tokens" -> tokens(arguments, out);
                default -> throw new UsageException("unknown command '" + arguments.command() + "'");
            });
        } catch (UsageException e) {
            err.println("corroborate: " + e.getMessage());
            err.println("Run with --help for usage.");
            return USAGE_ERROR;
        } catch (ImportRejectedException e) {
            err.println("corroborate: import refused, nothing was stored:");
            e.problems().forEach(p -> err.println("  " + p.sourceName() + ": " + p.reason()));
            return REFUSED;
        } catch (UserValidationException
                | ProjectValidationException
                | CommandFailedException
                | ExportRefusedException
                | TokenValidationException e) {
            err.println("corroborate: " + e.getMessage());
            return REFUSED;
        }
    }

    private int importFiles(Arguments args, PrintStream out) {
        String projectName = args.requiredOption("--project");
        boolean create = args.flag("--create");
        List<String> paths = args.positionals();
        if (paths.isEmpty()) {
            throw new UsageException("import needs at least one FILE");
        }
        args.requireNoOtherOptions();
        List<UploadedFile> files = readFiles(paths, imports.limits());
        Optional<ProjectSummary> existing = projects.findByName(projectName);
        ProjectSummary project;
        if (existing.isPresent()) {
            project = existing.get();
        } else if (create) {
            project = projects.create(projectName, "");
            out.println("Created project '" + project.name() + "'.");
        } else {
            throw new CommandFailedException(
                    "there is no project named '" + projectName + "' (add --create to make it)");
        }
        ImportReport report = imports.importFiles(project.id(), files);
        out.println(report.summary());
        report.imported().forEach(a -> out.println("  + " + a.sourceName() + "  \u2192  " + a.title()));
        return OK;
    }

    private int export(Arguments args, PrintStream out, PrintStream err) {
        String projectName = args.requiredOption("--project");
        ExportFormat format = parse("--format", args.requiredOption("--format"), ExportFormat::fromCode);
        Path target = Path.of(args.requiredOption("--out"));
        ExportOptions options = ExportOptions.defaults(format)
                .withLabels(parse("--labels", args.option("--labels").orElse("annotators"), LabelChoice::fromCode))
                .withTokens(args.flag("--tokens"))
                .withPseudonyms(args.flag("--pseudonyms"))
                .withSuggestions(args.flag("--pending-suggestions"), args.flag("--suggestion-stats"))
                .withCsvBom(args.flag("--bom"))
                .withUnfinishedWork(args.flag("--uncurated"), args.flag("--unfinished"));
        Optional<String> split = args.option("--split");
        Optional<String> seed = args.option("--seed");
        if (split.isPresent()) {
            options = options.withSplit(
                    parse("--split", split.get(), SplitRatios::parse),
                    parse("--seed", seed.orElse("0"), Long::parseLong));
        } else if (seed.isPresent()) {
            throw new UsageException("--seed needs --split");
        }
        Optional<String> layers = args.option("--layers");
        if (layers.isPresent()) {
            java.util.Set<org.corroborate.scheme.Layer> chosen =
                    java.util.EnumSet.noneOf(org.corroborate.scheme.Layer.class);
            for (String code : layers.get().split(",")) {
                chosen.add(parse("--layers", code, org.corroborate.scheme.Layer::fromCode));
            }
            options = options.withLayers(chosen);
        }
        args.requireNoOtherOptions();
        if (!args.positionals().isEmpty()) {
            throw new UsageException("export takes no files; name the output with --out");
        }
        ProjectSummary project = projects.findByName(projectName)
                .orElseThrow(() -> new CommandFailedException("there is no project named '" + projectName + "'"));
        ExportSummary summary = exports.export(project.id(), options, target, ExportProgress.NONE);
        out.println("Exported " + summary.articles() + (summary.articles() == 1 ? " article" : " articles") + " of '"
                + project.name() + "' to " + target + ".");
        summary.rows().forEach((sheet, rows) -> out.println("  " + sheet + ": " + rows + " rows"));
        summary.notes().forEach(note -> out.println("  Note: " + note));
        summary.warnings().forEach(warning -> err.println("corroborate: warning: " + warning));
        return OK;
    }

    private static <T> T parse(String option, String value, java.util.function.Function<String, T> parser) {
        try {
            return parser.apply(value);
        } catch (IllegalArgumentException e) {
            throw new UsageException(option + ": '" + value + "' is not valid"
                    + (e.getMessage() != null
                                    && !e.getMessage().startsWith("No enum")
                                    && !e.getMessage().startsWith("For input")
                            ? " (" + e.getMessage() + ")"
                            : ""));
        }
    }

    /** Refuses an over-large file before reading it, so a mistaken path cannot exhaust memory. */
    private static List<UploadedFile> readFiles(List<String> paths, ImportLimits limits) {
        List<UploadedFile> files = new ArrayList<>();
        for (String name : paths) {
            Path path = Path.of(name);
            try {
                if (!Files.isRegularFile(path)) {
                    throw new CommandFailedException(name + ": no such file");
                }
                long size = Files.size(path);
                if (size > limits.maxUploadBytes()) {
                    throw new CommandFailedException(name + ": the file is " + size + " bytes, over the "
                            + limits.maxUploadBytes() + "-byte import limit");
                }
                files.add(new UploadedFile(path.getFileName().toString(), Files.readAllBytes(path)));
            } catch (IOException e) {
                throw new CommandFailedException(name + ": cannot be read (" + e.getMessage() + ")");
            }
        }
        return files;
    }

    private int users(Arguments args, PrintStream out) {
        String sub = args.positionals().isEmpty() ? "" : args.positionals().getFirst();
        switch (sub) {
            case "add" -> {
                String username = args.positional(1, "users add needs a USERNAME");
                String displayName = args.option("--name").orElse("");
                boolean admin = args.flag("--admin");
                boolean fromStdin = args.flag("--password-stdin");
                args.requireNoOtherOptions();
                String password = fromStdin ? readPassword() : generatePassword();
                UserSummary user = users.createUser(username, displayName, password, admin);
                out.println("Created user '" + user.username() + "'" + (admin ? " (site admin)" : "") + ".");
                if (!fromStdin) {
                    out.println("Password: " + password);
                }
                return OK;
            }
            case "reset-password" -> {
                String username = args.positional(1, "users reset-password needs a USERNAME");
                boolean fromStdin = args.flag("--password-stdin");
                args.requireNoOtherOptions();
                String password = fromStdin ? readPassword() : generatePassword();
                users.resetPassword(username, password);
                out.println("Password of '" + username + "' reset.");
                if (!fromStdin) {
                    out.println("Password: " + password);
                }
                return OK;
            }
            case "list" -> {
                args.requireNoOtherOptions();
                for (UserSummary u : users.listUsers()) {
                    out.println(u.username() + "\t" + u.displayName() + "\t" + (u.siteAdmin() ? "admin" : "-") + "\t"
                            + (u.enabled() ? "enabled" : "disabled"));
                }
                return OK;
            }
            default -> throw new UsageException("users needs one of: add, reset-password, list");
        }
    }

    private int tokens(Arguments args, PrintStream out) {
        String sub = args.positionals().isEmpty() ? "" : args.positionals().getFirst();
        switch (sub) {
            case "create" -> {
                String username = args.positional(1, "tokens create needs a USERNAME");
                String name = args.requiredOption("--name");
                java.util.Set<TokenScope> scopes =
                        parse("--scope", args.option("--scope").orElse("read"), TokenScope::parse);
                Integer days = args.option("--expires-days")
                        .map(d -> parse("--expires-days", d, Integer::valueOf))
                        .orElse(null);
                args.requireNoOtherOptions();
                CreatedToken created = tokens.createFor(username, name, scopes, days);
                out.println("Created token '" + created.token().name() + "' of '"
                        + created.token().username()
                        + "' (" + TokenScope.format(created.token().scopes())
                        + (created.token().expiresAt() == null
                                ? ", no expiry"
                                : ", expires " + created.token().expiresAt())
                        + "). It is shown only now:");
                out.println(created.secret());
                return OK;
            }
            case "revoke" -> {
                String username = args.positional(1, "tokens revoke needs a USERNAME");
                String name = args.requiredOption("--name");
                args.requireNoOtherOptions();
                tokens.revokeFor(username, name);
                out.println("Revoked token '" + name.strip() + "' of '" + username.strip() + "'.");
                return OK;
            }
            case "list" -> {
                String username = args.positional(1, "tokens list needs a USERNAME");
                args.requireNoOtherOptions();
                for (AccessTokenSummary t : tokens.listFor(username)) {
                    out.println(t.name() + "\t" + t.hint() + "…\t" + TokenScope.format(t.scopes()) + "\t"
                            + t.createdAt() + "\t" + (t.expiresAt() == null ? "no expiry" : "expires " + t.expiresAt())
                            + "\t" + (t.lastUsedAt() == null ? "never used" : "last used " + t.lastUsedAt()));
                }
                return OK;
            }
            default -> throw new UsageException("tokens needs one of: create, revoke, list");
        }
    }

    private String readPassword() {
        try {
            String line = new BufferedReader(new InputStreamReader(stdin, StandardCharsets.UTF_8)).readLine();
            if (line == null || line.isEmpty()) {
                throw new CommandFailedException("no password on standard input");
            }
            return line;
        } catch (IOException e) {
            throw new CommandFailedException("cannot read the password from standard input");
        }
    }

    private static String generatePassword() {
        SecureRandom random = new SecureRandom();
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            s.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return s.toString();
    }
}
