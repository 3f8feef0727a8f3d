package dev.boucle.instrumenter;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.analysis.Analyzer;
import org.objectweb.asm.tree.analysis.AnalyzerException;
import org.objectweb.asm.tree.analysis.BasicInterpreter;
import org.objectweb.asm.tree.analysis.BasicValue;
import org.objectweb.asm.tree.analysis.Frame;
import org.objectweb.asm.tree.analysis.Interpreter;
import org.objectweb.asm.tree.analysis.Value;

/**
 * Where uninitialised objects are: a dataflow over the method that tags every value created by a
 * {@code NEW} with that instruction, follows it through {@code DUP}s, {@code astore}/{@code aload}
 * (javac spills the operand stack, uninitialised objects included, to locals around a switch
 * expression that contains a {@code try}) and merges, and, at its {@code invokespecial <init>},
 * turns the copies on the stack into initialised values and the copies left in locals into
 * {@linkplain Kind#STALE stale} ones (javac never reads those again).
 */
final class UninitAnalysis {
    private UninitAnalysis() {}

    enum Kind { OTHER, UNINIT, INITED, STALE, MIXED }

    /** An abstract value: its size, and which {@code NEW} it is (or may be, for MIXED). */
    static final class UValue implements Value {
        final Kind kind;
        final int size;
        final AbstractInsnNode newInsn;
        final Set<AbstractInsnNode> news;

        UValue(Kind kind, int size, AbstractInsnNode newInsn, Set<AbstractInsnNode> news) {
            this.kind = kind;
            this.size = size;
            this.newInsn = newInsn;
            this.news = news;
        }

        @Override
        public int getSize() {
            return size;
        }

        /** Uninitialised, stale or possibly one of those: the values a merge must keep track of. */
        boolean special() {
            return kind == Kind.UNINIT || kind == Kind.STALE || kind == Kind.MIXED;
        }

        @Override
        public boolean equals(Object o) {
            if (!(o instanceof UValue)) {
                return false;
            }
            UValue v = (UValue) o;
            return kind == v.kind && size == v.size && newInsn == v.newInsn && Objects.equals(news, v.news);
        }

        @Override
        public int hashCode() {
            return Objects.hash(kind, size, System.identityHashCode(newInsn), news);
        }
    }

    static final UValue OTHER1 = new UValue(Kind.OTHER, 1, null, null);
    static final UValue OTHER2 = new UValue(Kind.OTHER, 2, null, null);

    static UValue other(int size) {
        return size == 2 ? OTHER2 : OTHER1;
    }

    private static final class UInterpreter extends Interpreter<UValue> {
        private final BasicInterpreter sizes = new BasicInterpreter();

        UInterpreter() {
            super(Opcodes.ASM9);
        }

        private static BasicValue basic(UValue v) {
            return v.size == 2 ? BasicValue.LONG_VALUE : BasicValue.REFERENCE_VALUE;
        }

        private static UValue of(BasicValue b) {
            return b == null ? null : other(b.getSize());
        }

        @Override
        public UValue newValue(Type type) {
            if (type == Type.VOID_TYPE) {
                return null;
            }
            return type == null ? OTHER1 : other(type.getSize());
        }

        @Override
        public UValue newOperation(AbstractInsnNode insn) throws AnalyzerException {
            if (insn.getOpcode() == Opcodes.NEW) {
                return new UValue(Kind.UNINIT, 1, insn, null);
            }
            return of(sizes.newOperation(insn));
        }

        @Override
        public UValue copyOperation(AbstractInsnNode insn, UValue value) {
            return value;
        }

        @Override
        public UValue unaryOperation(AbstractInsnNode insn, UValue value) throws AnalyzerException {
            return of(sizes.unaryOperation(insn, basic(value)));
        }

        @Override
        public UValue binaryOperation(AbstractInsnNode insn, UValue v1, UValue v2) throws AnalyzerException {
            return of(sizes.binaryOperation(insn, basic(v1), basic(v2)));
        }

        @Override
        public UValue ternaryOperation(AbstractInsnNode insn, UValue v1, UValue v2, UValue v3) {
            return null;
        }

        @Override
        public UValue naryOperation(AbstractInsnNode insn, List<? extends UValue> values) throws AnalyzerException {
            if (insn.getOpcode() == Opcodes.MULTIANEWARRAY) {
                return OTHER1;
            }
            String desc = insn.getOpcode() == Opcodes.INVOKEDYNAMIC
                    ? ((org.objectweb.asm.tree.InvokeDynamicInsnNode) insn).desc : ((MethodInsnNode) insn).desc;
            return newValue(Type.getReturnType(desc));
        }

        @Override
        public void returnOperation(AbstractInsnNode insn, UValue value, UValue expected) {
        }

        @Override
        public UValue merge(UValue a, UValue b) {
            if (a.equals(b)) {
                return a;
            }
            if (!a.special() && !b.special()) {
                return other(Math.min(a.size, b.size)); // ordinary or initialised values
            }
            Set<AbstractInsnNode> s = new HashSet<>();
            for (UValue v : new UValue[] {a, b}) {
                if (v.kind == Kind.MIXED) {
                    s.addAll(v.news);
                } else if (v.special()) {
                    s.add(v.newInsn);
                }
            }
            return new UValue(Kind.MIXED, 1, null, s);
        }
    }

    /** Turns an object's copies into initialised (stack) and stale (locals) values at its constructor call. */
    private static final class UFrame extends Frame<UValue> {
        UFrame(int numLocals, int maxStack) {
            super(numLocals, maxStack);
        }

        UFrame(Frame<? extends UValue> frame) {
            super(frame);
        }

        @Override
        public void execute(AbstractInsnNode insn, Interpreter<UValue> interpreter) throws AnalyzerException {
            UValue receiver = null;
            if (insn.getOpcode() == Opcodes.INVOKESPECIAL && ((MethodInsnNode) insn).name.equals("<init>")) {
                receiver = getStack(getStackSize() - 1 - Type.getArgumentCount(((MethodInsnNode) insn).desc));
            }
            super.execute(insn, interpreter);
            if (receiver != null && receiver.kind == Kind.UNINIT) {
                UValue inited = new UValue(Kind.INITED, 1, receiver.newInsn, null);
                UValue stale = new UValue(Kind.STALE, 1, receiver.newInsn, null);
                for (int i = 0; i < getStackSize(); i++) {
                    if (receiver.equals(getStack(i))) {
                        setStack(i, inited);
                    }
                }
                for (int i = 0; i < getLocals(); i++) {
                    if (receiver.equals(getLocal(i))) {
                        setLocal(i, stale);
                    }
                }
            }
        }
    }

    static Frame<UValue>[] analyze(String owner, MethodNode m) throws AnalyzerException {
        Analyzer<UValue> a = new Analyzer<>(new UInterpreter()) {
            @Override
            protected Frame<UValue> newFrame(int numLocals, int numStack) {
                return new UFrame(numLocals, numStack);
            }

            @Override
            protected Frame<UValue> newFrame(Frame<? extends UValue> frame) {
                return new UFrame(frame);
            }
        };
        return a.analyze(owner, m);
    }
}
