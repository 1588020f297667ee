package kr.innotrack.plan.authoring;

import jakarta.validation.constraints.Size;
import kr.innotrack.shared.text.MultiLine;
import lombok.Getter;
import lombok.Setter;

/**
 * A step on one node that is not a rewrite of its values: one place up or down among its siblings, or its deletion.
 * It carries the version the page showed and, on a confirmed plan, the reason.
 */
@Getter
@Setter
public class NodeStepForm {

    /** Which way a node moves among its siblings. */
    public enum Direction {
        UP,
        DOWN
    }

    private Long version;

    private Direction direction;

    /** Set by the confirmation page of a deletion: the person has seen what goes. */
    private boolean confirm;

    @MultiLine
    @Size(max = 1000, message = "{planStructure.reason.tooLong}")
    private String reason;

    boolean up() {
        return direction != Direction.DOWN;
    }
}
