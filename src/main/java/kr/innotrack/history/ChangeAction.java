package kr.innotrack.history;

import kr.innotrack.shared.Labeled;

/** What a save did to a record; its words are {@code enum.ChangeAction.*} in i18n/history.properties. */
public enum ChangeAction implements Labeled {
    CREATE,
    UPDATE,
    DELETE
}
