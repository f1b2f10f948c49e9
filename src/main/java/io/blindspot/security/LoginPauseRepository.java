package io.blindspot.security;

import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

/** Failed logins as administrators see them: who is paused, and lifting a pause. */
interface LoginPauseRepository extends JpaRepository<LoginFailure, Long> {

    @Query("select f from LoginFailure f where f.failedAt > :since")
    List<LoginFailure> findSince(Instant since);

    @Modifying
    @Query("delete from LoginFailure f where f.throttleKey = :accountKey or f.throttleKey like :pairPattern escape '!'")
    int deleteForAccount(String accountKey, String pairPattern);
}
