class RequestContext {

    private static final ScopedValue<String> USER = ScopedValue.newInstance();

    static void runAs(String user, Runnable work) {
        ScopedValue.where(USER, user).run(work);     // bound for this call only; the outer binding comes back by itself
    }

    static String currentUser() {
        return USER.isBound() ? USER.get() : null;
    }
}
