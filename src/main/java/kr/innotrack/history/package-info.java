/** The change history every module writes in its own transaction ({@code ChangeHistory}) and pages read. */
@org.springframework.modulith.ApplicationModule(displayName = "History", allowedDependencies = {"shared"})
package kr.innotrack.history;
