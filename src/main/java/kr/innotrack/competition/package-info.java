/**
 * Proposal contests (공모전, issue 18 part E): a planning office's call for proposals like Jecheon's
 * 「6회 제천시 청소년 정책제안콘서트 공모전」 (period, eligibility with the rules the app enforces, theme, required
 * documents, how to submit), citizens' entries from the public form (an e-mail code through {@code participation},
 * the documents as {@code evidence} files of owner kind {@code COMPETITION_ENTRY}), and the office's selection of
 * winners with a published result list. Staff pages under {@code /competitions}, public pages under
 * {@code /public/{slug}/competitions}. Publishes nothing; implements {@code evidence.AttachmentOwner}.
 * See docs/competitions.md.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Proposal contests",
        allowedDependencies = {"shared", "shared :: web", "shared :: text", "history", "organization", "evidence",
                "participation", "mail"})
package kr.innotrack.competition;
