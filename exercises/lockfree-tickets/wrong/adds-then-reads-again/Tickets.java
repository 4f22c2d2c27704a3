import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

class Tickets {

    private long next = 1;                   // the number the next take() hands out

    private static final VarHandle NEXT;
    static {
        try {
            NEXT = MethodHandles.lookup().findVarHandle(Tickets.class, "next", long.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    // Hands out the next ticket: every call, on any thread, gets a different number, counting up from 1.
    long take() {
        NEXT.getAndAdd(this, 1L);
        return (long) NEXT.getVolatile(this) - 1;
    }

    // The number the next take() would hand out. Any thread may call it while others take tickets.
    long peek() {
        return (long) NEXT.getAcquire(this);
    }
}
