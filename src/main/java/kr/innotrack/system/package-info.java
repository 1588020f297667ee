/**
 * Configuration of the whole application: security (sign-in, API tokens, session stamps), the one
 * {@code GlobalExceptionHandler}, web and time configuration, the sign-in page. Publishes nothing.
 */
@org.springframework.modulith.ApplicationModule(displayName = "System",
        allowedDependencies = {"shared", "shared :: web", "shared :: text", "organization :: signin", "security"})
package kr.innotrack.system;
