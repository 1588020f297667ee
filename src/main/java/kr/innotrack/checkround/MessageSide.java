package kr.innotrack.checkround;

import kr.innotrack.shared.Labeled;

/** Who wrote a message of an entry's 질의·답변: the planning office (a 질의) or the entry's department (a 답변). */
public enum MessageSide implements Labeled {
    OFFICE,
    DEPARTMENT
}
