package kr.innotrack.shared.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What an irreversible step will do and what it leaves behind, shown on its own page before the step is taken
 * (templates/confirm.html): a form that works without JavaScript, posting the step's fields with an explicit
 * {@code confirm=true}. When the step leaves something unfinished, the person must also tick {@code acknowledgement};
 * when the step is refused outright, {@code blocked} says why and there is no form.
 */
public record Confirmation(String section, String title, String lead, List<String> consequences, List<String> warnings,
                           String acknowledgement, String action, Map<String, String> fields, String confirmLabel,
                           boolean danger, String cancelHref, String blocked, String error) {

    public static Builder of(String section, String title) {
        return new Builder(section, title);
    }

    /** The same page again, with the reason the last attempt was not taken. */
    public Confirmation withError(String message) {
        return new Confirmation(section, title, lead, consequences, warnings, acknowledgement, action, fields,
                confirmLabel, danger, cancelHref, blocked, message);
    }

    public static final class Builder {

        private final String section;
        private final String title;
        private String lead;
        private final List<String> consequences = new ArrayList<>();
        private final List<String> warnings = new ArrayList<>();
        private String acknowledgement;
        private String action;
        private final Map<String, String> fields = new LinkedHashMap<>();
        private String confirmLabel = "confirm.proceed";
        private boolean danger = true;
        private String cancelHref = "/";
        private String blocked;

        private Builder(String section, String title) {
            this.section = section;
            this.title = title;
        }

        public Builder lead(String text) {
            this.lead = text;
            return this;
        }

        public Builder consequence(String text) {
            consequences.add(text);
            return this;
        }

        public Builder warning(String text) {
            warnings.add(text);
            return this;
        }

        /** A checkbox the person must tick (for a step that leaves something unfinished). */
        public Builder acknowledge(String text) {
            this.acknowledgement = text;
            return this;
        }

        public Builder post(String action, String confirmLabel) {
            this.action = action;
            this.confirmLabel = confirmLabel;
            return this;
        }

        public Builder field(String name, Object value) {
            fields.put(name, value == null ? "" : value.toString());
            return this;
        }

        public Builder fields(Map<String, String> values) {
            fields.putAll(values);
            return this;
        }

        public Builder safe() {
            this.danger = false;
            return this;
        }

        public Builder cancel(String href) {
            this.cancelHref = href;
            return this;
        }

        /** The step cannot be taken at all: the page says why and offers no form. */
        public Builder blocked(String reason) {
            this.blocked = reason;
            return this;
        }

        public Confirmation build() {
            return new Confirmation(section, title, lead, List.copyOf(consequences), List.copyOf(warnings),
                    acknowledgement, action, Map.copyOf(new LinkedHashMap<>(fields)), confirmLabel, danger, cancelHref,
                    blocked, null);
        }
    }
}
