class RequestContext {

    private static String user;              // the user of the request being handled

    // Runs work as `user`: while it runs, currentUser() on this thread returns `user`. When runAs returns (or
    // throws), the thread is back to the user it had before: the outer request's, or none.
    static void runAs(String user, Runnable work) {
        RequestContext.user = user;
        work.run();
    }

    // The user the current thread's request runs as, or null outside runAs.
    static String currentUser() {
        return user;
    }
}
