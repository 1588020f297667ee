/**
 * Citizen proposals (국민 제안, issue 18 part B): a citizen submits a proposal on the organization's public pages
 * (consent, honeypot, no session), the planning office moderates (검토 대기 → 공개 / 숨김) and triages it (접수 → 검토 중
 * → 채택 into a task of a confirmed plan / 불채택 with a published reason), other citizens add their support (공감) once
 * per verified e-mail voice. Publishes nothing; uses plan's {@code CitizenProposalTasks} to mark the adopted task.
 * See docs/proposals.md.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Citizen proposals",
        allowedDependencies = {"shared", "shared :: web", "shared :: text", "history", "organization", "plan",
                "participation", "mail"})
package kr.innotrack.proposal;
