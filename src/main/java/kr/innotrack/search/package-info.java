/**
 * Global search (통합 검색, {@code /search}): one box over the organization's tasks, milestones, round entries,
 * remedies and audit findings. The modules that own those records implement {@link kr.innotrack.search.SearchSource}
 * (plan, checkround, auditfinding depend on this module, never the other way), each with one query confined to the
 * organization and to the plans the person may see; this module asks every source, cuts the snippets and marks the
 * match. A fixed number of statements whatever the hits.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Search",
        allowedDependencies = {"shared", "shared :: web", "shared :: text"})
package kr.innotrack.search;
