package dev.boucle.junit;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.platform.commons.support.AnnotationSupport;
import org.junit.platform.commons.support.HierarchyTraversalMode;
import org.junit.platform.commons.support.ReflectionSupport;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.EngineDiscoveryRequest;
import org.junit.platform.engine.ExecutionRequest;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.discovery.ClassSelector;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.engine.discovery.MethodSelector;
import org.junit.platform.engine.support.descriptor.EngineDescriptor;
import org.junit.platform.engine.support.discovery.EngineDiscoveryRequestResolver;
import org.junit.platform.engine.support.discovery.SelectorResolver;
import org.junit.platform.engine.support.hierarchical.EngineExecutionContext;
import org.junit.platform.engine.support.hierarchical.HierarchicalTestEngine;

/**
 * The JUnit Platform engine that runs {@link AsyncTest} methods (found in the same classes,
 * packages and class-path roots as Jupiter's tests: Maven Surefire, Gradle and IDEs run both).
 */
public final class BoucleTestEngine extends HierarchicalTestEngine<BoucleTestEngine.Context> {
    static final String ID = "boucle-async";

    /** No state is shared between tests. */
    public static final class Context implements EngineExecutionContext {}

    @Override
    public String getId() {
        return ID;
    }

    @Override
    public Optional<String> getGroupId() {
        return Optional.of("dev.boucle");
    }

    @Override
    public Optional<String> getArtifactId() {
        return Optional.of("boucle-junit");
    }

    @Override
    public TestDescriptor discover(EngineDiscoveryRequest request, UniqueId uniqueId) {
        EngineDescriptor engine = new EngineDescriptor(uniqueId, "Boucle @AsyncTest");
        EngineDiscoveryRequestResolver.<EngineDescriptor>builder()
                .addClassContainerSelectorResolver(BoucleTestEngine::hasAsyncTests)
                .addSelectorResolver(ctx -> new Resolver(ctx.getClassNameFilter()))
                .build()
                .resolve(request, engine);
        return engine;
    }

    @Override
    protected Context createExecutionContext(ExecutionRequest request) {
        return new Context();
    }

    static boolean isAsyncTest(Method m) {
        return AnnotationSupport.isAnnotated(m, AsyncTest.class);
    }

    static boolean hasAsyncTests(Class<?> c) {
        return !c.isAnnotation() && !c.isInterface() && !Modifier.isAbstract(c.getModifiers())
                && !ReflectionSupport.findMethods(c, BoucleTestEngine::isAsyncTest, HierarchyTraversalMode.TOP_DOWN).isEmpty();
    }

    /** Classes to their {@link AsyncTest} methods. */
    private static final class Resolver implements SelectorResolver {
        private final Predicate<String> classNames;

        Resolver(Predicate<String> classNames) {
            this.classNames = classNames;
        }

        @Override
        public Resolution resolve(ClassSelector selector, Context context) {
            Class<?> c = selector.getJavaClass();
            if (!classNames.test(c.getName()) || !hasAsyncTests(c)) {
                return Resolution.unresolved();
            }
            return context.addToParent(parent -> Optional.of(new ClassDescriptor(parent.getUniqueId().append("class", c.getName()), c)))
                    .map(d -> Resolution.match(Match.exact(d, () -> methods(c))))
                    .orElse(Resolution.unresolved());
        }

        private static Set<? extends DiscoverySelector> methods(Class<?> c) {
            Set<DiscoverySelector> s = new LinkedHashSet<>();
            for (Method m : ReflectionSupport.findMethods(c, BoucleTestEngine::isAsyncTest, HierarchyTraversalMode.TOP_DOWN)) {
                s.add(DiscoverySelectors.selectMethod(c, m));
            }
            return s;
        }

        @Override
        public Resolution resolve(MethodSelector selector, Context context) {
            Method m = selector.getJavaMethod();
            Class<?> c = selector.getJavaClass();
            if (!isAsyncTest(m)) {
                return Resolution.unresolved();
            }
            return context.addToParent(() -> DiscoverySelectors.selectClass(c),
                            parent -> Optional.of(new MethodDescriptor(parent.getUniqueId().append("method", m.getName() + "()"), c, m)))
                    .map(d -> Resolution.match(Match.exact(d)))
                    .orElse(Resolution.unresolved());
        }
    }
}
