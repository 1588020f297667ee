/**
 * The embedded default's demo year: the sample progress data set loaded once through the modules' own commands
 * (Samcheok 2021 to the demo date, Incheon 2020's budget execution and finding progress, Jung-gu 2016 closed with
 * its awards; two 예시 citizen proposals to Samcheok). Nothing depends on it; the demo clock itself is {@code shared.DemoClock}, made by {@code system}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo year",
        allowedDependencies = {"shared", "plan", "checkround", "budget", "auditfinding", "scoring", "portal", "organization", "proposal"})
package kr.innotrack.demo;
