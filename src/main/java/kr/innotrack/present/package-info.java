/** Present: projector decks of a plan and of a check round, composed from plan, check-round and scoring data. */
@org.springframework.modulith.ApplicationModule(displayName = "Present",
        allowedDependencies = {"document", "shared", "organization", "plan", "checkround", "scoring", "evidence"})
package kr.innotrack.present;
