package kr.innotrack.participation;

/** What a code is for: a kind ({@code vote}, {@code support}, …) and the subject's id (the vote, the proposal). */
public record Purpose(String kind, long subjectId) {

    public static Purpose vote(long voteId) {
        return new Purpose("vote", voteId);
    }

    public static Purpose support(long proposalId) {
        return new Purpose("support", proposalId);
    }
}
