package io.blindspot.security;

import jakarta.persistence.LockModeType;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

/** The queries of account administration, apart from the look-ups every module uses. */
interface AdministeredAccountRepository extends JpaRepository<UserAccount, Long> {

    /**
     * The active administrators, their rows locked until the transaction ends: two administrators
     * demoting each other at the same moment are served one after the other, and the second sees
     * that the first is no longer an administrator.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select u from UserAccount u join u.roles r where r = io.blindspot.security.Role.ADMIN and u.enabled = true")
    List<UserAccount> lockActiveAdmins();

    @Query("select u from UserAccount u order by u.displayName, u.username")
    List<UserAccount> findAllByName();

    boolean existsByEmailIgnoreCase(String email);
}
