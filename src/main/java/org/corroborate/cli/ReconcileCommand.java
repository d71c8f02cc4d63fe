package org.corroborate.cli;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.corroborate.article.ArticleService;
import org.corroborate.figure.Dimensions;
import org.corroborate.figure.FigureCodec;
import org.corroborate.project.ProjectService;
import org.corroborate.project.ProjectSummary;
import org.corroborate.reconcile.FigureInterval;
import org.corroborate.reconcile.ReconcileService;
import org.corroborate.reconcile.ReconciliationBoard;
import org.corroborate.security.SystemAuthentication;
import org.corroborate.story.StoryDetails;
import org.corroborate.story.StoryService;
import org.corroborate.suggestion.CodePointOffsets;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code reconcile --project NAME [--story NAME] --format json}: each story's slots with their verdicts and
 * figures as JSON, for pipelines (a figure's interval ends are plain numbers in its unit, or ISO days for dates). A
 * story without slots gets them proposed first, as opening its board does.
 */
@Component
class ReconcileCommand {

    static final String NAME = "reconcile";

    private final ProjectService projects;
    private final StoryService stories;
    private final ReconcileService reconcile;
    private final ArticleService articles;

    ReconcileCommand(
            ProjectService projects, StoryService stories, ReconcileService reconcile, ArticleService articles) {
        this.projects = projects;
        this.stories = stories;
        this.reconcile = reconcile;
        this.articles = articles;
    }

    int run(String[] argv, PrintStream out, PrintStream err) {
        Arguments args = new Arguments(argv);
        try {
            String projectName = args.requiredOption("--project");
            Optional<String> storyName = args.option("--story");
            String format = args.option("--format").orElse("json");
            args.requireNoOtherOptions();
            if (!format.equals("json")) {
                throw new UsageException("--format: '" + format + "' is not valid (json)");
            }
            if (!args.positionals().isEmpty()) {
                throw new UsageException("reconcile takes no files");
            }
            ObjectNode result = SystemAuthentication.runAsSystem(() -> reconcile(projectName, storyName));
            out.println(result.toString());
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

    private ObjectNode reconcile(String projectName, Optional<String> storyName) {
        ProjectSummary project = projects.findByName(projectName)
                .orElseThrow(() -> new CommandFailedException("there is no project named '" + projectName + "'"));
        List<StoryDetails> chosen = stories.list(project.id()).stream()
                .filter(s -> storyName.isEmpty() || s.title().equals(storyName.get()))
                .toList();
        if (storyName.isPresent() && chosen.isEmpty()) {
            throw new CommandFailedException(
                    "project '" + projectName + "' has no story titled '" + storyName.get() + "'");
        }
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        ArrayNode storyNodes = root.putArray("stories");
        // offsets leave in code points, like the exports'
        CodePointOffsets.PerArticle offsets =
                CodePointOffsets.perArticle(id -> articles.get(project.id(), id).cleanedText());
        for (StoryDetails story : chosen) {
            if (!reconcile.hasSlots(project.id(), story.id())) {
                reconcile.propose(project.id(), story.id());
            }
            ReconciliationBoard board = reconcile.board(project.id(), story.id());
            Map<Long, String> titles = new HashMap<>();
            board.articles().forEach(c -> titles.put(c.articleId(), c.title()));
            ObjectNode storyNode = storyNodes.addObject().put("story", story.title());
            ArrayNode slotNodes = storyNode.putArray("slots");
            for (ReconciliationBoard.Row slot : board.slots()) {
                ObjectNode slotNode = slotNodes
                        .addObject()
                        .put("title", slot.title())
                        .put("automatic_verdict", slot.automatic().name().toLowerCase(Locale.ROOT))
                        .put(
                                "verdict",
                                slot.verdict() == null
                                        ? null
                                        : slot.verdict().name().toLowerCase(Locale.ROOT))
                        .put("independent_reports", slot.independentReports());
                ArrayNode figureNodes = slotNode.putArray("figures");
                for (ReconciliationBoard.Figure f : slot.figures()) {
                    FigureInterval interval = f.interval();
                    ObjectNode figure = figureNodes
                            .addObject()
                            .put("article", f.articleId())
                            .put("title", titles.getOrDefault(f.articleId(), ""))
                            .put("quote", f.quote())
                            .put("start", offsets.toCodePoints(f.articleId(), f.start()))
                            .put("end", offsets.toCodePoints(f.articleId(), f.end()))
                            .put("source", f.source())
                            .put("reading", f.reading())
                            .put("conflicting", f.conflicting());
                    putBound(figure, "lower", interval, interval == null ? null : interval.lower());
                    putBound(figure, "upper", interval, interval == null ? null : interval.upper());
                    figure.put("unit", interval == null ? null : interval.scale());
                    figure.put("dimension", interval == null ? null : interval.dimension());
                }
            }
        }
        return root;
    }

    /** One end of a figure's interval: a plain number, or for a date its ISO day (as {@code normalise} writes it). */
    private static void putBound(
            ObjectNode figure, String name, @Nullable FigureInterval interval, @Nullable BigDecimal value) {
        if (interval == null || value == null) {
            figure.putNull(name);
        } else if (Dimensions.DATE.equals(interval.dimension())) {
            figure.put(name, FigureCodec.day(value.longValue()).toString());
        } else {
            figure.put(name, value);
        }
    }
}
