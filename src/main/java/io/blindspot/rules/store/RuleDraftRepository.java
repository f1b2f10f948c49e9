package io.blindspot.rules.store;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface RuleDraftRepository extends JpaRepository<RuleDraft, Long> {

    Optional<RuleDraft> findByAuthor(String author);

    void deleteByAuthor(String author);
}
