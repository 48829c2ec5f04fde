package org.resolint.profile;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The templates available to a run: the bundled ones, then those of extra folders (a template of
 * the same name in a later folder replaces the earlier one, so a project can adapt a checklist).
 */
public final class TemplateCatalog {
    public static final String FALLBACK = "general";
    private final Map<String, Template> byName;

    private TemplateCatalog(Map<String, Template> byName) throws ProfileException {
        if (!byName.containsKey(FALLBACK)) {
            throw new ProfileException("no '" + FALLBACK + "' template: it is the one used when no other fits");
        }
        this.byName = byName;
    }

    public static TemplateCatalog bundled() throws ProfileException {
        return of(TemplateLoader.bundled());
    }

    public static TemplateCatalog of(List<Template> templates) throws ProfileException {
        Map<String, Template> map = new LinkedHashMap<>();
        for (Template t : templates) {
            map.put(t.name(), t);
        }
        return new TemplateCatalog(map);
    }

    /** This catalogue with the templates of {@code folders} added or replacing same-named ones. */
    public TemplateCatalog with(List<Path> folders) throws ProfileException {
        if (folders.isEmpty()) {
            return this;
        }
        List<Template> all = new ArrayList<>(byName.values());
        for (Path f : folders) {
            all.addAll(TemplateLoader.folder(f));
        }
        return of(all);
    }

    public Template get(String name) {
        return byName.get(name);
    }

    public List<String> names() {
        return List.copyOf(byName.keySet());
    }

    /** Every template, highest detection priority first (ties by name). */
    public List<Template> byPriority() {
        List<Template> list = new ArrayList<>(byName.values());
        list.sort(Comparator.comparingInt(Template::priority).reversed().thenComparing(Template::name));
        return list;
    }
}
