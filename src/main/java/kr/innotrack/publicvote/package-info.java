/**
 * Public votes (국민심사, issue 18 part C): an organization's vote of N cases from which a citizen picks up to a number
 * ({@link kr.innotrack.publicvote.PublicVote}, {@link kr.innotrack.publicvote.VoteCase}), one ballot per verified voice
 * ({@code participation.Voice}, a unique key on the vote and the voice), the 「총 N명 참여」 count (a recorded count of
 * an imported vote plus the ballots), per-case results only after closing and only once the office published them.
 * Staff pages under {@code /votes}, public pages under {@code /public/{slug}/votes}. Published API:
 * {@link kr.innotrack.publicvote.PublicVotes} (what scoring's third contest part, 국민 투표, reads and creates).
 * See docs/public-votes.md.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Public votes",
        allowedDependencies = {"shared", "shared :: web", "shared :: text", "history", "organization", "participation"})
package kr.innotrack.publicvote;
