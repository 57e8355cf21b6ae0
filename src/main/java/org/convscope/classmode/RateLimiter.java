package org.convscope.classmode;

import java.net.InetAddress;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A token bucket per client address: a burst of {@code burst} requests, then one per {@code periodNanos}.
 * Every POST is charged, refused ones too, so guessing the join code goes no faster than drawing. The
 * table is bounded: past {@code maxClients} addresses the one seen longest ago is forgotten (its bucket would
 * have refilled long before a classroom has that many devices).
 */
public final class RateLimiter {
    private final int burst;
    private final long periodNanos;
    private final int maxClients;
    private final Map<InetAddress, Bucket> buckets;

    private static final class Bucket {
        double tokens;
        long refilledAt;
    }

    public RateLimiter(int burst, long periodNanos, int maxClients) {
        if (burst < 1 || periodNanos <= 0 || maxClients < 1) throw new IllegalArgumentException("burst, period and clients must be positive");
        this.burst = burst;
        this.periodNanos = periodNanos;
        this.maxClients = maxClients;
        this.buckets = new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<InetAddress, Bucket> eldest) {
                return size() > RateLimiter.this.maxClients;
            }
        };
    }

    /** Takes a token for {@code client} at time {@code nowNanos}; false when its bucket is empty. */
    public synchronized boolean tryAcquire(InetAddress client, long nowNanos) {
        Bucket b = buckets.get(client);
        if (b == null) {
            b = new Bucket();
            b.tokens = burst;
            b.refilledAt = nowNanos;
            buckets.put(client, b);
        }
        b.tokens = Math.min(burst, b.tokens + Math.max(0, nowNanos - b.refilledAt) / (double) periodNanos);
        b.refilledAt = nowNanos;
        if (b.tokens < 1) return false;
        b.tokens -= 1;
        return true;
    }
}
