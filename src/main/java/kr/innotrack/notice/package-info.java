/**
 * In-app notices: written in the transaction of the change they announce (the events of check rounds and scoring),
 * read in the header badge and on the notices page.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notices",
        allowedDependencies = {"shared", "shared :: web", "checkround :: events", "scoring :: events", "plan :: events",
                "organization", "mail"})
package kr.innotrack.notice;
