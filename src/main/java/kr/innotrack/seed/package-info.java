/** Seed migrations: the published plans loaded from YAML, with plan's schedule grammar. */
@org.springframework.modulith.ApplicationModule(displayName = "Seed", allowedDependencies = {"plan"})
package kr.innotrack.seed;
