package kr.innotrack.shared.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;
import kr.innotrack.shared.Messages;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;

/**
 * The one way a form POST ends, so no controller repeats it:
 * <ul>
 * <li>input errors ({@code binding}) or a {@link RejectedInput} from the command: 400 and the same form, the message
 * beside the field;</li>
 * <li>a save that lost a race ({@link Conflicts#lostRace}): 409 and the same form with the saved values beside the
 * person's own, the form's version moved on so a second save applies theirs;</li>
 * <li>otherwise what {@code then} returns (normally a redirect with a flash message).</li>
 * </ul>
 * <pre>{@code
 * return submissions.of(form, binding, model, response)
 *         .page(() -> taskForm(queries.editableTask(planId, taskId, user), model))
 *         .current(() -> TaskForm.of(queries.editableTask(planId, taskId, user)))
 *         .save(() -> commands.updateOfficerFields(planId, taskId, form.toCommand(), user))
 *         .then(() -> "redirect:/plans/" + planId + "/tasks/" + taskId);
 * }</pre>
 * Failures outside a form (a state button on a stale page) go to {@code GlobalExceptionHandler}'s 409 page.
 */
@Component
public class FormSubmission {

    private final Messages messages;

    public FormSubmission(Messages messages) {
        this.messages = messages;
    }

    public Steps of(Object form, BindingResult binding, Model model, HttpServletResponse response) {
        return new Steps(form, binding, model, response);
    }

    public final class Steps {

        private final Object form;
        private final BindingResult binding;
        private final Model model;
        private final HttpServletResponse response;
        private Supplier<String> page;
        private Supplier<? extends VersionedForm> current;
        private Runnable rules = () -> { };
        private Supplier<String> ownConflictPage;

        private Steps(Object form, BindingResult binding, Model model, HttpServletResponse response) {
            this.form = form;
            this.binding = binding;
            this.model = model;
            this.response = response;
        }

        /** How to show the form again (the view name, after putting what it needs into the model). */
        public Steps page(Supplier<String> page) {
            this.page = page;
            return this;
        }

        /**
         * The saved values as a form, for the conflict view. Without it a lost race is not this form's business and
         * goes on to the global 409 page.
         */
        public Steps current(Supplier<? extends VersionedForm> current) {
            this.current = current;
            return this;
        }

        /**
         * For a form whose lost race is not a table of saved and own values (a password is never shown back): how to
         * show the page instead, answered with 409.
         */
        public Steps conflictPage(Supplier<String> ownConflictPage) {
            this.ownConflictPage = ownConflictPage;
            return this;
        }

        /**
         * Rules that need data but not the save (a month inside the plan's year), run even when the binder already
         * found errors, so the person sees every problem at once. They throw {@link RejectedInput} (several through
         * {@link RejectedInput#collect()}); a field the binder already marked keeps the binder's message.
         */
        public Steps check(Runnable rules) {
            this.rules = rules;
            return this;
        }

        public Saving<Void> save(Runnable save) {
            return new Saving<>(() -> {
                save.run();
                return null;
            });
        }

        /** A save whose result the next step needs (a new record's id for the redirect). */
        public <T> Saving<T> saveReturning(Supplier<T> save) {
            return new Saving<>(save);
        }

        public final class Saving<T> {

            private final Supplier<T> save;

            private Saving(Supplier<T> save) {
                this.save = save;
            }

            public String then(Supplier<String> after) {
                return then(result -> after.get());
            }

            public String then(Function<T, String> after) {
                Objects.requireNonNull(page, "page(…) tells how to show the form again");
                try {
                    rules.run();
                } catch (RejectedInput rejected) {
                    putBeside(rejected);
                }
                if (binding.hasErrors()) {
                    return badInput();
                }
                T result;
                try {
                    result = save.get();
                } catch (RejectedInput rejected) {
                    putBeside(rejected);
                    return badInput();
                } catch (RuntimeException e) {
                    if ((current == null && ownConflictPage == null) || !Conflicts.lostRace(e)) {
                        throw e;
                    }
                    return conflict();
                }
                return after.apply(result);
            }
        }

        private void putBeside(RejectedInput rejected) {
            for (RejectedInput each : rejected.all()) {
                String text = messages.get(each);
                if (each.field() == null) {
                    binding.reject(each.messageKey(), each.messageArgs(), text);
                } else if (!binding.hasFieldErrors(each.field())) {
                    binding.rejectValue(each.field(), each.messageKey(), each.messageArgs(), text);
                }
            }
        }

        private String badInput() {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return page.get();
        }

        private String conflict() {
            if (ownConflictPage != null) {
                response.setStatus(HttpStatus.CONFLICT.value());
                return ownConflictPage.get();
            }
            VersionedForm saved = current.get();
            Map<String, String> mine = form instanceof VersionedForm versioned ? versioned.describe() : Map.of();
            Conflicts.show(model, response, saved.describe(), mine);
            if (form instanceof VersionedForm versioned) {
                versioned.setVersion(saved.getVersion());
            }
            return page.get();
        }
    }
}
