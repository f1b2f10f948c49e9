package io.blindspot.security;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface OneTimeLinkRepository extends JpaRepository<OneTimeLink, Long> {

    @Query("select l from OneTimeLink l join fetch l.user where l.tokenHash = :tokenHash")
    Optional<OneTimeLink> findByTokenHash(String tokenHash);
}
