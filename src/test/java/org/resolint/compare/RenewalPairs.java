package org.resolint.compare;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Real previous/next pairs from the corpus: consecutive resolutions on the same agenda item
 * (MANIFEST.tsv) that both extend the mandate of the same mission.
 */
final class RenewalPairs {
    private static final Pattern MISSION = Pattern.compile(
            "(?i)(?:extend|renew)s?\\s+(?:the|its)\\s+mandate\\s+of\\s+(?:the\\s+)?(.{5,120}?)\\s*(?:\\(|,|until|for\\b)");

    record Pair(Path before, Path after, String mission) {
    }

    static List<Pair> find(Path corpus) throws IOException {
        Map<String, List<Path>> byAgenda = new HashMap<>();
        for (String line : Files.readAllLines(corpus.resolve("MANIFEST.tsv"))) {
            String[] f = line.split("\t", -1);
            if (f.length >= 6 && f[0].startsWith("unsc/") && !f[5].isBlank()) {
                byAgenda.computeIfAbsent(f[5], k -> new ArrayList<>()).add(corpus.resolve(f[0]));
            }
        }
        List<Pair> pairs = new ArrayList<>();
        for (List<Path> files : byAgenda.values()) {
            files.sort(Comparator.comparingInt(RenewalPairs::number));
            for (int i = 0; i + 1 < files.size(); i++) {
                String m1 = mission(files.get(i));
                String m2 = mission(files.get(i + 1));
                if (m1 != null && m1.equalsIgnoreCase(m2)) {
                    pairs.add(new Pair(files.get(i), files.get(i + 1), m1));
                }
            }
        }
        pairs.sort(Comparator.comparingInt(p -> number(p.after())));
        return pairs;
    }

    private static int number(Path p) {
        Matcher m = Pattern.compile("S-RES-(\\d+)-").matcher(p.getFileName().toString());
        return m.find() ? Integer.parseInt(m.group(1)) : 0;
    }

    private static String mission(Path p) {
        try {
            Matcher m = MISSION.matcher(Files.readString(p));
            return m.find() ? m.group(1).replaceAll("\\s+", " ") : null;
        } catch (IOException e) {
            return null;
        }
    }
}
