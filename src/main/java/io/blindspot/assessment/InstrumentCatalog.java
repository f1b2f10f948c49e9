package io.blindspot.assessment;

import io.blindspot.assessment.instrument.Instrument;
import io.blindspot.assessment.instrument.InstrumentParser;
import io.blindspot.base.InputRefused;
import io.blindspot.base.Sha256;
import io.blindspot.base.StateRefused;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The stored instrument versions. Instruments shipped in {@code instruments/*.yaml} are stored on
 * start-up when their version is not there yet; a stored version is never changed.
 */
@Service
public class InstrumentCatalog {

    public static final String DEFAULT_INSTRUMENT = "workplace-style";

    private final InstrumentVersionRepository versions;
    private final Clock clock;
    /** Parsed instruments by stored id: versions are immutable, so parsing once is enough. */
    private final Map<Long, Instrument> parsed = new ConcurrentHashMap<>();

    InstrumentCatalog(InstrumentVersionRepository versions, Clock clock) {
        this.versions = versions;
        this.clock = clock;
    }

    @Transactional
    public void storeShippedInstruments() {
        try {
            for (Resource resource :
                    new PathMatchingResourcePatternResolver().getResources("classpath*:instruments/*.yaml")) {
                String yaml = resource.getContentAsString(StandardCharsets.UTF_8);
                store(yaml, "instruments/" + resource.getFilename());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the shipped instruments", e);
        }
    }

    /**
     * Validates an instrument file and stores it as a new version. A stored version never changes:
     * the same content again is accepted as it is, changed content under an existing version number
     * is refused.
     *
     * @throws io.blindspot.assessment.instrument.InstrumentValidationException naming each item and problem
     * @throws IllegalArgumentException when the version exists with other content
     */
    @Transactional
    public InstrumentVersion store(String yaml, String sourceName) {
        return storeOrFind(yaml, sourceName).version();
    }

    /** The outcome of storing an instrument file: the version, and whether it was stored before. */
    public record Stored(InstrumentVersion version, boolean alreadyStored) {}

    /** As {@link #store(String, String)}, saying whether the identical version was already stored. */
    @Transactional
    public Stored storeOrFind(String yaml, String sourceName) {
        Instrument instrument = InstrumentParser.parse(yaml, sourceName);
        var existing = versions.findByInstrumentKeyAndVersion(instrument.id(), instrument.version());
        if (existing.isPresent()) {
            if (existing.get().getContentHash().equals(Sha256.hex(yaml))) {
                return new Stored(existing.get(), true);
            }
            throw new InputRefused(
                    "assessment.refused.version-changed", sourceName, instrument.version(), instrument.id());
        }
        return new Stored(
                versions.save(new InstrumentVersion(
                        instrument.id(),
                        instrument.version(),
                        instrument.title().getOrDefault("en", instrument.id()),
                        instrument.items().size(),
                        yaml,
                        Sha256.hex(yaml),
                        clock.instant())),
                false);
    }

    @Transactional(readOnly = true)
    public InstrumentVersion latest(String instrumentKey) {
        return versions.findFirstByInstrumentKeyOrderByVersionDesc(instrumentKey)
                .orElseThrow(() -> new StateRefused("assessment.refused.no-instrument", instrumentKey));
    }

    public Instrument instrumentOf(InstrumentVersion version) {
        return parsed.computeIfAbsent(
                version.getId(),
                id -> InstrumentParser.parse(
                        version.getContent(), version.getInstrumentKey() + " v" + version.getVersion()));
    }
}
