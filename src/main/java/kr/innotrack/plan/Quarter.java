package kr.innotrack.plan;

import kr.innotrack.shared.Labeled;

/** A quarter of a year as people read it (2분기), for the conflict view of a KPI value. */
enum Quarter implements Labeled {
    Q1,
    Q2,
    Q3,
    Q4;

    /** The quarter's word key, or the number itself outside 1–4. */
    static String describe(Integer quarter) {
        if (quarter == null) {
            return null;
        }
        return quarter >= 1 && quarter <= 4 ? values()[quarter - 1].messageKey() : quarter.toString();
    }
}
