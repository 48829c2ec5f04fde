package org.resolint.profile;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Reads a YAML file into a record strictly (plain data only, unknown keys refused) and turns
 * Jackson's complaints into one line: file, line, what is wrong and what is allowed.
 */
final class YamlFiles {
    private static final ObjectMapper MAPPER = YAMLMapper.builder(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
            .build();

    private YamlFiles() {
    }

    static <T> T read(String shownName, String text, Class<T> type) throws ProfileException {
        Map<String, Integer> lines = Map.of();
        try {
            lines = YamlKeys.check(shownName, text, type);
            T value = MAPPER.readValue(text, type);
            if (value == null) {
                throw new ProfileException(shownName + ": the file is empty");
            }
            return value;
        } catch (UnrecognizedPropertyException e) {
            String allowed = e.getKnownPropertyIds() == null ? "" : e.getKnownPropertyIds().stream()
                    .map(Object::toString).sorted(Comparator.naturalOrder()).collect(Collectors.joining(", "));
            throw new ProfileException(where(shownName, e.getLocation()) + "unknown key '" + e.getPropertyName()
                    + "'" + (allowed.isEmpty() ? "" : "; allowed here: " + allowed), e);
        } catch (JsonMappingException e) {
            // The line of the value at fault (the pre-pass knows it), not where Jackson stopped reading.
            StringBuilder path = new StringBuilder();
            for (JsonMappingException.Reference r : e.getPath()) {
                path.append('/').append(r.getFieldName() != null ? r.getFieldName() : String.valueOf(r.getIndex()));
            }
            Integer line = lines.get(path.toString());
            String at = line != null ? shownName + ":" + line + ": " : where(shownName, e.getLocation());
            throw new ProfileException(at + cause(e), e);
        } catch (JsonProcessingException e) {
            throw new ProfileException(where(shownName, e.getLocation()) + cause(e), e);
        } catch (IOException e) {
            throw new ProfileException(shownName + ": cannot read (" + e.getMessage() + ")", e);
        }
    }

    private static String where(String name, JsonLocation at) {
        return name + (at != null && at.getLineNr() > 0 ? ":" + at.getLineNr() : "") + ": ";
    }

    /** The innermost message (ours, from a record's checks), without Jackson's source excerpt. */
    private static String cause(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String m = t instanceof JsonProcessingException j ? j.getOriginalMessage() : t.getMessage();
        if (m == null) {
            m = t.getClass().getSimpleName();
        }
        if (t instanceof java.util.regex.PatternSyntaxException p) {
            m = "bad regular expression '" + p.getPattern() + "': " + p.getDescription();
        }
        return m.replaceAll("\\s*\\R\\s*", " ").replaceAll(" \\(for Object starting at.*$", "")
                .replaceAll("\\(class org\\.resolint\\.profile\\.(\\w+)\\)", "($1)");
    }
}
