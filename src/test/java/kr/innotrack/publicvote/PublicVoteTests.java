package kr.innotrack.publicvote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import kr.innotrack.shared.CurrentUser;
import kr.innotrack.support.Accounts;
import kr.innotrack.support.IntegrationTest;
import kr.innotrack.support.QueryCounter;
import kr.innotrack.support.SignedIn;
import kr.innotrack.support.TestMail;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Public votes (issue 18 part C) on H2 and PostgreSQL: the seeded 2019 vote, the office's pages and rules, one ballot
 * per verified address, the ballot's limits (picks, times, codes), results hidden until closed and published, the
 * live count with its ETag, other organizations' ids, history. Each test makes its own votes (ballots need committed
 * codes, so no rollback) with titles no other suite reads.
 */
@IntegrationTest
abstract class PublicVoteTests {

    private static final AtomicInteger SEQ = new AtomicInteger();

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    VoteCommands commands;
    @Autowired
    jakarta.persistence.EntityManagerFactory emf;

    private CurrentUser user(String username) {
        return Accounts.user(jdbc, username);
    }

    private RequestPostProcessor as(String username) {
        return SignedIn.as(user(username));
    }

    /** A published vote of Samcheok, open since an hour ago, with {@code cases} cases; returns its id. */
    private long openVote(int cases, int pick) {
        CurrentUser admin = user("samcheok.admin");
        LocalDateTime now = LocalDateTime.now();
        long id = commands.create(new VoteCommands.VoteFields("시험 국민심사 " + SEQ.incrementAndGet(), "설명", pick,
                now.minusHours(1), now.plusDays(1)), admin);
        for (int i = 1; i <= cases; i++) {
            commands.addCase(id, new VoteCommands.CaseFields("사례 " + i, "요약 " + i, i == 1 ? "상세 1" : null), admin);
        }
        commands.publish(id, version(id), admin);
        return id;
    }

    private long version(long id) {
        return jdbc.queryForObject("select version from public_vote where id = ?", Long.class, id);
    }

    private List<Long> caseIds(long voteId) {
        return jdbc.queryForList("select id from public_vote_case where vote_id = ? order by sort_order", Long.class, voteId);
    }

    private long ballots(long voteId) {
        return jdbc.queryForObject("select count(*) from public_vote_ballot where vote_id = ?", Long.class, voteId);
    }

    private static MockHttpServletRequestBuilder picks(MockHttpServletRequestBuilder request, List<Long> picks) {
        for (Long p : picks) {
            request.param("picks", String.valueOf(p));
        }
        return request.with(csrf());
    }

    private String requestCode(long voteId, List<Long> picks, String email) throws Exception {
        int before = TestMail.messagesTo(email).size();
        mvc.perform(picks(post("/public/samcheok/votes/" + voteId + "/code"), picks).param("email", email))
                .andExpect(status().isOk()).andExpect(content().string(containsString("name=\"code\"")));
        return TestMail.latestCode(email, before);
    }

    private org.springframework.test.web.servlet.ResultActions cast(long voteId, List<Long> picks, String email,
                                                                     String code) throws Exception {
        return mvc.perform(picks(post("/public/samcheok/votes/" + voteId + "/ballot"), picks)
                .param("email", email).param("code", code));
    }

    // ------------------------------------------------------------------ the seed

    @Test
    void theSeeded2019VoteIsClosedWithItsTwentyCasesAnd5348ParticipantsAndNoResults() throws Exception {
        long id = jdbc.queryForObject("select v.id from public_vote v join organization o on o.id = v.organization_id"
                + " where o.slug = 'mois' and v.imported", Long.class);
        assertThat(jdbc.queryForObject("select title from public_vote where id = ?", String.class, id))
                .isEqualTo("2019 대한민국 지식대상 우수기관 선정 국민심사");
        assertThat(jdbc.queryForObject("select recorded_participants from public_vote where id = ?", Integer.class, id))
                .isEqualTo(5348);
        assertThat(jdbc.queryForObject("select pick_count from public_vote where id = ?", Integer.class, id)).isEqualTo(3);
        List<String> names = jdbc.queryForList("select name from public_vote_case where vote_id = ? order by sort_order",
                String.class, id);
        assertThat(names).hasSize(20);
        assertThat(names.get(0)).isEqualTo("경상남도 창원시");
        assertThat(names.get(1)).isEqualTo("경상북도 구미시");
        assertThat(names.get(9)).isEqualTo("병무청");
        assertThat(names.get(19)).isEqualTo("특허청");
        String first = jdbc.queryForObject("select summary from public_vote_case where vote_id = ? and sort_order = 1",
                String.class, id);
        assertThat(first).startsWith("Ⅰ. 지식기반의 행정 추진전략 \u00a0 - 지식기반 강화: 공무원?시민 지식역량 강화")
                .endsWith("공직생활 혁신사례 수기 공모전 실시");
        String seventh = jdbc.queryForObject("select summary from public_vote_case where vote_id = ? and sort_order = 7",
                String.class, id);
        assertThat(seventh).contains("?일하는 방식 혁신?").contains("“똑똑하게?즐겁게?함께”");
        String last = jdbc.queryForObject("select summary from public_vote_case where vote_id = ? and sort_order = 20",
                String.class, id);
        assertThat(last).startsWith("○ 국민과 함께 정책을 추진하기 위한 온라인 창구 및 워크숍 운영")
                .endsWith("공익변리사 특허상담, 장애인 발명체험 교육 등 운영");
        assertThat(ballots(id)).isZero();

        mvc.perform(get("/public/mois/votes/" + id)).andExpect(status().isOk())
                .andExpect(content().string(containsString("총 5,348명 참여")))
                .andExpect(content().string(containsString("3개 선택")))
                .andExpect(content().string(containsString("20. 특허청")))
                .andExpect(content().string(containsString("국민심사 결과는 원문에 없어 공개하지 않습니다")))
                .andExpect(content().string(not(containsString("name=\"picks\""))))
                .andExpect(content().string(not(containsString("id=\"vote-results\""))));
        mvc.perform(get("/public/mois/votes")).andExpect(status().isOk())
                .andExpect(content().string(containsString("2019 대한민국 지식대상 우수기관 선정 국민심사")));
    }

    // ------------------------------------------------------------------ staff

    @Test
    void thePlanningAdminCreatesAndPublishesAVoteWithHistoryOthersMayNot() throws Exception {
        String title = "주민 투표 " + SEQ.incrementAndGet();
        String location = mvc.perform(post("/votes").with(as("samcheok.admin")).with(csrf())
                        .param("title", title).param("explanation", "설명입니다").param("pickCount", "3")
                        .param("opensAt", "2030-01-01T09:00").param("closesAt", "2030-01-15T18:00"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(location.substring("/votes/".length()));
        for (int i = 1; i <= 2; i++) {
            mvc.perform(post("/votes/" + id + "/cases").with(as("samcheok.admin")).with(csrf())
                    .param("name", "사례 " + i).param("summary", "요약 " + i)).andExpect(status().is3xxRedirection());
        }
        // three picks of two cases: refused on the confirmation page and by the command
        mvc.perform(get("/votes/" + id + "/publish").with(as("samcheok.admin")))
                .andExpect(content().string(containsString("선택할 사례 수는 1개 이상, 사례 수 이하여야 합니다")));
        mvc.perform(post("/votes/" + id + "/publish").with(as("samcheok.admin")).with(csrf())
                .param("version", String.valueOf(version(id))).param("confirm", "true")).andExpect(status().isConflict());
        mvc.perform(post("/votes/" + id + "/cases").with(as("samcheok.admin")).with(csrf())
                .param("name", "사례 3").param("summary", "요약 3")).andExpect(status().is3xxRedirection());
        // reorder: the third case moves up
        long third = caseIds(id).get(2);
        mvc.perform(post("/votes/" + id + "/cases/" + third + "/move").with(as("samcheok.admin")).with(csrf())
                .param("direction", "-1")).andExpect(status().is3xxRedirection());
        assertThat(caseIds(id).get(1)).isEqualTo(third);

        // other roles and organizations
        mvc.perform(get("/votes/" + id).with(as("samcheok.viewer"))).andExpect(status().isForbidden());
        mvc.perform(get("/votes").with(as("samcheok.viewer"))).andExpect(status().isForbidden());
        mvc.perform(get("/votes/" + id).with(as("incheon.admin"))).andExpect(status().isNotFound());
        mvc.perform(post("/votes/" + id + "/publish").with(as("incheon.admin")).with(csrf())
                .param("version", "0").param("confirm", "true")).andExpect(status().isNotFound());
        // a draft is not public
        mvc.perform(get("/public/samcheok/votes/" + id)).andExpect(status().isNotFound());

        mvc.perform(post("/votes/" + id + "/publish").with(as("samcheok.admin")).with(csrf())
                .param("version", String.valueOf(version(id))).param("confirm", "true"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("select state from public_vote where id = ?", String.class, id)).isEqualTo("OPEN");
        // cases are fixed once public
        mvc.perform(post("/votes/" + id + "/cases").with(as("samcheok.admin")).with(csrf())
                .param("name", "사례 4").param("summary", "요약 4")).andExpect(status().isConflict());
        assertThat(caseIds(id)).hasSize(3);

        List<String> fields = jdbc.queryForList("select field from change_log where entity_type = 'PUBLIC_VOTE'"
                + " and entity_id = ? order by id", String.class, id);
        assertThat(fields).contains("제목", "사례(기관)명", "순서", "상태");
        mvc.perform(get("/votes/" + id).with(as("samcheok.admin"))).andExpect(status().isOk())
                .andExpect(content().string(containsString(title)))
                .andExpect(content().string(containsString("변경 이력")));
        mvc.perform(get("/public/samcheok/votes/" + id)).andExpect(status().isOk())
                .andExpect(content().string(containsString("시작 전")))
                .andExpect(content().string(not(containsString("name=\"picks\""))));
        mvc.perform(get("/public/incheon/votes/" + id)).andExpect(status().isNotFound());
        mvc.perform(get("/public/nowhere/votes/" + id)).andExpect(status().isNotFound());
    }

    @Test
    void badInputOnTheStaffFormsIsAKoreanMessageBesideTheField() throws Exception {
        mvc.perform(post("/votes").with(as("samcheok.admin")).with(csrf())
                        .param("title", "").param("explanation", "설명").param("pickCount", "abc")
                        .param("opensAt", "2030-01-15T09:00").param("closesAt", "2030-01-01T18:00"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("제목을 입력하세요")))
                .andExpect(content().string(containsString("마감 일시는 시작 일시보다 뒤여야 합니다")));
        mvc.perform(post("/votes").with(as("samcheok.admin")).with(csrf())
                        .param("title", "x").param("explanation", "설명").param("pickCount", "3")
                        .param("opensAt", "어제").param("closesAt", "2030-01-01T18:00"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("날짜와 시각 형식")));
    }

    @Test
    void theStaffPageReadsAFixedNumberOfStatementsWhateverTheNumberOfCases() throws Exception {
        long small = openVote(2, 1);
        long large = openVote(8, 3);
        QueryCounter counter = new QueryCounter(emf);
        long a = counter.count(() -> mvc.perform(get("/votes/" + small).with(as("samcheok.admin"))).andExpect(status().isOk()));
        long b = counter.count(() -> mvc.perform(get("/votes/" + large).with(as("samcheok.admin"))).andExpect(status().isOk()));
        assertThat(b).isEqualTo(a);
        assertThat(a).isLessThanOrEqualTo(4);
    }

    // ------------------------------------------------------------------ ballots

    @Test
    void oneVerifiedAddressCastsOneBallotAndTheCountGrows() throws Exception {
        long id = openVote(4, 3);
        List<Long> cases = caseIds(id);
        String email = "voter" + SEQ.incrementAndGet() + "@example.kr";
        mvc.perform(get("/public/samcheok/votes/" + id)).andExpect(content().string(containsString("총 0명 참여")));

        String code = requestCode(id, cases.subList(0, 3), email);
        cast(id, cases.subList(0, 3), email, code)
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/public/samcheok/votes/" + id + "?voted"));
        assertThat(ballots(id)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from public_vote_choice ch join public_vote_ballot b"
                + " on b.id = ch.ballot_id where b.vote_id = ?", Integer.class, id)).isEqualTo(3);
        assertThat(jdbc.queryForObject("select voice from public_vote_ballot where vote_id = ?", String.class, id))
                .hasSize(64).doesNotContain("voter");
        mvc.perform(get("/public/samcheok/votes/" + id + "?voted"))
                .andExpect(content().string(containsString("총 1명 참여")))
                .andExpect(content().string(containsString("투표했습니다")));

        // the replayed code: refused, nothing saved
        cast(id, cases.subList(0, 3), email, code).andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("유효한 인증번호가 없습니다")));
        // a fresh code for the same address (in another case): one voice, one ballot
        String again = requestCode(id, List.of(cases.get(3)), email.toUpperCase());
        cast(id, List.of(cases.get(3)), email.toUpperCase(), again).andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("이미 투표했습니다")));
        assertThat(ballots(id)).isEqualTo(1);
    }

    @Test
    void picksOutsideTheLimitsAndWrongCodesAreRefusedBesideTheFieldAndNothingIsSaved() throws Exception {
        long id = openVote(4, 3);
        long other = openVote(2, 1);
        List<Long> cases = caseIds(id);
        String email = "limits" + SEQ.incrementAndGet() + "@example.kr";
        int before = TestMail.messagesTo(email).size();

        mvc.perform(picks(post("/public/samcheok/votes/" + id + "/code"), cases).param("email", email))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("3개까지만 고를 수 있습니다")));
        mvc.perform(picks(post("/public/samcheok/votes/" + id + "/code"), List.of()).param("email", email))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("사례를 1개 이상")));
        mvc.perform(picks(post("/public/samcheok/votes/" + id + "/code"), List.of(caseIds(other).get(0)))
                        .param("email", email))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("이 국민심사의 사례만")));
        mvc.perform(post("/public/samcheok/votes/" + id + "/code").with(csrf()).param("picks", "abc").param("email", email))
                .andExpect(status().isBadRequest());
        mvc.perform(picks(post("/public/samcheok/votes/" + id + "/code"), cases.subList(0, 1)).param("email", "nope"))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("전자우편 주소를 확인하세요")));
        assertThat(TestMail.messagesTo(email)).hasSize(before);

        String code = requestCode(id, cases.subList(0, 2), email);
        String wrong = code.equals("000000") ? "000001" : "000000";
        cast(id, cases.subList(0, 2), email, wrong).andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("인증번호가 맞지 않습니다")));
        cast(id, cases.subList(0, 2), email, "12ab").andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("여섯 자리 숫자")));
        // the picks are checked again with the code: four picks of three
        cast(id, cases, email, code).andExpect(status().isBadRequest());
        assertThat(ballots(id)).isZero();
        // the code is still good after the refusals
        cast(id, cases.subList(0, 2), email, code).andExpect(status().is3xxRedirection());
        assertThat(ballots(id)).isEqualTo(1);
    }

    @Test
    void afterClosingNoBallotIsTakenAndResultsShowOnlyOnceTheOfficePublishedThem() throws Exception {
        long id = openVote(3, 2);
        List<Long> cases = caseIds(id);
        String email = "closing" + SEQ.incrementAndGet() + "@example.kr";
        String code = requestCode(id, cases.subList(0, 2), email);
        cast(id, cases.subList(0, 2), email, code).andExpect(status().is3xxRedirection());
        String late = "late" + SEQ.incrementAndGet() + "@example.kr";
        String lateCode = requestCode(id, List.of(cases.get(2)), late);

        // no results while open, and no results action
        mvc.perform(post("/votes/" + id + "/results").with(as("samcheok.admin")).with(csrf())
                .param("version", String.valueOf(version(id))).param("confirm", "true")).andExpect(status().isConflict());
        mvc.perform(post("/votes/" + id + "/close").with(as("samcheok.admin")).with(csrf())
                .param("version", String.valueOf(version(id))).param("confirm", "true"))
                .andExpect(status().is3xxRedirection());

        cast(id, List.of(cases.get(2)), late, lateCode).andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("투표가 마감되었습니다")));
        assertThat(ballots(id)).isEqualTo(1);
        mvc.perform(get("/public/samcheok/votes/" + id)).andExpect(status().isOk())
                .andExpect(content().string(containsString("결과는 기관이 공개한 뒤에")))
                .andExpect(content().string(not(containsString("id=\"vote-results\""))));

        mvc.perform(post("/votes/" + id + "/results").with(as("samcheok.admin")).with(csrf())
                .param("version", String.valueOf(version(id))).param("confirm", "true"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/public/samcheok/votes/" + id)).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"vote-results\"")))
                .andExpect(content().string(containsString("사례 1")));
        assertThat(new VoteQueriesProbe(jdbc).counts(id)).containsExactly(1L, 1L, 0L);
    }

    @Test
    void theCountFragmentIsOneSmallAnswerWithAnETag() throws Exception {
        long id = openVote(2, 1);
        String etag = mvc.perform(get("/public/samcheok/votes/" + id + "/count")).andExpect(status().isOk())
                .andExpect(content().string(containsString("총 0명 참여")))
                .andExpect(header().exists("ETag"))
                .andReturn().getResponse().getHeader("ETag");
        mvc.perform(get("/public/samcheok/votes/" + id + "/count").header("If-None-Match", etag))
                .andExpect(status().isNotModified());
        mvc.perform(get("/public/incheon/votes/" + id + "/count")).andExpect(status().isNotFound());
    }

    // ------------------------------------------------------------------ scoring's third contest part

    @Autowired
    PublicVotes publicVotes;

    @Test
    @org.springframework.transaction.annotation.Transactional
    void theContestPageMakesAVoteOfTheShortlistWhoseCountsScoreOnlyOnceItClosed() throws Exception {
        long planId = jdbc.queryForObject("select p.id from plan p join organization o on o.id = p.organization_id"
                + " where o.slug = 'junggu' order by p.plan_year desc limit 1", Long.class);
        List<Long> tasks = jdbc.queryForList("select id from task where plan_id = ? order by id limit 2", Long.class, planId);
        for (Long task : tasks) {
            jdbc.update("insert into contest_candidate (plan_id, task_id, summary, added_at) values (?, ?, ?, current_timestamp)",
                    planId, task, "성과 요약 " + task);
        }
        mvc.perform(post("/plans/" + planId + "/contest/public-vote").with(as("samcheok.admin")).with(csrf()))
                .andExpect(status().isNotFound());
        String location = mvc.perform(post("/plans/" + planId + "/contest/public-vote").with(as("junggu.admin")).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long voteId = Long.parseLong(location.substring("/votes/".length()));
        assertThat(jdbc.queryForList("select task_id from public_vote_case where vote_id = ? order by sort_order",
                Long.class, voteId)).containsExactlyElementsOf(tasks);
        assertThat(jdbc.queryForObject("select pick_count from public_vote where id = ?", Integer.class, voteId)).isEqualTo(2);
        // one vote per plan
        mvc.perform(post("/plans/" + planId + "/contest/public-vote").with(as("junggu.admin")).with(csrf()))
                .andExpect(status().isConflict());
        mvc.perform(get("/plans/" + planId + "/contest").with(as("junggu.admin"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("마감 전: 경연 점수에 아직 반영하지 않습니다")));

        // open, two ballots, then closed: only now the counts are given
        jdbc.update("update public_vote set state = 'OPEN', opens_at = ?, closes_at = ? where id = ?",
                LocalDateTime.now().minusDays(2), LocalDateTime.now().plusDays(1), voteId);
        List<Long> cases = caseIds(voteId);
        for (int i = 0; i < 2; i++) {
            jdbc.update("insert into public_vote_ballot (vote_id, voice, created_at) values (?, ?, current_timestamp)",
                    voteId, "voice-" + i);
            long ballot = jdbc.queryForObject("select id from public_vote_ballot where vote_id = ? and voice = ?",
                    Long.class, voteId, "voice-" + i);
            jdbc.update("insert into public_vote_choice (ballot_id, case_id) values (?, ?)", ballot, cases.get(0));
            if (i == 0) {
                jdbc.update("insert into public_vote_choice (ballot_id, case_id) values (?, ?)", ballot, cases.get(1));
            }
        }
        PublicVotes.ContestTally open = publicVotes.contestTally(planId).orElseThrow();
        assertThat(open.closed()).isFalse();
        assertThat(open.votesPerTask()).isEmpty();
        jdbc.update("update public_vote set closes_at = ? where id = ?", LocalDateTime.now().minusDays(1), voteId);
        PublicVotes.ContestTally closed = publicVotes.contestTally(planId).orElseThrow();
        assertThat(closed.closed()).isTrue();
        assertThat(closed.ballots()).isEqualTo(2);
        assertThat(closed.votesPerTask()).containsEntry(tasks.get(0), 2).containsEntry(tasks.get(1), 1);
    }

    /** Per-case counts in case order, straight from the tables. */
    record VoteQueriesProbe(JdbcTemplate jdbc) {
        List<Long> counts(long voteId) {
            return jdbc.queryForList("select (select count(*) from public_vote_choice ch where ch.case_id = c.id)"
                    + " from public_vote_case c where c.vote_id = ? order by c.sort_order", Long.class, voteId);
        }
    }
}
