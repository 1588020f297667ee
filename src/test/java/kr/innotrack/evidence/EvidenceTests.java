package kr.innotrack.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import kr.innotrack.checkround.RoundCommands;
import kr.innotrack.checkround.RoundScope;
import kr.innotrack.plan.TaskScheduling;
import kr.innotrack.shared.CurrentUser;
import kr.innotrack.support.Accounts;
import kr.innotrack.support.SignedIn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Evidence end to end against the seeded Samcheok 2021 plan, on H2 and PostgreSQL: upload, list, download (the same
 * bytes, safe headers), thumbnails, the refusals beside the field (wrong content, empty, double extension, too large,
 * the organization's quota), the owner's access rules (another department 403, another organization 404), a closed
 * round's files frozen, and the history rows. The limits are set small here ({@code max-file-size},
 * {@code organization-quota}), so the suite has its own context and database.
 */
@SpringBootTest(properties = {"innotrack.scheduling.enabled=false", "innotrack.evidence.max-file-size=400KB",
        "innotrack.evidence.organization-quota=1MB"})
@AutoConfigureMockMvc
abstract class EvidenceTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    EvidenceQueries queries;

    @Autowired
    RoundCommands roundCommands;

    @Autowired
    TaskScheduling scheduling;

    long planId;
    long organizationId;
    long milestoneId;
    CurrentUser admin;
    CurrentUser gijo;
    CurrentUser minwon;
    CurrentUser viewer;
    CurrentUser incheon;

    @BeforeEach
    void fixture() {
        planId = jdbc.queryForObject("select p.id from plan p join organization o on o.id = p.organization_id"
                + " where o.name = '삼척시' and p.plan_year = 2021", Long.class);
        organizationId = jdbc.queryForObject("select id from organization where name = '삼척시'", Long.class);
        admin = Accounts.user(jdbc, "samcheok.admin");
        gijo = Accounts.user(jdbc, "samcheok.gijo");
        minwon = Accounts.user(jdbc, "samcheok.minwon");
        viewer = Accounts.user(jdbc, "samcheok.viewer");
        incheon = Accounts.user(jdbc, "incheon.admin");
        milestoneId = jdbc.queryForObject("select min(m.id) from milestone m join task t on t.id = m.task_id"
                + " where t.plan_id = ? and t.code = '가-1-1'", Long.class, planId);
    }

    private long taskId(String code) {
        return jdbc.queryForObject("select id from task where code = ? and plan_id = ?", Long.class, code, planId);
    }

    MvcResult upload(String kind, long ownerId, String name, byte[] content, CurrentUser as) throws Exception {
        return mvc.perform(multipart("/evidence/" + kind + "/" + ownerId)
                        .file(new MockMultipartFile("file", name, "application/octet-stream", content))
                        .with(csrf()).with(SignedIn.as(as)))
                .andReturn();
    }

    Long latest(OwnerKind kind, long ownerId) {
        List<AttachmentView> files = queries.byOwner(kind, List.of(ownerId)).getOrDefault(ownerId, List.of());
        return files.isEmpty() ? null : files.get(files.size() - 1).id();
    }

    static byte[] pdfOf(int size) throws Exception {
        byte[] pdf = EvidenceSamples.pdf();
        byte[] out = Arrays.copyOf(pdf, Math.max(size, pdf.length));
        Arrays.fill(out, pdf.length, out.length, (byte) ' ');
        return out;
    }

    @Test
    void anOfficerAttachesAndEveryoneInTheOrganizationDownloadsTheSameBytes() throws Exception {
        byte[] pdf = EvidenceSamples.pdf();
        MvcResult r = upload("milestone", milestoneId, "../../2021 결과보고서.pdf", pdf, gijo);
        assertThat(r.getResponse().getStatus()).isEqualTo(302);
        assertThat(r.getResponse().getRedirectedUrl()).startsWith("/plans/" + planId + "/tasks/").endsWith("#evidence");
        Long id = latest(OwnerKind.MILESTONE, milestoneId);
        AttachmentView view = queries.byOwner(OwnerKind.MILESTONE, List.of(milestoneId)).get(milestoneId).stream()
                .filter(v -> v.id().equals(id)).findFirst().orElseThrow();
        assertThat(view.fileName()).isEqualTo("2021 결과보고서.pdf"); // the path is gone
        assertThat(view.kind()).isEqualTo(FileKind.PDF);
        assertThat(view.uploadedByName()).isEqualTo(gijo.displayName());

        for (CurrentUser reader : List.of(gijo, minwon, viewer, admin)) {
            MvcResult d = mvc.perform(get("/evidence/files/" + id).with(SignedIn.as(reader))).andExpect(status().isOk())
                    .andReturn();
            assertThat(d.getResponse().getContentAsByteArray()).isEqualTo(pdf);
            assertThat(d.getResponse().getContentType()).isEqualTo("application/pdf");
            assertThat(d.getResponse().getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
            assertThat(d.getResponse().getHeader("Cache-Control")).isEqualTo("private, no-store");
            assertThat(d.getResponse().getHeader("Content-Disposition"))
                    .startsWith("attachment; filename=\"2021 _____.pdf\"; filename*=UTF-8''2021%20");
        }
        String sha = jdbc.queryForObject("select sha256 from evidence_attachment where id = ?", String.class, id);
        assertThat(sha).isEqualTo(java.util.HexFormat.of().formatHex(
                java.security.MessageDigest.getInstance("SHA-256").digest(pdf)));
        // history: in the task's history, as the milestone's change
        assertThat(jdbc.queryForObject("select count(*) from change_log where entity_type = 'MILESTONE' and entity_id = ?"
                + " and action = 'UPDATE' and field = '증빙자료 첨부' and new_value like '2021 결과보고서.pdf%'", Integer.class, milestoneId))
                .isEqualTo(1);
    }

    @Test
    void aPhotoGetsAThumbnailOnTheTaskPage() throws Exception {
        assertThat(upload("milestone", milestoneId, "현장 사진.jpg", EvidenceSamples.jpg(), gijo).getResponse().getStatus())
                .isEqualTo(302);
        Long id = latest(OwnerKind.MILESTONE, milestoneId);
        MvcResult t = mvc.perform(get("/evidence/files/" + id + "/thumbnail").with(SignedIn.as(viewer)))
                .andExpect(status().isOk()).andReturn();
        assertThat(t.getResponse().getContentType()).isEqualTo("image/jpeg");
        assertThat(t.getResponse().getContentAsByteArray().length).isLessThan(EvidenceSamples.jpg().length);
        String page = mvc.perform(get("/plans/" + planId + "/tasks/" + taskId("가-1-1")).with(SignedIn.as(viewer)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("/evidence/files/" + id + "/thumbnail").contains("현장 사진.jpg");
        mvc.perform(get("/evidence/files/" + id + "/thumbnail").with(SignedIn.as(incheon))).andExpect(status().isNotFound());
    }

    @Test
    void refusedFilesAreAnsweredBesideTheFieldAndNothingIsSaved() throws Exception {
        int before = jdbc.queryForObject("select count(*) from evidence_attachment", Integer.class);
        String[][] cases = {
                {"보고서.pdf", "png", "이름은 PDF 파일인데 내용은 PNG 파일입니다"},
                {"실적.xlsx", "pdf", "이름은 XLSX 파일인데 내용은 PDF 파일입니다"},
                {"빈파일.pdf", "empty", "빈 파일(0바이트)입니다"},
                {"x.pdf.exe", "pdf", "「.exe」 파일은 받을 수 없습니다"},
                {"invoice.exe.pdf", "pdf", "확장자가 두 개인 파일 이름"},
                {"큰파일.pdf", "big", "한 파일은 400 KB까지"},
                {"C:\\Users\\..\\", "pdf", "파일 이름이 없습니다"},
        };
        for (String[] c : cases) {
            byte[] content = switch (c[1]) {
                case "png" -> EvidenceSamples.png();
                case "empty" -> new byte[0];
                case "big" -> pdfOf(401 * 1024);
                default -> EvidenceSamples.pdf();
            };
            MvcResult r = upload("milestone", milestoneId, c[0], content, gijo);
            assertThat(r.getResponse().getStatus()).as(c[0]).isEqualTo(400);
            String page = r.getResponse().getContentAsString(StandardCharsets.UTF_8);
            assertThat(page).as(c[0]).contains(c[2]).contains("field-error");
        }
        assertThat(jdbc.queryForObject("select count(*) from evidence_attachment", Integer.class)).isEqualTo(before);
    }

    @Test
    void theOwnersRulesDecideWhoMayAttachAndRemove() throws Exception {
        assertThat(upload("milestone", milestoneId, "a.pdf", EvidenceSamples.pdf(), minwon).getResponse().getStatus())
                .isEqualTo(403); // another department's task
        assertThat(upload("milestone", milestoneId, "a.pdf", EvidenceSamples.pdf(), viewer).getResponse().getStatus())
                .isEqualTo(403);
        assertThat(upload("milestone", milestoneId, "a.pdf", EvidenceSamples.pdf(), incheon).getResponse().getStatus())
                .isEqualTo(404); // another organization
        assertThat(upload("nothing", milestoneId, "a.pdf", EvidenceSamples.pdf(), gijo).getResponse().getStatus())
                .isEqualTo(404);
        assertThat(upload("milestone", milestoneId, "a.pdf", EvidenceSamples.pdf(), gijo).getResponse().getStatus())
                .isEqualTo(302);
        Long id = latest(OwnerKind.MILESTONE, milestoneId);
        mvc.perform(get("/evidence/files/" + id).with(SignedIn.as(incheon))).andExpect(status().isNotFound());
        mvc.perform(get("/evidence/milestone/" + milestoneId).with(SignedIn.as(incheon))).andExpect(status().isNotFound());
        mvc.perform(post("/evidence/files/" + id + "/delete").with(csrf()).with(SignedIn.as(minwon)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/evidence/files/" + id + "/delete").with(csrf()).with(SignedIn.as(incheon)))
                .andExpect(status().isNotFound());
        // the department's officer removes it: gone with its chunks, recorded in the task's history
        mvc.perform(post("/evidence/files/" + id + "/delete").with(csrf()).with(SignedIn.as(gijo)))
                .andExpect(status().isFound());
        assertThat(jdbc.queryForObject("select count(*) from evidence_attachment where id = ?", Integer.class, id)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from evidence_chunk where attachment_id = ?", Integer.class, id))
                .isZero();
        assertThat(jdbc.queryForObject("select count(*) from change_log where entity_type = 'MILESTONE' and entity_id = ?"
                + " and action = 'UPDATE' and field = '증빙자료 삭제' and old_value like 'a.pdf%'", Integer.class, milestoneId)).isEqualTo(1);
        mvc.perform(get("/evidence/files/" + id).with(SignedIn.as(gijo))).andExpect(status().isNotFound());
    }

    @Test
    void aClosedRoundsEntryFilesCannotBeAddedOrRemoved() throws Exception {
        scheduling.selectFocusTasks(planId, Set.of(taskId("가-1-1"), taskId("나-1-3")), admin);
        long roundId = roundCommands.create(planId, new RoundCommands.Setup(2021, 2, false, "2021년 2분기 점검",
                LocalDate.of(2021, 6, 30), LocalDate.of(2021, 7, 10), RoundScope.FOCUS, Set.of(), null), admin).getId();
        long entryId = jdbc.queryForObject("select e.id from round_entry e join task t on t.id = e.task_id"
                + " where e.round_id = ? and t.code = '가-1-1'", Long.class, roundId);
        assertThat(upload("round-entry", entryId, "점검 사진.png", EvidenceSamples.png(), gijo).getResponse().getStatus())
                .isEqualTo(302);
        assertThat(upload("round-entry", entryId, "점검.pdf", EvidenceSamples.pdf(), minwon).getResponse().getStatus())
                .isEqualTo(403);
        Long id = latest(OwnerKind.ROUND_ENTRY, entryId);
        String open = mvc.perform(get("/rounds/" + roundId + "/entries/" + entryId).with(SignedIn.as(gijo)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(open).contains("evidence-remove").contains("점검 사진.png").contains("evidence-upload");
        assertThat(jdbc.queryForObject("select count(*) from change_log where entity_type = 'ROUND_ENTRY'"
                + " and entity_id = ? and field = '증빙자료 첨부'", Integer.class, entryId)).isEqualTo(1);

        jdbc.update("update check_round set state = 'CLOSED' where id = ?", roundId);
        assertThat(upload("round-entry", entryId, "늦은.pdf", EvidenceSamples.pdf(), gijo).getResponse().getStatus())
                .isEqualTo(409);
        mvc.perform(post("/evidence/files/" + id + "/delete").with(csrf()).with(SignedIn.as(admin)))
                .andExpect(status().isConflict());
        String closed = mvc.perform(get("/rounds/" + roundId + "/entries/" + entryId).with(SignedIn.as(gijo)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(closed).contains("점검 사진.png").contains("evidence-frozen")
                .doesNotContain("evidence-remove").doesNotContain("evidence-upload");
        mvc.perform(get("/evidence/files/" + id).with(SignedIn.as(minwon))).andExpect(status().isOk());
    }

    @Test
    void theOrganizationsQuotaRefusesWhatWouldNotFit() throws Exception {
        long quota = 1024 * 1024;
        boolean refused = false;
        for (int i = 0; i < 5 && !refused; i++) {
            long used = queries.used(organizationId);
            MvcResult r = upload("milestone", milestoneId, "분량" + i + ".pdf", pdfOf(350 * 1024), admin);
            if (used + 350 * 1024 > quota) {
                assertThat(r.getResponse().getStatus()).isEqualTo(400);
                assertThat(r.getResponse().getContentAsString(StandardCharsets.UTF_8))
                        .contains("기관의 증빙자료 저장 용량(1.0 MB)이 부족합니다");
                refused = true;
            } else {
                assertThat(r.getResponse().getStatus()).isEqualTo(302);
            }
            assertThat(queries.used(organizationId)).isLessThanOrEqualTo(quota);
        }
        assertThat(refused).isTrue();
        // Incheon's quota is its own
        assertThat(queries.used(jdbc.queryForObject("select id from organization where name = '인천광역시'", Long.class)))
                .isZero();
    }
}
