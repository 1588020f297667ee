package kr.innotrack.shared;

/**
 * An enum whose constants people read: its words live in the message files under
 * {@code enum.<SimpleName>.<CONSTANT>} (e.g. {@code enum.Signal.RED=부진}). Java asks {@link Messages#label};
 * templates write {@code #{${value.messageKey()}}}.
 */
public interface Labeled {

    default String messageKey() {
        Enum<?> constant = (Enum<?>) this;
        return "enum." + constant.getDeclaringClass().getSimpleName() + "." + constant.name();
    }
}
