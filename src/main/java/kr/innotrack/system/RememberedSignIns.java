package kr.innotrack.system;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.core.convert.converter.Converter;
import org.springframework.core.serializer.support.DeserializingConverter;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextImpl;

/**
 * Reads a session attribute from its stored bytes (Spring Session JDBC), remembering the sign-ins it has read: a
 * signed-in request reads its session's security context from the database on every request, and turning those bytes
 * back into objects (Java deserialisation of the account, its role and the sign-in details) cost more than the rest of
 * a small request (issue 19, {@code bench/README.md}). The same bytes always give the same sign-in, so a security
 * context whose exact bytes were read before is answered from memory: a new context around the same
 * {@link Authentication}, which nothing changes once signed in. Keyed by the bytes themselves, it follows every change
 * of the stored session on any instance (a new sign-in, a sign-out are other bytes) and never answers for another
 * session's bytes. Everything else (CSRF token, flash messages, saved requests) is read afresh every time. Bounded:
 * the least recently read go first.
 */
final class RememberedSignIns implements Converter<byte[], Object> {

    private static final int LARGEST = 16 * 1024;

    private final Converter<byte[], Object> plain;
    private final Map<Bytes, Authentication> known;

    RememberedSignIns(ClassLoader classLoader, int size) {
        this.plain = new DeserializingConverter(classLoader);
        this.known = new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Bytes, Authentication> eldest) {
                return size() > size;
            }
        };
    }

    @Override
    public Object convert(byte[] source) {
        if (source.length > LARGEST) {
            return plain.convert(source);
        }
        Bytes key = new Bytes(source);
        Authentication signedIn;
        synchronized (known) {
            signedIn = known.get(key);
        }
        if (signedIn != null) {
            return new SecurityContextImpl(signedIn);
        }
        Object read = plain.convert(source);
        if (read != null && read.getClass() == SecurityContextImpl.class
                && ((SecurityContextImpl) read).getAuthentication() != null) {
            synchronized (known) {
                known.put(new Bytes(source.clone()), ((SecurityContextImpl) read).getAuthentication());
            }
        }
        return read;
    }

    int size() {
        synchronized (known) {
            return known.size();
        }
    }

    private static final class Bytes {

        private final byte[] bytes;
        private final int hash;

        Bytes(byte[] bytes) {
            this.bytes = bytes;
            this.hash = Arrays.hashCode(bytes);
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Bytes that && hash == that.hash && Arrays.equals(bytes, that.bytes);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }
}
