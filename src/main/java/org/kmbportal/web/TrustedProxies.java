package org.kmbportal.web;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The proxies whose forwarding headers the portal believes ({@code kmb.proxy.trusted}: addresses or ranges such as
 * {@code 10.0.0.0/8}), and who the client is behind them. {@code X-Forwarded-For} is a list any client can start: only
 * the entries appended by trusted proxies count, so the client is the rightmost address that is not a trusted proxy.
 * A request that does not come from a trusted proxy counts as coming from its own connection's address.
 */
public final class TrustedProxies {

    private final List<Range> ranges;

    private TrustedProxies(List<Range> ranges) {
        this.ranges = List.copyOf(ranges);
    }

    /** Parses a comma-separated list; entries that are not addresses or ranges are ignored. */
    public static TrustedProxies of(String list) {
        List<Range> ranges = new ArrayList<>();
        for (String entry : (list == null ? "" : list).split(",")) {
            Range.parse(entry.strip()).ifPresent(ranges::add);
        }
        return new TrustedProxies(ranges);
    }

    public boolean trusts(String address) {
        Optional<byte[]> bytes = literal(address);
        return bytes.isPresent() && ranges.stream().anyMatch(r -> r.contains(bytes.get()));
    }

    /**
     * The client's address: the connection's own unless it comes from a trusted proxy, else the rightmost entry of the
     * forwarded chain that is not a trusted proxy (the leftmost if all are).
     */
    public String client(String remoteAddress, List<String> forwardedFor) {
        if (!trusts(remoteAddress) || forwardedFor.isEmpty()) {
            return remoteAddress;
        }
        List<String> hops = new ArrayList<>();
        forwardedFor.forEach(header -> {
            for (String hop : header.split(",")) {
                if (!hop.isBlank()) {
                    hops.add(hop.strip());
                }
            }
        });
        for (int i = hops.size() - 1; i >= 0; i--) {
            String hop = hops.get(i);
            if (literal(hop).isEmpty()) {
                // Not an address (the header is free text): what came before it cannot be believed either.
                return i + 1 < hops.size() ? hops.get(i + 1) : remoteAddress;
            }
            if (!trusts(hop)) {
                return hop;
            }
        }
        return hops.isEmpty() ? remoteAddress : hops.get(0);
    }

    /** An IPv4 or IPv6 literal as bytes; never a name lookup. */
    static Optional<byte[]> literal(String text) {
        if (text == null || text.isEmpty()) {
            return Optional.empty();
        }
        String bare = text.startsWith("[") && text.endsWith("]") ? text.substring(1, text.length() - 1) : text;
        if (bare.matches("\\d{1,3}(\\.\\d{1,3}){3}")) {
            byte[] bytes = new byte[4];
            String[] parts = bare.split("\\.");
            for (int i = 0; i < 4; i++) {
                int part = Integer.parseInt(parts[i]);
                if (part > 255) {
                    return Optional.empty();
                }
                bytes[i] = (byte) part;
            }
            return Optional.of(bytes);
        }
        int zone = bare.indexOf('%');
        String address = zone >= 0 ? bare.substring(0, zone) : bare;
        // With a colon Java reads the text as an IPv6 literal and never asks a name server.
        if (!address.contains(":") || !address.matches("[0-9A-Fa-f:.]+")) {
            return Optional.empty();
        }
        try {
            return Optional.of(InetAddress.getByName(address).getAddress());
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }

    private record Range(byte[] network, int prefix) {

        static Optional<Range> parse(String entry) {
            int slash = entry.indexOf('/');
            Optional<byte[]> address = literal(slash < 0 ? entry : entry.substring(0, slash));
            if (address.isEmpty()) {
                return Optional.empty();
            }
            int bits = address.get().length * 8;
            int prefix = bits;
            if (slash >= 0) {
                try {
                    prefix = Integer.parseInt(entry.substring(slash + 1));
                } catch (NumberFormatException e) {
                    return Optional.empty();
                }
                if (prefix < 0 || prefix > bits) {
                    return Optional.empty();
                }
            }
            return Optional.of(new Range(address.get(), prefix));
        }

        boolean contains(byte[] address) {
            if (address.length != network.length) {
                return false;
            }
            for (int bit = 0; bit < prefix; bit++) {
                int mask = 0x80 >> (bit % 8);
                if ((address[bit / 8] & mask) != (network[bit / 8] & mask)) {
                    return false;
                }
            }
            return true;
        }
    }
}
