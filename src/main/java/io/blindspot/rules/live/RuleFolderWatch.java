package io.blindspot.rules.live;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Watches the rules folder (embedded mode; {@code blindspot.rules.watch}) and sends it through the
 * pipeline when a file in it is saved: a change that passes becomes the next version and goes live,
 * a rejected one is logged and shown on HR's Rule sets page and never replaces the live version.
 * Saves that come in a burst (an editor writing several files, or a temporary file and a rename)
 * are taken together once the folder has been quiet for {@value #QUIET_MS} ms.
 */
@Component
@Order(25)
@ConditionalOnProperty(name = "blindspot.rules.watch", havingValue = "true")
class RuleFolderWatch implements ApplicationRunner, AutoCloseable {

    static final long QUIET_MS = 150;
    private static final Logger log = LoggerFactory.getLogger(RuleFolderWatch.class);

    private final RuleBaseService ruleBase;
    private final Path directory;
    private volatile WatchService watcher;
    private Thread thread;

    RuleFolderWatch(RuleBaseService ruleBase, @Value("${blindspot.rules.dir:./rules}") String directory) {
        this.ruleBase = ruleBase;
        this.directory = Path.of(directory).toAbsolutePath();
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        if (!Files.isDirectory(directory)) {
            log.info("Not watching the rules folder: {} does not exist", directory);
            return;
        }
        watcher = FileSystems.getDefault().newWatchService();
        registerAll();
        thread = new Thread(this::watch, "rules-folder-watch");
        thread.setDaemon(true);
        thread.start();
        log.info("Watching the rules folder {}: a saved change goes through the pipeline", directory);
    }

    private void registerAll() throws IOException {
        try (Stream<Path> dirs = Files.walk(directory)) {
            for (Path dir : dirs.filter(Files::isDirectory).toList()) {
                dir.register(
                        watcher,
                        StandardWatchEventKinds.ENTRY_CREATE,
                        StandardWatchEventKinds.ENTRY_MODIFY,
                        StandardWatchEventKinds.ENTRY_DELETE);
            }
        }
    }

    private void watch() {
        try {
            while (true) {
                WatchKey key = watcher.take();
                drain(key);
                // wait for the burst to end before reading the folder once
                WatchKey more;
                while ((more = watcher.poll(QUIET_MS, TimeUnit.MILLISECONDS)) != null) {
                    drain(more);
                }
                registerAll(); // a new sub-folder (scenarios/) is watched too
                try {
                    var result = ruleBase.importFolder("folder watch");
                    log.info("Rules folder changed: {}", describe(result));
                } catch (RuntimeException e) {
                    log.error("Rules folder changed but could not be read: {}", e.getMessage(), e);
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException stopped) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            log.error("Stopped watching the rules folder {}: {}", directory, e.getMessage());
        }
    }

    private static void drain(WatchKey key) {
        key.pollEvents();
        key.reset();
    }

    private static String describe(RuleBaseService.FolderImport result) {
        return switch (result) {
            case PUBLISHED -> "published as a new version (see above)";
            case REJECTED -> "rejected, the live version stays live (problems above and on the Rule sets page)";
            case UNCHANGED -> "the rule set is the same as the one stored; nothing to publish";
        };
    }

    @Override
    public void close() throws IOException {
        if (watcher != null) {
            watcher.close();
        }
    }
}
