class RequestContext {

    // One value per thread: two requests on two threads never see each other's user.
    private static final ThreadLocal<String> USER = new ThreadLocal<>();

    // Runs work as `user`: while it runs, currentUser() on this thread returns `user`. When runAs returns (or
    // throws), the thread is back to the user it had before: the outer request's, or none.
    static void runAs(String user, Runnable work) {
        USER.set(user);                      // each thread has its own: nothing to clean up
        work.run();
    }

    // The user the current thread's request runs as, or null outside runAs.
    static String currentUser() {
        return USER.get();
    }
}
