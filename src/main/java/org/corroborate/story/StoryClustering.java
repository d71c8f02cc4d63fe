package org.corroborate.story;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToDoubleBiFunction;
import org.jspecify.annotations.Nullable;

/**
 * Groups articles into stories by average-linkage agglomerative clustering: repeatedly join the two groups
 * whose articles are, on average, most alike, while that average reaches the threshold. Existing stories
 * take part with their members fixed: a new article may join one, but two existing stories never merge.
 * Average linkage (rather than "any pair alike") keeps one generic article from chaining two events.
 *
 * <p>Groups can only join when at least one pair across them reaches the threshold, so the work is done
 * per connected component of the "alike" graph; within a component it is cubic in the component's size. Memory is
 * linear in the number of articles plus the largest component's table; a component of more than
 * {@link #MAX_DENSE_COMPONENT} groups is clustered greedily instead (see {@link #greedy}).
 */
final class StoryClustering {

    /**
     * @param addedToStories for existing stories, the new articles that join them (in id order)
     * @param newStories groups of two or more new articles that belong together and to no existing story
     */
    record Result(Map<Long, List<Long>> addedToStories, List<List<Long>> newStories) {}

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

    /** Largest component clustered with the exact pairwise table (2,000 groups: 32 MB of doubles). */
    static final int MAX_DENSE_COMPONENT = 2_000;

    private StoryClustering() {}

    /**
     * @param stories existing stories' members, by story id
     * @param candidates articles in no story, to be placed
     * @param similarity pairwise similarity of two article ids, symmetric, 0 to 1
     */
    static Result cluster(
            Map<Long, List<Long>> stories,
            List<Long> candidates,
            ToDoubleBiFunction<Long, Long> similarity,
            double threshold) {
        return cluster(stories, candidates, similarity, null, threshold);
    }

    /**
     * As above, with an index: {@code neighbours} gives, for a candidate, the articles that may reach the threshold
     * with it (every other is taken to be below it); {@code null} compares every pair.
     */
    static Result cluster(
            Map<Long, List<Long>> stories,
            List<Long> candidates,
            ToDoubleBiFunction<Long, Long> similarity,
            @Nullable Function<Long, Collection<Long>> neighbours,
            double threshold) {
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
        // Groups are linked when some member of one is alike (threshold) to the other's article. Only the links'
        // components are kept (union-find), never an n×n table: memory grows with n, not n².
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        Map<Long, Integer> groupOf = new HashMap<>();
        for (int i = 0; i < n; i++) {
            for (long a : all(groups.get(i))) {
                groupOf.put(a, i);
            }
        }
        for (int j = existing; j < n; j++) {
            long article = groups.get(j).added.getFirst();
            if (neighbours != null) {
                for (long a : neighbours.apply(article)) {
                    Integer i = groupOf.get(a);
                    if (i != null
                            && i != j
                            && find(parent, i) != find(parent, j)
                            && similarity.applyAsDouble(a, article) >= threshold) {
                        union(parent, i, j);
                    }
                }
                continue;
            }
            for (int i = 0; i < j; i++) {
                if (find(parent, i) == find(parent, j)) {
                    continue;
                }
                for (long a : all(groups.get(i))) {
                    if (similarity.applyAsDouble(a, article) >= threshold) {
                        union(parent, i, j);
                        break;
                    }
                }
            }
        }
        Map<Integer, List<Integer>> components = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            components.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(i);
        }
        Result result = new Result(new LinkedHashMap<>(), new ArrayList<>());
        for (List<Integer> component : components.values()) {
            if (component.size() > 1 && component.size() <= MAX_DENSE_COMPONENT) {
                agglomerate(component, groups, averages(component, groups, existing, similarity), existing, threshold);
            } else if (component.size() > 1) {
                greedy(component, groups, existing, similarity, threshold);
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

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static void union(int[] parent, int a, int b) {
        int ra = find(parent, a);
        int rb = find(parent, b);
        if (ra != rb) {
            parent[Math.max(ra, rb)] = Math.min(ra, rb);
        }
    }

    /**
     * Average similarity between the component's groups, as a table indexed by position in the component; existing
     * stories are never compared with each other.
     */
    private static double[][] averages(
            List<Integer> component, List<Group> groups, int existing, ToDoubleBiFunction<Long, Long> similarity) {
        int k = component.size();
        double[][] sim = new double[k][k];
        for (int x = 0; x < k; x++) {
            for (int y = x + 1; y < k; y++) {
                int i = component.get(x);
                int j = component.get(y);
                if (j < existing) {
                    continue;
                }
                double sum = 0;
                for (long a : all(groups.get(i))) {
                    sum += similarity.applyAsDouble(a, groups.get(j).added.getFirst());
                }
                sim[x][y] = sim[y][x] = sum / groups.get(i).size();
            }
        }
        return sim;
    }

    /**
     * For a component too large for the pairwise table (thousands of mutually alike articles: a bulk import of
     * one event, or of copies): each new article, in id order, joins the group it is on average most alike to, if
     * that reaches the threshold, else starts a group. Linear memory; a good approximation of average linkage when
     * the component is one event anyway.
     */
    private static void greedy(
            List<Integer> component,
            List<Group> groups,
            int existing,
            ToDoubleBiFunction<Long, Long> similarity,
            double threshold) {
        List<Group> open = new ArrayList<>();
        for (int i : component) {
            if (i < existing) {
                open.add(groups.get(i));
            }
        }
        for (int j : component) {
            if (j < existing) {
                continue;
            }
            Group single = groups.get(j);
            long article = single.added.getFirst();
            @Nullable Group best = null;
            double bestScore = threshold;
            for (Group g : open) {
                double sum = 0;
                List<Long> members = all(g);
                for (long a : members) {
                    sum += similarity.applyAsDouble(a, article);
                }
                double average = sum / members.size();
                if (average >= bestScore && (best == null || average > bestScore)) {
                    best = g;
                    bestScore = average;
                }
            }
            if (best == null) {
                open.add(single);
            } else {
                best.added.add(article);
                single.added.clear();
            }
        }
    }

    /**
     * Joins the best pair of the component while its average similarity reaches the threshold; {@code sim} is
     * indexed by position in the component.
     */
    private static void agglomerate(
            List<Integer> component, List<Group> groups, double[][] sim, int existing, double threshold) {
        List<Integer> alive = new ArrayList<>();
        for (int x = 0; x < component.size(); x++) {
            alive.add(x);
        }
        while (true) {
            int bestX = -1;
            int bestY = -1;
            double best = threshold;
            for (int p = 0; p < alive.size(); p++) {
                for (int q = p + 1; q < alive.size(); q++) {
                    int x = alive.get(p);
                    int y = alive.get(q);
                    boolean bothStories = component.get(x) < existing && component.get(y) < existing;
                    if (!bothStories && sim[x][y] >= best && (bestX < 0 || sim[x][y] > best)) {
                        best = sim[x][y];
                        bestX = x;
                        bestY = y;
                    }
                }
            }
            if (bestX < 0) {
                return;
            }
            // bestX < bestY, and an existing story (if any) has the lower index: it absorbs the other.
            Group kept = groups.get(component.get(bestX));
            Group gone = groups.get(component.get(bestY));
            int keptSize = kept.size();
            int goneSize = gone.size();
            for (int z : alive) {
                if (z != bestX && z != bestY) {
                    double merged = (sim[bestX][z] * keptSize + sim[bestY][z] * goneSize) / (keptSize + goneSize);
                    sim[bestX][z] = sim[z][bestX] = merged;
                }
            }
            kept.added.addAll(gone.added);
            gone.added.clear();
            alive.remove(Integer.valueOf(bestY));
        }
    }

    private static List<Long> all(Group g) {
        List<Long> all = new ArrayList<>(g.members);
        all.addAll(g.added);
        return all;
    }
}
