package dev.boucle.junit;

import dev.boucle.Coroutine;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.DisplayName;
import org.junit.platform.commons.support.AnnotationSupport;
import org.junit.platform.commons.support.HierarchyTraversalMode;
import org.junit.platform.commons.support.ReflectionSupport;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.AbstractTestDescriptor;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.engine.support.hierarchical.Node;

/** One {@link AsyncTest} method: each run makes an instance, runs @BeforeEach, the body on a loop, @AfterEach. */
final class MethodDescriptor extends AbstractTestDescriptor implements Node<BoucleTestEngine.Context> {
    static final long DEFAULT_TIMEOUT_NANOS = TimeUnit.SECONDS.toNanos(10);

    private final Class<?> testClass;
    private final Method method;

    MethodDescriptor(UniqueId id, Class<?> testClass, Method method) {
        super(id, AnnotationSupport.findAnnotation(method, DisplayName.class).map(DisplayName::value).orElse(method.getName() + "()"),
                MethodSource.from(testClass, method));
        this.testClass = testClass;
        this.method = method;
    }

    @Override
    public Type getType() {
        return Type.TEST;
    }

    @Override
    public SkipResult shouldBeSkipped(BoucleTestEngine.Context context) {
        Optional<Disabled> d = AnnotationSupport.findAnnotation(method, Disabled.class)
                .or(() -> AnnotationSupport.findAnnotation(testClass, Disabled.class));
        return d.map(x -> SkipResult.skip(x.value().isEmpty() ? "@Disabled" : x.value())).orElse(SkipResult.doNotSkip());
    }

    @Override
    public BoucleTestEngine.Context execute(BoucleTestEngine.Context context, DynamicTestExecutor executor) throws Exception {
        try {
            AsyncRun.run(settings(), new Run());
        } catch (Exception | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new AssertionError(t);
        }
        return context;
    }

    /** The settings: the method's annotations, else its class's. */
    AsyncRun.Settings settings() {
        Optional<Seed> one = find(Seed.class);
        Optional<Seeds> many = find(Seeds.class);
        boolean virtual = find(VirtualTime.class).isPresent();
        long timeout = find(AsyncTimeout.class).map(t -> t.unit().toNanos(t.value())).orElse(DEFAULT_TIMEOUT_NANOS);
        boolean methodSeed = AnnotationSupport.isAnnotated(method, Seed.class);
        boolean methodSeeds = AnnotationSupport.isAnnotated(method, Seeds.class);
        if (one.isPresent() && (methodSeed || !methodSeeds)) {
            return new AsyncRun.Settings(true, one.get().value(), 1, true, timeout);
        }
        if (many.isPresent()) {
            if (many.get().value() < 1) {
                throw new IllegalArgumentException("Boucle: @Seeds(" + many.get().value() + ") on " + where() + ": the count must be at least 1");
            }
            return new AsyncRun.Settings(true, many.get().first(), many.get().value(), true, timeout);
        }
        return new AsyncRun.Settings(virtual, 0, 1, false, timeout);
    }

    private <A extends java.lang.annotation.Annotation> Optional<A> find(Class<A> a) {
        return AnnotationSupport.findAnnotation(method, a).or(() -> AnnotationSupport.findAnnotation(testClass, a));
    }

    private String where() {
        return testClass.getName() + "#" + method.getName();
    }

    private void check() {
        if (Modifier.isStatic(method.getModifiers()) || method.getParameterCount() != 0
                || !Coroutine.class.isAssignableFrom(method.getReturnType())) {
            throw new IllegalArgumentException("Boucle: @AsyncTest " + where() + " must be an @Async instance method with no"
                    + " parameters that returns a Coroutine (it is " + method.toGenericString() + ")");
        }
    }

    /** One run: a fresh instance, its @BeforeEach methods, then the test method's coroutine; @AfterEach at the end. */
    private final class Run implements AsyncRun.Body {
        private Object instance;

        @Override
        public Coroutine<?> begin(long seed) throws Throwable {
            try {
                Constructor<?> k = testClass.getDeclaredConstructor();
                k.setAccessible(true);
                instance = k.newInstance();
                for (Method m : lifecycle(BeforeEach.class, HierarchyTraversalMode.TOP_DOWN)) {
                    m.setAccessible(true);
                    m.invoke(instance);
                }
                check();
                method.setAccessible(true);
                Coroutine<?> c = (Coroutine<?>) method.invoke(instance);
                if (c == null) {
                    throw new IllegalStateException("Boucle: @AsyncTest " + where() + " returned null instead of a coroutine");
                }
                return c;
            } catch (InvocationTargetException e) {
                throw e.getCause();
            } catch (NoSuchMethodException e) {
                throw new IllegalArgumentException("Boucle: @AsyncTest class " + testClass.getName() + " needs a constructor with no parameters", e);
            }
        }

        @Override
        public void end() throws Throwable {
            if (instance == null) {
                return;
            }
            Throwable failure = null;
            for (Method m : lifecycle(AfterEach.class, HierarchyTraversalMode.BOTTOM_UP)) {
                m.setAccessible(true);
                try {
                    m.invoke(instance);
                } catch (InvocationTargetException e) {
                    if (failure == null) {
                        failure = e.getCause();
                    } else {
                        failure.addSuppressed(e.getCause());
                    }
                }
            }
            instance = null;
            if (failure != null) {
                throw failure;
            }
        }
    }

    List<Method> lifecycle(Class<? extends java.lang.annotation.Annotation> a, HierarchyTraversalMode mode) {
        return ReflectionSupport.findMethods(testClass,
                m -> AnnotationSupport.isAnnotated(m, a) && !Modifier.isStatic(m.getModifiers()) && m.getParameterCount() == 0, mode);
    }
}
