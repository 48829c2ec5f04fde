package org.resolint.engine;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.drools.model.Model;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;
import org.kie.api.KieBaseConfiguration;
import org.kie.api.KieServices;

/**
 * Builds a KieBase straight from an executable-model kjar: the rule classes are defined from the
 * jar's bytes and their models handed to Drools' {@link KieBaseBuilder}. Going through a
 * KieContainer instead parses and schema-validates kmodule.xml with XStream, which took a third
 * of a one-draft start; the KieBase is the same (the kjar's kmodule asks for the defaults).
 */
final class KjarLoader {
    /** Lists the generated model classes, one per rule package, after a version line. */
    private static final String MODEL_FILE = "/drools-model";

    private KjarLoader() {
    }

    static KieBase load(byte[] kjar) throws IOException, ReflectiveOperationException {
        Map<String, byte[]> classes = new HashMap<>();
        List<String> models = new ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(kjar))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                String name = e.getName();
                if (name.endsWith(".class")) {
                    classes.put(name.substring(0, name.length() - 6).replace('/', '.'), zip.readAllBytes());
                } else if (name.startsWith("META-INF/kie/") && name.endsWith(MODEL_FILE)) {
                    for (String line : new String(zip.readAllBytes(), StandardCharsets.UTF_8).split("\\R")) {
                        if (!line.isBlank() && !line.startsWith("Drools-Model-Version")) {
                            models.add(line.strip());
                        }
                    }
                }
            }
        }
        if (models.isEmpty()) {
            throw new IOException("no drools-model file in the compiled rules");
        }
        RuleClassLoader loader = new RuleClassLoader(classes, KjarLoader.class.getClassLoader());
        List<Model> built = new ArrayList<>();
        for (String name : models) {
            built.add((Model) loader.loadClass(name).getConstructor().newInstance());
        }
        KieBaseConfiguration conf = KieServices.get().newKieBaseConfiguration(null, loader);
        return KieBaseBuilder.createKieBaseFromModel(built, conf);
    }

    /** Defines the kjar's classes on first use, everything else from the application. */
    private static final class RuleClassLoader extends ClassLoader {
        static {
            registerAsParallelCapable();
        }

        private final Map<String, byte[]> classes;

        RuleClassLoader(Map<String, byte[]> classes, ClassLoader parent) {
            super("resolint-rules", parent);
            this.classes = classes;
        }

        @Override
        protected Class<?> findClass(String name) throws ClassNotFoundException {
            byte[] bytes = classes.get(name);
            if (bytes == null) {
                throw new ClassNotFoundException(name);
            }
            return defineClass(name, bytes, 0, bytes.length);
        }
    }
}
