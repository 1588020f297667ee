/**
 * Scoring: the departments' ranking from the plan's data and the check rounds (the scoring model, the contest with
 * votes and panel scores, the collaboration evaluation, publication with objections, confirmed awards). What other modules
 * may react to (notice's notices) it publishes as events ({@code scoring.events}). Other modules
 * read {@code ScoringQueries.rankingFor}/{@code rankingAt} with {@code ScoringQueries.Ranking}, {@code Component} and
 * {@code ScoreCalculator.DepartmentScore}. It reads plan entities, so the organization types they expose too.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Scoring",
        allowedDependencies = {"shared", "shared :: web", "shared :: text", "history", "organization", "plan", "checkround", "document", "publicvote"})
package kr.innotrack.scoring;
