package org.resolint.check;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.resolint.engine.RuleEngine;
import org.resolint.engine.RuleException;
import org.resolint.engine.RuleInfo;

/**
 * What the DRL metadata says about a rule beyond id and severity, declared once per rule:
 * {@code @group(word|suggestion|shape)} (its repeats in one draft are one finding, see
 * {@link FindingGroups}) and {@code @enabled(false)} (it reports only when a config or
 * {@code --enable} switches it on).
 */
public record RuleTraits(Set<String> ids, Map<String, FindingGroups.Key> groups, Set<String> offByDefault) {
    public static final RuleTraits NONE = new RuleTraits(Set.of(), Map.of(), Set.of());

    public RuleTraits {
        ids = Set.copyOf(ids);
        groups = Map.copyOf(groups);
        offByDefault = Set.copyOf(offByDefault);
    }

    public static RuleTraits of(RuleEngine engine) throws RuleException {
        engine.await();
        Set<String> ids = new HashSet<>();
        Map<String, FindingGroups.Key> groups = new HashMap<>();
        Set<String> off = new HashSet<>();
        for (RuleInfo r : engine.rules()) {
            ids.add(r.id());
            for (Map<String, Object> meta : engine.metadata(r.id())) {
                Object group = meta.get("group");
                if (group != null) {
                    groups.put(r.id(), key(r, group.toString()));
                }
                if ("false".equals(String.valueOf(meta.get("enabled")).trim())) {
                    off.add(r.id());
                }
            }
        }
        return new RuleTraits(ids, groups, off);
    }

    private static FindingGroups.Key key(RuleInfo r, String word) throws RuleException {
        try {
            return FindingGroups.Key.valueOf(word.trim().replace("\"", "").toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new RuleException(r.file() + ": rule " + r.id() + ": @group(" + word
                    + ") is not allowed; allowed: word, suggestion, shape");
        }
    }

    public boolean isOffByDefault(String rule) {
        return offByDefault.contains(rule);
    }

    /** The ids among {@code asked} that no rule has, for a one-line error. */
    public List<String> unknown(java.util.Collection<String> asked) {
        return asked.stream().filter(id -> !ids.contains(id)).sorted().toList();
    }
}
