package io.blindspot.security;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

    Optional<UserAccount> findByUsername(String username);

    boolean existsByUsername(String username);

    Optional<UserAccount> findBySsoIssuerAndSsoSubject(String ssoIssuer, String ssoSubject);

    @Query("select count(u) > 0 from UserAccount u join u.roles r where r = io.blindspot.security.Role.ADMIN")
    boolean anyAdminExists();

    @Query("select distinct u from UserAccount u join u.roles r where r = :role order by u.displayName")
    List<UserAccount> findByRole(Role role);

    List<UserAccount> findByUsernameInOrderByDisplayName(Collection<String> usernames);
}
