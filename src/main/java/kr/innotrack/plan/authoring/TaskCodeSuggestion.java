package kr.innotrack.plan.authoring;

import java.util.Collection;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The code a new (or moved) task gets under a node: the node's code, a dash, and one more than the highest number
 * already used under it (under 가-1 with 가-1-1 … 가-1-4 the next is 가-1-5); never a code another task of the plan
 * already has.
 */
final class TaskCodeSuggestion {

    private TaskCodeSuggestion() {
    }

    /**
     * @param nodeCode the node's code (가-1)
     * @param taken    every task code of the plan (the task being renumbered left out)
     */
    static String suggest(String nodeCode, Collection<String> taken) {
        Pattern child = Pattern.compile(Pattern.quote(nodeCode) + "-(\\d{1,6})");
        int highest = 0;
        for (String code : taken) {
            Matcher m = child.matcher(code == null ? "" : code.strip());
            if (m.matches()) {
                highest = Math.max(highest, Integer.parseInt(m.group(1)));
            }
        }
        Set<String> used = taken.stream().filter(c -> c != null).map(String::strip).collect(Collectors.toSet());
        int next = highest + 1;
        while (used.contains(nodeCode + "-" + next)) {
            next++;
        }
        return nodeCode + "-" + next;
    }
}
