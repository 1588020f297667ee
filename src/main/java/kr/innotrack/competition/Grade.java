package kr.innotrack.competition;

/** The office's selection of one entry: an award grade (대상, 최우수, 우수, 장려) or 미선정. */
enum Grade {
    GRAND, EXCELLENT, MERIT, HONORABLE, NONE;

    public boolean winner() {
        return this != NONE;
    }

    public String messageKey() {
        return "competition.grade." + name();
    }
}
