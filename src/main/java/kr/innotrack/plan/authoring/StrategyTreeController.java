package kr.innotrack.plan.authoring;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.Map;
import java.util.stream.Collectors;
import kr.innotrack.plan.PlanStructureEditing;
import kr.innotrack.plan.PlanStructureQueries;
import kr.innotrack.shared.CurrentUser;
import kr.innotrack.shared.Messages;
import kr.innotrack.shared.web.Confirmation;
import kr.innotrack.shared.web.FormSubmission;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The strategy tree editor (추진체계): the whole tree with every node's code, name, level name, category, 필수과제 mark
 * and task count; add a node at the root or under any node, rewrite or move one, reorder it among its siblings,
 * delete it while nothing hangs on it. Planning admins only (403 from the services); a closed plan is read-only.
 */
@Controller
@RequestMapping("/plans/{planId}/structure")
@RequiredArgsConstructor
class StrategyTreeController {

    private final PlanStructureQueries queries;
    private final PlanStructureEditing editing;
    private final FormSubmission submissions;
    private final Messages messages;

    @GetMapping
    String structure(@PathVariable Long planId, CurrentUser user, Model model) {
        PlanStructureQueries.StructurePage page = queries.structure(planId, user);
        model.addAttribute("page", page);
        model.addAttribute("plan", page.plan());
        return "plan/authoring/structure";
    }

    // ---- a new node

    @GetMapping("/nodes/new")
    String newNode(@PathVariable Long planId, @RequestParam(required = false) Long parentId, CurrentUser user,
                   Model model) {
        PlanStructureQueries.NewNodePage page = newNodePage(planId, parentId, user, model);
        model.addAttribute("form", NodeForm.suggested(parentId, page.suggestedCode(), page.suggestedLevelName()));
        return "plan/authoring/structure-node";
    }

    @PostMapping("/nodes")
    String addNode(@PathVariable Long planId, @Valid @ModelAttribute("form") NodeForm form, BindingResult binding,
                   CurrentUser user, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return submissions.of(form, binding, model, response)
                .page(() -> {
                    newNodePage(planId, null, user, model);
                    return "plan/authoring/structure-node";
                })
                .check(() -> queries.checkNode(planId, null, form.toCommand(), user))
                .saveReturning(() -> editing.addNode(planId, form.toCommand(), user))
                .then(nodeId -> saved(redirect, planId, nodeId, "planStructure.flash.added"));
    }

    private PlanStructureQueries.NewNodePage newNodePage(Long planId, Long parentId, CurrentUser user, Model model) {
        PlanStructureQueries.NewNodePage page = queries.newNode(planId, parentId, user);
        model.addAttribute("newNode", page);
        model.addAttribute("plan", page.plan());
        model.addAttribute("parents", page.parents());
        return page;
    }

    // ---- one node

    @GetMapping("/nodes/{nodeId}")
    String node(@PathVariable Long planId, @PathVariable Long nodeId, CurrentUser user, Model model) {
        PlanStructureQueries.NodePage page = queries.node(planId, nodeId, user);
        model.addAttribute("form", NodeForm.of(page.row().node()));
        return nodePage(page, model);
    }

    @PostMapping("/nodes/{nodeId}")
    String updateNode(@PathVariable Long planId, @PathVariable Long nodeId, @Valid @ModelAttribute("form") NodeForm form,
                      BindingResult binding, CurrentUser user, Model model, HttpServletResponse response,
                      RedirectAttributes redirect) {
        form.nodeNames(() -> nodeNames(planId, user));
        return submissions.of(form, binding, model, response)
                .page(() -> nodePage(queries.node(planId, nodeId, user), model))
                .check(() -> queries.checkNode(planId, nodeId, form.toCommand(), user))
                .current(() -> NodeForm.of(queries.node(planId, nodeId, user).row().node())
                        .nodeNames(() -> nodeNames(planId, user)))
                .save(() -> editing.updateNode(planId, nodeId, form.toCommand(), user))
                .then(() -> saved(redirect, planId, nodeId, "planStructure.flash.saved"));
    }

    /** One place up or down among its siblings; a stale page answers 409 with the node as it is now. */
    @PostMapping("/nodes/{nodeId}/order")
    String reorder(@PathVariable Long planId, @PathVariable Long nodeId,
                   @Valid @ModelAttribute("orderForm") NodeStepForm orderForm, BindingResult binding,
                   CurrentUser user, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return submissions.of(orderForm, binding, model, response)
                .page(() -> nodePageAfterStep(planId, nodeId, user, model))
                .check(() -> queries.checkReason(planId, orderForm.getReason(), user))
                .conflictPage(() -> {
                    model.addAttribute("staleStep", true);
                    return nodePageAfterStep(planId, nodeId, user, model);
                })
                .save(() -> editing.reorderNode(planId, nodeId, orderForm.up(), orderForm.getReason(),
                        orderForm.getVersion(), user))
                .then(() -> saved(redirect, planId, nodeId, "planStructure.flash.reordered"));
    }

    /**
     * Deleting a node: refused beside the form while tasks or nodes hang on it (or a confirmed plan's reason is
     * missing); otherwise it asks first on the confirmation page, which posts the same fields with {@code confirm}.
     */
    @PostMapping("/nodes/{nodeId}/delete")
    String delete(@PathVariable Long planId, @PathVariable Long nodeId,
                  @Valid @ModelAttribute("deleteForm") NodeStepForm deleteForm, BindingResult binding,
                  CurrentUser user, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return submissions.of(deleteForm, binding, model, response)
                .page(() -> nodePageAfterStep(planId, nodeId, user, model))
                .check(() -> queries.checkDelete(planId, nodeId, deleteForm.getReason(), user))
                .conflictPage(() -> {
                    model.addAttribute("staleStep", true);
                    return nodePageAfterStep(planId, nodeId, user, model);
                })
                .save(() -> {
                    if (deleteForm.isConfirm()) {
                        editing.deleteNode(planId, nodeId, deleteForm.getReason(), deleteForm.getVersion(), user);
                    }
                })
                .then(() -> {
                    if (!deleteForm.isConfirm()) {
                        return confirmDelete(planId, nodeId, deleteForm, user, model);
                    }
                    redirect.addFlashAttribute("saved", messages.get("planStructure.flash.deleted"));
                    return "redirect:/plans/" + planId + "/structure";
                });
    }

    private String confirmDelete(Long planId, Long nodeId, NodeStepForm deleteForm, CurrentUser user, Model model) {
        PlanStructureQueries.NodePage page = queries.node(planId, nodeId, user);
        String label = page.row().node().getCode() + " " + page.row().node().getName();
        String base = "/plans/" + planId + "/structure/nodes/" + nodeId;
        model.addAttribute("plan", page.plan());
        Confirmation.Builder confirmation = Confirmation.of("structure",
                        messages.get("planStructure.delete.confirmTitle", label))
                .lead(messages.get("planStructure.delete.confirmLead"))
                .consequence(messages.get("planStructure.delete.gone", label))
                .consequence(messages.get("planStructure.delete.kept"))
                .post(base + "/delete", messages.get("planStructure.delete.action"))
                .field("version", deleteForm.getVersion())
                .cancel(base);
        if (deleteForm.getReason() != null) {
            confirmation.field("reason", deleteForm.getReason())
                    .consequence(messages.get("planStructure.delete.recorded", deleteForm.getReason()));
        }
        model.addAttribute("confirmation", confirmation.build());
        return "confirm";
    }

    /** The node page again after a step: the node's own form with its saved values, the step forms as sent. */
    private String nodePageAfterStep(Long planId, Long nodeId, CurrentUser user, Model model) {
        PlanStructureQueries.NodePage page = queries.node(planId, nodeId, user);
        model.addAttribute("form", NodeForm.of(page.row().node()));
        return nodePage(page, model);
    }

    private String nodePage(PlanStructureQueries.NodePage page, Model model) {
        model.addAttribute("node", page);
        model.addAttribute("plan", page.plan());
        model.addAttribute("parents", page.parents());
        Long version = page.row().node().getVersion();
        for (String name : new String[] {"orderForm", "deleteForm"}) {
            NodeStepForm step = (NodeStepForm) model.getAttribute(name);
            if (step == null) {
                step = new NodeStepForm();
                model.addAttribute(name, step);
            }
            if (model.getAttribute("staleStep") != null || step.getVersion() == null) {
                step.setVersion(version);
            }
        }
        return "plan/authoring/structure-node";
    }

    private Map<Long, String> nodeNames(Long planId, CurrentUser user) {
        return queries.structure(planId, user).rows().stream().collect(Collectors.toMap(r -> r.node().getId(),
                r -> r.node().getCode() + " " + r.node().getName()));
    }

    private String saved(RedirectAttributes redirect, Long planId, Long nodeId, String key) {
        redirect.addFlashAttribute("saved", messages.get(key));
        return "redirect:/plans/" + planId + "/structure#node-" + nodeId;
    }
}
