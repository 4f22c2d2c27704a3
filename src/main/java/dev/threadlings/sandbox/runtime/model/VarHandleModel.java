package dev.threadlings.sandbox.runtime.model;

import dev.threadlings.sandbox.runtime.schedule.RunningSchedule;
import dev.threadlings.sandbox.runtime.schedule.ManagedThread;
import dev.threadlings.sandbox.runtime.schedule.Names;
import dev.threadlings.sandbox.runtime.race.RaceDetector;
import dev.threadlings.sandbox.runtime.schedule.Scheduler;
import dev.threadlings.sandbox.runtime.Phrase;
import java.lang.constant.ClassDesc;
import java.lang.constant.ConstantDesc;
import java.lang.invoke.VarHandle;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * Accesses through a VarHandle in learner code: a scheduling point (a spin on compareAndSet or getVolatile lets
 * the other threads run, as a spin on a volatile field does), and the access for the race detector with its mode
 * honoured — plain get/set race like a plain field or element; acquire reads, release writes, volatile accesses
 * and the atomic updates (compareAndSet, getAndAdd…) order like a volatile field; opaque accesses are atomic and
 * order nothing, so they are not checked and add no edge (what they publish still races).
 */
public final class VarHandleModel {
    private VarHandleModel() {}

    /** What a VarHandle reaches: a static field, an instance field, an array element, or something else. */
    private record Target(int coordinates, String key, String name) {
        static final Target OTHER = new Target(-1, null, Phrase.SOME_VARIABLE.with());
    }

    private static final Map<VarHandle, Target> TARGETS = Collections.synchronizedMap(new WeakHashMap<>());

    /**
     * Just before {@code handle.<mode>(first, second, …)}: {@code first} is the call's first argument if it is a
     * reference (the object or array), {@code second} its second if it is an int (the index), else -1.
     */
    public static void access(Object handle, Object first, int second, String mode, String loc) {
        ManagedThread self = RunningSchedule.slot();
        if (self == null || !(handle instanceof VarHandle vh)) {
            return;
        }
        Scheduler s = RunningSchedule.scheduler();
        Target t = TARGETS.computeIfAbsent(vh, VarHandleModel::target);
        boolean element = t.coordinates == 2 && first != null && first.getClass().isArray() && second >= 0;
        String what = element ? Names.arrayElement(first, second) : t.name;
        s.point(self, s.tracing ? "VarHandle." + mode + " " + what : null, loc);
        RaceDetector d = s.detector;
        if (d == null || s.aborted() || mode.contains("Opaque") || t == Target.OTHER && !element) {
            return;
        }
        boolean plain = mode.equals("get") || mode.equals("set") || mode.equals("weakCompareAndSetPlain");
        boolean reads = !mode.startsWith("set");
        boolean writes = !mode.startsWith("get") || mode.startsWith("getAnd");
        Object owner = t.coordinates == 0 ? null : first;
        if (!element && t.coordinates > 1 || t.coordinates == 1 && owner == null) {
            return; // a view VarHandle, or a null owner (the access itself throws)
        }
        if (reads) {
            record(d, self.id, element, owner, second, t, false, !plain, loc);
        }
        if (writes) {
            record(d, self.id, element, owner, second, t, true, !plain, loc);
        }
    }

    private static void record(RaceDetector d, int thread, boolean element, Object owner, int index, Target t,
                               boolean write, boolean isVolatile, String loc) {
        if (element) {
            d.element(thread, owner, index, write, isVolatile, Names.arrayElement(owner, index), loc);
        } else {
            d.field(thread, owner, t.key, t.name, write, isVolatile, false, loc);
        }
    }

    /**
     * The field a VarHandle stands for, keyed as instrumented field accesses are ({@code owner/Class.name},
     * interned), so a plain access and a VarHandle access of one field are one variable.
     */
    private static Target target(VarHandle vh) {
        List<Class<?>> coordinates = vh.coordinateTypes();
        if (coordinates.size() == 2 && coordinates.get(0).isArray() && coordinates.get(1) == int.class) {
            return new Target(2, null, Phrase.SOME_ELEMENT.with());
        }
        return vh.describeConstable().map(desc -> {
            List<ConstantDesc> args = desc.bootstrapArgsList();
            if (args.isEmpty() || !(args.getFirst() instanceof ClassDesc owner) || coordinates.size() > 1) {
                return Target.OTHER;
            }
            String d = owner.descriptorString();
            String internal = d.startsWith("L") ? d.substring(1, d.length() - 1) : d;
            String name = desc.constantName();
            return new Target(coordinates.size(), (internal + "." + name).intern(),
                    Names.clean(internal.replace('/', '.')) + "." + name);
        }).orElse(Target.OTHER);
    }
}
