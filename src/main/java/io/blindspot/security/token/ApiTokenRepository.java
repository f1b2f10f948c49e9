package io.blindspot.security.token;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ApiTokenRepository extends JpaRepository<ApiToken, Long> {

    /** The token with its owner in one statement: this runs on every API request sent with a token. */
    @Query("select t from ApiToken t join fetch t.owner where t.tokenHash = :tokenHash")
    Optional<ApiToken> findByTokenHash(String tokenHash);

    @Query("select t from ApiToken t where t.owner.username = :username order by t.createdAt desc, t.id desc")
    List<ApiToken> findByOwner(String username);

    @Query("select t from ApiToken t where t.id = :id and t.owner.username = :username")
    Optional<ApiToken> findOwned(long id, String username);
}
