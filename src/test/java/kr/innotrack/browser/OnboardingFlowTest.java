package kr.innotrack.browser;

import static org.assertj.core.api.Assertions.assertThat;

import kr.innotrack.support.Browser;
import kr.innotrack.support.BrowserFlow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * A new local government starts in the browser: the operator registers it with its first planning admin; the admin
 * signs in, builds the department tree with 정원/현원, gives an officer an account in a new department, writes the
 * year's plan in the spreadsheet template (a first upload with a wrong department is refused cell by cell), creates
 * it from the preview and confirms it; the officer then finds the task under 내 부서 과제.
 */
@EnabledIf(value = "kr.innotrack.support.Browser#available",
        disabledReason = "browser tests skipped: install Debian's chromium and chromium-driver (CI=true always runs them)")
class OnboardingFlowTest extends BrowserFlow {

    private void type(String id, String text) {
        WebElement input = driver.findElement(By.id(id));
        input.clear();
        input.sendKeys(text);
    }

    private void submit(String formId) {
        driver.findElement(By.cssSelector("#" + formId + " button[type=submit]")).click();
    }

    private void signInWith(String username, String password) {
        driver.manage().deleteAllCookies();
        driver.get("http://localhost:" + port + "/login");
        type("username", username);
        type("password", password);
        driver.findElement(By.cssSelector("main form button[type=submit]")).click();
        Browser.waitFor(driver, By.id("signed-in-as"));
    }

    @Test
    void theOperatorOnboardsAnOrganizationWhoseAdminBuildsItsDepartments() {
        Browser.signIn(driver, port, "operator");
        assertThat(driver.getCurrentUrl()).endsWith("/operator/organizations");
        assertThat(driver.findElement(By.id("organization-table")).getText()).contains("삼척시", "인천광역시");
        assertThat(driver.findElement(By.tagName("nav")).getText()).doesNotContain("계획 목록");

        driver.findElement(By.id("new-organization")).click();
        Browser.waitFor(driver, By.id("organization-form"));
        type("name", "보성군");
        type("fullName", "전라남도 보성군");
        type("region", "전라남도");
        type("adminUsername", "boseong.admin");
        type("adminDisplayName", "기획예산실 혁신담당");
        type("password", "Green-Tea-Field-88");
        type("passwordConfirm", "Green-Tea-Field-89");
        submit("organization-form");
        assertThat(Browser.waitFor(driver, By.cssSelector("#organization-form .field-error")).getText())
                .contains("비밀번호가 서로 다릅니다");
        type("password", "Green-Tea-Field-88");
        type("passwordConfirm", "Green-Tea-Field-88");
        submit("organization-form");
        assertThat(Browser.waitFor(driver, By.cssSelector("p.notice")).getText()).contains("보성군", "boseong.admin");
        assertThat(driver.findElement(By.cssSelector("tr[data-organization='보성군']")).getText()).contains("기초", "전라남도");
        Browser.screenshot(driver, "operator-organizations");

        signInWith("boseong.admin", "Green-Tea-Field-88");
        Browser.nav(driver, "부서 관리");
        Browser.waitFor(driver, By.id("new-department"));
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("아직 부서가 없습니다");

        driver.findElement(By.id("new-department")).click();
        type("name", "기획예산실");
        type("authorized", "24");
        type("current", "22");
        submit("department-form");
        Browser.waitFor(driver, By.cssSelector("tr[data-department='기획예산실']"));
        driver.findElement(By.cssSelector("tr[data-department='기획예산실'] a[href*='parentId']")).click();
        type("name", "혁신담당");
        type("sortOrder", "x");
        submit("department-form");
        assertThat(Browser.waitFor(driver, By.cssSelector("#department-form .field-error")).getText())
                .contains("숫자로 입력하세요");
        type("sortOrder", "1");
        submit("department-form");
        WebElement unit = Browser.waitFor(driver, By.cssSelector("tr[data-department='혁신담당']"));
        assertThat(unit.getText()).contains("운영");
        Browser.screenshot(driver, "admin-departments");

        Browser.nav(driver, "계정 관리");
        driver.findElement(By.id("new-account")).click();
        type("username", "boseong.hyeoksin");
        type("displayName", "혁신담당 주무관");
        new Select(driver.findElement(By.id("role"))).selectByVisibleText("부서 담당자");
        new Select(driver.findElement(By.id("departmentId"))).selectByVisibleText("혁신담당");
        type("password", "Morning-Mist-2040");
        type("passwordConfirm", "Morning-Mist-2040");
        submit("account-form");
        Browser.waitFor(driver, By.cssSelector("tr[data-username='boseong.hyeoksin']"));

        driver.get("http://localhost:" + port + "/");
        driver.findElement(By.id("new-plan")).click();
        driver.findElement(By.id("new-plan-import")).click();
        Browser.waitFor(driver, By.id("sheet-upload-form"));
        byte[] template = download("/plans/template.xlsx");
        driver.findElement(By.id("file")).sendKeys(workbook(template, "혁신담당팀").toString());
        submit("sheet-upload-form");
        assertThat(Browser.waitFor(driver, By.id("sheet-problems")).getText()).contains("혁신담당팀");
        driver.findElement(By.id("file")).sendKeys(workbook(template, "혁신담당").toString());
        submit("sheet-upload-form");
        Browser.waitFor(driver, By.id("sheet-preview"));
        assertThat(driver.findElement(By.id("count-tasks")).getText()).contains("1");
        Browser.screenshot(driver, "plan-import-preview");
        driver.findElement(By.id("sheet-create")).click();
        assertThat(Browser.waitFor(driver, By.id("plan-state-banner")).getText()).contains("작성 중");

        driver.findElement(By.id("plan-lifecycle")).click();
        assertThat(Browser.waitFor(driver, By.id("readiness")).getText()).contains("과제");
        submit("confirm-form");
        assertThat(Browser.waitFor(driver, By.cssSelector("p.notice")).getText()).contains("계획을 확정했습니다");
        assertThat(driver.findElements(By.id("plan-state-banner"))).isEmpty();

        signInWith("boseong.hyeoksin", "Morning-Mist-2040");
        Browser.nav(driver, "내 부서 과제");
        assertThat(Browser.waitFor(driver, By.tagName("h1")).getText()).isEqualTo("내 부서 과제");
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("녹차 수도 관광 민원 안내 개선");
    }

    /** A file the signed-in browser may fetch (the template), fetched with its session cookie. */
    private byte[] download(String path) {
        try {
            var cookie = driver.manage().getCookieNamed("JSESSIONID");
            var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + path))
                    .header("Cookie", "JSESSIONID=" + cookie.getValue()).build();
            var response = java.net.http.HttpClient.newHttpClient().send(request,
                    java.net.http.HttpResponse.BodyHandlers.ofByteArray());
            assertThat(response.statusCode()).isEqualTo(200);
            return response.body();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The template filled in as 보성군's planning office would: one strategy, one task of the given department. */
    private static java.nio.file.Path workbook(byte[] template, String department) {
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(template))) {
            put(wb, "계획", "B2", 2027);
            put(wb, "계획", "B3", "보성군 정부혁신 실행계획");
            put(wb, "추진체계", "A2", "가");
            put(wb, "추진체계", "C2", "참여와 협력으로 여는 보성");
            put(wb, "추진체계", "D2", "전략");
            put(wb, "과제", "A2", "가");
            put(wb, "과제", "B2", "가-1");
            put(wb, "과제", "C2", "녹차 수도 관광 민원 안내 개선");
            put(wb, "과제", "D2", department);
            put(wb, "추진일정", "A2", "가-1");
            put(wb, "추진일정", "B2", "안내 체계 개편");
            put(wb, "추진일정", "D2", "2027. 5~6월");
            put(wb, "성과지표", "A2", "가-1");
            put(wb, "성과지표", "B2", "안내 만족도");
            put(wb, "성과지표", "C2", "점");
            put(wb, "성과지표", "D2", 70);
            put(wb, "성과지표", "E2", 85);
            put(wb, "성과지표", "F2", "증가");
            put(wb, "성과지표", "G2", "반기별");
            java.nio.file.Path file = java.nio.file.Files.createTempFile("boseong-plan-", ".xlsx");
            try (var out = java.nio.file.Files.newOutputStream(file)) {
                wb.write(out);
            }
            return file;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void put(org.apache.poi.ss.usermodel.Workbook wb, String sheet, String reference, Object value) {
        var ref = new org.apache.poi.ss.util.CellReference(reference);
        var s = wb.getSheet(sheet);
        var row = s.getRow(ref.getRow()) == null ? s.createRow(ref.getRow()) : s.getRow(ref.getRow());
        var cell = row.getCell(ref.getCol()) == null ? row.createCell(ref.getCol()) : row.getCell(ref.getCol());
        if (value instanceof Number n) {
            cell.setCellValue(n.doubleValue());
        } else {
            cell.setCellValue((String) value);
        }
    }
}
