package dev.threadlings.sandbox.calls;

import java.util.List;

/** One modelled primitive's call rules (a Thread's, a Semaphore's…), registered in {@link CallRegistry}. */
interface Primitive {
    List<CallRule> rules();
}
