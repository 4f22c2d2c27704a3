package dev.threadlings.sandbox.calls;

import static dev.threadlings.sandbox.calls.JdkMethod.constructor;
import static dev.threadlings.sandbox.calls.JdkMethod.method;

import dev.threadlings.sandbox.runtime.model.ClockModel;
import java.time.Clock;
import java.time.Instant;
import java.time.InstantSource;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.objectweb.asm.tree.InsnList;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;

/**
 * The clock, on the schedule's virtual time in explored code (method bodies and static initializers): the system
 * clock's reads, the system Clocks, {@code new Date()}, and each java.time class's {@code now()} and
 * {@code now(zone)}, which become {@code now(clock)} with the schedule's clock. Free runs keep the real clock.
 */
public final class ClockCalls implements Primitive {
    private static final List<Class<?>> DATES = List.of(LocalDate.class, LocalTime.class, LocalDateTime.class,
            ZonedDateTime.class, OffsetDateTime.class, OffsetTime.class, Year.class, YearMonth.class, MonthDay.class);
    private static final String DATE_OF_MILLIS = constructor(Date.class, long.class).desc();
    /** The calls that read the clock themselves: the model says whether the value changed (PureCalls). */
    private static final Set<String> READS = Stream.of(method(System.class, "nanoTime"),
                    method(System.class, "currentTimeMillis"), constructor(Date.class), method(Clock.class, "millis"),
                    method(Clock.class, "instant"), method(InstantSource.class, "millis"),
                    method(InstantSource.class, "instant"))
            .map(JdkMethod::key).collect(Collectors.toUnmodifiableSet());

    @Override
    public List<CallRule> rules() {
        RuleSet rules = new RuleSet(ClockModel.class).in(CallRule.Where.BODY, CallRule.Where.INITIALIZER)
                .replace(method(System.class, "nanoTime"), "nanoTime")
                .replace(method(System.class, "currentTimeMillis"), "currentTimeMillis")
                .replace(method(Instant.class, "now"), "instant")
                .replace(method(Clock.class, "systemUTC"), "systemUTC")
                .replace(method(Clock.class, "systemDefaultZone"), "systemDefaultZone")
                .replace(method(Clock.class, "system", ZoneId.class), "system")
                .replace(method(InstantSource.class, "system"), "instantSource")
                .custom(constructor(Date.class), ClockCalls::dateOfNow);
        for (Class<?> c : DATES) {
            String withClock = method(c, "now", Clock.class).desc();
            rules.custom(method(c, "now"), (code, call, loc) -> onClock(code, call, loc, "systemDefaultZone", withClock))
                    .custom(method(c, "now", ZoneId.class), (code, call, loc) -> onClock(code, call, loc, "system",
                            withClock));
        }
        return rules.rules();
    }

    /** A call the model itself counts as a change when it returns a new time (so it needs no opaque mark). */
    public static boolean readsClock(MethodInsnNode call) {
        return READS.contains(JdkMethod.key(call.owner, call.name, call.desc));
    }

    /** {@code X.now()} / {@code X.now(zone)} → {@code X.now(clock)}: the clock made from what the call had. */
    private static void onClock(InsnList code, MethodInsnNode call, String loc, String clock, String withClock) {
        InsnList before = new InsnList();
        before.add(new LdcInsnNode(loc));
        before.add(StandIn.call(ClockModel.class, clock));
        code.insertBefore(call, before);
        call.desc = withClock;
    }

    /** {@code new Date()} → {@code new Date(virtual currentTimeMillis)}. */
    private static void dateOfNow(InsnList code, MethodInsnNode call, String loc) {
        InsnList before = new InsnList();
        before.add(new LdcInsnNode(loc));
        before.add(StandIn.call(ClockModel.class, "currentTimeMillis"));
        code.insertBefore(call, before);
        call.desc = DATE_OF_MILLIS;
    }
}
