/**
 * In-app notices: written in the transaction of the change they announce (check rounds' events, scoring's calls),
 * read in the header badge and on the notices page.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notices",
        allowedDependencies = {"shared", "shared :: web", "checkround :: events"})
package kr.innotrack.notice;
