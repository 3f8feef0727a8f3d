package dev.boucle.agent.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.boucle.agent.cases.subjects.Exceptions;
import dev.boucle.agent.cases.subjects.Flow;
import dev.boucle.agent.cases.subjects.Locals;
import dev.boucle.agent.cases.subjects.More;
import dev.boucle.agent.cases.subjects.Recursion;
import dev.boucle.agent.cases.subjects.StackShapes;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.LineNumberNode;
import org.objectweb.asm.tree.LocalVariableNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * Debug info survives (PEERS lesson 10): each @Async method's synthetic body keeps every source
 * line of the original (breakpoints), a line entry at every await, and the original locals by
 * name and type in its LocalVariableTable, with sane ranges.
 */
class DebugInfoTest {
    static final String FRAME = "Ldev/boucle/internal/Frame;";

    static ClassNode read(byte[] bytes) {
        ClassNode cn = new ClassNode();
        new ClassReader(bytes).accept(cn, 0);
        return cn;
    }

    static boolean isAsync(MethodNode m) {
        return m.visibleAnnotations != null
                && m.visibleAnnotations.stream().anyMatch(a -> a.desc.equals("Ldev/boucle/Async;"));
    }

    static Set<Integer> lines(MethodNode m) {
        Set<Integer> s = new TreeSet<>();
        for (AbstractInsnNode i : m.instructions) {
            if (i instanceof LineNumberNode ln) {
                s.add(ln.line);
            }
        }
        return s;
    }

    /** The source line of every call to owner.name, in order. */
    static List<Integer> callLines(MethodNode m, String owner, String name) {
        List<Integer> out = new ArrayList<>();
        int line = -1;
        for (AbstractInsnNode i : m.instructions) {
            if (i instanceof LineNumberNode ln) {
                line = ln.line;
            } else if (i instanceof MethodInsnNode mi && mi.owner.equals(owner) && mi.name.equals(name)) {
                out.add(line);
            }
        }
        Collections.sort(out);
        return out;
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(classes = {StackShapes.class, Locals.class, Flow.class, Exceptions.class, Recursion.class, More.class})
    void bodiesKeepLinesAndLocals(Class<?> subject) throws Throwable {
        ClassLoader cl = getClass().getClassLoader();
        byte[] original = InstrumentingClassLoader.readResource(cl, subject.getName());
        List<String> diagnostics = new ArrayList<>();
        byte[] out = InstrumentingClassLoader.instrument(original, cl, diagnostics::add);
        assertNotNull(out, subject + " must be instrumented");
        ClassNode before = read(original);
        ClassNode after = read(out);

        Map<String, Integer> asyncByName = new HashMap<>();
        for (MethodNode m : before.methods) {
            if (isAsync(m)) {
                asyncByName.merge(m.name, 1, Integer::sum);
            }
        }
        List<String> problems = new ArrayList<>();
        int checked = 0;
        for (MethodNode m : before.methods) {
            if (!isAsync(m) || asyncByName.get(m.name) != 1 || callLines(m, "dev/boucle/Boucle", "await").isEmpty()) {
                continue;
            }
            String qualified = subject.getName() + "." + m.name + "(";
            if (diagnostics.stream().anyMatch(d -> d.contains(qualified))) {
                continue; // refused by the instrumenter: its own case reports that
            }
            MethodNode body = null;
            for (MethodNode b : after.methods) {
                if (b.name.equals(m.name) && b.desc.contains(FRAME) && (b.access & Opcodes.ACC_SYNTHETIC) != 0) {
                    body = b;
                }
            }
            if (body == null) {
                problems.add(m.name + ": no synthetic body with a Frame parameter named " + m.name);
                continue;
            }
            checked++;
            String where = subject.getSimpleName() + "." + m.name + ": ";
            Set<Integer> missing = new TreeSet<>(lines(m));
            missing.removeAll(lines(body));
            if (!missing.isEmpty()) {
                problems.add(where + "source lines lost: " + missing);
            }
            List<Integer> awaitLines = callLines(m, "dev/boucle/Boucle", "await");
            List<Integer> frameAwaitLines = callLines(body, "dev/boucle/internal/Frame", "await");
            // every await keeps its line (extra Frame.await calls are tail awaits of "return c;")
            List<Integer> left = new ArrayList<>(frameAwaitLines);
            for (Integer line : awaitLines) {
                if (!left.remove(line)) {
                    problems.add(where + "await lines " + awaitLines + " but Frame.await calls at lines " + frameAwaitLines);
                    break;
                }
            }
            Set<String> wanted = new HashSet<>();
            if (m.localVariables != null) {
                for (LocalVariableNode lv : m.localVariables) {
                    wanted.add(lv.name + " " + lv.desc);
                }
            }
            Set<String> have = new HashSet<>();
            if (body.localVariables != null) {
                for (LocalVariableNode lv : body.localVariables) {
                    have.add(lv.name + " " + lv.desc);
                    if (lv.index >= body.maxLocals) {
                        problems.add(where + "local " + lv.name + " in slot " + lv.index + " >= maxLocals " + body.maxLocals);
                    }
                    if (body.instructions.indexOf(lv.start) >= body.instructions.indexOf(lv.end)) {
                        problems.add(where + "local " + lv.name + " has an empty or inverted range");
                    }
                }
            }
            Set<String> lost = new TreeSet<>(wanted);
            lost.removeAll(have);
            if (!lost.isEmpty()) {
                problems.add(where + "locals missing from the LocalVariableTable: " + lost);
            }
        }
        assertTrue(checked >= 3, "checked only " + checked + " methods of " + subject);
        assertEquals("", String.join("\n", problems));
    }
}
