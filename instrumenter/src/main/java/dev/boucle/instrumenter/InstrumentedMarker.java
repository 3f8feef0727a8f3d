package dev.boucle.instrumenter;

import org.objectweb.asm.Attribute;
import org.objectweb.asm.ByteVector;
import org.objectweb.asm.ClassWriter;

/**
 * The empty class attribute {@code dev.boucle.Instrumented} (PROTOCOL §7): a transformed class
 * carries it, and the instrumenter returns such a class unchanged. The JVM ignores unknown attributes.
 */
final class InstrumentedMarker extends Attribute {
    InstrumentedMarker() {
        super(Names.MARKER);
    }

    @Override
    protected ByteVector write(ClassWriter classWriter, byte[] code, int codeLength, int maxStack, int maxLocals) {
        return new ByteVector();
    }
}
