package io.blindspot.rules.store;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface PublishedRuleSetRepository extends JpaRepository<PublishedRuleSet, Long> {

    Optional<PublishedRuleSet> findFirstByOrderByVersionDesc();

    Optional<PublishedRuleSet> findByVersion(int version);

    /** The stored version built from these files (the newest, if a rollback stored them again). */
    Optional<PublishedRuleSet> findFirstByContentHashOrderByVersionDesc(String contentHash);

    /** The newest version with its files, ready to compile. */
    @Query("select r from PublishedRuleSet r left join fetch r.files"
            + " where r.version = (select max(x.version) from PublishedRuleSet x)")
    Optional<PublishedRuleSet> findLatestWithFiles();

    @Query("select r from PublishedRuleSet r left join fetch r.files where r.version = :version")
    Optional<PublishedRuleSet> findWithFilesByVersion(int version);

    /** Whether a rules folder with this content (its hash) was ever imported. */
    boolean existsByFolderHash(String folderHash);

    @Query("select max(r.version) from PublishedRuleSet r")
    Optional<Integer> findLatestVersionNumber();

    List<PublishedRuleSet> findAllByOrderByVersionDesc();
}
