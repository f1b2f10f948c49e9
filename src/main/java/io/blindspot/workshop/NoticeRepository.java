package io.blindspot.workshop;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface NoticeRepository extends JpaRepository<Notice, Long> {

    /** Newest first, with the workshop and team each notice is worded from. */
    @Query("select n from Notice n join fetch n.workshop w join fetch w.team"
            + " where n.user.username = :username order by n.createdAt desc, n.id desc")
    List<Notice> findByUser(String username);
}
