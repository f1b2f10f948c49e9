package io.blindspot.assessment;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface InstrumentVersionRepository extends JpaRepository<InstrumentVersion, Long> {

    Optional<InstrumentVersion> findByInstrumentKeyAndVersion(String instrumentKey, int version);

    Optional<InstrumentVersion> findFirstByInstrumentKeyOrderByVersionDesc(String instrumentKey);

    List<InstrumentVersion> findAllByOrderByInstrumentKeyAscVersionDesc();
}
