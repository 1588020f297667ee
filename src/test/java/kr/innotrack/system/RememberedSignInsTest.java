package kr.innotrack.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import kr.innotrack.organization.AccountPrincipal;
import kr.innotrack.shared.CurrentUser;
import kr.innotrack.shared.Role;
import org.junit.jupiter.api.Test;
import org.springframework.core.serializer.support.SerializingConverter;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextImpl;

class RememberedSignInsTest {

    final SerializingConverter bytes = new SerializingConverter();

    static SecurityContext signedIn(long accountId, long stamp) {
        AccountPrincipal principal = AccountPrincipal.of(new CurrentUser(accountId, "user" + accountId, "담당자",
                1L, 2L, Role.DEPARTMENT_OFFICER), stamp);
        return new SecurityContextImpl(UsernamePasswordAuthenticationToken.authenticated(principal, null,
                principal.getAuthorities()));
    }

    @Test
    void theSameBytesGiveTheSameSignInInAContextOfItsOwn() {
        RememberedSignIns read = new RememberedSignIns(getClass().getClassLoader(), 10);
        byte[] stored = bytes.convert(signedIn(7, 3));
        SecurityContext first = (SecurityContext) read.convert(stored);
        SecurityContext second = (SecurityContext) read.convert(stored.clone());
        assertThat(second).isNotSameAs(first);
        assertThat(second.getAuthentication()).isSameAs(first.getAuthentication());
        assertThat(((AccountPrincipal) second.getAuthentication().getPrincipal()).user().accountId()).isEqualTo(7);
        // a context changed by one request (signing out clears it) does not change what the next one reads
        second.setAuthentication(null);
        assertThat(((SecurityContext) read.convert(stored)).getAuthentication()).isSameAs(first.getAuthentication());
    }

    @Test
    void otherBytesAreReadAfresh() {
        RememberedSignIns read = new RememberedSignIns(getClass().getClassLoader(), 10);
        SecurityContext before = (SecurityContext) read.convert(bytes.convert(signedIn(7, 3)));
        // the same account after a change of its stamp (a new sign-in): other bytes, another principal
        SecurityContext after = (SecurityContext) read.convert(bytes.convert(signedIn(7, 4)));
        assertThat(after.getAuthentication()).isNotSameAs(before.getAuthentication());
        assertThat(((AccountPrincipal) after.getAuthentication().getPrincipal()).stamp()).isEqualTo(4);
        assertThat(read.size()).isEqualTo(2);
    }

    @Test
    void onlySignInsAreRemembered() {
        RememberedSignIns read = new RememberedSignIns(getClass().getClassLoader(), 10);
        byte[] flash = bytes.convert(new ArrayList<>(List.of("저장했습니다.")));
        Object first = read.convert(flash);
        Object second = read.convert(flash);
        assertThat(second).isEqualTo(first).isNotSameAs(first);
        assertThat(read.convert(bytes.convert(new SecurityContextImpl()))).isInstanceOf(SecurityContext.class);
        assertThat(read.size()).isZero();
    }

    @Test
    void boundedLeastRecentlyReadFirst() {
        RememberedSignIns read = new RememberedSignIns(getClass().getClassLoader(), 2);
        for (long account = 1; account <= 5; account++) {
            read.convert(bytes.convert(signedIn(account, 0)));
        }
        assertThat(read.size()).isEqualTo(2);
    }
}
