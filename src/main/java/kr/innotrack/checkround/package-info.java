/**
 * The quarterly check-and-feedback cycle (추진상황 점검·환류): rounds, the departments' entries, the office's
 * review, remedies and the computed status. Other modules read its entities, enums and {@link
 * kr.innotrack.checkround.CheckRoundQueries}; what others react to is published as events
 * ({@code checkround :: events}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Check rounds",
        allowedDependencies = {"shared", "shared :: web", "shared :: text", "history", "organization",
                "organization :: events", "plan", "plan :: events", "search", "document"})
package kr.innotrack.checkround;
