package io.blindspot.rules.store;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface StoredEvaluationRepository extends JpaRepository<StoredEvaluation, Long> {

    Optional<StoredEvaluation> findFirstByTeamIdOrderByEvaluatedAtDescIdDesc(Long teamId);
}
