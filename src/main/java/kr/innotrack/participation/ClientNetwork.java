package kr.innotrack.participation;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.regex.Pattern;

/**
 * The client network a request comes from, for the limit per network: an IPv4 address's /24, an IPv6 address's /64
 * (one household or office line usually has a whole /64). Only this prefix is stored with a code, never the address.
 */
final class ClientNetwork {

    static final String UNKNOWN = "unknown";
    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]{2,45}");

    private ClientNetwork() {
    }

    /** The prefix of a literal IPv4 or IPv6 address ({@code 10.1.2.0/24}, {@code 2001:db8:1:2::/64}); else "unknown". */
    static String of(String clientAddress) {
        if (clientAddress == null) {
            return UNKNOWN;
        }
        String literal = clientAddress.strip();
        int zone = literal.indexOf('%');
        if (zone >= 0) {
            literal = literal.substring(0, zone);
        }
        if (literal.startsWith("[") && literal.endsWith("]")) {
            literal = literal.substring(1, literal.length() - 1);
        }
        // only literals reach InetAddress, so it never looks a name up
        boolean v4 = IPV4.matcher(literal).matches();
        if (!v4 && !(literal.contains(":") && IPV6.matcher(literal).matches())) {
            return UNKNOWN;
        }
        try {
            InetAddress address = InetAddress.getByName(literal);
            byte[] bytes = address.getAddress();
            if (address instanceof Inet4Address) {
                return (bytes[0] & 0xff) + "." + (bytes[1] & 0xff) + "." + (bytes[2] & 0xff) + ".0/24";
            }
            if (address instanceof Inet6Address) {
                StringBuilder prefix = new StringBuilder();
                for (int i = 0; i < 8; i += 2) {
                    prefix.append(Integer.toHexString(((bytes[i] & 0xff) << 8) | (bytes[i + 1] & 0xff))).append(':');
                }
                return prefix.append(":/64").toString();
            }
        } catch (UnknownHostException e) {
            return UNKNOWN;
        }
        return UNKNOWN;
    }
}
