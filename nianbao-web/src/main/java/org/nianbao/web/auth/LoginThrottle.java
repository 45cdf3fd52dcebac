package org.nianbao.web.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows password guessing: after {@value #MAX_FAILURES} failed logins for one user name, or from one address,
 * within 15 minutes, further attempts are refused until the oldest failure is 15 minutes old. Thread-safe; kept in
 * memory (a restart forgets it, which only helps a patient attacker by one round).
 */
public final class LoginThrottle {
    static final int MAX_FAILURES = 5;
    private static final Duration WINDOW = Duration.ofMinutes(15);

    private final Clock clock;
    private final ConcurrentHashMap<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

    public LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    /** Whether a login for {@code username} from {@code address} must be refused now. */
    public boolean blocked(String username, String address) {
        return count("user:" + username) >= MAX_FAILURES || count("ip:" + address) >= MAX_FAILURES * 4;
    }

    public void failed(String username, String address) {
        add("user:" + username);
        add("ip:" + address);
    }

    public void succeeded(String username) {
        failures.remove("user:" + username);
    }

    private int count(String key) {
        Deque<Instant> times = failures.get(key);
        if (times == null) {
            return 0;
        }
        synchronized (times) {
            prune(times);
            return times.size();
        }
    }

    private void add(String key) {
        Deque<Instant> times = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (times) {
            prune(times);
            times.addLast(clock.instant());
        }
        if (failures.size() > 100_000) {
            failures.clear();
        }
    }

    private void prune(Deque<Instant> times) {
        Instant horizon = clock.instant().minus(WINDOW);
        while (!times.isEmpty() && times.peekFirst().isBefore(horizon)) {
            times.removeFirst();
        }
    }
}
