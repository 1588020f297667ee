package kr.innotrack.organization;

/** What citizens see of an organization on its public pages ({@code /public/{slug}}). */
public record PublicOrganization(Long id, String slug, String name, String fullName, OrganizationKind kind) {
}
