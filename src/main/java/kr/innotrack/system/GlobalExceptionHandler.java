package kr.innotrack.system;

import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import kr.innotrack.shared.AccessDeniedHere;
import kr.innotrack.shared.Messages;
import kr.innotrack.shared.web.RejectedInput;
import kr.innotrack.shared.web.Conflicts;
import kr.innotrack.shared.NotAllowedNow;
import kr.innotrack.shared.NotFoundException;
import kr.innotrack.shared.StaleEditException;
import kr.innotrack.shared.text.TextInput;
import lombok.RequiredArgsConstructor;
import lombok.extern.slf4j.Slf4j;
import org.springframework.beans.InvalidPropertyException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.BindException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.servlet.support.ExtendedServletRequestDataBinder;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.util.unit.DataSize;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import org.springframework.web.servlet.view.json.JacksonJsonView;

/**
 * The one place that turns expected failures into answers a person (or a calling system) can use: a Korean
 * page for the browser, a small JSON body for {@code /api/**}. Never a stack trace. Anything unexpected falls
 * through to Spring Boot's error handling, which renders {@code templates/error/*.html}.
 *
 * <p>It also sets the binding rules every form shares: the text rule ({@link TextInput}) and a cap on list
 * indexes ({@link #MAX_LIST_INDEX}), so a tampered {@code lines[100000]} answers 400 before anything else runs;
 * and numbers as people type them, thousands separators included ({@link NumberInput}).
 */
@ControllerAdvice
@RequiredArgsConstructor
@Slf4j(topic = "innotrack.security")
class GlobalExceptionHandler {

    /**
     * The highest list index a form may carry, plus one. The longest lists in the app are a plan's budget lines in the
     * quarter form (Incheon: 184), a plan's tasks (panel scores), its task–collaborator pairs (collaboration scores)
     * and a department's due milestones in the grid (Samcheok's largest department: a few dozen): at most a few
     * hundred.
     */
    static final int MAX_LIST_INDEX = 256;

    private final Messages messages;

    /** The evidence file limit as people read it ("20MB"), named in the 413 answer. */
    @org.springframework.beans.factory.annotation.Value("${innotrack.evidence.max-file-size:20MB}")
    private String evidenceLimit;

    /**
     * Forms bind request parameters only. Spring MVC also binds request headers into form objects by default (a header
     * {@code q: …} filled the task list's search): a page's look must follow its address, which the page cache's
     * keys and the ETags are made of.
     */
    @InitBinder
    void bindingRules(WebDataBinder binder) {
        if (binder instanceof ExtendedServletRequestDataBinder servlet) {
            servlet.setHeaderPredicate(header -> false);
        }
        binder.setAutoGrowCollectionLimit(MAX_LIST_INDEX);
        TextInput.register(binder);
        NumberInput.register(binder);
    }

    @ExceptionHandler(NotFoundException.class)
    ModelAndView notFound(NotFoundException e, HttpServletRequest request) {
        return answer(request, HttpStatus.NOT_FOUND, "error/404", messages.get(e));
    }

    @ExceptionHandler({NoResourceFoundException.class, NoHandlerFoundException.class})
    ModelAndView noSuchAddress(Exception e, HttpServletRequest request) {
        return answer(request, HttpStatus.NOT_FOUND, "error/404", messages.get("system.error.noSuchAddress"));
    }

    @ExceptionHandler(AccessDeniedException.class)
    ModelAndView forbidden(AccessDeniedException e, HttpServletRequest request) {
        // failed authorization goes to the application log (not the database: a refused request changes no data)
        // by account id, never the username (no personal data in logs, docs/operations.md)
        log.warn("ACCESS_DENIED account={} {} {}", accountId(request), request.getMethod(), request.getRequestURI());
        String message = e instanceof AccessDeniedHere here ? messages.get(here) : messages.get("system.error.forbidden");
        ModelAndView mav = answer(request, HttpStatus.FORBIDDEN, "error/403", message);
        if (!ApiResponses.isApi(request)) {
            // AccessDeniedHere: a change refused on something the person may read; anything else (and the address
            // rules, which reach error/403 without this) a page they may not see at all
            mav.addObject("refusal", e instanceof AccessDeniedHere ? "change" : "page");
        }
        return mav;
    }

    /** A command's data rule outside a form (FormSubmission puts it beside the field): 400 with its words. */
    @ExceptionHandler(RejectedInput.class)
    ModelAndView rejected(RejectedInput e, HttpServletRequest request) {
        return answer(request, HttpStatus.BAD_REQUEST, "error/400", messages.get(e));
    }

    @ExceptionHandler(NotAllowedNow.class)
    ModelAndView notNow(NotAllowedNow e, HttpServletRequest request) {
        return answer(request, HttpStatus.CONFLICT, "error/409", messages.get(e));
    }

    /**
     * A save that lost a race the form itself does not show: a stale version, a version changed at commit, or a
     * first-time row someone inserted a moment earlier. Nothing of this request was saved.
     */
    @ExceptionHandler({StaleEditException.class, OptimisticLockingFailureException.class,
            org.springframework.dao.PessimisticLockingFailureException.class})
    ModelAndView lostRace(RuntimeException e, HttpServletRequest request) {
        return answer(request, HttpStatus.CONFLICT, "error/conflict",
                messages.get("system.error.lostRace"));
    }

    @ExceptionHandler(DataIntegrityViolationException.class)
    ModelAndView integrity(DataIntegrityViolationException e, HttpServletRequest request) {
        if (!Conflicts.isDuplicate(e)) {
            throw e; // not a race: a defect, reported as such
        }
        return lostRace(e, request);
    }

    @ExceptionHandler({MethodArgumentTypeMismatchException.class, MissingServletRequestParameterException.class})
    ModelAndView badRequest(Exception e, HttpServletRequest request) {
        String message = e instanceof MissingServletRequestParameterException missing
                ? messages.get("system.error.missingParameter", missing.getParameterName())
                : messages.get("system.error.badValue", String.valueOf(((MethodArgumentTypeMismatchException) e).getValue()));
        return answer(request, HttpStatus.BAD_REQUEST, "error/400", message);
    }

    /** A list index out of range ({@code lines[-1]}, {@code lines[300]}) or a path the form does not have. */
    @ExceptionHandler(InvalidPropertyException.class)
    ModelAndView badIndex(InvalidPropertyException e, HttpServletRequest request) {
        return answer(request, HttpStatus.BAD_REQUEST, "error/400",
                messages.get("system.error.noSuchField", e.getPropertyName()));
    }

    @ExceptionHandler(ListIndexGuard.BadListIndex.class)
    ModelAndView badIndex(ListIndexGuard.BadListIndex e, HttpServletRequest request) {
        return answer(request, HttpStatus.BAD_REQUEST, "error/400",
                messages.get("system.error.noSuchField", e.field()));
    }

    /**
     * A file part over {@code spring.servlet.multipart.max-file-size} (a body over the request limit is answered by
     * {@code OversizedFormFilter} before it is read): 413 in words, with the evidence limit a person can act on.
     */
    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ModelAndView tooLarge(MaxUploadSizeExceededException e, HttpServletRequest request) {
        return answer(request, HttpStatus.PAYLOAD_TOO_LARGE, "error/413", messages.get("error.413.evidence",
                DataSize.ofBytes(Math.max(0, e.getMaxUploadSize())).toMegabytes() + "MB", evidenceLimit));
    }

    @ExceptionHandler({ServletRequestBindingException.class, HttpMessageNotReadableException.class, BindException.class,
            MultipartException.class})
    ModelAndView unreadable(Exception e, HttpServletRequest request) {
        return answer(request, HttpStatus.BAD_REQUEST, "error/400", messages.get("system.error.unreadable"));
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ModelAndView wrongMethod(HttpRequestMethodNotSupportedException e, HttpServletRequest request) {
        return answer(request, HttpStatus.METHOD_NOT_ALLOWED, "error/4xx",
                messages.get("system.error.wrongMethod", e.getMethod()));
    }

    @ExceptionHandler({HttpMediaTypeNotSupportedException.class, HttpMediaTypeNotAcceptableException.class})
    ModelAndView wrongMediaType(Exception e, HttpServletRequest request) {
        HttpStatus status = e instanceof HttpMediaTypeNotSupportedException
                ? HttpStatus.UNSUPPORTED_MEDIA_TYPE : HttpStatus.NOT_ACCEPTABLE;
        return answer(request, status, "error/4xx", messages.get("system.error.mediaType"));
    }

    /** The signed-in account's id for the log, or null (anonymous or not one of ours). */
    private static Long accountId(HttpServletRequest request) {
        return request.getUserPrincipal() instanceof org.springframework.security.core.Authentication a
                && a.getPrincipal() instanceof kr.innotrack.organization.AccountPrincipal p ? p.user().accountId() : null;
    }

    private static ModelAndView answer(HttpServletRequest request, HttpStatus status, String view, String message) {
        ModelAndView mav;
        if (ApiResponses.isApi(request)) {
            JacksonJsonView json = new JacksonJsonView();
            json.setExtractValueFromSingleKeyModel(true);
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("status", status.value());
            body.put("error", status.getReasonPhrase());
            body.put("message", message);
            body.put("path", request.getRequestURI());
            mav = new ModelAndView(json, Map.of("body", body));
        } else {
            mav = new ModelAndView(view);
            mav.addObject("message", message);
            mav.addObject("path", request.getRequestURI());
            mav.addObject("status", status.value());
        }
        mav.setStatus(status);
        return mav;
    }
}
