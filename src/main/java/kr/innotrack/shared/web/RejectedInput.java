package kr.innotrack.shared.web;

import java.util.ArrayList;
import java.util.List;
import kr.innotrack.shared.ExplainedFailure;

/**
 * A rule that needs data (a username already taken, a reference date outside the plan's year) refused the input.
 * Thrown by a command service; {@link FormSubmission} puts it beside the field ({@code field} null: above the form)
 * and answers 400 with the form. Nothing was saved: the command's transaction rolls back.
 * <p>
 * Several rules can refuse at once ({@link #collect()}), so a person sees every problem of one save together, beside
 * the fields the binder already marked.
 */
public class RejectedInput extends ExplainedFailure {

    private final String field;
    private final List<RejectedInput> others;

    public RejectedInput(String field, String messageKey, Object... args) {
        this(field, messageKey, args, List.of());
    }

    private RejectedInput(String field, String messageKey, Object[] args, List<RejectedInput> others) {
        super(messageKey, args);
        this.field = field;
        this.others = others;
    }

    /** The form field the message belongs to, or null for the form as a whole. */
    public String field() {
        return field;
    }

    /** This rejection and any that came with it, in the order they were found. */
    public List<RejectedInput> all() {
        List<RejectedInput> all = new ArrayList<>();
        all.add(this);
        all.addAll(others);
        return all;
    }

    public static Collector collect() {
        return new Collector();
    }

    /** Gathers the rejections of one save; {@link #throwIfAny()} throws them as one. */
    public static final class Collector {

        private final List<RejectedInput> found = new ArrayList<>();

        public Collector reject(String field, String messageKey, Object... args) {
            found.add(new RejectedInput(field, messageKey, args));
            return this;
        }

        public boolean isEmpty() {
            return found.isEmpty();
        }

        public void throwIfAny() {
            if (!found.isEmpty()) {
                RejectedInput first = found.get(0);
                throw new RejectedInput(first.field, first.messageKey(), first.messageArgs(),
                        List.copyOf(found.subList(1, found.size())));
            }
        }
    }
}
