package io.blindspot.security;

import java.time.Instant;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface LoginFailureRepository extends JpaRepository<LoginFailure, Long> {

    @Query("select count(f) from LoginFailure f where f.throttleKey = :key and f.failedAt > :since")
    long countSince(String key, Instant since);

    @Query("select max(f.failedAt) from LoginFailure f where f.throttleKey = :key and f.failedAt > :since")
    Instant lastSince(String key, Instant since);

    @Modifying
    @Query("delete from LoginFailure f where f.throttleKey = :key or f.failedAt < :before")
    void deleteForKeyOrOlderThan(String key, Instant before);
}
