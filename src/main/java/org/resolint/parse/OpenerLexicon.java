package org.resolint.parse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/** The word lists of {@code lexicon/openers.yaml}: modifiers, preambular and operative openers. */
public record OpenerLexicon(Set<String> modifiers, Set<String> preambular, Set<String> operative,
                            Set<String> particles) {

    private static final OpenerLexicon BUNDLED = load("/lexicon/openers.yaml");

    public static OpenerLexicon bundled() {
        return BUNDLED;
    }

    static OpenerLexicon load(String resource) {
        try (InputStream in = OpenerLexicon.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(in);
            return new OpenerLexicon(words(root, "modifiers"), words(root, "preambular"),
                    words(root, "operative"), words(root, "particles"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Set<String> words(JsonNode root, String key) {
        Set<String> out = new HashSet<>();
        root.path(key).forEach(n -> out.add(n.asText().toLowerCase(Locale.ROOT)));
        return Set.copyOf(out);
    }
}
