class RequestContext {

    private static volatile String user;     // volatile: every thread sees the current user at once

    // Runs work as `user`: while it runs, currentUser() on this thread returns `user`. When runAs returns (or
    // throws), the thread is back to the user it had before: the outer request's, or none.
    static void runAs(String user, Runnable work) {
        String outer = RequestContext.user;
        RequestContext.user = user;
        try {
            work.run();
        } finally {
            RequestContext.user = outer;
        }
    }

    // The user the current thread's request runs as, or null outside runAs.
    static String currentUser() {
        return user;
    }
}
