package dev.threadlings.eval;

/** What a shell needs to know about where its snippets execute: a learner VM, or nowhere (compile only). */
interface Engine {
    boolean alive();

    void kill();

    long pid();
}
