package org.convscope.classmode;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The address the students' devices reach this computer at: an IPv4 address of a network interface that is
 * up, preferring the private ranges a school network uses and skipping loopback, virtual and container
 * bridges. The server binds to that one address, not to every interface.
 */
public final class LanAddress {
    private LanAddress() {
    }

    /** The best local-network address, if this computer has one. */
    public static Optional<InetAddress> find() {
        try {
            return Collections.list(NetworkInterface.getNetworkInterfaces()).stream()
                    .filter(LanAddress::usable)
                    .sorted(Comparator.comparing(LanAddress::bridge))
                    .flatMap(i -> i.getInterfaceAddresses().stream().map(a -> a.getAddress()))
                    .filter(a -> a instanceof Inet4Address && !a.isLoopbackAddress() && !a.isLinkLocalAddress())
                    .min(Comparator.comparing(a -> !a.isSiteLocalAddress()));
        } catch (SocketException e) {
            return Optional.empty();
        }
    }

    private static boolean usable(NetworkInterface i) {
        try {
            return i.isUp() && !i.isLoopback() && !i.isVirtual() && !i.isPointToPoint();
        } catch (SocketException e) {
            return false;
        }
    }

    // docker0, virbr0, veth…: reachable from this computer only
    private static boolean bridge(NetworkInterface i) {
        String n = i.getName().toLowerCase(Locale.ROOT);
        return List.of("docker", "virbr", "veth", "br-", "vmnet", "vbox").stream().anyMatch(n::startsWith);
    }
}
