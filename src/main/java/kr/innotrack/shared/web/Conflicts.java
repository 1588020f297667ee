package kr.innotrack.shared.web;

import jakarta.servlet.http.HttpServletResponse;
import kr.innotrack.shared.StaleEditException;
import java.sql.SQLException;
import java.util.Map;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;

/** A save based on stale data: answer 409 with the saved values beside the person's own (fragments/conflict). */
public final class Conflicts {

    /** SQLSTATE of a unique-key violation, the same on PostgreSQL and H2. */
    private static final String UNIQUE_VIOLATION = "23505";

    private Conflicts() {
    }

    public static void show(Model model, HttpServletResponse response, Map<String, String> current,
                            Map<String, String> mine) {
        model.addAttribute("conflict", ConflictRow.compare(current, mine));
        response.setStatus(HttpStatus.CONFLICT.value());
    }

    /**
     * True when someone else's save won: a stale version ({@link StaleEditException}), a version that changed at commit
     * ({@link OptimisticLockingFailureException}), or a first-time row that a parallel request inserted first (a
     * unique-key violation), or a lock it could not get in time (a deadlock the database broke). The caller shows the
     * conflict; any other failure is not a conflict and is rethrown.
     */
    public static boolean lostRace(RuntimeException e) {
        return e instanceof StaleEditException || e instanceof OptimisticLockingFailureException
                || e instanceof org.springframework.dao.PessimisticLockingFailureException || isDuplicate(e);
    }

    /** Rethrows anything that is not {@link #lostRace lost race}: the caller's catch block then shows the conflict. */
    public static void unlessLostRace(RuntimeException e) {
        if (!lostRace(e)) {
            throw e;
        }
    }

    /** A unique-key violation, however the driver and Hibernate report it. */
    public static boolean isDuplicate(Throwable e) {
        if (!(e instanceof DataIntegrityViolationException)) {
            return false;
        }
        if (e instanceof DuplicateKeyException) {
            return true;
        }
        for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof org.hibernate.exception.ConstraintViolationException c
                    && c.getKind() == org.hibernate.exception.ConstraintViolationException.ConstraintKind.UNIQUE) {
                return true;
            }
            if (t instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
