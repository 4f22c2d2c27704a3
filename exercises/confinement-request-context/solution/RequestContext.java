class RequestContext {

    // One value per thread: two requests on two threads never see each other's user.
    private static final ThreadLocal<String> USER = new ThreadLocal<>();

    // Runs work as `user`: while it runs, currentUser() on this thread returns `user`. When runAs returns (or
    // throws), the thread is back to the user it had before: the outer request's, or none.
    static void runAs(String user, Runnable work) {
        String outer = USER.get();
        USER.set(user);
        try {
            work.run();
        } finally {
            if (outer == null) {
                USER.remove();               // a pool thread must not carry this user into its next task
            } else {
                USER.set(outer);             // back to the enclosing request
            }
        }
    }

    // The user the current thread's request runs as, or null outside runAs.
    static String currentUser() {
        return USER.get();
    }
}
