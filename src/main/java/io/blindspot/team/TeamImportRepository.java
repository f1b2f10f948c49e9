package io.blindspot.team;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** Teams by name, for the people import, which joins existing teams and creates missing ones. */
interface TeamImportRepository extends JpaRepository<Team, Long> {

    List<Team> findByNameIgnoreCase(String name);
}
