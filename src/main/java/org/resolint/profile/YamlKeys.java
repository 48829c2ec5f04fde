package org.resolint.profile;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A first pass over a YAML file before binding: refuses keys the target record does not have, at
 * the line where they stand (Jackson reports them only after the whole object, at its end), and
 * remembers the line of every path so binding errors can name the line of the value at fault.
 */
final class YamlKeys {
    private static final YAMLFactory FACTORY = new YAMLFactory();
    private final String file;
    private final Map<String, Integer> lines = new HashMap<>();

    private YamlKeys(String file) {
        this.file = file;
    }

    /** Checks the keys; returns the line of each path ({@code /clauses/0/where}). */
    static Map<String, Integer> check(String file, String text, Class<?> root) throws ProfileException, IOException {
        YamlKeys k = new YamlKeys(file);
        try (JsonParser p = FACTORY.createParser(text)) {
            if (p.nextToken() != null) {
                k.value(p, root, "");
            }
        }
        return k.lines;
    }

    private void value(JsonParser p, Type type, String path) throws IOException, ProfileException {
        lines.putIfAbsent(path, p.currentTokenLocation().getLineNr());
        Class<?> raw = raw(type);
        JsonToken t = p.currentToken();
        if (t == JsonToken.START_ARRAY) {
            Type element = List.class.isAssignableFrom(raw) ? arg(type, 0) : Object.class;
            int i = 0;
            while (p.nextToken() != JsonToken.END_ARRAY) {
                value(p, element, path + "/" + i++);
            }
        } else if (t == JsonToken.START_OBJECT) {
            if (List.class.isAssignableFrom(raw)) {
                value(p, arg(type, 0), path + "/0"); // one value where a list is expected
            } else if (raw.isRecord()) {
                Map<String, Type> keys = keys(raw);
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    int line = p.currentTokenLocation().getLineNr();
                    if (!keys.containsKey(name)) {
                        throw new ProfileException(file + ":" + line + ": unknown key '" + name + "'"
                                + (path.isEmpty() ? "" : " in " + path.substring(1)) + "; allowed here: "
                                + String.join(", ", keys.keySet()));
                    }
                    p.nextToken();
                    lines.put(path + "/" + name, line);
                    value(p, keys.get(name), path + "/" + name);
                }
            } else if (Map.class.isAssignableFrom(raw)) {
                Type v = arg(type, 1);
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    lines.put(path + "/" + name, p.currentTokenLocation().getLineNr());
                    p.nextToken();
                    value(p, v, path + "/" + name);
                }
            } else {
                p.skipChildren();
            }
        }
    }

    private static Map<String, Type> keys(Class<?> record) {
        Map<String, Type> keys = new LinkedHashMap<>();
        for (RecordComponent c : record.getRecordComponents()) {
            JsonProperty named = c.getAccessor().getAnnotation(JsonProperty.class);
            if (named == null) {
                named = c.getAnnotation(JsonProperty.class);
            }
            keys.put(named != null && !named.value().isEmpty() ? named.value() : c.getName(), c.getGenericType());
        }
        return keys;
    }

    private static Class<?> raw(Type t) {
        if (t instanceof Class<?> c) {
            return c;
        }
        if (t instanceof ParameterizedType pt) {
            return (Class<?>) pt.getRawType();
        }
        return Object.class;
    }

    private static Type arg(Type t, int i) {
        return t instanceof ParameterizedType pt ? pt.getActualTypeArguments()[i] : Object.class;
    }
}
