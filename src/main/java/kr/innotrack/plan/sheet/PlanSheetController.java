package kr.innotrack.plan.sheet;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import kr.innotrack.shared.CurrentUser;
import kr.innotrack.shared.Messages;
import kr.innotrack.shared.web.FormSubmission;
import lombok.RequiredArgsConstructor;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A plan from a spreadsheet (planning admins): the template, a plan exported to it, and the import: upload → every
 * problem per cell (400, nothing saved) or the preview → 「계획 만들기」 → the new plan (작성 중).
 */
@Controller
@RequiredArgsConstructor
class PlanSheetController {

    static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    private static final String PAGE = "plan/sheet/import";

    private final PlanSheets sheets;
    private final PlanSheetCommands commands;
    private final PendingUploads uploads;
    private final FormSubmission submissions;
    private final Messages messages;

    @GetMapping("/plans/template.xlsx")
    ResponseEntity<byte[]> template(CurrentUser user) {
        return download(sheets.template(user));
    }

    @GetMapping("/plans/{planId}/export.xlsx")
    ResponseEntity<byte[]> export(@PathVariable Long planId, CurrentUser user) {
        return download(sheets.export(planId, user));
    }

    @GetMapping("/plans/import")
    String importPage(CurrentUser user, Model model) {
        sheets.requireAdmin(user);
        model.addAttribute("form", new SheetUploadForm());
        model.addAttribute("createForm", new SheetCreateForm());
        return PAGE;
    }

    /** A file with problems: 400 with each at its cell; a clean one: the preview with its token. */
    @PostMapping("/plans/import")
    String upload(@ModelAttribute("form") SheetUploadForm form, BindingResult binding, CurrentUser user, Model model,
                  HttpServletResponse response, HttpSession session) {
        model.addAttribute("createForm", new SheetCreateForm());
        return submissions.of(form, binding, model, response)
                .page(() -> PAGE)
                .check(() -> checked(sheets.read(user, form::content), model))
                .saveReturning(() -> uploads.keep(session, user, form.content()))
                .then(token -> {
                    SheetCreateForm create = new SheetCreateForm();
                    create.setToken(token);
                    model.addAttribute("createForm", create);
                    return PAGE;
                });
    }

    @PostMapping("/plans/import/create")
    String create(@ModelAttribute("createForm") SheetCreateForm form, BindingResult binding, CurrentUser user,
                  Model model, HttpServletResponse response, HttpSession session, RedirectAttributes redirect) {
        model.addAttribute("form", new SheetUploadForm());
        return submissions.of(form, binding, model, response)
                .page(() -> PAGE)
                .check(() -> checked(sheets.read(user, () -> uploads.find(session, form.getToken(), user)), model))
                .saveReturning(() -> commands.create(user, () -> uploads.find(session, form.getToken(), user)))
                .then(planId -> {
                    uploads.forget(session);
                    redirect.addFlashAttribute("saved", messages.get("sheet.flash.created"));
                    return "redirect:/plans/" + planId;
                });
    }

    /** The reading goes to the page either way; problems refuse the step above the form. */
    private static void checked(SheetReading reading, Model model) {
        model.addAttribute("reading", reading);
        if (!reading.clean()) {
            throw new kr.innotrack.shared.web.RejectedInput("file", "sheet.problems.count",
                    reading.problems().size() + reading.moreProblems());
        }
    }

    private static ResponseEntity<byte[]> download(PlanSheets.Workbook workbook) {
        return ResponseEntity.ok()
                .contentType(XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(workbook.filename()).build().toString())
                .body(workbook.content());
    }
}
