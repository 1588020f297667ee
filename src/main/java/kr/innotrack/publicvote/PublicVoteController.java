package kr.innotrack.publicvote;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import kr.innotrack.organization.PublicOrganization;
import kr.innotrack.organization.PublicOrganizations;
import kr.innotrack.shared.NotFoundException;
import kr.innotrack.shared.web.FormSubmission;
import lombok.RequiredArgsConstructor;
import org.springframework.http.CacheControl;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.context.request.WebRequest;

/**
 * The public side of votes (no sign-in, no session): the list, a vote's page with its cases and the ballot form, the
 * code page, and the 「총 N명 참여」 fragment htmx polls (one statement, ETag: unchanged counts answer 304).
 * A refused ballot shows the page again with the reason beside the field and a 4xx; a cast ballot redirects with
 * {@code ?voted} (no flash attributes here: they need a session).
 */
@Controller
@RequiredArgsConstructor
class PublicVoteController {

    private final PublicOrganizations organizations;
    private final VoteQueries queries;
    private final Ballots ballots;
    private final FormSubmission submissions;

    private PublicOrganization organization(String slug, Model model) {
        PublicOrganization org = organizations.bySlug(slug)
                .orElseThrow(() -> new NotFoundException("publicvote.organization.what", slug));
        model.addAttribute("publicOrg", org);
        model.addAttribute("publicSection", "votes");
        return org;
    }

    @GetMapping("/public/{slug}/votes")
    String list(@PathVariable String slug, Model model, HttpServletResponse response) {
        PublicOrganization org = organization(slug, model);
        java.time.LocalDateTime now = queries.now();
        java.util.Map<VotePhase, java.util.List<VoteQueries.VoteRow>> byPhase = new java.util.EnumMap<>(VotePhase.class);
        for (VoteQueries.VoteRow v : queries.publicVotes(org.id())) {
            VotePhase phase = v.phase(now) == VotePhase.RESULTS ? VotePhase.CLOSED : v.phase(now);
            byPhase.computeIfAbsent(phase, p -> new java.util.ArrayList<>()).add(v);
        }
        model.addAttribute("open", byPhase.getOrDefault(VotePhase.OPEN, java.util.List.of()));
        model.addAttribute("upcoming", byPhase.getOrDefault(VotePhase.UPCOMING, java.util.List.of()));
        model.addAttribute("closed", byPhase.getOrDefault(VotePhase.CLOSED, java.util.List.of()));
        model.addAttribute("now", now);
        response.setHeader("Cache-Control", CacheControl.noCache().getHeaderValue());
        return "publicvote/public-votes";
    }

    @GetMapping("/public/{slug}/votes/{id}")
    String show(@PathVariable String slug, @PathVariable long id, Model model, HttpServletResponse response) {
        PublicOrganization org = organization(slug, model);
        if (!model.containsAttribute("ballot")) {
            model.addAttribute("ballot", new BallotForm());
        }
        response.setHeader("Cache-Control", CacheControl.noStore().getHeaderValue());
        return page(org, id, model);
    }

    private String page(PublicOrganization org, long id, Model model) {
        VoteQueries.VoteRow vote = queries.publicVote(org.id(), id);
        VotePhase phase = vote.phase(queries.now());
        model.addAttribute("vote", vote);
        model.addAttribute("phase", phase);
        model.addAttribute("cases", queries.cases(id));
        if (phase == VotePhase.RESULTS) {
            model.addAttribute("results", queries.results(id));
        }
        return "publicvote/public-vote";
    }

    /** Step 1: the picks and the address; a code is mailed and the code page keeps both in hidden fields. */
    @PostMapping("/public/{slug}/votes/{id}/code")
    String requestCode(@PathVariable String slug, @PathVariable long id,
                       @Valid @ModelAttribute("ballot") BallotForm ballot, BindingResult binding, Model model,
                       HttpServletRequest request, HttpServletResponse response) {
        PublicOrganization org = organization(slug, model);
        response.setHeader("Cache-Control", CacheControl.noStore().getHeaderValue());
        return submissions.of(ballot, binding, model, response)
                .page(() -> page(org, id, model))
                .save(() -> ballots.requestCode(org.id(), id, ballot.getPicks(), ballot.getEmail(), request.getRemoteAddr()))
                .then(() -> codePage(org, id, model));
    }

    private String codePage(PublicOrganization org, long id, Model model) {
        VoteQueries.VoteRow vote = queries.publicVote(org.id(), id);
        model.addAttribute("vote", vote);
        model.addAttribute("cases", queries.cases(id));
        return "publicvote/public-code";
    }

    /** Step 2: the code; the ballot is cast in the transaction that uses the code up. */
    @PostMapping("/public/{slug}/votes/{id}/ballot")
    String cast(@PathVariable String slug, @PathVariable long id, @Valid @ModelAttribute("ballot") BallotForm ballot,
                BindingResult binding, Model model, HttpServletRequest request, HttpServletResponse response) {
        PublicOrganization org = organization(slug, model);
        response.setHeader("Cache-Control", CacheControl.noStore().getHeaderValue());
        return submissions.of(ballot, binding, model, response)
                .page(() -> binding.hasFieldErrors("code") && !binding.hasFieldErrors("picks")
                        && !binding.hasFieldErrors("email") ? codePage(org, id, model) : page(org, id, model))
                .save(() -> ballots.cast(org.id(), id, ballot.getPicks(), ballot.getEmail(), ballot.getCode(),
                        request.getRemoteAddr()))
                .then(() -> "redirect:/public/" + org.slug() + "/votes/" + id + "?voted");
    }

    /** 「총 N명 참여」 alone, for htmx's poll: cacheable by ETag (the count), revalidated every time. */
    @GetMapping("/public/{slug}/votes/{id}/count")
    String count(@PathVariable String slug, @PathVariable long id, Model model, WebRequest request,
                 HttpServletResponse response) {
        PublicOrganization org = organization(slug, model);
        long participants = queries.participants(org.id(), id)
                .orElseThrow(() -> new NotFoundException("publicvote.what", id));
        response.setHeader("Cache-Control", CacheControl.noCache().cachePublic().getHeaderValue());
        if (request.checkNotModified("\"v" + id + "-" + participants + "\"")) {
            return null;
        }
        model.addAttribute("voteId", id);
        model.addAttribute("participants", participants);
        return "publicvote/public-vote :: count";
    }
}
