package io.blindspot.workshop;

import io.blindspot.security.CurrentUser;
import io.blindspot.security.Role;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A facilitator's workshops. */
@Service
@Transactional(readOnly = true)
public class WorkshopService {

    private final WorkshopRepository workshops;
    private final CurrentUser currentUser;

    WorkshopService(WorkshopRepository workshops, CurrentUser currentUser) {
        this.workshops = workshops;
        this.currentUser = currentUser;
    }

    /** The workshops the logged-in facilitator runs; never another facilitator's. */
    @RolesAllowed(Role.FACILITATOR_NAME)
    public List<WorkshopSummary> myWorkshops() {
        return workshops.findByFacilitator(currentUser.username()).stream()
                .map(WorkshopSummary::of)
                .toList();
    }

    /** Stores a new workshop, e.g. for demo data; no role check, as nobody is logged in at start-up. */
    @Transactional
    public WorkshopSummary create(Workshop workshop) {
        return WorkshopSummary.of(workshops.save(workshop));
    }
}
