package kr.innotrack.shared.web;

import java.util.Map;

/**
 * A form that saves over a record someone else may have changed: it carries the version it was read at, and it can
 * describe its values (field label → display value) for the conflict view.
 */
public interface VersionedForm {

    Long getVersion();

    void setVersion(Long version);

    /** Field label (a message key, or the label itself) → display value, in the order the form shows them. */
    Map<String, String> describe();
}
