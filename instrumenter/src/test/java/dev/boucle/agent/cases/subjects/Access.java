package dev.boucle.agent.cases.subjects;

import static dev.boucle.Boucle.*;
import static dev.boucle.agent.cases.subjects.V.*;

import dev.boucle.Async;
import dev.boucle.Coroutine;
import dev.boucle.agent.cases.access.Base;
import dev.boucle.agent.cases.access.Left;
import dev.boucle.agent.cases.access.Right;

/**
 * Values whose analysed type, a merge of two branches, is a class this code cannot name: the
 * restore after an await must cast to an accessible super type, not to the merge
 * (an {@code IllegalAccessError} at the await line otherwise).
 */
public final class Access {
    private Access() {}

    // the JDK: StringBuilder and StringBuffer merge to the package-private java.lang.AbstractStringBuilder
    @Async
    public static Coroutine<String> jdkMerge(boolean builder) {
        CharSequence cs = builder ? new StringBuilder("builder") : new StringBuffer("buffer");
        await(pause());
        Object o = builder ? new StringBuffer("o") : new StringBuilder("p");
        await(pause());
        return done(cs.toString() + cs.length() + o);
    }

    public static String jdkMergePlain(boolean builder) {
        CharSequence cs = builder ? new StringBuilder("builder") : new StringBuffer("buffer");
        Object o = builder ? new StringBuffer("o") : new StringBuilder("p");
        return cs.toString() + cs.length() + o;
    }

    // user classes: Left and Right merge to a package-private class of another package
    @Async
    public static Coroutine<String> userMerge(boolean left) {
        Base b = left ? new Left() : new Right();
        String before = await(v(b.name()));
        return done(before + "," + b.name());
    }

    public static String userMergePlain(boolean left) {
        Base b = left ? new Left() : new Right();
        return b.name() + "," + b.name();
    }

    // an array of the merge, and the merge on the operand stack across an await
    @Async
    public static Coroutine<String> arrayAndStack(boolean left) {
        Base[] bs = left ? new Left[] {new Left()} : new Right[] {new Right()};
        String s = join(left ? new Left() : new Right(), await(v("+")));
        await(pause());
        return done(bs[0].name() + s);
    }

    public static String arrayAndStackPlain(boolean left) {
        Base[] bs = left ? new Left[] {new Left()} : new Right[] {new Right()};
        String s = join(left ? new Left() : new Right(), "+");
        return bs[0].name() + s;
    }

    static String join(Base b, String sep) {
        return sep + b.name();
    }
}
