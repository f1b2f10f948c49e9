package io.blindspot.security;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

    Optional<UserAccount> findByUsername(String username);

    boolean existsByUsername(String username);

    @Query("select count(u) > 0 from UserAccount u join u.roles r where r = io.blindspot.security.Role.ADMIN")
    boolean anyAdminExists();

    @Query("select distinct u from UserAccount u join u.roles r where r = :role order by u.displayName")
    java.util.List<UserAccount> findByRole(Role role);

    @Query("select distinct m.user from TeamMembership m where m.team.id in"
            + " (select w.team.id from Workshop w where w.facilitator.username = :facilitator)"
            + " order by m.user.displayName")
    java.util.List<UserAccount> findMembersOfTeamsFacilitatedBy(String facilitator);
}
