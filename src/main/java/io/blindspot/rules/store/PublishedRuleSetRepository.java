package io.blindspot.rules.store;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PublishedRuleSetRepository extends JpaRepository<PublishedRuleSet, Long> {

    Optional<PublishedRuleSet> findFirstByOrderByVersionDesc();

    List<PublishedRuleSet> findAllByOrderByVersionDesc();
}
