/**
 * Navigation: what the header menu offers the signed-in person ({@code MenuFacts}: only the menus the organization
 * uses) and where a person lands after signing in ({@code LandingController}, {@code /start}). Publishes nothing.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Navigation",
        allowedDependencies = {"shared", "plan", "organization :: signin"})
package kr.innotrack.navigation;
