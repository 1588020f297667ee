package kr.innotrack.plan.authoring;

import kr.innotrack.shared.Labeled;

/** A yes/no mark of the task sheet (계속, 대표과제) as the conflict view shows it. */
enum TaskFlag implements Labeled {
    YES,
    NO;

    static TaskFlag of(boolean value) {
        return value ? YES : NO;
    }
}
