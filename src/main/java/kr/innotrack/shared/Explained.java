package kr.innotrack.shared;

/**
 * A failure the person is told about in words: a message key (in the message files) and its arguments. Arguments
 * may themselves be {@link org.springframework.context.MessageSourceResolvable} (e.g. {@link Messages#key}), which
 * the message source resolves too.
 */
public interface Explained {

    String messageKey();

    Object[] messageArgs();
}
