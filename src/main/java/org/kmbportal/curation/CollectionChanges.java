package org.kmbportal.curation;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What changed in a collection between two moments: items added, removed, whose note changed, and moved (their
 * order relative to the other items changed). Pure: it compares two lists of items.
 *
 * @param since
 *            the reader's last visit
 */
public record CollectionChanges(OffsetDateTime since, List<CollectionEntry> added, List<CollectionEntry> removed,
        List<CollectionEntry> noteChanged, List<CollectionEntry> moved) {

    public CollectionChanges {
        added = List.copyOf(added);
        removed = List.copyOf(removed);
        noteChanged = List.copyOf(noteChanged);
        moved = List.copyOf(moved);
    }

    public static CollectionChanges between(OffsetDateTime since, List<CollectionEntry> before,
            List<CollectionEntry> after) {
        Map<String, CollectionEntry> old = byKey(before);
        Map<String, CollectionEntry> now = byKey(after);
        List<CollectionEntry> added = now.entrySet().stream().filter(e -> !old.containsKey(e.getKey()))
                .map(Map.Entry::getValue).toList();
        List<CollectionEntry> removed = old.entrySet().stream().filter(e -> !now.containsKey(e.getKey()))
                .map(Map.Entry::getValue).toList();
        List<CollectionEntry> noteChanged = now.entrySet().stream()
                .filter(e -> old.containsKey(e.getKey()) && !old.get(e.getKey()).note().equals(e.getValue().note()))
                .map(Map.Entry::getValue).toList();
        List<String> oldOrder = old.keySet().stream().filter(now::containsKey).toList();
        List<String> newOrder = now.keySet().stream().filter(old::containsKey).toList();
        Set<String> kept = Set.copyOf(longestCommonSubsequence(oldOrder, newOrder));
        List<CollectionEntry> moved = newOrder.stream().filter(k -> !kept.contains(k)).map(now::get).toList();
        return new CollectionChanges(since, added, removed, noteChanged, moved);
    }

    /** An item's identity across versions: the resource's id, or the link's address. */
    public static String key(CollectionEntry entry) {
        return entry.isResource() ? "resource:" + entry.resource() : "url:" + entry.url();
    }

    public boolean isEmpty() {
        return count() == 0;
    }

    public int count() {
        return added.size() + removed.size() + noteChanged.size() + moved.size();
    }

    /** The keys of the items now in the collection that are new, re-annotated or moved (for markers on the page). */
    public Map<String, String> markers() {
        Map<String, String> markers = new LinkedHashMap<>();
        moved.forEach(e -> markers.put(key(e), "moved"));
        noteChanged.forEach(e -> markers.put(key(e), "note"));
        added.forEach(e -> markers.put(key(e), "added"));
        return markers;
    }

    private static Map<String, CollectionEntry> byKey(List<CollectionEntry> entries) {
        return entries.stream().collect(Collectors.toMap(CollectionChanges::key, e -> e, (a, b) -> a,
                LinkedHashMap::new));
    }

    private static List<String> longestCommonSubsequence(List<String> a, List<String> b) {
        int[][] length = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                length[i][j] = a.get(i).equals(b.get(j))
                        ? length[i + 1][j + 1] + 1
                        : Math.max(length[i + 1][j], length[i][j + 1]);
            }
        }
        List<String> common = new ArrayList<>();
        for (int i = 0, j = 0; i < a.size() && j < b.size();) {
            if (a.get(i).equals(b.get(j))) {
                common.add(a.get(i));
                i++;
                j++;
            } else if (length[i + 1][j] >= length[i][j + 1]) {
                i++;
            } else {
                j++;
            }
        }
        return common;
    }
}
