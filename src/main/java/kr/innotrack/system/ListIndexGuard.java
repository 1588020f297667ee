package kr.innotrack.system;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Enumeration;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Refuses a request whose form field names carry a list index no form has ({@code lines[-1]}, {@code lines[x]},
 * {@code lines[100000]}, {@code taskIds[300]}): before the form is bound and before any access check, so it answers
 * 400 to anyone, whatever the index does to a list. The data binder's own growth limit is the same number.
 */
final class ListIndexGuard implements HandlerInterceptor {

    /** Thrown for a field name with an index out of range; answered 400 by {@link GlobalExceptionHandler}. */
    static final class BadListIndex extends RuntimeException {
        private final String field;

        BadListIndex(String field) {
            super("list index out of range: " + field);
            this.field = field;
        }

        String field() {
            return field;
        }
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        Enumeration<String> names = request.getParameterNames();
        while (names.hasMoreElements()) {
            String name = names.nextElement();
            int open = name.indexOf('[');
            while (open >= 0) {
                int close = name.indexOf(']', open);
                if (close < 0 || !validIndex(name.substring(open + 1, close))) {
                    throw new BadListIndex(name);
                }
                open = name.indexOf('[', close);
            }
        }
        return true;
    }

    private static boolean validIndex(String index) {
        if (index.isEmpty() || index.length() > 3) {
            return false;
        }
        for (int i = 0; i < index.length(); i++) {
            if (index.charAt(i) < '0' || index.charAt(i) > '9') {
                return false;
            }
        }
        return Integer.parseInt(index) < GlobalExceptionHandler.MAX_LIST_INDEX;
    }
}
