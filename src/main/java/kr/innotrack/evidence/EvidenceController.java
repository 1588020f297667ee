package kr.innotrack.evidence;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import kr.innotrack.shared.CurrentUser;
import kr.innotrack.shared.Messages;
import kr.innotrack.shared.NotFoundException;
import kr.innotrack.shared.web.FormSubmission;
import lombok.RequiredArgsConstructor;
import org.springframework.http.CacheControl;
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
 * 증빙자료: an owner's evidence page with the upload form ({@code /evidence/{kind}/{ownerId}}; the owners' own pages
 * post their forms here too), the upload (a refused file: 400 with the reason beside the file field, nothing saved),
 * the download ({@code /evidence/files/{id}}, streamed as an attachment), a photo's thumbnail and the removal.
 */
@Controller
@RequiredArgsConstructor
class EvidenceController {

    private static final String PAGE = "evidence/owner";

    private final Owners owners;
    private final EvidenceQueries queries;
    private final EvidenceCommands commands;
    private final FormSubmission submissions;
    private final Messages messages;

    @GetMapping("/evidence/{kind}/{ownerId}")
    String page(@PathVariable String kind, @PathVariable Long ownerId, CurrentUser user, Model model) {
        model.addAttribute("form", new UploadForm());
        return show(kind, ownerId, user, model);
    }

    private String show(String kind, Long ownerId, CurrentUser user, Model model) {
        Owner owner = owners.resolve(kind, ownerId, user);
        model.addAttribute("owner", owner);
        model.addAttribute("evidence", queries.panel(owner));
        return PAGE;
    }

    @PostMapping("/evidence/{kind}/{ownerId}")
    String upload(@PathVariable String kind, @PathVariable Long ownerId, @ModelAttribute("form") UploadForm form,
                  BindingResult binding, CurrentUser user, Model model, HttpServletResponse response,
                  RedirectAttributes redirect) {
        Owner owner = owners.resolve(kind, ownerId, user);
        return submissions.of(form, binding, model, response)
                .page(() -> show(kind, ownerId, user, model))
                .saveReturning(() -> commands.attach(owner.kind(), ownerId, Upload.of(form.getFile()), user))
                .then(o -> {
                    redirect.addFlashAttribute("saved", messages.get("evidence.flash.attached"));
                    return "redirect:" + o.page();
                });
    }

    @PostMapping("/evidence/files/{id}/delete")
    String remove(@PathVariable Long id, CurrentUser user, RedirectAttributes redirect) {
        Owner owner = commands.remove(id, user);
        redirect.addFlashAttribute("saved", messages.get("evidence.flash.removed"));
        return "redirect:" + owner.page();
    }

    @GetMapping("/evidence/files/{id}")
    void download(@PathVariable Long id, CurrentUser user, HttpServletResponse response) throws IOException {
        Attachment a = queries.readable(id, user);
        response.setContentType(a.getContentType());
        response.setContentLengthLong(a.getSizeBytes());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, disposition(a.getFileName(), id));
        safe(response);
        commands.store(a.getStorage()).copyTo(a, response.getOutputStream());
    }

    @GetMapping("/evidence/files/{id}/thumbnail")
    ResponseEntity<byte[]> thumbnail(@PathVariable Long id, CurrentUser user) {
        Attachment a = queries.readable(id, user);
        byte[] picture = a.getThumbnailType() == null ? null : queries.thumbnail(id);
        if (picture == null) {
            throw new NotFoundException("evidence.record.thumbnail", id);
        }
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(a.getThumbnailType()))
                .cacheControl(CacheControl.noStore().cachePrivate())
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline")
                .body(picture);
    }

    private static void safe(HttpServletResponse response) {
        response.setHeader(HttpHeaders.CACHE_CONTROL, "private, no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Content-Security-Policy", "default-src 'none'; sandbox");
    }

    /**
     * {@code attachment; filename="<ASCII>"; filename*=UTF-8''<percent-encoded>} (RFC 6266 / 5987): the ASCII fallback
     * keeps letters, digits and {@code .-_ ()}, everything else becomes {@code _}; a name with nothing ASCII left
     * falls back to {@code evidence-<id>.<ext>}.
     */
    static String disposition(String fileName, Long id) {
        int dot = fileName.lastIndexOf('.');
        String ext = dot < 0 ? "" : fileName.substring(dot);
        StringBuilder ascii = new StringBuilder();
        for (char c : fileName.toCharArray()) {
            ascii.append(c < 128 && (Character.isLetterOrDigit(c) || ".-_ ()".indexOf(c) >= 0) ? c : '_');
        }
        String stem = dot < 0 ? ascii.toString() : ascii.substring(0, dot);
        String fallback = stem.replace("_", "").isBlank() ? "evidence-" + id + ext : ascii.toString();
        return "attachment; filename=\"" + fallback + "\"; filename*=UTF-8''" + rfc5987(fileName);
    }

    private static String rfc5987(String s) {
        StringBuilder out = new StringBuilder();
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || "!#$&+-.^_`|~".indexOf(c) >= 0) {
                out.append((char) c);
            } else {
                out.append('%').append(String.format("%02X", c));
            }
        }
        return out.toString();
    }
}
