package dev.boucle.junit;

import org.junit.jupiter.api.DisplayName;
import org.junit.platform.commons.support.AnnotationSupport;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.AbstractTestDescriptor;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.hierarchical.Node;

/** A test class, as the container of its {@link AsyncTest} methods. */
final class ClassDescriptor extends AbstractTestDescriptor implements Node<BoucleTestEngine.Context> {
    ClassDescriptor(UniqueId id, Class<?> c) {
        super(id, AnnotationSupport.findAnnotation(c, DisplayName.class).map(DisplayName::value).orElse(c.getSimpleName()),
                ClassSource.from(c));
    }

    @Override
    public Type getType() {
        return Type.CONTAINER;
    }
}
