/**
 * The public progress portal (issue 18, part A): what the planning admin publishes (공개 관리, {@code /publication}:
 * a confirmed or closed plan, a closed check round's result) and the pages anyone may read without signing in
 * ({@code /public}, {@code /public/{slug}}, its plans, tasks and round results), with their caching validators
 * ({@link PublicFingerprints}) and the per-address rate limit of {@code /public/**} ({@link PublicRateLimit}).
 * <p>
 * The public pages read a small read model of published rows by SQL ({@link PublicQueries}: projections through
 * native queries, a fixed number per page, never an entity handed to a template), confined to published subjects in
 * the SQL itself, so a draft, a review note or an office comment is never even loaded. {@link Publications} is the
 * published API other modules may ask (is a plan public?).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Public portal",
        allowedDependencies = {"shared", "shared :: web", "history", "organization"})
package kr.innotrack.portal;
