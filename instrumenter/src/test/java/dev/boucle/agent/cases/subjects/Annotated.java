package dev.boucle.agent.cases.subjects;

import static dev.boucle.Boucle.*;
import static dev.boucle.agent.cases.subjects.V.*;

import dev.boucle.Async;
import dev.boucle.Coroutine;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.ArrayList;
import java.util.List;

/**
 * Annotations the class file ties to the method and its code: parameter annotations on the @Async method,
 * and type annotations on locals, catch parameters, casts, `new` and type arguments inside its body
 * (RuntimeVisibleTypeAnnotations whose targets are code offsets and local-variable ranges).
 */
public final class Annotated {
    private Annotated() {}

    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.PARAMETER)
    public @interface Tag {
        String value();
    }

    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.TYPE_USE)
    public @interface T {
        int value() default 0;
    }

    @Async
    public static Coroutine<String> annotated(@Tag("first") int a, @Tag("second") @T(2) String b, long c) {
        @T(1) String s = await(v(b + a));
        List<@T(3) String> list = new @T(4) ArrayList<>();
        list.add(s);
        Object o = await(v((Object) s));
        String cast = (@T(5) String) o;
        try {
            @T(6) int x = await(fail("f" + c));
            list.add("not " + x);
        } catch (@T(7) IllegalArgumentException e) {
            @T(8) long y = await(v(c)) + a;
            list.add(e.getMessage() + y);
        }
        for (@T(9) String item : list) {
            cast += await(v(item.length()));
        }
        return done(cast + list);
    }

    public static String annotatedPlain(int a, String b, long c) {
        String s = b + a;
        List<String> list = new ArrayList<>();
        list.add(s);
        Object o = s;
        String cast = (String) o;
        list.add("f" + c + (c + a));
        for (String item : list) {
            cast += item.length();
        }
        return cast + list;
    }
}
