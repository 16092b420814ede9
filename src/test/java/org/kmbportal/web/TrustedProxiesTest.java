package org.kmbportal.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** Who a request comes from when proxies stand in front: only what trusted proxies wrote counts. */
class TrustedProxiesTest {

    private final TrustedProxies proxies = TrustedProxies.of("10.0.0.0/8, 127.0.0.1, ::1, fd00::/8");

    @Test
    void aClientThatIsNotATrustedProxyCannotChooseItsAddress() {
        Random random = new Random(4);
        for (int i = 0; i < 200; i++) {
            String forged = random.nextInt(256) + "." + random.nextInt(256) + ".1." + random.nextInt(256);
            assertEquals("203.0.113.9", proxies.client("203.0.113.9", List.of(forged)),
                    "a new forged value per try must not make a new address");
        }
    }

    @Test
    void behindTheProxyTheClientIsTheAddressTheProxyAppendedNotTheOneTheClientWrote() {
        // The client wrote "198.51.100.7, 192.0.2.1"; the proxy (10.1.2.3) appended the address it saw.
        assertEquals("203.0.113.9",
                proxies.client("10.1.2.3", List.of("198.51.100.7, 192.0.2.1, 203.0.113.9")));
        assertEquals("203.0.113.9", proxies.client("10.1.2.3", List.of("198.51.100.7", "203.0.113.9")),
                "the header may come as several lines");
    }

    @Test
    void aChainOfTrustedProxiesIsWalkedBackToTheFirstUntrustedHop() {
        assertEquals("203.0.113.9", proxies.client("127.0.0.1", List.of("203.0.113.9, 10.0.0.5, 10.9.9.9")));
        assertEquals("10.0.0.5", proxies.client("127.0.0.1", List.of("10.0.0.5")),
                "only trusted hops: the furthest one");
    }

    @Test
    void aForgedVictimAddressCannotBeLockedOutThroughTheProxy() {
        String victim = "198.51.100.50";
        for (int i = 0; i < 50; i++) {
            String attacker = proxies.client("10.0.0.1", List.of(victim + ", 203.0.113.66"));
            assertEquals("203.0.113.66", attacker, "failures count against the attacker's own address");
        }
    }

    @Test
    void textThatIsNotAnAddressStopsTheWalk() {
        assertEquals("203.0.113.9", proxies.client("10.0.0.1", List.of("unknown, 203.0.113.9")));
        assertEquals("10.0.0.1", proxies.client("10.0.0.1", List.of("<script>")),
                "a garbage last hop leaves the proxy itself");
        assertFalse(proxies.trusts("localhost"), "names are never looked up");
        assertFalse(proxies.trusts("999.0.0.1"));
    }

    @Test
    void rangesAndIpv6AreUnderstood() {
        assertTrue(proxies.trusts("10.255.0.1"));
        assertFalse(proxies.trusts("11.0.0.1"));
        assertTrue(proxies.trusts("::1"));
        assertTrue(proxies.trusts("[::1]"));
        assertTrue(proxies.trusts("fd12:3456::1"));
        assertFalse(proxies.trusts("2001:db8::1"));
        assertEquals("2001:db8::1", proxies.client("fd00::2", List.of("2001:db8::1")));
    }

    @Test
    void nothingIsTrustedWhenTheListIsEmptyOrNonsense() {
        TrustedProxies none = TrustedProxies.of("nonsense, 10.0.0.0/99");
        assertEquals("10.0.0.1", none.client("10.0.0.1", List.of("203.0.113.9")));
    }
}
