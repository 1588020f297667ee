/** The council audit findings register (행정사무감사 지적사항) and the response to each finding. Publishes nothing. */
@org.springframework.modulith.ApplicationModule(displayName = "Audit findings",
        allowedDependencies = {"shared", "shared :: web", "shared :: text", "history", "organization", "plan", "search", "document", "evidence"})
package kr.innotrack.auditfinding;
