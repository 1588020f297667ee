package kr.innotrack.organization;

import lombok.Getter;
import lombok.Setter;

/** 내 계정 › 알림 메일: the address and the choice. */
@Getter
@Setter
public class NoticeMailForm {

    private String email;
    private NoticeMailChoice noticeMail = NoticeMailChoice.NONE;
    private Long version;

    static NoticeMailForm of(Account account) {
        NoticeMailForm form = new NoticeMailForm();
        form.email = account.getEmail();
        form.noticeMail = account.getNoticeMail();
        form.version = account.getVersion();
        return form;
    }
}
