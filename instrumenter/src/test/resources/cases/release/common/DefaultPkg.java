import static dev.boucle.Boucle.*;

import dev.boucle.Async;
import dev.boucle.Coroutine;

/** A class in the default package, compiled in-test. */
public class DefaultPkg {
    public static boolean suspend;
    public static int yields;
    public static final java.util.List<String> LOG = new java.util.ArrayList<String>();

    @Async
    static <T> Coroutine<T> v(T x) {
        if (suspend) {
            yields++;
            await(yieldNow());
        }
        return done(x);
    }

    @Async
    public static Coroutine<String> run(int n) {
        String s = "";
        for (int i = 0; i < n; i++) {
            s += await(v(i)) + ",";
            LOG.add("step " + i);
        }
        return done(s + await(v(n * 2L)));
    }

    public static String runPlain(int n) {
        String s = "";
        for (int i = 0; i < n; i++) {
            s += i + ",";
            LOG.add("step " + i);
        }
        return s + n * 2L;
    }
}
