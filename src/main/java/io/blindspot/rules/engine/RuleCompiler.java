package io.blindspot.rules.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;

/**
 * Compiles DRL files at runtime. Each build gets its own ReleaseId, so a rule base can be removed
 * from the KieRepository on its own when it is retired; a build with any ERROR message yields no
 * rule base.
 */
public final class RuleCompiler {

    /** Where rule files go inside the in-memory KIE module; matches the DRL package name. */
    private static final String RESOURCE_FOLDER = "blindspot/";

    private static final AtomicLong BUILDS = new AtomicLong();

    /** What compiling gave: a rule base when there was no error, and every message. */
    public record Compilation(CompiledRuleBase ruleBase, List<CompileMessage> messages) {

        public boolean succeeded() {
            return ruleBase != null;
        }
    }

    /**
     * Compiles the {@code .drl} entries of {@code files} and the {@code .dslr} entries, which must
     * already be expanded to DRL (path → content; other entries are ignored). {@code label} goes into the ReleaseId version to tell builds apart in logs.
     */
    public Compilation compile(Map<String, String> files, String label) {
        KieServices kie = KieServices.get();
        ReleaseId releaseId = kie.newReleaseId(
                "io.blindspot.rules", "rule-set", "1.0.0-b" + BUILDS.incrementAndGet() + "-" + safe(label));
        KieFileSystem kfs = kie.newKieFileSystem();
        kfs.generateAndWritePomXML(releaseId);
        Map<String, String> resourceToFile = new LinkedHashMap<>();
        files.forEach((path, content) -> {
            if (path.endsWith(".drl") || path.endsWith(".dslr")) {
                // an expanded .dslr is DRL: named .drl so Drools does not expand it a second time
                String resource = RESOURCE_FOLDER + path.replace('\\', '/') + (path.endsWith(".dslr") ? ".drl" : "");
                resourceToFile.put(resource, path);
                kfs.write("src/main/resources/" + resource, content);
            }
        });
        KieBuilder builder = kie.newKieBuilder(kfs).buildAll();
        List<CompileMessage> messages = new ArrayList<>();
        for (Message message : builder.getResults().getMessages()) {
            messages.add(toMessage(message, resourceToFile, files));
        }
        if (builder.getResults().hasMessages(Message.Level.ERROR)) {
            // buildAll may already have put the module into the repository; don't leave it there
            kie.getRepository().removeKieModule(releaseId);
            return new Compilation(null, List.copyOf(messages));
        }
        return new Compilation(new CompiledRuleBase(releaseId, kie.newKieContainer(releaseId)), List.copyOf(messages));
    }

    private static CompileMessage toMessage(Message m, Map<String, String> resourceToFile, Map<String, String> files) {
        String file = m.getPath() == null ? "" : resourceToFile.getOrDefault(m.getPath(), m.getPath());
        String text = m.getText() == null ? "" : m.getText().strip();
        int[] position = MessagePosition.of(text, m.getLine(), files.get(file));
        return new CompileMessage(file, position[0], position[1], m.getLevel().name(), text);
    }

    private static String safe(String label) {
        String cleaned = label == null ? "" : label.replaceAll("[^A-Za-z0-9]", "");
        return cleaned.isEmpty() ? "x" : cleaned.substring(0, Math.min(12, cleaned.length()));
    }
}
