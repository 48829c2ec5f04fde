package org.resolint.wordlist;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.resolint.engine.RuleException;

/**
 * One YAML word list of the rule set ({@code rules/style/spelling.yaml} ...), read with Jackson.
 * A list a reviewer broke gives a one-line {@link RuleException} naming the file and the line,
 * which the CLI turns into exit code 2.
 */
public final class WordList {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private final String name;
    private final JsonNode root;

    private WordList(String name, JsonNode root) {
        this.name = name;
        this.root = root;
    }

    /** Reads {@code rules/...yaml} from the class path (the bundled rule set). */
    public static WordList bundled(String name) throws RuleException {
        try (InputStream in = WordList.class.getResourceAsStream("/" + name)) {
            if (in == null) {
                throw new RuleException(name + ": word list missing from the bundled rule set");
            }
            return parse(name, in.readAllBytes());
        } catch (IOException e) {
            throw new RuleException(name + ": cannot read word list (" + e.getMessage() + ")", e);
        }
    }

    /**
     * The word list at {@code relative} (e.g. {@code style/spelling.yaml}) inside a reviewer's
     * {@code --rules} folder, or null when the folder has none.
     */
    public static WordList inFolder(java.nio.file.Path dir, String relative) throws RuleException {
        java.nio.file.Path file = dir.resolve(relative);
        if (!java.nio.file.Files.isRegularFile(file)) {
            return null;
        }
        try {
            return parse(file.toString(), java.nio.file.Files.readAllBytes(file));
        } catch (IOException e) {
            throw new RuleException(file + ": cannot read word list (" + e.getMessage() + ")", e);
        }
    }

    /** Parses YAML text; {@code name} is what messages call the file. */
    public static WordList parse(String name, byte[] yaml) throws RuleException {
        try {
            JsonNode root = YAML.readTree(yaml);
            if (root == null || !root.isObject()) {
                throw new RuleException(name + ": word list must be a YAML mapping of list names to words");
            }
            return new WordList(name, root);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String line = at != null && at.getLineNr() > 0 ? ":" + at.getLineNr() : "";
            // SnakeYAML explains over several lines with an echo of the source; keep the words only.
            String cause = String.valueOf(e.getOriginalMessage()).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("    ") && !l.strip().startsWith("in '")
                            && !l.contains("^"))
                    .map(String::strip).reduce((a, b) -> a + "; " + b).orElse("");
            throw new RuleException(name + line + ": word list is not valid YAML: " + cause, e);
        } catch (IOException e) {
            throw new RuleException(name + ": cannot read word list (" + e.getMessage() + ")", e);
        }
    }

    /** The words under {@code key}, lower case; empty when the key is absent. */
    public Set<String> words(String key) throws RuleException {
        return strings(key, true);
    }

    /** The strings under {@code key} as written. */
    public Set<String> strings(String key, boolean lowerCase) throws RuleException {
        JsonNode node = root.path(key);
        Set<String> out = new LinkedHashSet<>();
        if (node.isMissingNode() || node.isNull()) {
            return out;
        }
        if (!node.isArray()) {
            throw new RuleException(name + ": '" + key + "' must be a list of words");
        }
        for (JsonNode n : node) {
            if (!n.isValueNode()) {
                throw new RuleException(name + ": '" + key + "' must hold plain words, has " + n);
            }
            out.add(lowerCase ? n.asText().toLowerCase(Locale.ROOT) : n.asText());
        }
        return out;
    }

    /** The mapping under {@code key} (word → replacement), keys lower case. */
    public Map<String, String> map(String key) throws RuleException {
        JsonNode node = root.path(key);
        Map<String, String> out = new LinkedHashMap<>();
        if (node.isMissingNode() || node.isNull()) {
            return out;
        }
        if (!node.isObject()) {
            throw new RuleException(name + ": '" + key + "' must be a mapping 'word: replacement'");
        }
        for (Map.Entry<String, JsonNode> e : node.properties()) {
            if (!e.getValue().isValueNode()) {
                throw new RuleException(name + ": '" + key + "." + e.getKey() + "' must be a single word");
            }
            out.put(e.getKey().toLowerCase(Locale.ROOT), e.getValue().asText());
        }
        return out;
    }

    public String name() {
        return name;
    }
}
