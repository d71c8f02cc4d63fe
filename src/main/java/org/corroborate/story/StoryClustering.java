package org.corroborate.story;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleBiFunction;
import org.jspecify.annotations.Nullable;

/**
 * Groups articles into stories by average-linkage agglomerative clustering: repeatedly join the two groups
 * whose articles are, on average, most alike, while that average reaches the threshold. Existing stories
 * take part with their members fixed: a new article may join one, but two existing stories never merge.
 * Average linkage (rather than "any pair alike") keeps one generic article from chaining two events.
 *
 * <p>Groups can only join when at least one pair across them reaches the threshold, so the work is done
 * per connected component of the "alike" graph; within a component it is cubic in the component's size.
 */
final class StoryClustering {

    /**
     * @param addedToStories for existing stories, the new articles that join them (in id order)
     * @param newStories groups of two or more new articles that belong together and to no existing story
     */
    record Result(Map<Long, List<Long>> addedToStories, List<List<Long>> newStories) {
    }

    private static final class Group {
        final @Nullable Long storyId;
        final List<Long> members = new ArrayList<>();
        final List<Long> added = new ArrayList<>();

        Group(@Nullable Long storyId) {
            this.storyId = storyId;
        }

        int size() {
            return members.size() + added.size();
        }
    }

    private StoryClustering() {
    }

    /**
     * @param stories existing stories' members, by story id
     * @param candidates articles in no story, to be placed
     * @param similarity pairwise similarity of two article ids, symmetric, 0 to 1
     */
    static Result cluster(Map<Long, List<Long>> stories, List<Long> candidates,
            ToDoubleBiFunction<Long, Long> similarity, double threshold) {
        List<Group> groups = new ArrayList<>();
        stories.forEach((storyId, members) -> {
            if (!members.isEmpty()) {
                Group g = new Group(storyId);
                g.members.addAll(members);
                groups.add(g);
            }
        });
        int existing = groups.size();
        for (long candidate : candidates.stream().sorted().distinct().toList()) {
            Group g = new Group(null);
            g.added.add(candidate);
            groups.add(g);
        }
        int n = groups.size();
        // Average similarity between groups; existing stories are never compared with each other.
        double[][] sim = new double[n][n];
        boolean[][] linked = new boolean[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = Math.max(i + 1, existing); j < n; j++) {
                double sum = 0;
                boolean anyAlike = false;
                for (long a : all(groups.get(i))) {
                    double s = similarity.applyAsDouble(a, groups.get(j).added.getFirst());
                    sum += s;
                    anyAlike |= s >= threshold;
                }
                sim[i][j] = sim[j][i] = sum / groups.get(i).size();
                linked[i][j] = linked[j][i] = anyAlike;
            }
        }
        Result result = new Result(new LinkedHashMap<>(), new ArrayList<>());
        boolean[] seen = new boolean[n];
        for (int start = 0; start < n; start++) {
            if (seen[start]) {
                continue;
            }
            List<Integer> component = component(start, linked, seen);
            if (component.size() > 1) {
                agglomerate(component, groups, sim, existing, threshold);
            }
        }
        for (Group g : groups) {
            if (g.added.isEmpty()) {
                continue;
            }
            List<Long> added = g.added.stream().sorted().toList();
            if (g.storyId != null) {
                result.addedToStories().put(g.storyId, added);
            } else if (added.size() > 1) {
                result.newStories().add(added);
            }
        }
        result.newStories().sort((x, y) -> Long.compare(x.getFirst(), y.getFirst()));
        return result;
    }

    private static List<Integer> component(int start, boolean[][] linked, boolean[] seen) {
        List<Integer> component = new ArrayList<>();
        Deque<Integer> todo = new ArrayDeque<>();
        todo.push(start);
        seen[start] = true;
        while (!todo.isEmpty()) {
            int i = todo.pop();
            component.add(i);
            for (int j = 0; j < linked.length; j++) {
                if (linked[i][j] && !seen[j]) {
                    seen[j] = true;
                    todo.push(j);
                }
            }
        }
        component.sort(null);
        return component;
    }

    /** Joins the best pair of the component while its average similarity reaches the threshold. */
    private static void agglomerate(List<Integer> component, List<Group> groups, double[][] sim, int existing,
            double threshold) {
        List<Integer> alive = new ArrayList<>(component);
        while (true) {
            int bestI = -1;
            int bestJ = -1;
            double best = threshold;
            for (int x = 0; x < alive.size(); x++) {
                for (int y = x + 1; y < alive.size(); y++) {
                    int i = alive.get(x);
                    int j = alive.get(y);
                    boolean bothStories = i < existing && j < existing;
                    if (!bothStories && sim[i][j] >= best && (bestI < 0 || sim[i][j] > best)) {
                        best = sim[i][j];
                        bestI = i;
                        bestJ = j;
                    }
                }
            }
            if (bestI < 0) {
                return;
            }
            // bestI < bestJ, and an existing story (if any) has the lower index: it absorbs the other.
            Group kept = groups.get(bestI);
            Group gone = groups.get(bestJ);
            int keptSize = kept.size();
            int goneSize = gone.size();
            for (int k : alive) {
                if (k != bestI && k != bestJ) {
                    double merged = (sim[bestI][k] * keptSize + sim[bestJ][k] * goneSize) / (keptSize + goneSize);
                    sim[bestI][k] = sim[k][bestI] = merged;
                }
            }
            kept.added.addAll(gone.added);
            gone.added.clear();
            alive.remove(Integer.valueOf(bestJ));
        }
    }

    private static List<Long> all(Group g) {
        List<Long> all = new ArrayList<>(g.members);
        all.addAll(g.added);
        return all;
    }
}
