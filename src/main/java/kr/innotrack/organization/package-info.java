/**
 * The organization (기관), its departments and its accounts: account management, a person's own account, API tokens,
 * sign-in support. Its API is the root package ({@code Organization}, {@code Department}, {@code Account},
 * {@code AccountQueries.bySignInName}, {@code AccountPrincipal}, {@code ApiTokens}, {@code AccountStamps}, …).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Organization and accounts",
        allowedDependencies = {"shared", "shared :: web", "shared :: text", "history", "security"})
package kr.innotrack.organization;
