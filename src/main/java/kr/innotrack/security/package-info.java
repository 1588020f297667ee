/**
 * The security event log (sign-ins, locks, changes of rights and credentials) and the sign-in throttle. Its API is
 * the root package: {@code SecurityEvents}, {@code SecurityEventType}, {@code SignInThrottle}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Security log", allowedDependencies = {"shared"})
package kr.innotrack.security;
